import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { type CookedContent, cookMarkdown } from './cook-markdown';

/** `cookMarkdown` with this installation's settings (`CONTENT_IMAGE_HOSTS`). */
@Injectable()
export class ContentCooker {
  private readonly options: { allowedImageHosts: readonly string[] };

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.options = { allowedImageHosts: config.content.imageHosts };
  }

  cook(raw: string): CookedContent {
    return cookMarkdown(raw, this.options);
  }
}
