import {
  errorBodySchema,
  myProfileSchema,
  profileViewSchema,
  type UpdateProfileDetailsRequest,
} from '@commonroom/contracts';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { buildCommunity } from './factories/community.factory';
import { buildOrganisation } from './factories/organisation.factory';
import { BrowserLikeClient } from './support/browser-like-client';
import { signedInPerson, type SignedInPerson } from './support/people';
import { useAppAndDatabase } from './support/test-app';

const uploadsDir = mkdtempSync(join(tmpdir(), 'commonroom-profiles-'));

/** One field at each visibility, so each relation sees a different set. */
const DETAILS: UpdateProfileDetailsRequest = {
  headline: 'Physics mentor',
  subjects: ['physics'],
  bio: 'Ten years of mentoring trainees in physics.',
  mentorStage: 'stage_2',
  contactEmail: 'mentor@school.example.org',
  expertise: ['coaching'],
  freeTags: ['rocketry'],
  visibility: {
    name: 'public',
    headline: 'public',
    subjects: 'members',
    bio: 'communities',
    mentorStage: 'communities',
    contactEmail: 'only_me',
    expertise: 'only_me',
  },
};

describe('profiles', () => {
  const env = useAppAndDatabase({ UPLOADS_DIR: uploadsDir });
  afterAll(() => rmSync(uploadsDir, { recursive: true, force: true }));

  async function profileOwner(details: UpdateProfileDetailsRequest = DETAILS): Promise<SignedInPerson> {
    const owner = await signedInPerson(env.app);
    const response = await owner.client.send('PATCH', '/api/me/profile', details);
    expect(response.status).toBe(200);
    return owner;
  }

  async function viewAs(client: BrowserLikeClient, userId: string): Promise<Record<string, unknown>> {
    const response = await client.get(`/api/people/${userId}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    profileViewSchema.parse(body);
    return body;
  }

  const outboxCount = async (userId: string): Promise<number> => {
    const [row] = (await env.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_events WHERE type = 'profile.changed' AND payload ->> 'userId' = $1`,
      [userId],
    )) as { n: number }[];
    return row!.n;
  };

  describe('viewing a profile', () => {
    it('sends each relation exactly the fields it may see, leaving the others out of the JSON', async () => {
      const owner = await profileOwner();
      const member = await signedInPerson(env.app);
      const colleague = await signedInPerson(env.app);
      await buildCommunity(env.dataSource, {
        visibility: 'hidden',
        members: { [owner.userId]: 'member', [colleague.userId]: 'member' },
      });

      const seen = {
        public: await viewAs(new BrowserLikeClient(env.app), owner.userId),
        member: await viewAs(member.client, owner.userId),
        community: await viewAs(colleague.client, owner.userId),
        self: await viewAs(owner.client, owner.userId),
      };
      const keys = (view: Record<string, unknown>) =>
        ['headline', 'subjects', 'bio', 'mentorStage', 'contactEmail', 'expertise', 'freeTags'].filter(
          (k) => k in view,
        );
      expect(keys(seen.public)).toEqual(['headline']);
      expect(keys(seen.member)).toEqual(['headline', 'subjects']);
      expect(keys(seen.community)).toEqual(['headline', 'subjects', 'bio', 'mentorStage']);
      expect(keys(seen.self)).toEqual([
        'headline',
        'subjects',
        'bio',
        'mentorStage',
        'contactEmail',
        'expertise',
        'freeTags',
      ]);
      expect(
        Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, (v.viewer as { relation: string }).relation])),
      ).toEqual({ public: 'public', member: 'member', community: 'community', self: 'self' });
      expect(seen.self).toMatchObject({
        contactEmail: 'mentor@school.example.org',
        freeTags: ['rocketry'],
        viewer: { canRequestContact: false },
      });
      expect(seen.member.viewer).toEqual({ relation: 'member', canRequestContact: true, contactRequest: null });
    });

    it('gives platform administrators no more than any other member', async () => {
      const owner = await profileOwner();
      const admin = await signedInPerson(env.app, { platformRole: 'admin' });
      const view = await viewAs(admin.client, owner.userId);
      expect(view).not.toHaveProperty('bio');
      expect(view).not.toHaveProperty('contactEmail');
      expect((view.viewer as { relation: string }).relation).toBe('member');
    });

    it('answers 404 to visitors unless the name is public, and for people who do not exist', async () => {
      const owner = await profileOwner({ headline: 'Hidden from visitors', visibility: { headline: 'public' } });
      const visitor = new BrowserLikeClient(env.app);
      expect((await visitor.get(`/api/people/${owner.userId}`)).status).toBe(404);
      expect((await owner.client.send('PATCH', '/api/me/profile', { visibility: { name: 'public' } })).status).toBe(
        200,
      );
      expect(await viewAs(visitor, owner.userId)).toMatchObject({
        headline: 'Hidden from visitors',
        viewer: { relation: 'public', canRequestContact: false },
      });
      expect((await owner.client.get('/api/people/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    });

    it('shows verified current and past affiliations, and a silently declined request as still pending', async () => {
      const owner = await profileOwner({ visibility: { pastAffiliations: 'members' } });
      const viewer = await signedInPerson(env.app);
      const org = await buildOrganisation(env.dataSource);
      await env.dataSource.query(
        `INSERT INTO affiliations (user_id, organisation_id, role, starts_on, ends_on, status) VALUES
           ($1, $2, 'mentor', '2021-09-01', NULL, 'verified'), ($1, $2, 'subject_mentor', '2015-09-01', '2019-08-31', 'verified'), ($1, $2, 'school_leader', '2022-01-01', NULL, 'pending')`,
        [owner.userId, org.id],
      );
      await env.dataSource.query(
        `INSERT INTO contact_requests (sender_id, recipient_id, message, status, decided_at) VALUES ($1, $2, 'Could we talk about placements?', 'declined', now())`,
        [viewer.userId, owner.userId],
      );
      const view = profileViewSchema.parse(await viewAs(viewer.client, owner.userId));
      expect(view.currentAffiliations?.map((a) => a.role)).toEqual(['mentor']);
      expect(view.pastAffiliations?.map((a) => [a.role, a.endsOn])).toEqual([['subject_mentor', '2019-08-31']]);
      expect(view.viewer).toMatchObject({ canRequestContact: false, contactRequest: { status: 'pending' } });
    });

    it('does not offer contact to someone the person has blocked', async () => {
      const owner = await profileOwner();
      const blocked = await signedInPerson(env.app);
      await env.dataSource.query(`INSERT INTO contact_blocks (user_id, blocked_user_id) VALUES ($1, $2)`, [
        owner.userId,
        blocked.userId,
      ]);
      expect((await viewAs(blocked.client, owner.userId)).viewer).toEqual({
        relation: 'member',
        canRequestContact: false,
        contactRequest: null,
      });
    });
  });

  describe('editing my profile', () => {
    it('saves the changes, merges visibility over what was chosen before, and records the change', async () => {
      const owner = await profileOwner();
      expect(
        (await owner.client.send('PATCH', '/api/me/profile', { bio: null, visibility: { subjects: 'communities' } }))
          .status,
      ).toBe(200);
      const mine = myProfileSchema.parse(await (await owner.client.get('/api/me/profile')).json());
      expect(mine).toMatchObject({ headline: 'Physics mentor', bio: null, subjects: ['physics'] });
      expect(mine.visibility).toMatchObject({
        name: 'public',
        headline: 'public',
        subjects: 'communities',
        contactPhone: 'only_me',
        pastAffiliations: 'communities',
      });
      await expect(outboxCount(owner.userId)).resolves.toBe(2);
    });

    it('refuses invalid changes with 400 and the field at fault, changing nothing', async () => {
      const owner = await profileOwner();
      const response = await owner.client.send('PATCH', '/api/me/profile', {
        headline: 'x'.repeat(141),
        contactEmail: 'not an email',
        subjects: ['alchemy'],
        visibility: { contactEmail: 'public' },
      });
      expect(response.status).toBe(400);
      const paths = errorBodySchema.parse(await response.json()).error.details?.issues?.map((i) => i.path) ?? [];
      expect(paths).toEqual(
        expect.arrayContaining([
          'body.headline',
          'body.contactEmail',
          'body.subjects.0',
          'body.visibility.contactEmail',
        ]),
      );
      const mine = myProfileSchema.parse(await (await owner.client.get('/api/me/profile')).json());
      expect(mine).toMatchObject({
        headline: 'Physics mentor',
        contactEmail: 'mentor@school.example.org',
        visibility: { contactEmail: 'only_me' },
      });
    });

    it('records a change of display name for the search documents', async () => {
      const owner = await signedInPerson(env.app);
      expect((await owner.client.send('PATCH', '/api/account/profile', { displayName: 'Renamed Person' })).status).toBe(
        200,
      );
      await expect(outboxCount(owner.userId)).resolves.toBe(1);
      const [row] = (await env.dataSource.query(`SELECT search_name FROM profiles WHERE user_id = $1`, [
        owner.userId,
      ])) as { search_name: string }[];
      expect(row!.search_name).toBe('renamed person');
    });
  });

  describe('photos', () => {
    function putPhoto(who: SignedInPerson, bytes: Buffer, name = 'me.jpg'): Promise<Response> {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), name);
      return who.client.send('PUT', '/api/me/profile/photo', form);
    }

    /**
     * A camera-like JPEG: landscape, with a copyright line and a GPS position in its EXIF. Its colour makes it
     * unique.
     */
    const cameraJpeg = (r = 200) =>
      sharp({ create: { width: 900, height: 600, channels: 3, background: { r, g: 80, b: 40 } } })
        .jpeg()
        .withMetadata({
          exif: {
            IFD0: { Copyright: 'secret-owner-name', Artist: 'secret-artist' },
            IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 12/1 0/1' },
          },
        })
        .toBuffer();

    it('re-encodes a photo to a 400×400 WebP without its metadata and serves it privately', async () => {
      const owner = await profileOwner();
      const original = await cameraJpeg();
      expect(original.includes('secret-owner-name')).toBe(true);

      const response = await putPhoto(owner, original);
      expect(response.status).toBe(200);
      const { photoUrl } = myProfileSchema.parse(await response.json());
      expect(photoUrl).toMatch(new RegExp(`^/api/people/${owner.userId}/photo\\?v=[0-9a-f]{12}$`));

      const served = await owner.client.get(photoUrl!);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/webp');
      expect(served.headers.get('cache-control')).toMatch(/^private/);
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      const bytes = Buffer.from(await served.arrayBuffer());
      expect(bytes.includes('secret-owner-name')).toBe(false);
      expect(bytes.includes('secret-artist')).toBe(false);
      const metadata = await sharp(bytes).metadata();
      expect(metadata).toMatchObject({ format: 'webp', width: 400, height: 400 });
      expect(metadata.exif).toBeUndefined();
      await expect(outboxCount(owner.userId)).resolves.toBe(2);
    });

    it('refuses a file that is not a JPEG, PNG or WebP picture, whatever its name says', async () => {
      const owner = await profileOwner();
      const response = await putPhoto(owner, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'me.jpg');
      expect(response.status).toBe(400);
      expect(errorBodySchema.parse(await response.json()).error.message).toBe(
        'Choose a photo in JPEG, PNG or WebP format.',
      );
      const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: 'blue' } })
        .gif()
        .toBuffer();
      expect((await putPhoto(owner, gif, 'me.gif')).status).toBe(400);
    });

    it('serves the photo only to viewers who may see it, and removes it on request', async () => {
      const owner = await profileOwner({ visibility: { photo: 'communities' } });
      const member = await signedInPerson(env.app);
      // Bytes no other test uploads: a photo's file is kept while anyone else still uses it.
      const { photoUrl } = myProfileSchema.parse(await (await putPhoto(owner, await cameraJpeg(17))).json());
      expect((await member.client.get(photoUrl!)).status).toBe(404);
      expect(await viewAs(member.client, owner.userId)).not.toHaveProperty('photoUrl');
      expect((await owner.client.get(photoUrl!)).status).toBe(200);

      expect((await owner.client.send('DELETE', '/api/me/profile/photo')).status).toBe(204);
      expect((await owner.client.get(photoUrl!)).status).toBe(404);
      const version = new URL(photoUrl!, env.app.baseUrl).searchParams.get('v')!;
      expect(readdirSync(join(uploadsDir, 'profile-photos')).filter((f) => f.startsWith(version))).toEqual([]);
      expect(myProfileSchema.parse(await (await owner.client.get('/api/me/profile')).json()).photoUrl).toBeNull();
    });
  });
});
