import type {
  Availability,
  Expertise,
  MentorStage,
  Phase,
  ProfileLink,
  ProfileVisibility,
  Subject,
} from '@commonroom/contracts';
import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../accounts';
import { searchVectorColumn, weighted } from '../../infrastructure/database/search-columns';

/**
 * What a person says about themselves, with the visibility they chose for each field. Every user
 * has exactly one row (a trigger on `users` creates it), so queries can join without outer joins.
 *
 * The `search_*` and `facet_*` columns are the person's *search document*: only what every
 * signed-in member may see, computed by `PeopleSearchDocuments.refresh` whenever the profile,
 * the name or an affiliation changes. The people finder searches and counts these columns and
 * nothing else, so a field someone keeps to their communities can never be found or counted.
 */
@Entity({ name: 'profiles' })
@Check(
  'ck_profiles_mentor_stage',
  `mentor_stage IS NULL OR mentor_stage IN ('stage_1', 'stage_1_complete', 'stage_2', 'stage_2_certified')`,
)
// GIN indexes (search vector, trigram on the name, facet arrays) are created by hand in the migration.
@Index('ix_profiles_search_vector', { synchronize: false })
@Index('ix_profiles_search_name_trgm', { synchronize: false })
@Index('ix_profiles_facets', { synchronize: false })
export class ProfileEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_profiles' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_profiles_user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 140, nullable: true })
  headline: string | null;

  @Column({ type: 'text', nullable: true })
  bio: string | null;

  /** Storage key of the re-encoded photo (WebP, metadata stripped); null when there is none. */
  @Column({ type: 'text', nullable: true })
  photoKey: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phases: Phase[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  subjects: Subject[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise: Expertise[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  freeTags: string[];

  @Column({ type: 'varchar', length: 24, nullable: true })
  mentorStage: MentorStage | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: ProfileLink[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  availability: Availability[];

  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ type: 'text', nullable: true })
  contactPhone: string | null;

  /** Chosen visibility per field; missing keys take the defaults in contracts (`DEFAULT_PROFILE_VISIBILITY`). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  visibility: Partial<ProfileVisibility>;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  // ---- The search document (member-visible fields only) ----

  /** The name, lower-cased and unaccented, for trigram matching. */
  @Column({ type: 'text', default: '' })
  searchName: string;

  @Column({ type: 'text', default: '' })
  searchHeadline: string;

  /** Member-visible text: bio, expertise and subject labels, free tags, organisations and roles. */
  @Column({ type: 'text', default: '' })
  searchBody: string;

  @Column(
    searchVectorColumn(
      `${weighted('simple', 'search_name', 'A')} || ${weighted('english', 'search_headline', 'B')} || ${weighted('english', 'search_body', 'C')}`,
    ),
  )
  searchVector?: string;

  /**
   * Facet values, each prefixed with its facet (`subject:physics`, `la:873`, `org:<uuid>` …), so
   * one GIN index answers every filter and one unnest counts every facet.
   */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  facets: string[];

  /** False until the person has a current affiliation or has filled in their profile: empty accounts are not listed. */
  @Column({ type: 'boolean', default: false })
  listed: boolean;
}
