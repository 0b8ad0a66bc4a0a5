import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { streams, type StreamEnvelope } from '@commonroom/contracts';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type QueryRunner } from 'typeorm';
import { StreamPublisher } from '../../infrastructure/realtime/stream-publisher';
import { NotificationChannels } from './notification-channels';
import { NotificationsRepository } from './notifications.repository';
import type { NoticeInput } from './notice.types';

/**
 * The one way features send notices. Call inside the feature's transaction; a few set-based
 * statements per chunk of recipients. Delivers `notification.created` ({ unreadCount }, never
 * text) on each person's `user:<id>` stream after commit. Answers how many notices it created or grew.
 */
export abstract class Notifier {
  abstract notify(manager: EntityManager, input: NoticeInput): Promise<number>;
}

/**
 * Recipients per chunk: an announcement to 40,000 is 20 chunks in the one transaction, each a few
 * statements, so the server never holds 40,000 rows, jobs and events at once.
 */
export const FAN_OUT_CHUNK = 2_000;

/**
 * Holds each transaction's stream events until it commits (a TypeORM subscriber on commit and
 * rollback), so no one hears of a notice that never existed. Called outside a transaction, it
 * delivers at once. The events are stored either way: a client that missed them replays them.
 */
@Injectable()
export class TransactionalNotifier extends Notifier implements OnModuleInit, EntitySubscriberInterface {
  private readonly logger = new Logger('Notifier');
  private readonly pending = new WeakMap<QueryRunner, StreamEnvelope[]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: NotificationsRepository,
    private readonly channels: NotificationChannels,
    private readonly publisher: StreamPublisher,
  ) {
    super();
  }

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  async notify(manager: EntityManager, input: NoticeInput): Promise<number> {
    const userIds = [...new Set(input.userIds)];
    let count = 0;
    for (let i = 0; i < userIds.length; i += FAN_OUT_CHUNK) {
      count += await this.notifyChunk(manager, input, userIds.slice(i, i + FAN_OUT_CHUNK));
    }
    // Ids and counts only: a sensitive notice's title, text and author never reach a log line.
    if (count > 0) this.logger.debug({ kind: input.kind, notices: count }, 'Notices created');
    return count;
  }

  /** The notices, the channels' work and the stream events of some recipients; nothing kept but the events. */
  private async notifyChunk(manager: EntityManager, input: NoticeInput, userIds: string[]): Promise<number> {
    const created = await this.repository.fanOut(manager, input, userIds);
    if (created.length === 0) return 0;
    await this.channels.noticesCreated(manager, created);
    const envelopes = await this.publisher.recordMany(
      manager,
      'notification.created',
      created.map((n) => ({ stream: streams.user(n.userId), payload: { unreadCount: n.unreadCount } })),
    );
    this.afterCommit(manager, envelopes);
    return created.length;
  }

  /** Records the people's new unread counts on their streams; delivered after commit. */
  async publishCounts(
    manager: EntityManager,
    type: 'notification.created' | 'notification.read',
    userIds: string[],
  ): Promise<StreamEnvelope[]> {
    const counts = await this.repository.unreadCounts(manager, userIds);
    return this.publisher.recordMany(
      manager,
      type,
      [...counts].map(([userId, unreadCount]) => ({ stream: streams.user(userId), payload: { unreadCount } })),
    );
  }

  afterCommit(manager: EntityManager, envelopes: StreamEnvelope[]): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      this.publisher.deliver(...envelopes);
      return;
    }
    const pending = this.pending.get(runner);
    // Appended in place: copying the list for each chunk of an announcement would be quadratic.
    if (pending) for (const envelope of envelopes) pending.push(envelope);
    else this.pending.set(runner, [...envelopes]);
  }

  afterTransactionCommit(event: { queryRunner: QueryRunner }): void {
    const envelopes = this.pending.get(event.queryRunner);
    if (!envelopes) return;
    this.pending.delete(event.queryRunner);
    this.publisher.deliver(...envelopes);
  }

  afterTransactionRollback(event: { queryRunner: QueryRunner }): void {
    this.pending.delete(event.queryRunner);
  }
}
