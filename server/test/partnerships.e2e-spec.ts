import {
  agreementSchema,
  communityDetailSchema,
  communityPageSchema,
  partnershipDetailSchema,
} from '@commonroom/contracts';
import { buildAffiliation, buildPartnership } from './factories/community.factory';
import { buildOrganisation } from './factories/organisation.factory';
import { signedInPerson } from './support/people';
import { useAppAndDatabase } from './support/test-app';

describe('partnerships and their spaces', () => {
  const env = useAppAndDatabase();

  const mySpaces = async (client: Awaited<ReturnType<typeof signedInPerson>>['client']) =>
    communityPageSchema
      .parse(await (await client.get('/api/communities?mine=true&type=partnership&pageSize=100')).json())
      .items.map((c) => c.slug);

  it('a mentor affiliated with schools in two partnerships sees both spaces under one login, and nothing of a third', async () => {
    const [first, second, third] = [
      await buildPartnership(env.dataSource),
      await buildPartnership(env.dataSource),
      await buildPartnership(env.dataSource),
    ];
    const mentor = await signedInPerson(env.app);
    await buildAffiliation(env.dataSource, { userId: mentor.userId, organisationId: first.schools[0]!.id });
    await buildAffiliation(env.dataSource, { userId: mentor.userId, organisationId: second.schools[1]!.id });

    expect((await mySpaces(mentor.client)).sort()).toEqual([first.community.slug, second.community.slug].sort());
    expect((await mentor.client.get(`/api/communities/${first.community.slug}`)).status).toBe(200);
    expect((await mentor.client.get(`/api/communities/${second.community.slug}/members`)).status).toBe(200);
    expect((await mentor.client.get(`/api/communities/${third.community.slug}`)).status).toBe(404);
    const all = communityPageSchema.parse(
      await (await mentor.client.get('/api/communities?pageSize=100&type=partnership')).json(),
    );
    expect(all.items.map((c) => c.slug)).not.toContain(third.community.slug);

    const detail = partnershipDetailSchema.parse(
      await (await mentor.client.get(`/api/partnerships/${third.partnership.slug}`)).json(),
    );
    expect(detail.communitySlug).toBeNull();
    expect(detail.viewer.isMember).toBe(false);
  });

  it('ending an affiliation ends that partnership space at once, and nothing else', async () => {
    const { community, schools } = await buildPartnership(env.dataSource);
    const mentor = await signedInPerson(env.app);
    const affiliation = await buildAffiliation(env.dataSource, {
      userId: mentor.userId,
      organisationId: schools[0]!.id,
    });
    const other = await buildPartnership(env.dataSource);
    await buildAffiliation(env.dataSource, { userId: mentor.userId, organisationId: other.schools[0]!.id });
    const space = communityDetailSchema.parse(
      await (await mentor.client.get(`/api/communities/${community.slug}`)).json(),
    );
    expect(space.viewer).toMatchObject({ role: 'member', throughAffiliation: true, abilities: { leave: false } });

    const ended = await mentor.client.send('POST', `/api/affiliations/${affiliation.id}/end`, {});
    expect(ended.status).toBe(200);
    expect(await ended.json()).toMatchObject({ current: false });

    expect((await mentor.client.get(`/api/communities/${community.slug}`)).status).toBe(404);
    expect(await mySpaces(mentor.client)).toEqual([other.community.slug]);
    // The account and its session are untouched.
    expect((await mentor.client.get('/api/me/affiliations')).status).toBe(200);
  });

  it('a direct member keeps the space when the affiliation that also let them in ends', async () => {
    const { community, schools } = await buildPartnership(env.dataSource);
    const tutor = await signedInPerson(env.app);
    const affiliation = await buildAffiliation(env.dataSource, {
      userId: tutor.userId,
      organisationId: schools[0]!.id,
    });
    await env.dataSource.query(
      `INSERT INTO community_members (community_id, user_id, role) VALUES ($1, $2, 'member')`,
      [community.id, tutor.userId],
    );
    await tutor.client.send('POST', `/api/affiliations/${affiliation.id}/end`, {});
    expect(
      communityDetailSchema.parse(await (await tutor.client.get(`/api/communities/${community.slug}`)).json()).viewer,
    ).toMatchObject({ role: 'member', throughAffiliation: false });
  });

  it('pending, rejected and future affiliations grant nothing', async () => {
    const { community, schools } = await buildPartnership(env.dataSource);
    const pending = await signedInPerson(env.app);
    await buildAffiliation(env.dataSource, {
      userId: pending.userId,
      organisationId: schools[0]!.id,
      status: 'pending',
    });
    const future = await signedInPerson(env.app);
    await buildAffiliation(env.dataSource, {
      userId: future.userId,
      organisationId: schools[0]!.id,
      startsOn: '2999-01-01',
    });
    for (const person of [pending, future])
      expect((await person.client.get(`/api/communities/${community.slug}`)).status).toBe(404);
  });

  it('removing a school from the partnership removes its staff from the space', async () => {
    const { partnership, lead, community, schools } = await buildPartnership(env.dataSource);
    const admin = await signedInPerson(env.app);
    await buildAffiliation(env.dataSource, {
      userId: admin.userId,
      organisationId: lead.id,
      role: 'organisation_admin',
    });
    const mentor = await signedInPerson(env.app);
    await buildAffiliation(env.dataSource, { userId: mentor.userId, organisationId: schools[1]!.id });
    expect((await mentor.client.get(`/api/communities/${community.slug}`)).status).toBe(200);

    const response = await admin.client.send(
      'DELETE',
      `/api/partnerships/${partnership.slug}/members/${schools[1]!.id}`,
    );
    expect(partnershipDetailSchema.parse(await response.json()).members.map((m) => m.organisation.id)).not.toContain(
      schools[1]!.id,
    );
    expect((await mentor.client.get(`/api/communities/${community.slug}`)).status).toBe(404);
    // The lead's administrators facilitate the space.
    expect(
      communityDetailSchema.parse(await (await admin.client.get(`/api/communities/${community.slug}`)).json()).viewer
        .abilities.manage,
    ).toBe(true);
    expect(
      (await mentor.client.send('DELETE', `/api/partnerships/${partnership.slug}/members/${schools[0]!.id}`)).status,
    ).toBe(403);
  });

  it('an administrator of a provider creates a partnership with its hidden space', async () => {
    const provider = await buildOrganisation(env.dataSource, { kind: 'scitt' });
    const school = await buildOrganisation(env.dataSource);
    const admin = await signedInPerson(env.app);
    await buildAffiliation(env.dataSource, {
      userId: admin.userId,
      organisationId: provider.id,
      role: 'organisation_admin',
    });
    const outsider = await signedInPerson(env.app);

    expect(
      (
        await outsider.client.send('POST', '/api/partnerships', {
          name: 'Not mine',
          model: 'school_centred',
          leadOrganisationId: provider.id,
        })
      ).status,
    ).toBe(403);
    const schoolAdmin = await signedInPerson(env.app);
    await buildAffiliation(env.dataSource, {
      userId: schoolAdmin.userId,
      organisationId: school.id,
      role: 'organisation_admin',
    });
    expect(
      (
        await schoolAdmin.client.send('POST', '/api/partnerships', {
          name: 'A school cannot lead',
          model: 'collaborative',
          leadOrganisationId: school.id,
        })
      ).status,
    ).toBe(400);

    const created = await admin.client.send('POST', '/api/partnerships', {
      name: 'Fenland Primary Partnership',
      model: 'school_centred',
      leadOrganisationId: provider.id,
    });
    expect(created.status).toBe(201);
    const partnership = partnershipDetailSchema.parse(await created.json());
    expect(partnership.viewer).toMatchObject({ isMember: true, canManage: true });
    expect(partnership.communitySlug).not.toBeNull();
    const space = communityDetailSchema.parse(
      await (await admin.client.get(`/api/communities/${partnership.communitySlug}`)).json(),
    );
    expect(space).toMatchObject({ type: 'partnership', visibility: 'hidden', viewer: { role: 'facilitator' } });
    // The space says whose it is, wherever it is shown: its partnership and the lead provider.
    const whose = {
      slug: partnership.slug,
      name: 'Fenland Primary Partnership',
      leadProvider: { id: provider.id, slug: provider.slug, name: provider.name },
    };
    expect(space.partnership).toEqual(whose);
    // Only the tools that exist, whatever a partnership office might later use.
    expect(space.tools).toEqual(['forum', 'members']);
    const mine = communityPageSchema.parse(await (await admin.client.get('/api/communities?mine=true')).json());
    expect(mine.items.find((c) => c.slug === partnership.communitySlug)?.partnership).toEqual(whose);
    expect((await outsider.client.get(`/api/communities/${partnership.communitySlug}`)).status).toBe(404);
  });

  it('agreements are versioned documents with who agreed to which version, and when', async () => {
    const { partnership, lead, schools } = await buildPartnership(env.dataSource);
    const leadAdmin = await signedInPerson(env.app, { displayName: 'Lead Admin' });
    await buildAffiliation(env.dataSource, {
      userId: leadAdmin.userId,
      organisationId: lead.id,
      role: 'organisation_admin',
    });
    const schoolAdmin = await signedInPerson(env.app, { displayName: 'School Admin' });
    await buildAffiliation(env.dataSource, {
      userId: schoolAdmin.userId,
      organisationId: schools[0]!.id,
      role: 'organisation_admin',
    });
    const mentor = await signedInPerson(env.app);
    await buildAffiliation(env.dataSource, { userId: mentor.userId, organisationId: schools[1]!.id });
    const outsider = await signedInPerson(env.app);
    const base = `/api/partnerships/${partnership.slug}/agreements`;

    expect(
      (
        await schoolAdmin.client.send('POST', base, {
          title: 'Partnership agreement',
          body: 'Roles and responsibilities',
        })
      ).status,
    ).toBe(403);
    const v1 = agreementSchema.parse(
      await (
        await leadAdmin.client.send('POST', base, {
          title: 'Partnership agreement 2026/27',
          body: 'Mentors meet trainees weekly.',
        })
      ).json(),
    );
    expect(v1.currentVersion).toBe(1);

    const agreed = await schoolAdmin.client.send('POST', `${base}/${v1.id}/versions/1/agree`, {
      organisationId: schools[0]!.id,
    });
    expect(agreementSchema.parse(await agreed.json()).versions[0]!.acceptances).toEqual([
      expect.objectContaining({
        organisation: expect.objectContaining({ id: schools[0]!.id }),
        agreedBy: 'School Admin',
      }),
    ]);
    // Agreeing for an organisation you do not administer is refused.
    expect(
      (await schoolAdmin.client.send('POST', `${base}/${v1.id}/versions/1/agree`, { organisationId: schools[1]!.id }))
        .status,
    ).toBe(403);

    const v2 = agreementSchema.parse(
      await (
        await leadAdmin.client.send('POST', `${base}/${v1.id}/versions`, {
          body: 'Mentors meet trainees weekly for an hour.',
          changeNote: 'Meeting length',
        })
      ).json(),
    );
    expect(v2.versions.map((v) => [v.version, v.acceptances.length])).toEqual([
      [2, 0],
      [1, 1],
    ]);
    expect(v2.versions[1]!.body).toBe('Mentors meet trainees weekly.');
    expect(
      (
        await leadAdmin.client.send('POST', `${base}/${v1.id}/versions`, {
          body: 'Mentors meet trainees weekly for an hour.',
        })
      ).status,
    ).toBe(400);
    expect(
      (await schoolAdmin.client.send('POST', `${base}/${v1.id}/versions/1/agree`, { organisationId: schools[0]!.id }))
        .status,
    ).toBe(409);

    expect((await mentor.client.get(base)).status).toBe(200);
    expect((await outsider.client.get(base)).status).toBe(403);
  });
});
