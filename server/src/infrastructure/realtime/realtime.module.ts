import { Global, Module } from '@nestjs/common';
import { RealtimeGateway } from './realtime.gateway';
import { SocketHandshake } from './socket-handshake';
import { StreamAuthorizers } from './stream-authorizers';
import { StreamEventsRepository } from './stream-events.repository';
import { SocketIoStreamPublisher } from './socket-io-stream-publisher';
import { StreamPublisher } from './stream-publisher';
import { StreamRetention } from './stream-retention';
import { StreamSubscriptionService } from './stream-subscription.service';
import { ThreadPresence } from './thread-presence';

/**
 * Real-time streams over socket.io: sequenced events recorded in PostgreSQL with the change they
 * report, delivered to rooms after commit, replayed to clients that reconnect. Features publish
 * through the `StreamPublisher` port and say who may follow their streams through
 * `StreamAuthorizers`; the gateway behind the port is `RealtimeGateway` (`@nestjs/websockets`).
 */
@Global()
@Module({
  providers: [
    RealtimeGateway,
    SocketHandshake,
    StreamAuthorizers,
    StreamEventsRepository,
    { provide: StreamPublisher, useClass: SocketIoStreamPublisher },
    StreamRetention,
    StreamSubscriptionService,
    ThreadPresence,
  ],
  exports: [StreamPublisher, StreamAuthorizers],
})
export class RealtimeModule {}
