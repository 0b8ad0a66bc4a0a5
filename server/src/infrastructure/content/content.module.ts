import { Global, Module } from '@nestjs/common';

/** Markdown cooked once into sanitized HTML, with mentions and uploads found on the way. */
@Global()
@Module({})
export class ContentModule {}
