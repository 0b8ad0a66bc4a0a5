import {
  affiliationListSchema,
  affiliationSchema,
  organisationAffiliationListSchema,
  organisationDetailSchema,
} from '@commonroom/contracts';
import { buildAffiliation } from './factories/community.factory';
import { buildOrganisation } from './factories/organisation.factory';
import { BrowserLikeClient } from './support/browser-like-client';
import { signedInPerson } from './support/people';
import { useAppAndDatabase } from './support/test-app';

describe('affiliations and organisation administration', () => {
  const env = useAppAndDatabase();

  async function schoolWithAdmin() {
    const school = await buildOrganisation(env.dataSource);
    const admin = await signedInPerson(env.app);
    await buildAffiliation(env.dataSource, {
      userId: admin.userId,
      organisationId: school.id,
      role: 'organisation_admin',
    });
    return { school, admin };
  }

  it('a request waits for the organisation’s administrators, who approve it', async () => {
    const { school, admin } = await schoolWithAdmin();
    const mentor = await signedInPerson(env.app);
    const requested = affiliationSchema.parse(
      await (
        await mentor.client.send('POST', '/api/me/affiliations', {
          organisationId: school.id,
          role: 'itt_coordinator',
          title: 'Professional tutor',
          startsOn: '2024-09-01',
        })
      ).json(),
    );
    expect(requested).toMatchObject({
      status: 'pending',
      current: false,
      title: 'Professional tutor',
      startsOn: '2024-09-01',
    });
    expect(
      (await mentor.client.send('POST', '/api/me/affiliations', { organisationId: school.id, role: 'itt_coordinator' }))
        .status,
    ).toBe(409);

    const page = organisationDetailSchema.parse(
      await (await admin.client.get(`/api/organisations/${school.slug}`)).json(),
    );
    expect(page.viewer).toEqual({ canEdit: true, canVerify: true, pendingRequests: 1 });
    const pending = organisationAffiliationListSchema.parse(
      await (await admin.client.get(`/api/organisations/${school.slug}/affiliations?status=pending`)).json(),
    );
    expect(pending.items.map((a) => a.person.email)).toEqual([mentor.email]);

    expect(
      (await mentor.client.send('POST', `/api/affiliations/${requested.id}/decision`, { decision: 'approve' })).status,
    ).toBe(404);
    const approved = await admin.client.send('POST', `/api/affiliations/${requested.id}/decision`, {
      decision: 'approve',
    });
    expect(await approved.json()).toMatchObject({
      status: 'verified',
      verificationMethod: 'organisation_admin',
      current: true,
    });
    expect(
      (await admin.client.send('POST', `/api/affiliations/${requested.id}/decision`, { decision: 'reject' })).status,
    ).toBe(409);
    expect(
      affiliationListSchema.parse(await (await mentor.client.get('/api/me/affiliations')).json()).items[0],
    ).toMatchObject({ status: 'verified', current: true });
  });

  it('a person with a confirmed address at a declared domain is verified at once, but never as an administrator', async () => {
    const { school, admin } = await schoolWithAdmin();
    const saved = await admin.client.send('PATCH', `/api/organisations/${school.slug}`, {
      emailDomains: ['Oakfield.example.org'],
      description: 'A village primary.',
    });
    expect(organisationDetailSchema.parse(await saved.json())).toMatchObject({
      emailDomains: ['oakfield.example.org'],
      description: 'A village primary.',
    });

    const teacher = await signedInPerson(env.app, {
      email: `t-${crypto.randomUUID().slice(0, 6)}@oakfield.example.org`,
    });
    const mentor = affiliationSchema.parse(
      await (
        await teacher.client.send('POST', '/api/me/affiliations', { organisationId: school.id, role: 'mentor' })
      ).json(),
    );
    expect(mentor).toMatchObject({ status: 'verified', verificationMethod: 'email_domain', current: true });
    const asAdmin = affiliationSchema.parse(
      await (
        await teacher.client.send('POST', '/api/me/affiliations', {
          organisationId: school.id,
          role: 'organisation_admin',
        })
      ).json(),
    );
    expect(asAdmin.status).toBe('pending');

    const stranger = await signedInPerson(env.app, {
      email: `s-${crypto.randomUUID().slice(0, 6)}@elsewhere.example.org`,
    });
    expect(
      affiliationSchema.parse(
        await (
          await stranger.client.send('POST', '/api/me/affiliations', { organisationId: school.id, role: 'mentor' })
        ).json(),
      ).status,
    ).toBe('pending');
  });

  it('only the organisation’s administrators edit it; administrators cannot verify themselves', async () => {
    const { school, admin } = await schoolWithAdmin();
    const member = await signedInPerson(env.app);
    await buildAffiliation(env.dataSource, { userId: member.userId, organisationId: school.id });
    expect(
      (await member.client.send('PATCH', `/api/organisations/${school.slug}`, { description: 'Mine now' })).status,
    ).toBe(403);
    expect(
      (
        await new BrowserLikeClient(env.app).send('PATCH', `/api/organisations/${school.slug}`, {
          description: 'Mine now',
        })
      ).status,
    ).toBe(401);
    expect((await member.client.get(`/api/organisations/${school.slug}/affiliations`)).status).toBe(403);
    const visitorView = organisationDetailSchema.parse(
      await (await env.app.request(`/api/organisations/${school.slug}`)).json(),
    );
    expect(visitorView.viewer).toEqual({ canEdit: false, canVerify: false, pendingRequests: 0 });
    expect(visitorView.verifiedPeople).toBe(2);

    const own = affiliationSchema.parse(
      await (
        await admin.client.send('POST', '/api/me/affiliations', { organisationId: school.id, role: 'mentor' })
      ).json(),
    );
    expect(
      (await admin.client.send('POST', `/api/affiliations/${own.id}/decision`, { decision: 'approve' })).status,
    ).toBe(403);
    const platformAdmin = await signedInPerson(env.app, { platformRole: 'admin' });
    expect(
      await (
        await platformAdmin.client.send('POST', `/api/affiliations/${own.id}/decision`, { decision: 'approve' })
      ).json(),
    ).toMatchObject({ verificationMethod: 'platform_admin' });
  });

  it('the organisation can end someone’s affiliation when they leave; strangers cannot see it', async () => {
    const { school, admin } = await schoolWithAdmin();
    const leaver = await signedInPerson(env.app);
    const affiliation = await buildAffiliation(env.dataSource, { userId: leaver.userId, organisationId: school.id });
    const stranger = await signedInPerson(env.app);
    expect((await stranger.client.send('POST', `/api/affiliations/${affiliation.id}/end`, {})).status).toBe(404);
    const ended = affiliationSchema.parse(
      await (await admin.client.send('POST', `/api/affiliations/${affiliation.id}/end`, {})).json(),
    );
    expect(ended.current).toBe(false);
    const past = organisationAffiliationListSchema.parse(
      await (await admin.client.get(`/api/organisations/${school.slug}/affiliations?status=past`)).json(),
    );
    expect(past.items.map((a) => a.person.id)).toEqual([leaver.userId]);
    // The person keeps their account and sees the ended affiliation in their history.
    expect(affiliationListSchema.parse(await (await leaver.client.get('/api/me/affiliations')).json()).items).toEqual([
      expect.objectContaining({ id: affiliation.id, current: false }),
    ]);
  });

  it('a future end date keeps the affiliation current until that day', async () => {
    const school = await buildOrganisation(env.dataSource);
    const mentor = await signedInPerson(env.app);
    const affiliation = await buildAffiliation(env.dataSource, { userId: mentor.userId, organisationId: school.id });
    const ended = affiliationSchema.parse(
      await (
        await mentor.client.send('POST', `/api/affiliations/${affiliation.id}/end`, { endsOn: '2999-07-31' })
      ).json(),
    );
    expect(ended).toMatchObject({ endsOn: '2999-07-31', current: true });
  });
});
