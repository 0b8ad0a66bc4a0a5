import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { streams, type StreamEnvelope } from '@commonroom/contracts';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type QueryRunner } from 'typeorm';
import { StreamPublisher } from '../../infrastructure/realtime/stream-publisher';
import { NotificationChannels } from './notification-channels';
import { NotificationsRepository } from './notifications.repository';
import type { CreatedNotice, NoticeInput } from './notice.types';

/**
 * The one way features send notices. Call inside the feature's transaction; one set-based
 * statement whatever the number of recipients. Delivers `notification.created` ({ unreadCount },
 * never text) on each person's `user:<id>` stream after commit.
 */
export abstract class Notifier {
  abstract notify(manager: EntityManager, input: NoticeInput): Promise<CreatedNotice[]>;
}

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

  async notify(manager: EntityManager, input: NoticeInput): Promise<CreatedNotice[]> {
    const created = await this.repository.fanOut(manager, input);
    if (created.length === 0) return created;
    await this.channels.noticesCreated(manager, created);
    const envelopes = await this.publishCounts(manager, 'notification.created', [
      ...new Set(created.map((n) => n.userId)),
    ]);
    // Ids and counts only: a sensitive notice's title, text and author never reach a log line.
    this.logger.debug({ kind: input.kind, notices: created.length }, 'Notices created');
    this.afterCommit(manager, envelopes);
    return created;
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
    this.pending.set(runner, [...(this.pending.get(runner) ?? []), ...envelopes]);
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
