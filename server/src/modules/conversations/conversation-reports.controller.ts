import { Controller, Get } from '@nestjs/common';
import { moderationQueueSchema } from '@commonroom/contracts';
import { CurrentActor, type Actor } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { ModerationService } from '../discussions';

/**
 * Reported private messages, for platform admins: conversations belong to no community, so no facilitator's queue
 * holds them. Admins act on an item through `POST /api/posts/:id/moderation` (hide with a reason, or dismiss).
 */
@Controller('api/moderation/conversations')
export class ConversationReportsController {
  constructor(private readonly moderation: ModerationService) {}

  @Get()
  @Contract({
    summary: 'Reported messages in conversations, each alone, with its flags (platform admins; 403 for anyone else)',
    tags: ['conversations'],
    response: moderationQueueSchema,
  })
  queue(@CurrentActor() actor: Actor) {
    return this.moderation.privateQueue(actor);
  }
}
