import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the adapter sent, as Meilisearch would have received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/**
 * A stand-in Meilisearch on a local port that replays recorded responses (shapes from the
 * Meilisearch API reference, v1.x) and records every request, so unit tests can assert what the
 * adapter really sends over HTTP and how it maps real response bodies. No server is installed
 * here; the contract suite runs against a real one when `MEILI_URL` is set.
 *
 * Writes answer 202 with an enqueued task, as Meilisearch does; `GET /tasks/:uid` answers that
 * the task succeeded (or the status a test chose). Searches answer from `searches`, in order.
 */
export class MeilisearchReplay {
  readonly requests: RecordedRequest[] = [];
  /** Responses to `POST /multi-search`, consumed in order. */
  readonly searches: unknown[] = [];
  /** Responses to `GET /indexes/:uid/documents`, consumed in order. */
  readonly documentPages: unknown[] = [];
  taskStatus: 'succeeded' | 'failed' = 'succeeded';
  private server?: Server;
  private taskUid = 0;
  private readonly tasks = new Map<number, { indexUid: string | null; type: string }>();

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://replay');
        const text = Buffer.concat(chunks).toString('utf8');
        const request: RecordedRequest = {
          method: req.method ?? 'GET',
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          headers: req.headers,
          body: text ? (JSON.parse(text) as unknown) : undefined,
        };
        if (!request.path.startsWith('/tasks/')) this.requests.push(request);
        const [status, body] = this.answer(request);
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((error) => (error ? reject(error) : resolve())));
  }

  /** The recorded requests other than searches and reads: the writes, in order. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.path !== '/multi-search');
  }

  private answer(request: RecordedRequest): [number, unknown] {
    if (request.path === '/multi-search') return [200, this.searches.shift() ?? { results: [] }];
    const task = /^\/tasks\/(\d+)$/.exec(request.path);
    if (task) return [200, this.finished(Number(task[1]))];
    if (request.method === 'GET' && /^\/indexes\/[^/]+\/documents$/.test(request.path)) {
      return [
        200,
        this.documentPages.shift() ?? {
          results: [],
          offset: Number(request.query.offset ?? 0),
          limit: Number(request.query.limit ?? 20),
          total: 0,
        },
      ];
    }
    const indexUid = /^\/indexes\/([^/]+)/.exec(request.path)?.[1] ?? null;
    const type = request.path.endsWith('/settings')
      ? 'settingsUpdate'
      : request.path.includes('delete')
        ? 'documentDeletion'
        : 'documentAdditionOrUpdate';
    const uid = this.taskUid++;
    this.tasks.set(uid, { indexUid, type });
    return [202, { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: '2025-11-04T10:15:02.133464Z' }];
  }

  /** A task as `GET /tasks/:uid` returns it once processed. */
  private finished(uid: number): unknown {
    const { indexUid, type } = this.tasks.get(uid) ?? { indexUid: null, type: 'unknown' };
    const failed = this.taskStatus === 'failed';
    return {
      uid,
      batchUid: uid,
      indexUid,
      status: this.taskStatus,
      type,
      canceledBy: null,
      details: type === 'settingsUpdate' ? {} : { receivedDocuments: 1, indexedDocuments: failed ? 0 : 1 },
      error: failed
        ? {
            message: 'The `id` field is missing.',
            code: 'missing_document_id',
            type: 'invalid_request',
            link: 'https://docs.meilisearch.com/errors#missing_document_id',
          }
        : null,
      duration: 'PT0.012S',
      enqueuedAt: '2025-11-04T10:15:02.133464Z',
      startedAt: '2025-11-04T10:15:02.135Z',
      finishedAt: '2025-11-04T10:15:02.147Z',
    };
  }
}
