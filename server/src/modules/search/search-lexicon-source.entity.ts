import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Which text a lexicon word came from. */
export type LexiconSourceKind = 'profile' | 'thread' | 'community' | 'organisation';

/**
 * Who may be offered a word as a correction: every signed-in member (`members`: organisation names,
 * the member-visible search documents of listed people), those who may see a community (`community`:
 * its name and description) or those who may read its forum (`forum`: its thread titles).
 */
export type LexiconScope = 'members' | 'community' | 'forum';

/**
 * One word of one source text, with who may read that text. Triggers on the source tables replace
 * a source's words whenever its text or visibility changes and remove them when it is deleted (see
 * migration `1795391000000-scoped-search-lexicon`), so a correction can be drawn only from text
 * the searcher may read. `search_lexicon` holds each word once, for the trigram search.
 */
@Entity({ name: 'search_lexicon_sources' })
@Index('ix_search_lexicon_sources_word_scope', ['word', 'scope', 'communityId'])
@Check('ck_search_lexicon_sources_kind', `kind IN ('profile', 'thread', 'community', 'organisation')`)
@Check(
  'ck_search_lexicon_sources_scope',
  `(scope = 'members' AND community_id IS NULL) OR (scope IN ('community', 'forum') AND community_id IS NOT NULL)`,
)
export class SearchLexiconSourceEntity {
  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'pk_search_lexicon_sources' })
  kind: LexiconSourceKind;

  /** The id of the profile's user, the thread, the community or the organisation. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_search_lexicon_sources' })
  sourceId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_search_lexicon_sources' })
  word: string;

  @Column({ type: 'varchar', length: 16 })
  scope: LexiconScope;

  /** The community whose viewers (`community`) or forum readers (`forum`) may read the source; null for `members`. */
  @Column({ type: 'uuid', nullable: true })
  communityId: string | null;
}
