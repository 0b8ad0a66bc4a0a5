import { randomUUID } from 'node:crypto';
import type {
  CommunityRole,
  CommunityTool,
  CommunityType,
  CommunityVisibility,
  PartnershipModel,
  Role,
} from '@commonroom/contracts';
import type { DataSource } from 'typeorm';
import { CommunityMemberEntity } from '../../src/modules/communities/community-member.entity';
import { CommunityEntity } from '../../src/modules/communities/community.entity';
import { AffiliationEntity } from '../../src/modules/organisations/affiliation.entity';
import { PartnershipMemberEntity } from '../../src/modules/partnerships/partnership-member.entity';
import { PartnershipEntity } from '../../src/modules/partnerships/partnership.entity';
import { buildOrganisation } from './organisation.factory';

/** Inserts a real community; members are given as user ids with their roles. */
export async function buildCommunity(
  dataSource: DataSource,
  options: {
    visibility?: CommunityVisibility;
    type?: CommunityType;
    tools?: CommunityTool[];
    members?: Record<string, CommunityRole>;
    parentId?: string;
    name?: string;
    /** Anyone with the link may read it (open communities only). */
    publicReading?: boolean;
  } = {},
): Promise<CommunityEntity> {
  const unique = randomUUID().slice(0, 8);
  const community = await dataSource.getRepository(CommunityEntity).save(
    dataSource.getRepository(CommunityEntity).create({
      name: options.name ?? `Community ${unique}`,
      slug: `community-${unique}`,
      type: options.type ?? 'subject_network',
      visibility: options.visibility ?? 'open',
      description: `About community ${unique}`,
      welcomeMessage: `Welcome to community ${unique}`,
      tools: options.tools ?? ['forum', 'members'],
      parentId: options.parentId ?? null,
      publicReading: options.publicReading ?? false,
    }),
  );
  for (const [userId, role] of Object.entries(options.members ?? {})) {
    await dataSource.getRepository(CommunityMemberEntity).insert({ communityId: community.id, userId, role });
  }
  return community;
}

/** Inserts an affiliation; verified and current unless told otherwise. */
export async function buildAffiliation(
  dataSource: DataSource,
  values: {
    userId: string;
    organisationId: string;
    role?: Role;
    status?: AffiliationEntity['status'];
    startsOn?: string;
    endsOn?: string | null;
  },
): Promise<AffiliationEntity> {
  const repository = dataSource.getRepository(AffiliationEntity);
  return repository.save(
    repository.create({
      userId: values.userId,
      organisationId: values.organisationId,
      role: values.role ?? 'mentor',
      title: null,
      startsOn: values.startsOn ?? '2020-09-01',
      endsOn: values.endsOn ?? null,
      status: values.status ?? 'verified',
      verificationMethod: (values.status ?? 'verified') === 'verified' ? 'organisation_admin' : null,
    }),
  );
}

/** A partnership led by a new provider, with member schools and its hidden space, as real rows. */
export async function buildPartnership(
  dataSource: DataSource,
  options: { model?: PartnershipModel; schools?: number } = {},
): Promise<{
  partnership: PartnershipEntity;
  lead: { id: string; slug: string };
  schools: { id: string; slug: string }[];
  community: CommunityEntity;
}> {
  const unique = randomUUID().slice(0, 8);
  const lead = await buildOrganisation(dataSource, {
    name: `Provider ${unique}`,
    slug: `provider-${unique}`,
    kind: 'hei',
    phases: ['primary', 'secondary'],
  });
  const partnership = await dataSource.getRepository(PartnershipEntity).save(
    dataSource.getRepository(PartnershipEntity).create({
      name: `Partnership ${unique}`,
      slug: `partnership-${unique}`,
      model: options.model ?? 'hei_led',
      description: null,
      leadOrganisationId: lead.id,
    }),
  );
  const schools = [];
  for (let i = 0; i < (options.schools ?? 2); i++) schools.push(await buildOrganisation(dataSource));
  for (const organisation of [lead, ...schools]) {
    await dataSource
      .getRepository(PartnershipMemberEntity)
      .insert({ partnershipId: partnership.id, organisationId: organisation.id });
  }
  const community = await dataSource.getRepository(CommunityEntity).save(
    dataSource.getRepository(CommunityEntity).create({
      name: partnership.name,
      slug: `space-${unique}`,
      type: 'partnership',
      visibility: 'hidden',
      tools: ['forum', 'members'],
      partnershipId: partnership.id,
    }),
  );
  return { partnership, lead, schools, community };
}
