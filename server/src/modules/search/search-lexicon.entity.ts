import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Each word that some searchable text holds (names, headlines, titles, descriptions), once,
 * lower-cased and unaccented, for the trigram search that corrects misspelt query words:
 * "phisics" searches for "physics". Which texts hold a word, and who may read them, is in
 * `search_lexicon_sources`; a correction is only ever a word the searcher may read. Kept by
 * triggers (migrations `PeopleSearch`, `ScopedSearchLexicon`), so it cannot miss a write.
 */
@Entity({ name: 'search_lexicon' })
@Index('ix_search_lexicon_word_trgm', { synchronize: false })
export class SearchLexiconEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_search_lexicon' })
  word: string;
}
