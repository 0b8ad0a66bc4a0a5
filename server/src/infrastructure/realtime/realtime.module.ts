import { Global, Module } from '@nestjs/common';

/** Real-time streams over socket.io: sequenced events recorded in PostgreSQL, delivered to rooms. */
@Global()
@Module({})
export class RealtimeModule {}
