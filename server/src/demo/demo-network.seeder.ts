import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PARTNERSHIP_COMMUNITY_TOOLS, type CommunityRole } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxService } from '../infrastructure/events/outbox.service';
import { slugify } from '../infrastructure/text/slug';
import { DEMO_COMMUNITIES, DEMO_PARTNERSHIPS, type DemoPartnership } from './demo-network.data';
import { DEMO_PEOPLE } from './demo-people.data';

export interface DemoNetworkReport {
  affiliationsAdded: number;
  partnershipsAdded: number;
  communitiesAdded: number;
}

type Ids = Map<string, string>;

/**
 * Gives the demo people their affiliations, and creates the region's partnerships (with their
 * spaces and agreements) and communities. Idempotent: anything already there (by slug, or by
 * person, organisation and role) is left alone.
 */
@Injectable()
export class DemoNetworkSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async run(): Promise<DemoNetworkReport> {
    return this.dataSource.transaction(async (manager) => {
      const organisations: Ids = new Map(
        (await manager.query('SELECT name, id FROM organisations')).map((r: { name: string; id: string }) => [
          r.name,
          r.id,
        ]),
      );
      // Demo people through the accounts module's published `people` view.
      const rows: { email: string; id: string }[] = await manager.query(
        'SELECT email, id FROM people WHERE email = ANY($1)',
        [DEMO_PEOPLE.map((p) => p.email)],
      );
      const people: Ids = new Map(rows.map((r) => [r.email, r.id]));
      const affiliationsAdded = await this.seedAffiliations(manager, organisations, people);
      let partnershipsAdded = 0;
      for (const partnership of DEMO_PARTNERSHIPS)
        partnershipsAdded += await this.seedPartnership(manager, partnership, organisations, people);
      let communitiesAdded = 0;
      for (const community of DEMO_COMMUNITIES) {
        const parentId = community.parent ? await this.idOf(manager, 'communities', slugify(community.parent)) : null;
        const id = await this.insertCommunity(manager, { ...community, parentId, partnershipId: null });
        if (!id) continue;
        await this.addMembers(manager, id, community.members, people);
        communitiesAdded += 1;
      }
      return { affiliationsAdded, partnershipsAdded, communitiesAdded };
    });
  }

  private async seedAffiliations(manager: EntityManager, organisations: Ids, people: Ids): Promise<number> {
    let added = 0;
    for (const person of DEMO_PEOPLE) {
      const userId = people.get(person.email);
      for (const a of person.affiliations) {
        const organisationId = organisations.get(a.organisation);
        if (!userId || !organisationId) continue;
        const verified = (a.status ?? 'verified') === 'verified';
        const rows: unknown[] = await manager.query(
          `INSERT INTO affiliations (user_id, organisation_id, role, title, starts_on, ends_on, status, verification_method, decided_at)
           SELECT $1::uuid, $2::uuid, $3::varchar, $4, $5::date, $6::date, $7, $8, CASE WHEN $9::boolean THEN now() END
            WHERE NOT EXISTS (SELECT 1 FROM affiliations WHERE user_id = $1 AND organisation_id = $2 AND role = $3) RETURNING id`,
          [
            userId,
            organisationId,
            a.role,
            a.title ?? null,
            a.startsOn,
            a.endsOn ?? null,
            verified ? 'verified' : 'pending',
            verified ? 'organisation_admin' : null,
            verified,
          ],
        );
        added += rows.length;
      }
    }
    return added;
  }

  private async seedPartnership(
    manager: EntityManager,
    partnership: DemoPartnership,
    organisations: Ids,
    people: Ids,
  ): Promise<number> {
    const slug = slugify(partnership.name);
    const leadId = organisations.get(partnership.lead);
    if (!leadId || (await this.idOf(manager, 'partnerships', slug))) return 0;
    const [{ id }] = (await manager.query(
      'INSERT INTO partnerships (name, slug, model, description, lead_organisation_id) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [partnership.name, slug, partnership.model, partnership.description, leadId],
    )) as [{ id: string }];
    const memberIds = [
      leadId,
      ...partnership.members.map((name) => organisations.get(name)).filter((o): o is string => o !== undefined),
    ];
    await manager.query(
      'INSERT INTO partnership_members (partnership_id, organisation_id) SELECT $1, unnest($2::uuid[])',
      [id, [...new Set(memberIds)]],
    );
    await this.insertCommunity(manager, {
      name: partnership.name,
      type: 'partnership',
      visibility: 'hidden',
      description: partnership.description,
      welcomeMessage: null,
      tools: [...PARTNERSHIP_COMMUNITY_TOOLS],
      parentId: null,
      partnershipId: id,
    });
    if (partnership.agreement) await this.seedAgreement(manager, id, partnership.agreement, people);
    await this.outbox.record(manager, 'partnership.changed', { partnershipId: id });
    return 1;
  }

  private async seedAgreement(
    manager: EntityManager,
    partnershipId: string,
    agreement: NonNullable<DemoPartnership['agreement']>,
    people: Ids,
  ): Promise<void> {
    const publisher = people.get(agreement.publishedBy);
    if (!publisher) return;
    const [{ id }] = (await manager.query(
      'INSERT INTO partnership_agreements (partnership_id, title) VALUES ($1, $2) RETURNING id',
      [partnershipId, agreement.title],
    )) as [{ id: string }];
    for (const [index, version] of agreement.versions.entries()) {
      await manager.query(
        'INSERT INTO agreement_versions (agreement_id, version, body, change_note, published_by_user_id) VALUES ($1, $2, $3, $4, $5)',
        [id, index + 1, version.body, version.changeNote ?? null, publisher],
      );
      for (const email of version.agreedBy) {
        // The person agrees for the organisation they administer.
        await manager.query(
          `INSERT INTO agreement_acceptances (agreement_id, version, organisation_id, agreed_by_user_id)
           SELECT $1, $2, a.organisation_id, a.user_id FROM affiliations a WHERE a.user_id = $3 AND a.role = 'organisation_admin' LIMIT 1`,
          [id, index + 1, people.get(email)],
        );
      }
    }
  }

  private async insertCommunity(
    manager: EntityManager,
    c: {
      name: string;
      type: string;
      visibility: string;
      description: string | null;
      welcomeMessage: string | null;
      tools: string[];
      parentId: string | null;
      partnershipId: string | null;
    },
  ): Promise<string | null> {
    const slug = slugify(c.name);
    if (await this.idOf(manager, 'communities', slug)) return null;
    const [{ id }] = (await manager.query(
      'INSERT INTO communities (slug, name, type, visibility, description, welcome_message, tools, parent_id, partnership_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id',
      [slug, c.name, c.type, c.visibility, c.description, c.welcomeMessage, c.tools, c.parentId, c.partnershipId],
    )) as [{ id: string }];
    await this.outbox.record(manager, 'community.created', { communityId: id });
    return id;
  }

  private async addMembers(
    manager: EntityManager,
    communityId: string,
    members: Record<string, CommunityRole>,
    people: Ids,
  ): Promise<void> {
    for (const [email, role] of Object.entries(members)) {
      const userId = people.get(email);
      if (userId)
        await manager.query(
          'INSERT INTO community_members (community_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
          [communityId, userId, role],
        );
    }
  }

  private async idOf(
    manager: EntityManager,
    table: 'communities' | 'partnerships',
    slug: string,
  ): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM ${table} WHERE slug = $1`, [slug]);
    return rows[0]?.id ?? null;
  }
}
