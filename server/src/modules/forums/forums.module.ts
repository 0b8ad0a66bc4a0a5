import { Module } from '@nestjs/common';

/** A community's forum: categories of discussion threads. */
@Module({})
export class ForumsModule {}
