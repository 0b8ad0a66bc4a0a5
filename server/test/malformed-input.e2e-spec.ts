import { errorBodySchema } from '@commonroom/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildForum, reply, startThread } from './factories/forum.factory';
import { signedInPerson, type SignedInPerson } from './support/people';
import { useAppAndDatabase } from './support/test-app';

type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
};
interface Operation {
  parameters?: { name: string; in: 'path' | 'query' }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}
const openApi = JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'api', 'openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
};

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';

/**
 * Malformed text must be refused at the boundary with a 400 and a clear message, whatever the
 * route: a NUL byte breaks PostgreSQL's text type, a lone surrogate breaks UTF-8 and the
 * real-time event's JSON. Each case below answered 500 before the boundary guard existed.
 */
describe('malformed input at the HTTP boundary', () => {
  const env = useAppAndDatabase();
  let person: SignedInPerson;
  let ids: Record<string, string>;

  beforeAll(async () => {
    person = await signedInPerson(env.app, { platformRole: 'admin' });
    const { community, category } = await buildForum(env.dataSource, { members: { [person.userId]: 'facilitator' } });
    const threadId = await startThread(person, community.slug, category.slug);
    const post = await reply(person, threadId);
    ids = {
      slug: community.slug,
      categorySlug: category.slug,
      categoryId: category.id,
      threadId,
      postId: post.id,
      userId: person.userId,
    };
  });

  async function expectClear400(response: Response, what: string): Promise<void> {
    const text = await response.text();
    if (response.status !== 400) throw new Error(`${what} answered ${response.status}: ${text.slice(0, 300)}`);
    const body = errorBodySchema.parse(JSON.parse(text));
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message.length).toBeGreaterThan(10);
  }

  const reported: [string, () => [method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, body?: unknown]][] = [
    ['a post body with NUL', () => ['POST', `/api/threads/${ids.threadId}/posts`, { raw: `Hello ${NUL}` }]],
    ['a thread title with NUL', () => ['POST', threadsPath(), { title: `A title ${NUL}`, raw: 'Body text', tags: [] }]],
    ['a display name with NUL', () => ['PATCH', '/api/account/profile', { displayName: `Sam ${NUL}` }]],
    ['a biography with NUL', () => ['PATCH', '/api/me/profile', { bio: `About me ${NUL}` }]],
    ['a draft with NUL', () => ['PUT', `/api/me/drafts/reply:${ids.threadId}`, { raw: `Draft ${NUL}` }]],
    [
      'a community name with NUL',
      () => [
        'POST',
        '/api/communities',
        { name: `Maths ${NUL}`, type: 'subject_network', visibility: 'open', description: 'About', tools: ['forum'] },
      ],
    ],
    [
      'a category name with NUL',
      () => ['POST', `/api/communities/${ids.slug}/forum/categories`, { name: `Cat ${NUL}`, description: 'About' }],
    ],
    ['a search with NUL', () => ['GET', '/api/search?q=a%00b']],
    ['a suggestion with NUL', () => ['GET', '/api/search/suggest?q=a%00b']],
    ['a people search with NUL', () => ['GET', '/api/people?q=a%00b']],
    ['a community search with NUL', () => ['GET', '/api/communities?q=a%00b']],
    ['an organisation search with NUL', () => ['GET', '/api/organisations?q=a%00b']],
    ['mention suggestions with NUL', () => ['GET', `/api/communities/${ids.slug}/mention-suggestions?q=a%00b`]],
    [
      'a tag filter with NUL',
      () => ['GET', `/api/communities/${ids.slug}/forum/categories/${ids.categorySlug}?tag=a%00b`],
    ],
    ['a community slug of NUL', () => ['GET', '/api/communities/%00']],
    ['an organisation slug of NUL', () => ['GET', '/api/organisations/%00']],
    ['a partnership slug of NUL', () => ['GET', '/api/partnerships/%00']],
    [
      'a post body with a lone surrogate',
      () => ['POST', `/api/threads/${ids.threadId}/posts`, { raw: `Hello ${LONE_SURROGATE}` }],
    ],
    [
      'a thread title with a lone surrogate',
      () => ['POST', threadsPath(), { title: `A title ${LONE_SURROGATE}`, raw: 'Body text', tags: [] }],
    ],
  ];
  const threadsPath = () => `/api/communities/${ids.slug}/forum/categories/${ids.categorySlug}/threads`;

  it.each(reported)('refuses %s with a clear 400', async (what, request) => {
    const [method, path, body] = request();
    const response = method === 'GET' ? await person.client.get(path) : await person.client.send(method, path, body);
    await expectClear400(response, what);
  });

  it('refuses multipart without a boundary, and a truncated multipart body, with a clear 400', async () => {
    const noBoundary = await person.client.send('POST', '/api/uploads', undefined, {
      headers: { 'content-type': 'multipart/form-data' },
    });
    await expectClear400(noBoundary, 'multipart without a boundary');
    const truncated =
      '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n' +
      'Content-Type: text/plain\r\n\r\nhalf a fi';
    const sent = await rawRequest('/api/uploads', 'multipart/form-data; boundary=XyZ', truncated);
    await expectClear400(sent, 'a truncated multipart body');
  });

  /** Sends a body as-is (fetch cannot send a request whose body ends early without erroring). */
  async function rawRequest(path: string, contentType: string, body: string): Promise<Response> {
    const { csrfToken } = await person.client.session();
    const cookie = [...person.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return env.app.request(path, {
      method: 'POST',
      headers: { 'content-type': contentType, 'x-csrf-token': csrfToken, cookie, 'x-forwarded-for': person.client.ip },
      body,
    });
  }

  it('refuses NUL and lone surrogates in every path, query and JSON body slot of every documented route', async () => {
    const failures: string[] = [];
    for (const [template, operations] of Object.entries(openApi.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const attempt of malformedAttempts(template, operation)) {
          const response = await send(method.toUpperCase(), attempt.path, attempt.body);
          if (response.status !== 400)
            failures.push(`${method.toUpperCase()} ${attempt.path} ${attempt.what}: ${response.status}`);
          await response.body?.cancel();
        }
      }
    }
    expect(failures).toEqual([]);
  });

  function send(method: string, path: string, body: unknown): Promise<Response> {
    if (method === 'GET') return person.client.get(path);
    return person.client.send(method as 'POST', path, body);
  }

  /** One request per slot: the malformed value in that slot, sensible values everywhere else. */
  function malformedAttempts(template: string, operation: Operation): { path: string; body: unknown; what: string }[] {
    const pathNames = (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
    const queryNames = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    const bodySchema = operation.requestBody?.content['application/json']?.schema;
    const path = (bad?: string) =>
      template.replace(/\{(\w+)\}/g, (_, name: string) => (name === bad ? '%00' : encodeURIComponent(sample(name))));
    const body = (bad?: string, value = NUL) => (bodySchema ? sampleBody(bodySchema, bad, value) : undefined);
    return [
      ...pathNames.map((name) => ({ path: path(name), body: body(), what: `path ${name}` })),
      ...queryNames.map((name) => ({ path: `${path()}?${name}=a%00b`, body: body(), what: `query ${name}` })),
      ...Object.keys(bodySchema?.properties ?? {}).flatMap((name) => [
        { path: path(), body: body(name), what: `body ${name} with NUL` },
        { path: path(), body: body(name, LONE_SURROGATE), what: `body ${name} with a lone surrogate` },
      ]),
    ];
  }

  function sample(name: string): string {
    if (name === 'key') return `reply:${ids.threadId}`;
    if (name === 'reaction') return 'like';
    if (name === 'version') return '1';
    return ids[name] ?? '00000000-0000-4000-8000-000000000000';
  }

  /** A plausible body for the schema, with `value` in property `bad` (as a string, or in an array). */
  function sampleBody(schema: JsonSchema, bad: string | undefined, value: string): Record<string, unknown> {
    return Object.fromEntries(
      Object.entries(schema.properties ?? {}).map(([name, property]) => [
        name,
        name === bad ? malformedFor(property, value) : plausible(property),
      ]),
    );
  }
  function malformedFor(property: JsonSchema, value: string): unknown {
    const type = typeOf(property);
    if (type === 'array') return [value];
    if (type === 'object') return { text: value };
    return value;
  }
  function plausible(property: JsonSchema): unknown {
    if (property.enum) return property.enum[0];
    if (property.format === 'uuid') return ids.threadId;
    const type = typeOf(property);
    if (type === 'array') return [];
    if (type === 'boolean') return false;
    if (type === 'integer' || type === 'number') return 1;
    if (type === 'object') return {};
    return 'A sensible piece of text';
  }
  function typeOf(property: JsonSchema): string | undefined {
    const type = property.type ?? property.anyOf?.find((option) => option.type !== 'null')?.type;
    return Array.isArray(type) ? type.find((t) => t !== 'null') : type;
  }
});
