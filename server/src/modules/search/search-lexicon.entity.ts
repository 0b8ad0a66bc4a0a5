import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Words that occur in searchable text (names, headlines, titles, taxonomy labels), lower-cased
 * and unaccented. A query word not found here is corrected to its nearest neighbour by trigram
 * similarity before the full-text query runs: "phisics" searches for "physics". Filled by
 * triggers (see the search migration), so it cannot miss a write.
 */
@Entity({ name: 'search_lexicon' })
@Index('ix_search_lexicon_word_trgm', { synchronize: false })
export class SearchLexiconEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_search_lexicon' })
  word: string;
}
