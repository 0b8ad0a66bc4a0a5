import { Global, Module } from '@nestjs/common';
import { AccessChangeSubscriber } from './access-change.subscriber';
import { RealtimeAccess } from './realtime-access';
import { RealtimeGateway } from './realtime.gateway';
import { SocketHandshake } from './socket-handshake';
import { SocketSessions } from './socket-sessions';
import { StreamAccessRecheck } from './stream-access-recheck';
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
 * `StreamAuthorizers`, and tell `RealtimeAccess` when someone's access may have ended; the
 * gateway behind the ports is `RealtimeGateway` (`@nestjs/websockets`).
 */
@Global()
@Module({
  providers: [
    AccessChangeSubscriber,
    RealtimeGateway,
    SocketSessions,
    StreamAccessRecheck,
    { provide: RealtimeAccess, useExisting: StreamAccessRecheck },
    SocketHandshake,
    StreamAuthorizers,
    StreamEventsRepository,
    { provide: StreamPublisher, useClass: SocketIoStreamPublisher },
    StreamRetention,
    StreamSubscriptionService,
    ThreadPresence,
  ],
  exports: [StreamPublisher, RealtimeAccess, StreamAuthorizers],
})
export class RealtimeModule {}
