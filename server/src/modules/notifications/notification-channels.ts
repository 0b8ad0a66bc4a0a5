import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CreatedNotice, NotificationChannel } from './notice.types';

/**
 * Where notices go besides the app. Email alerts registers here (in its `onModuleInit`), so the
 * notifier never imports it; each channel is called in the notifier's transaction, so what it
 * queues commits (or not) with the notices themselves.
 */
@Injectable()
export class NotificationChannels {
  private readonly channels: NotificationChannel[] = [];

  register(channel: NotificationChannel): void {
    this.channels.push(channel);
  }

  async noticesCreated(manager: EntityManager, notices: CreatedNotice[]): Promise<void> {
    if (notices.length === 0) return;
    for (const channel of this.channels) await channel.noticesCreated(manager, notices);
  }
}
