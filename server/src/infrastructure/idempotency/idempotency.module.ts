import { Global, Module } from '@nestjs/common';
import { IdempotencyService } from './idempotency.service';

/** Retry-safe create requests (the `Idempotency-Key` header). */
@Global()
@Module({ providers: [IdempotencyService], exports: [IdempotencyService] })
export class IdempotencyModule {}
