import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import {
  markAllNotificationsReadSchema,
  markNotificationsReadSchema,
  notificationBellSchema,
  notificationPageSchema,
  notificationsQuerySchema,
  unreadCountSchema,
  type MarkAllNotificationsRead,
  type MarkNotificationsRead,
  type NotificationsQuery,
} from '@commonroom/contracts';
import { CurrentActor, type Actor } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { NotificationsService } from './notifications.service';

const tags = ['notifications'];

/** The signed-in person's own notices; nobody else's are reachable here. */
@Controller('api/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Contract({
    summary: 'Your notices, newest activity first, with their community and partnership',
    description: 'Page on with before = the nextCursor of the previous page.',
    tags,
    query: notificationsQuerySchema,
    response: notificationPageSchema,
  })
  list(@CurrentActor() actor: Actor, @Query() query: NotificationsQuery) {
    return this.notifications.page(actor.userId, query);
  }

  @Get('unread-count')
  @Contract({
    summary: 'How many of your notices are unread (the bell)',
    description: 'streamSeq is the position of your user stream to follow notification.created / .read from.',
    tags,
    response: notificationBellSchema,
  })
  unreadCount(@CurrentActor() actor: Actor) {
    return this.notifications.bell(actor.userId);
  }

  @Post('read')
  @Contract({
    summary: 'Mark some of your notices read',
    tags,
    body: markNotificationsReadSchema,
    response: unreadCountSchema,
    status: 200,
  })
  markRead(@CurrentActor() actor: Actor, @Body() body: MarkNotificationsRead) {
    return this.notifications.markRead(actor.userId, body.ids);
  }

  @Post('read-all')
  @Contract({
    summary: 'Mark all your notices read, or those of one community',
    tags,
    body: markAllNotificationsReadSchema,
    response: unreadCountSchema,
    status: 200,
  })
  markAllRead(@CurrentActor() actor: Actor, @Body() body: MarkAllNotificationsRead) {
    return this.notifications.markAllRead(actor.userId, body.communityId ?? null);
  }
}
