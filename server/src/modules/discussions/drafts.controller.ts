import { Body, Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import {
  draftKeyParamsSchema,
  draftResultSchema,
  draftSchema,
  previewRequestSchema,
  previewResultSchema,
  saveDraftRequestSchema,
  type SaveDraftRequest,
} from '@commonroom/contracts';
import { CurrentActor, type Actor } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { DraftsService } from './drafts.service';
import { PostCooker } from './post-cooker';

const tags = ['discussions'];

/** Server-side drafts, and the composer's preview (cooked exactly as the real post will be). */
@Controller('api')
export class DraftsController {
  constructor(
    private readonly drafts: DraftsService,
    private readonly cooker: PostCooker,
  ) {}

  @Get('me/drafts/:key')
  @Contract({
    summary: 'Your draft for one place, or null',
    tags,
    params: draftKeyParamsSchema,
    response: draftResultSchema,
  })
  get(@Param('key') key: string, @CurrentActor() actor: Actor) {
    return this.drafts.get(key, actor);
  }

  @Put('me/drafts/:key')
  @Contract({
    summary: 'Save your draft (autosaved while you type)',
    tags,
    params: draftKeyParamsSchema,
    body: saveDraftRequestSchema,
    response: draftSchema,
  })
  save(@Param('key') key: string, @Body() body: SaveDraftRequest, @CurrentActor() actor: Actor) {
    return this.drafts.save(key, actor, body);
  }

  @Delete('me/drafts/:key')
  @Contract({ summary: 'Discard your draft', tags, params: draftKeyParamsSchema })
  discard(@Param('key') key: string, @CurrentActor() actor: Actor) {
    return this.drafts.discard(key, actor);
  }

  @Post('markdown/preview')
  @Contract({
    summary: 'Cook Markdown exactly as a post would be, for the composer preview',
    tags,
    body: previewRequestSchema,
    response: previewResultSchema,
    status: 200,
  })
  async preview(@Body() body: { raw: string }) {
    return { html: (await this.cooker.cook(body.raw)).html };
  }
}
