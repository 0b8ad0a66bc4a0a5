import { randomUUID } from 'node:crypto';
import { COMMUNITY_VISIBILITIES, type CommunityTool } from '@commonroom/contracts';
import type { DataSource } from 'typeorm';
import { buildAffiliation, buildCommunity, buildPartnership } from '../../../test/factories/community.factory';
import { openTestDataSource } from '../../../test/support/data-source';
import type { Actor } from '../../infrastructure/auth/actor';
import { SearchAccess } from '../search/search-access';
import { CommunitiesRepository } from './communities.repository';
import { CommunityAccessService } from './community-access.service';
import { communityPolicy } from './community.policy';

type Role = 'visitor' | 'outsider' | 'member' | 'affiliation-only member' | 'facilitator' | 'platform admin';
const ROLES: Role[] = ['visitor', 'outsider', 'member', 'affiliation-only member', 'facilitator', 'platform admin'];
const TOOLSETS: CommunityTool[][] = [['forum', 'members'], ['members']];
/** Public reading on or off; the database allows it on only for open communities. */
const PUBLIC_READING = [false, true];

interface Verdict {
  see: boolean;
  read: boolean;
  forum: boolean;
}

/**
 * The one visibility rule, checked three ways on real rows: the TS policy (through
 * CommunityAccessService, as every community route applies it), the `community_access` SQL
 * function (communities listing) and search's scope (which filters every search). They must
 * agree for every role × visibility × forum switched on or off.
 */
describe('community visibility: policy, SQL and search agree', () => {
  let dataSource: DataSource;
  let access: CommunityAccessService;
  let search: SearchAccess;

  beforeAll(async () => {
    dataSource = await openTestDataSource();
    access = new CommunityAccessService(new CommunitiesRepository(dataSource));
    search = new SearchAccess(dataSource);
  });

  afterAll(() => dataSource.destroy());

  const person = async (platformRole = 'member'): Promise<Actor> => {
    const email = `p-${randomUUID()}@example.org`;
    const [row] = await dataSource.query(
      `INSERT INTO users (email, display_name, platform_role) VALUES ($1, 'P', $2) RETURNING id`,
      [email, platformRole],
    );
    return {
      userId: row.id,
      sessionId: randomUUID(),
      email,
      displayName: 'P',
      platformRole,
      emailVerified: true,
      twoFactorEnabled: false,
      hasPassword: true,
      secondFactorPending: false,
    };
  };

  /** A community of this visibility and tools, and the actor standing in this role towards it. */
  async function arrange(
    role: Role,
    visibility: string,
    tools: CommunityTool[],
    publicReading = false,
  ): Promise<{ id: string; actor: Actor | undefined }> {
    if (role === 'affiliation-only member') {
      const { schools, community } = await buildPartnership(dataSource, { schools: 1 });
      await dataSource.query('UPDATE communities SET visibility = $2, tools = $3, public_reading = $4 WHERE id = $1', [
        community.id,
        visibility,
        tools,
        publicReading,
      ]);
      const actor = await person();
      await buildAffiliation(dataSource, { userId: actor.userId, organisationId: schools[0]!.id });
      return { id: community.id, actor };
    }
    const actor = role === 'visitor' ? undefined : await person(role === 'platform admin' ? 'admin' : 'member');
    const members = role === 'member' || role === 'facilitator' ? { [actor!.userId]: role } : {};
    const community = await buildCommunity(dataSource, {
      visibility: visibility as never,
      tools,
      members,
      publicReading,
    });
    return { id: community.id, actor };
  }

  async function viaPolicy(id: string, actor: Actor | undefined): Promise<Verdict> {
    const context = await access.seeById(id, actor).catch(() => undefined);
    const read = context !== undefined && communityPolicy.read(context.subject);
    return { see: context !== undefined, read, forum: read && context.community.tools.includes('forum') };
  }

  async function viaSql(id: string, actor: Actor | undefined): Promise<Verdict> {
    const [row] = await dataSource.query(
      `SELECT visible, readable, readable AND 'forum' = ANY(tools) AS forum FROM community_access($1::uuid, $2::boolean) WHERE community_id = $3`,
      [actor?.userId ?? null, actor?.platformRole === 'admin', id],
    );
    return { see: row.visible, read: row.readable, forum: row.forum };
  }

  const cases = ROLES.flatMap((role) =>
    COMMUNITY_VISIBILITIES.flatMap((v) =>
      TOOLSETS.flatMap((tools) =>
        PUBLIC_READING.filter((on) => !on || v.id === 'open').map((on) => [role, v.id, tools, on] as const),
      ),
    ),
  );

  it.each(cases)('%s × %s × tools %j × public reading %s', async (role, visibility, tools, publicReading) => {
    const { id, actor } = await arrange(role, visibility, tools, publicReading);
    const policy = await viaPolicy(id, actor);
    expect(await viaSql(id, actor)).toEqual(policy);
    // Search serves signed-in people only (public reading does not open it); for them its scope is the same rule.
    const scope = await search.scope(actor);
    const bySearch = {
      see: scope.visibleCommunityIds.includes(id),
      forum: scope.readableCommunityIds.forum.includes(id),
    };
    expect(bySearch).toEqual(actor ? { see: policy.see, forum: policy.forum } : { see: false, forum: false });
  });

  it('is not trivially true: the rule both grants and refuses', async () => {
    const hidden = await arrange('outsider', 'hidden', ['forum']);
    const open = await arrange('outsider', 'open', ['forum']);
    expect(await viaPolicy(hidden.id, hidden.actor)).toEqual({ see: false, read: false, forum: false });
    expect(await viaPolicy(open.id, open.actor)).toEqual({ see: true, read: true, forum: true });
    const publicOpen = await arrange('visitor', 'open', ['forum'], true);
    const closedOpen = await arrange('visitor', 'open', ['forum'], false);
    expect(await viaPolicy(publicOpen.id, undefined)).toEqual({ see: true, read: true, forum: true });
    expect(await viaPolicy(closedOpen.id, undefined)).toEqual({ see: true, read: false, forum: false });
  });

  it.each(['request', 'invite_only', 'hidden'])('the database refuses public reading for a %s community', async (v) => {
    await expect(buildCommunity(dataSource, { visibility: v as never, publicReading: true })).rejects.toThrow(
      /ck_communities_public_reading/,
    );
  });
});
