import { Module } from '@nestjs/common';

/** Search: the people finder, global search and suggestions, behind the SearchEngine port. */
@Module({
  imports: [],
  controllers: [],
  providers: [],
  exports: [],
})
export class SearchModule {}
