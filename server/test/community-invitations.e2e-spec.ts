import {
  communityDetailSchema,
  communityInvitationListSchema,
  invitationViewSchema,
  joinRequestListSchema,
} from '@commonroom/contracts';
import type { DataSource } from 'typeorm';
import { buildCommunity } from './factories/community.factory';
import { PASSWORD, uniqueEmail, useAppWithMail } from './support/accounts';
import { BrowserLikeClient } from './support/browser-like-client';
import { openTestDataSource } from './support/data-source';
import { signedInPerson } from './support/people';
import { linkFrom } from './support/smtp-sink';

describe('community invitations and requests', () => {
  const env = useAppWithMail();
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await openTestDataSource();
  });
  afterAll(() => dataSource.destroy());

  const tokenOf = (link: string) => new URL(link).pathname.split('/').pop() ?? '';

  async function invite(visibility: 'invite_only' | 'hidden', email: string) {
    const facilitator = await signedInPerson(env.app, { displayName: 'Priya Facilitator' });
    const community = await buildCommunity(dataSource, {
      visibility,
      name: `Science mentors ${crypto.randomUUID().slice(0, 6)}`,
      members: { [facilitator.userId]: 'facilitator' },
    });
    const response = await facilitator.client.send('POST', `/api/communities/${community.slug}/invitations`, {
      emails: [email],
      message: 'Join us for the spring term.',
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ invited: 1 });
    const mail = await env.smtp.waitForMessage((m) => m.to.includes(email));
    return { facilitator, community, mail, token: tokenOf(linkFrom(mail, '/invitations/')) };
  }

  it('invites someone without an account, who signs up from the link and lands in the hidden community', async () => {
    const email = uniqueEmail('invitee');
    const { community, mail, token } = await invite('hidden', email);
    expect(mail.subject).toBe(`Priya Facilitator invited you to ${community.name} on Commonroom`);
    expect(mail.text).toContain('Join us for the spring term.');

    const visitor = new BrowserLikeClient(env.app);
    const view = invitationViewSchema.parse(await (await visitor.get(`/api/invitations/${token}`)).json());
    expect(view).toMatchObject({
      email,
      status: 'pending',
      accountExists: false,
      invitedBy: 'Priya Facilitator',
      community: { slug: community.slug },
    });

    const weak = await visitor.send('POST', `/api/invitations/${token}/sign-up`, {
      displayName: 'Sam Invitee',
      password: 'password',
    });
    expect(weak.status).toBe(400);
    const signedUp = await visitor.send('POST', `/api/invitations/${token}/sign-up`, {
      displayName: 'Sam Invitee',
      password: PASSWORD,
    });
    expect(signedUp.status).toBe(201);
    expect(await signedUp.json()).toEqual({ communitySlug: community.slug });

    const session = await visitor.session();
    expect(session.user).toMatchObject({ email });
    const home = communityDetailSchema.parse(await (await visitor.get(`/api/communities/${community.slug}`)).json());
    expect(home.viewer.role).toBe('member');
    // Single use, and the address is now taken.
    expect(
      (
        await new BrowserLikeClient(env.app).send('POST', `/api/invitations/${token}/sign-up`, {
          displayName: 'Again',
          password: PASSWORD,
        })
      ).status,
    ).toBe(400);
    expect(invitationViewSchema.parse(await (await visitor.get(`/api/invitations/${token}`)).json()).status).toBe(
      'accepted',
    );
  });

  it('an existing person accepts with the invited address only', async () => {
    const invitee = await signedInPerson(env.app);
    const { community, token } = await invite('invite_only', invitee.email);
    expect(
      invitationViewSchema.parse(await (await invitee.client.get(`/api/invitations/${token}`)).json()).accountExists,
    ).toBe(true);
    expect(
      (
        await new BrowserLikeClient(env.app).send('POST', `/api/invitations/${token}/sign-up`, {
          displayName: 'Squatter',
          password: PASSWORD,
        })
      ).status,
    ).toBe(409);

    const someoneElse = await signedInPerson(env.app);
    expect((await someoneElse.client.send('POST', `/api/invitations/${token}/accept`)).status).toBe(403);
    const accepted = await invitee.client.send('POST', `/api/invitations/${token}/accept`);
    expect(await accepted.json()).toEqual({ communitySlug: community.slug });
    expect(
      communityDetailSchema.parse(await (await invitee.client.get(`/api/communities/${community.slug}`)).json()).viewer
        .role,
    ).toBe('member');
  });

  it('a revoked invitation no longer works, and facilitators see what is pending', async () => {
    const email = uniqueEmail('revoked');
    const { facilitator, community, token } = await invite('invite_only', email);
    const list = communityInvitationListSchema.parse(
      await (await facilitator.client.get(`/api/communities/${community.slug}/invitations`)).json(),
    );
    expect(list.items.map((i) => [i.email, i.status])).toEqual([[email, 'pending']]);
    expect(
      (await facilitator.client.send('DELETE', `/api/communities/${community.slug}/invitations/${list.items[0]!.id}`))
        .status,
    ).toBe(204);
    expect(
      (
        await new BrowserLikeClient(env.app).send('POST', `/api/invitations/${token}/sign-up`, {
          displayName: 'Late',
          password: PASSWORD,
        })
      ).status,
    ).toBe(400);
    expect((await new BrowserLikeClient(env.app).get('/api/invitations/not-a-real-token-at-all-000000')).status).toBe(
      400,
    );
  });

  it('a request to join waits for a facilitator, who approves it', async () => {
    const facilitator = await signedInPerson(env.app);
    const community = await buildCommunity(dataSource, {
      visibility: 'request',
      tools: ['forum'],
      members: { [facilitator.userId]: 'facilitator' },
    });
    const asker = await signedInPerson(env.app, { displayName: 'Ola Asker' });
    expect(
      await (
        await asker.client.send('POST', `/api/communities/${community.slug}/join`, {
          message: 'I mentor physics trainees.',
        })
      ).json(),
    ).toEqual({ status: 'requested' });
    expect(await (await asker.client.send('POST', `/api/communities/${community.slug}/join`, {})).json()).toEqual({
      status: 'requested',
    });

    const requests = joinRequestListSchema.parse(
      await (await facilitator.client.get(`/api/communities/${community.slug}/requests`)).json(),
    );
    expect(requests.items).toEqual([
      expect.objectContaining({
        person: { id: asker.userId, displayName: 'Ola Asker' },
        message: 'I mentor physics trainees.',
      }),
    ]);
    expect((await asker.client.get(`/api/communities/${community.slug}/requests`)).status).toBe(403);
    expect(
      (
        await facilitator.client.send(
          'POST',
          `/api/communities/${community.slug}/requests/${requests.items[0]!.id}/decision`,
          { decision: 'approve' },
        )
      ).status,
    ).toBe(204);
    expect(
      communityDetailSchema.parse(await (await asker.client.get(`/api/communities/${community.slug}`)).json()).viewer
        .role,
    ).toBe('member');
  });

  it('the last facilitator cannot leave; a member can, and a facilitator can remove members', async () => {
    const facilitator = await signedInPerson(env.app);
    const member = await signedInPerson(env.app);
    const other = await signedInPerson(env.app);
    const community = await buildCommunity(dataSource, {
      members: { [facilitator.userId]: 'facilitator', [member.userId]: 'member', [other.userId]: 'member' },
    });
    expect((await facilitator.client.send('POST', `/api/communities/${community.slug}/leave`)).status).toBe(409);
    expect((await member.client.send('POST', `/api/communities/${community.slug}/leave`)).status).toBe(204);
    expect(
      (await member.client.send('DELETE', `/api/communities/${community.slug}/members/${other.userId}`)).status,
    ).toBe(403);
    expect(
      (await facilitator.client.send('DELETE', `/api/communities/${community.slug}/members/${other.userId}`)).status,
    ).toBe(204);
    expect(
      (
        await facilitator.client.send('PATCH', `/api/communities/${community.slug}/members/${facilitator.userId}`, {
          role: 'member',
        })
      ).status,
    ).toBe(409);
  });

  it('creates communities and sub-communities; a hidden parent keeps its sub-communities hidden', async () => {
    const facilitator = await signedInPerson(env.app);
    const created = await facilitator.client.send('POST', '/api/communities', {
      name: 'Fenmoor Early Career Network',
      type: 'peer_group',
      visibility: 'hidden',
      tools: ['forum', 'members'],
    });
    expect(created.status).toBe(201);
    const parent = communityDetailSchema.parse(await created.json());
    expect(parent).toMatchObject({
      viewer: { role: 'facilitator', abilities: { manage: true, createSubcommunity: true } },
      tools: ['forum', 'members'],
    });
    const open = await facilitator.client.send('POST', '/api/communities', {
      name: 'Open child',
      type: 'peer_group',
      visibility: 'open',
      parentSlug: parent.slug,
    });
    expect(open.status).toBe(400);
    const child = communityDetailSchema.parse(
      await (
        await facilitator.client.send('POST', '/api/communities', {
          name: 'Maths ECTs',
          type: 'peer_group',
          visibility: 'hidden',
          parentSlug: parent.slug,
        })
      ).json(),
    );
    expect(child.parent).toEqual({ slug: parent.slug, name: parent.name });
    expect(child.viewer.abilities.createSubcommunity).toBe(false);
    const again = communityDetailSchema.parse(
      await (await facilitator.client.get(`/api/communities/${parent.slug}`)).json(),
    );
    expect(again.subcommunities.map((c) => c.slug)).toEqual([child.slug]);
    const stranger = await signedInPerson(env.app);
    expect((await stranger.client.get(`/api/communities/${child.slug}`)).status).toBe(404);
  });
});
