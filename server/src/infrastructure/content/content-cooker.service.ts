import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { type CookedContent, cookMarkdown, type MentionNames } from './cook-markdown';

/** `cookMarkdown` with this installation's settings (`CONTENT_IMAGE_HOSTS`). */
@Injectable()
export class ContentCooker {
  private readonly options: { allowedImageHosts: readonly string[] };

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.options = { allowedImageHosts: config.content.imageHosts };
  }

  /**
   * `names`: the current names of the people the text mentions (see `mentionIdsIn`); without them no mention is a
   * link.
   */
  cook(raw: string, names?: MentionNames): CookedContent {
    return cookMarkdown(raw, this.options, names);
  }
}
