import {
  ErrorCode,
  errorBodySchema,
  postPageSchema,
  postSchema,
  uploadQuotaSchema,
  uploadSchema,
  type Upload,
} from '@commonroom/contracts';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildForum, reply, startThread } from './factories/forum.factory';
import { pdf, SAMPLES } from './fixtures/upload-samples';
import { BrowserLikeClient } from './support/browser-like-client';
import { signedInPerson, type SignedInPerson } from './support/people';
import { useAppAndDatabase } from './support/test-app';

const MB = 1024 * 1024;
const NINE_TENTHS_MB = Math.round(0.9 * MB);
const uploadsDir = mkdtempSync(join(tmpdir(), 'commonroom-uploads-'));

describe('attachments', () => {
  // Small limits so the size and quota rules can be reached with a few requests.
  const env = useAppAndDatabase({ UPLOADS_DIR: uploadsDir, UPLOAD_MAX_FILE_MB: '1', UPLOAD_QUOTA_MB: '2' });
  afterAll(() => rmSync(uploadsDir, { recursive: true, force: true }));

  const person = () => signedInPerson(env.app);

  /** Sends a file the way a browser's form does; `claimedType` is what the browser says it is. */
  function upload(
    who: SignedInPerson,
    bytes: Buffer,
    name: string,
    claimedType = 'application/octet-stream',
    field = 'file',
  ): Promise<Response> {
    const form = new FormData();
    form.append(field, new Blob([new Uint8Array(bytes)], { type: claimedType }), name);
    return who.client.send('POST', '/api/uploads', form);
  }

  async function uploaded(who: SignedInPerson, bytes: Buffer, name: string, claimedType?: string): Promise<Upload> {
    const response = await upload(who, bytes, name, claimedType);
    expect(response.status).toBe(201);
    return uploadSchema.parse(await response.json());
  }

  /** Files still in staging: a refused upload must leave none behind. */
  const stagedFiles = () => (existsSync(join(uploadsDir, '.staging')) ? readdirSync(join(uploadsDir, '.staging')) : []);

  async function errorOf(response: Response) {
    return errorBodySchema.parse(await response.json()).error;
  }

  type Forum = Awaited<ReturnType<typeof buildForum>>;

  /** A thread its author starts through the API, its opening post showing the upload. */
  async function showInPost(
    forum: Forum,
    author: SignedInPerson,
    uploadId: string,
  ): Promise<{ threadId: string; postId: string }> {
    const threadId = await startThread(author, forum.community.slug, forum.category.slug, {
      raw: `Our seating plan: ![plan](/api/uploads/${uploadId})`,
    });
    return { threadId, postId: (await openingPost(author, threadId)).id };
  }

  const openingPost = async (reader: SignedInPerson, threadId: string) =>
    postPageSchema.parse(await (await reader.client.get(`/api/threads/${threadId}/posts`)).json()).items[0]!;

  /** The posts the uploads module records as showing the file. */
  const postsLinking = async (uploadId: string) =>
    (
      (await env.dataSource.query('SELECT post_id FROM post_uploads WHERE upload_id = $1 ORDER BY post_id', [
        uploadId,
      ])) as { post_id: string }[]
    ).map((r) => r.post_id);

  describe('receiving files', () => {
    it('accepts a PNG whatever the browser claims, and serves it back byte for byte, inline and locked down', async () => {
      const owner = await person();
      const file = await uploaded(owner, SAMPLES.png, 'seating plan.png', 'text/html');
      expect(file).toMatchObject({
        name: 'seating plan.png',
        contentType: 'image/png',
        size: SAMPLES.png.length,
        isImage: true,
        url: `/api/uploads/${file.id}`,
      });

      const served = await owner.client.get(file.url);
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer())).toEqual(SAMPLES.png);
      expect(served.headers.get('content-type')).toBe('image/png');
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
      expect(served.headers.get('content-disposition')).toBe(
        `inline; filename="seating plan.png"; filename*=UTF-8''seating%20plan.png`,
      );
      expect(served.headers.get('cache-control')).toBe('private, max-age=3600');
    });

    it('accepts a PDF sent as a picture with no extension, names it .pdf and offers it as a download', async () => {
      const owner = await person();
      const file = await uploaded(owner, SAMPLES.pdf, 'Lesson plan – week 3', 'image/png');
      expect(file).toMatchObject({ name: 'Lesson plan – week 3.pdf', contentType: 'application/pdf', isImage: false });

      const served = await owner.client.get(file.url);
      expect(Buffer.from(await served.arrayBuffer())).toEqual(SAMPLES.pdf);
      expect(served.headers.get('content-type')).toBe('application/pdf');
      expect(served.headers.get('content-disposition')).toBe(
        `attachment; filename="Lesson plan _ week 3.pdf"; filename*=UTF-8''Lesson%20plan%20%E2%80%93%20week%203.pdf`,
      );
    });

    it.each([
      ['an HTML page renamed .png', SAMPLES.html, 'cat.png', 'image/png'],
      ['an SVG picture', SAMPLES.svg, 'logo.svg', 'image/svg+xml'],
      ['a Windows program', SAMPLES.exe, 'worksheet.exe', 'application/x-msdownload'],
    ])(
      'refuses %s with a sentence naming what can be attached, and keeps nothing',
      async (_what, bytes, name, claimedType) => {
        const owner = await person();
        const response = await upload(owner, bytes, name, claimedType);
        expect(response.status).toBe(400);
        const error = await errorOf(response);
        expect(error.code).toBe(ErrorCode.ValidationFailed);
        expect(error.message).toContain(
          'This kind of file cannot be attached. Attach pictures (JPEG, PNG, GIF, WebP), PDFs',
        );
        expect(error.details?.issues).toEqual([{ path: 'body.file', message: error.message }]);
        expect(uploadQuotaSchema.parse(await (await owner.client.get('/api/me/uploads/quota')).json()).usedBytes).toBe(
          0,
        );
        expect(stagedFiles()).toEqual([]);
      },
    );

    it('refuses an empty file, or a request without a file in the "file" field', async () => {
      const owner = await person();
      const empty = await upload(owner, Buffer.alloc(0), 'photo.png', 'image/png');
      expect(empty.status).toBe(400);
      expect((await errorOf(empty)).message).toBe('That file is empty. Choose a file with something in it.');
      const wrongField = await upload(owner, SAMPLES.png, 'photo.png', 'image/png', 'picture');
      expect(wrongField.status).toBe(400);
      expect((await errorOf(wrongField)).details?.issues?.[0]?.path).toBe('body.file');
      const json = await owner.client.send('POST', '/api/uploads', { file: 'photo.png' });
      expect(json.status).toBe(400);
      expect((await errorOf(json)).details?.issues?.[0]?.path).toBe('body.file');
    });

    it('refuses a file over the size limit with 413 and a sentence a teacher understands', async () => {
      const owner = await person();
      const response = await upload(owner, pdf('too big', 1 * MB + 1), 'scan.pdf');
      expect(response.status).toBe(413);
      // The rest of the body may be unread: the connection closes rather than waiting for it.
      expect(response.headers.get('connection')).toBe('close');
      const error = await errorOf(response);
      expect(error.code).toBe(ErrorCode.PayloadTooLarge);
      expect(error.message).toBe(
        'That file is larger than 1 MB, the most you can attach. Try a smaller file, or share a link to it instead.',
      );
      expect(stagedFiles()).toEqual([]);
      await expect(uploaded(owner, pdf('just fits', 1 * MB), 'scan.pdf')).resolves.toMatchObject({ size: 1 * MB });
    });

    it('refuses a file that would take a person past their quota, and reports what they have used', async () => {
      const owner = await person();
      const first = await uploaded(owner, pdf('one', NINE_TENTHS_MB), 'one.pdf');
      const second = await uploaded(owner, pdf('two', NINE_TENTHS_MB), 'two.pdf');

      const refused = await upload(owner, pdf('three', NINE_TENTHS_MB), 'three.pdf');
      expect(refused.status).toBe(413);
      expect((await errorOf(refused)).message).toBe(
        'This file does not fit in your space for attachments: you have used 1.8 MB of your 2 MB. Ask an administrator if you need more room.',
      );

      const quota = uploadQuotaSchema.parse(await (await owner.client.get('/api/me/uploads/quota')).json());
      expect(quota).toMatchObject({ usedBytes: first.size + second.size, limitBytes: 2 * MB, maxFileBytes: 1 * MB });
      expect(quota.allowedTypes).toEqual(expect.arrayContaining(['image/png', 'application/pdf', 'text/plain']));
      expect(quota.allowedTypes).not.toContain('image/svg+xml');
      // Someone else's allowance is their own.
      await expect(uploaded(await person(), pdf('three', NINE_TENTHS_MB), 'three.pdf')).resolves.toMatchObject({
        contentType: 'application/pdf',
      });
    });

    it('keeps one copy of identical files, at a path named by their SHA-256', async () => {
      const bytes = pdf(`shared handout ${crypto.randomUUID()}`);
      const a = await uploaded(await person(), bytes, 'handout.pdf');
      const b = await uploaded(await person(), bytes, 'my copy.pdf');
      const rows = (await env.dataSource.query(
        `SELECT storage_key, sha256 FROM uploads WHERE id = ANY($1) ORDER BY created_at`,
        [[a.id, b.id]],
      )) as { storage_key: string; sha256: string }[];
      expect(new Set(rows.map((r) => r.storage_key)).size).toBe(1);
      const sha = rows[0]!.sha256;
      expect(rows[0]!.storage_key).toBe(`${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`);
      expect(existsSync(join(uploadsDir, rows[0]!.storage_key))).toBe(true);
    });

    it('allows 30 uploads an hour per person, then answers 429', async () => {
      const owner = await person();
      for (let i = 0; i < 30; i++) await uploaded(owner, SAMPLES.gif, `frame-${i}.gif`);
      const response = await upload(owner, SAMPLES.gif, 'one-too-many.gif');
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });

  /** The answer's status; the body is read to the end so the connection is free again. */
  const statusFor = async (who: SignedInPerson | BrowserLikeClient, url: string) => {
    const response = await (who instanceof BrowserLikeClient ? who : who.client).get(url);
    await response.arrayBuffer();
    return response.status;
  };

  describe('who may read a file', () => {
    let owner: SignedInPerson;
    let member: SignedInPerson;
    let outsider: SignedInPerson;
    // Fresh people for each test: posting limits count per person.
    beforeEach(async () => {
      [owner, member, outsider] = [await person(), await person(), await person()];
    });
    const forum = (visibility: 'open' | 'hidden') =>
      buildForum(env.dataSource, { visibility, members: { [owner.userId]: 'member', [member.userId]: 'member' } });

    it('lets the owner read a file no post uses yet, and nobody else (404, never 403)', async () => {
      const file = await uploaded(owner, SAMPLES.jpeg, 'draft.jpg');
      await expect(statusFor(owner, file.url)).resolves.toBe(200);
      const other = await outsider.client.get(file.url);
      expect(other.status).toBe(404);
      expect((await errorOf(other)).code).toBe(ErrorCode.NotFound);
      await expect(statusFor(new BrowserLikeClient(env.app), file.url)).resolves.toBe(401);
      await expect(statusFor(outsider, `/api/uploads/${crypto.randomUUID()}`)).resolves.toBe(404);
    });

    it('lets readers of an open community read a file its post shows', async () => {
      const file = await uploaded(owner, SAMPLES.webp, 'display.webp');
      await showInPost(await forum('open'), owner, file.id);
      const served = await member.client.get(file.url);
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer())).toEqual(SAMPLES.webp);
      await expect(statusFor(outsider, file.url)).resolves.toBe(200);
    });

    it('hides a file shown in a hidden community from people outside it', async () => {
      const file = await uploaded(owner, SAMPLES.docx, 'policy.docx');
      await showInPost(await forum('hidden'), owner, file.id);
      await expect(statusFor(member, file.url)).resolves.toBe(200);
      await expect(statusFor(outsider, file.url)).resolves.toBe(404);
    });

    it('stops sharing a file once its post is hidden or deleted, or its thread deleted; the owner keeps it', async () => {
      const open = await forum('open');
      for (const removal of [
        (ids: { postId: string }) =>
          env.dataSource.query(`UPDATE discussion_posts SET hidden_at = now(), hidden_by_id = $2 WHERE id = $1`, [
            ids.postId,
            owner.userId,
          ]),
        (ids: { postId: string }) =>
          env.dataSource.query(`UPDATE discussion_posts SET deleted_at = now(), deleted_by_id = $2 WHERE id = $1`, [
            ids.postId,
            owner.userId,
          ]),
        (ids: { threadId: string }) =>
          env.dataSource.query(`UPDATE discussion_threads SET deleted_at = now() WHERE id = $1`, [ids.threadId]),
      ]) {
        const file = await uploaded(owner, SAMPLES.png, 'board.png');
        const ids = await showInPost(open, owner, file.id);
        await expect(statusFor(member, file.url)).resolves.toBe(200);
        await removal(ids);
        await expect(statusFor(member, file.url)).resolves.toBe(404);
        await expect(statusFor(owner, file.url)).resolves.toBe(200);
      }
    });
  });

  /**
   * A file follows the access of the community where its owner first posted it: only the
   * owner's own posts link it, and a later post elsewhere (by anyone) never widens who may read it.
   */
  describe('who may show a file in a post', () => {
    let owner: SignedInPerson;
    let colleague: SignedInPerson;
    let former: SignedInPerson;
    let outsider: SignedInPerson;
    let hidden: Forum;
    let open: Forum;
    beforeEach(async () => {
      [owner, colleague, former, outsider] = [await person(), await person(), await person(), await person()];
      hidden = await buildForum(env.dataSource, {
        visibility: 'hidden',
        members: { [owner.userId]: 'member', [colleague.userId]: 'member', [former.userId]: 'member' },
      });
      open = await buildForum(env.dataSource, {
        visibility: 'open',
        members: { [owner.userId]: 'member', [former.userId]: 'member', [colleague.userId]: 'member' },
      });
    });
    const leave = (forum: Forum, who: SignedInPerson) =>
      env.dataSource.query('DELETE FROM community_members WHERE community_id = $1 AND user_id = $2', [
        forum.community.id,
        who.userId,
      ]);

    it('a file from a hidden community cannot be re-exposed by embedding its id in an open community', async () => {
      const file = await uploaded(owner, SAMPLES.png, 'pupil work.png');
      const original = await showInPost(hidden, owner, file.id);
      await expect(statusFor(former, file.url)).resolves.toBe(200);

      // A former member, who saw the file and kept its id, embeds it where everyone can read.
      await leave(hidden, former);
      const embedded = await showInPost(open, former, file.id);
      // So does a current member of the hidden community.
      const alsoEmbedded = await reply(
        colleague,
        embedded.threadId,
        `Here it is again: ![work](/api/uploads/${file.id})`,
      );

      // Anyone may read those posts; the file stays where it was posted.
      const seen = postSchema.parse(await (await outsider.client.get(`/api/posts/${embedded.postId}`)).json());
      expect(seen.html).toContain(`/api/uploads/${file.id}`);
      for (const reader of [outsider, former]) await expect(statusFor(reader, file.url)).resolves.toBe(404);
      await expect(statusFor(new BrowserLikeClient(env.app), file.url)).resolves.toBe(401);
      await expect(statusFor(colleague, file.url)).resolves.toBe(200);
      await expect(statusFor(owner, file.url)).resolves.toBe(200);
      expect(await postsLinking(file.id)).toEqual([original.postId]);
      expect(await postsLinking(file.id)).not.toContain(alsoEmbedded.id);
    });

    it('the owner posting the file again in an open community does not widen who may read it', async () => {
      const file = await uploaded(owner, SAMPLES.pdf, 'safeguarding notes.pdf');
      const first = await showInPost(hidden, owner, file.id);
      const again = await showInPost(open, owner, file.id);

      await expect(statusFor(outsider, file.url)).resolves.toBe(404);
      await expect(statusFor(colleague, file.url)).resolves.toBe(200);
      // The owner's own posts do link the file, wherever they are.
      expect(await postsLinking(file.id)).toEqual([first.postId, again.postId].sort());
    });

    it('edits follow the same rule: someone else’s edit links nothing, and the owner’s edit elsewhere does not widen access', async () => {
      const file = await uploaded(owner, SAMPLES.gif, 'wave.gif');
      await showInPost(hidden, owner, file.id);
      const edit = (who: SignedInPerson, postId: string) =>
        who.client.send('PATCH', `/api/posts/${postId}`, {
          raw: `Edited in: ![wave](/api/uploads/${file.id})`,
          baseRevision: 1,
        });

      const theirs = await openingPost(
        former,
        await startThread(former, open.community.slug, open.category.slug, { raw: 'Nothing to see yet.' }),
      );
      expect((await edit(former, theirs.id)).status).toBe(200);
      await expect(statusFor(outsider, file.url)).resolves.toBe(404);
      expect(await postsLinking(file.id)).not.toContain(theirs.id);

      const ownersPost = await openingPost(
        owner,
        await startThread(owner, open.community.slug, open.category.slug, { raw: 'No picture yet.' }),
      );
      expect((await edit(owner, ownersPost.id)).status).toBe(200);
      expect(await postsLinking(file.id)).toContain(ownersPost.id);
      await expect(statusFor(outsider, file.url)).resolves.toBe(404);
      await expect(statusFor(colleague, file.url)).resolves.toBe(200);
    });

    it('a file first shown by its owner’s edit follows the community of that post', async () => {
      const file = await uploaded(owner, SAMPLES.jpeg, 'display.jpg');
      const post = await openingPost(
        owner,
        await startThread(owner, open.community.slug, open.category.slug, { raw: 'Picture to follow.' }),
      );
      await expect(statusFor(outsider, file.url)).resolves.toBe(404);
      expect(
        (
          await owner.client.send('PATCH', `/api/posts/${post.id}`, {
            raw: `Here: ![display](/api/uploads/${file.id})`,
            baseRevision: 1,
          })
        ).status,
      ).toBe(200);
      await expect(statusFor(outsider, file.url)).resolves.toBe(200);
      // Posting it later in a hidden community does not change the place it follows.
      await showInPost(hidden, owner, file.id);
      await expect(statusFor(outsider, file.url)).resolves.toBe(200);
    });
  });
});
