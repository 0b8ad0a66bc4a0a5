import { Global, Module } from '@nestjs/common';
import { ContentCooker } from './content-cooker.service';

/** Markdown cooked once into sanitized HTML, with mentions and uploads found on the way. */
@Global()
@Module({
  providers: [ContentCooker],
  exports: [ContentCooker],
})
export class ContentModule {}
