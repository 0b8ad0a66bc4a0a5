import {
  COMMUNITY_TOOLS,
  COMMUNITY_VISIBILITIES,
  type CommunityTool,
  type CommunityType,
  type CommunityVisibility,
} from '@commonroom/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { searchVectorColumn, weighted } from '../../infrastructure/database/search-columns';

const VISIBILITIES = COMMUNITY_VISIBILITIES.map((v) => `'${v.id}'`).join(', ');
const TOOLS = COMMUNITY_TOOLS.map((t) => `'${t.id}'`).join(', ');

/**
 * A community of practice: a group with a type, a visibility, facilitators and members, and the
 * tools its facilitators switched on. A partnership's space is a community whose membership
 * follows current affiliations to the partner organisations (see the `community_memberships` view).
 */
@Entity({ name: 'communities' })
@Unique('uq_communities_slug', ['slug'])
@Unique('uq_communities_partnership_id', ['partnershipId'])
@Index('ix_communities_parent_id', ['parentId'])
// Trigram index for name search; created by hand in the migration.
@Index('ix_communities_name_trgm', { synchronize: false })
@Check('ck_communities_visibility', `visibility IN (${VISIBILITIES})`)
// Reading without signing in is only for open communities (ADR 0015).
@Check('ck_communities_public_reading', `NOT public_reading OR visibility = 'open'`)
@Check('ck_communities_tools', `tools <@ ARRAY[${TOOLS}]::text[]`)
// GIN full-text index, created by hand in the people-search migration.
@Index('ix_communities_search_vector', { synchronize: false })
export class CommunityEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_communities' })
  id: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  type: CommunityType;

  @Column({ type: 'varchar', length: 16 })
  visibility: CommunityVisibility;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  welcomeMessage: string | null;

  /** Enabled tools. A tool not listed here is off: its routes answer 404 and its navigation is hidden. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tools: CommunityTool[];

  /** Anyone with the link may read it without signing in (open communities only; ADR 0015). */
  @Column({ type: 'boolean', default: false })
  publicReading: boolean;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => CommunityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_communities_parent_id' })
  parent?: CommunityEntity;

  @Column({ type: 'uuid', nullable: true })
  partnershipId: string | null;

  // The partnership is named, not imported: partnerships creates its space through this module,
  // so this module must not depend on that one (no import cycle). The foreign key stays.
  @ManyToOne('PartnershipEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fk_communities_partnership_id' })
  partnership?: { id: string };

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** Name and description (generated; see search-columns.ts). */
  @Column(searchVectorColumn(`${weighted('english', 'name', 'A')} || ${weighted('english', 'description', 'C')}`))
  searchVector?: string;
}
