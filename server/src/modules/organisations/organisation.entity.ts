import { ORGANISATION_KINDS, type OrganisationKind, type Phase, type Region } from '@commonroom/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { searchVectorColumn, weighted } from '../../infrastructure/database/search-columns';

const KIND_LIST = ORGANISATION_KINDS.map((k) => `'${k.id}'`).join(', ');

/**
 * A school, university, local authority, SCITT or other body in teacher education, with the
 * public identifiers that let us import rather than re-key (URN, UKPRN, LA code).
 */
@Entity({ name: 'organisations' })
@Unique('uq_organisations_slug', ['slug'])
@Unique('uq_organisations_urn', ['urn'])
@Unique('uq_organisations_ukprn', ['ukprn'])
@Check('ck_organisations_kind', `kind IN (${KIND_LIST})`)
@Index('ix_organisations_kind_name', ['kind', 'name'])
@Index('ix_organisations_region', ['region'])
// Trigram index for name search; created by hand in the migration (TypeORM cannot express opclasses).
@Index('ix_organisations_name_trgm', { synchronize: false })
// One local-authority organisation per LA code (partial unique index, created by hand in the migration).
@Index('uq_organisations_local_authority_la_code', { synchronize: false })
// GIN full-text index, created by hand in the people-search migration.
@Index('ix_organisations_search_vector', { synchronize: false })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_organisations' })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  kind: OrganisationKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phases: Phase[];

  @Column({ type: 'varchar', length: 40, nullable: true })
  region: Region | null;

  @Column({ type: 'text', nullable: true })
  localAuthorityName: string | null;

  /** Local authority code, e.g. "873" (Cambridgeshire). */
  @Column({ type: 'varchar', length: 3, nullable: true })
  laCode: string | null;

  /** DfE unique reference number, for schools. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  urn: string | null;

  /** UK provider reference number, for providers. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  ukprn: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  postcode: string | null;

  /** "TypeOfEstablishment (name)" from the DfE register, e.g. "Academy converter". */
  @Column({ type: 'text', nullable: true })
  establishmentType: string | null;

  /** The date the DfE register says the establishment closed; closed ones leave the directory. */
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  /** Email domains the organisation's admins declare: staff confirming an address there are verified at once. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emailDomains: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** Name, local authority and type (generated; see search-columns.ts). */
  @Column(
    searchVectorColumn(
      `${weighted('english', 'name', 'A')} || ${weighted('simple', 'local_authority_name', 'C')} || ${weighted('english', 'establishment_type', 'D')}`,
    ),
  )
  searchVector?: string;
}
