import { ErrorCode, errorBodySchema } from '@commonroom/contracts';
import { ApiError, ClientErrorCode } from './api-error';

/**
 * The part of a zod schema the client needs. Typed structurally so the client does not depend
 * on zod directly: every contract schema fits.
 */
export interface ResponseSchema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: unknown };
}

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Readonly<Record<string, QueryValue>>;

export interface RequestOptions {
  /** Lets TanStack Query cancel requests whose results are no longer wanted. */
  signal?: AbortSignal;
}

export interface SendOptions {
  /** Extra headers for one request, e.g. the `Idempotency-Key` of a create request. */
  headers?: Readonly<Record<string, string>>;
}

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type MutatingMethod = Exclude<HttpMethod, 'GET'>;

/**
 * Where mutating requests get their CSRF token. The auth feature connects this to the session
 * query (`GET /api/auth/session`), so the token has one source of truth.
 */
export interface CsrfTokenSource {
  /** The token to send now; waits for the session when it has not arrived yet. */
  current(): Promise<string | undefined>;
  /** Fetches the session again after the server refused the token we sent. */
  refresh(): Promise<string | undefined>;
}

let csrfTokenSource: CsrfTokenSource | undefined;

export function setCsrfTokenSource(source: CsrfTokenSource | undefined): void {
  csrfTokenSource = source;
}

interface RequestContent {
  csrfToken?: string | undefined;
  /** JSON, or `FormData` for a file upload (the browser then sets the multipart boundary). */
  body?: unknown;
  headers?: Readonly<Record<string, string>> | undefined;
}

/**
 * The one place where every request gets its credentials and headers, including the CSRF
 * header (`x-csrf-token`) that every mutating request carries.
 */
function buildRequestInit(method: HttpMethod, options: RequestOptions, content: RequestContent = {}): RequestInit {
  const headers: Record<string, string> = { ...content.headers, accept: 'application/json' };
  if (method !== 'GET' && content.csrfToken) headers['x-csrf-token'] = content.csrfToken;
  const init: RequestInit = {
    method,
    credentials: 'same-origin',
    headers,
    signal: options.signal ?? null,
  };
  if (content.body instanceof FormData) {
    init.body = content.body;
  } else if (content.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(content.body);
  }
  return init;
}

/** Builds `/api/x?a=1`, leaving out empty values so URLs stay short and cache keys stable. */
export function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * GETs a JSON resource and checks it against its contract schema.
 * Rejects with `ApiError` for every failure except cancellation (an `AbortError` passes through,
 * as callers expect).
 */
export async function apiGet<T>(
  path: string,
  schema: ResponseSchema<T>,
  query?: QueryParams,
  options: RequestOptions = {},
): Promise<T> {
  const response = await send(buildUrl(path, query), buildRequestInit('GET', options));
  const body = await readJson(response);
  if (!response.ok) throw errorFromResponse(response, body);
  return parseBody(path, response, body, schema);
}

/**
 * POSTs, PUTs, PATCHes or DELETEs with the CSRF header (and any `options.headers`). A `FormData`
 * body goes as multipart, anything else as JSON. With a schema, resolves to the checked
 * body; without one (202 or 204 answers), resolves to undefined. When the server refuses the
 * CSRF token (the session changed, or expired), fetches the session again and retries once.
 */
export function apiSend<T>(
  method: MutatingMethod,
  path: string,
  body: unknown,
  schema: ResponseSchema<T>,
  options?: SendOptions,
): Promise<T>;
export function apiSend(method: MutatingMethod, path: string, body?: unknown): Promise<void>;
export async function apiSend<T>(
  method: MutatingMethod,
  path: string,
  body?: unknown,
  schema?: ResponseSchema<T>,
  options: SendOptions = {},
): Promise<T | undefined> {
  const attempt = async (csrfToken: string | undefined) => {
    const response = await send(path, buildRequestInit(method, {}, { csrfToken, body, headers: options.headers }));
    const responseBody = await readJson(response);
    if (!response.ok) throw errorFromResponse(response, responseBody);
    return schema ? parseBody(path, response, responseBody, schema) : undefined;
  };

  try {
    return await attempt(await csrfTokenSource?.current());
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== ErrorCode.CsrfTokenInvalid || !csrfTokenSource) {
      throw error;
    }
    return attempt(await csrfTokenSource.refresh());
  }
}

function parseBody<T>(path: string, response: Response, body: unknown, schema: ResponseSchema<T>): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError({
      code: ClientErrorCode.UnexpectedResponse,
      message: `The response from ${path} did not match its contract.`,
      status: response.status,
      requestId: requestIdHeader(response),
      cause: parsed.error,
    });
  }
  return parsed.data;
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError({
      code: ClientErrorCode.NetworkError,
      message: 'The server could not be reached.',
      status: 0,
      cause: error,
    });
  }
}

/** Undefined when the body is empty or not JSON (a proxy's HTML error page, for instance). */
async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function errorFromResponse(response: Response, body: unknown): ApiError {
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details, requestId } = parsed.data.error;
    return new ApiError({
      code,
      message,
      status: response.status,
      issues: details?.issues ?? [],
      requestId: requestId ?? requestIdHeader(response),
    });
  }
  // Not our server's error shape (a gateway or proxy answered): classify by status.
  return new ApiError({
    code: codeForStatus(response.status),
    message: `The server answered ${response.status} ${response.statusText}`.trim(),
    status: response.status,
    requestId: requestIdHeader(response),
  });
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return ErrorCode.NotAuthenticated;
  if (status === 403) return ErrorCode.Forbidden;
  if (status === 404) return ErrorCode.NotFound;
  if (status === 409) return ErrorCode.Conflict;
  if (status === 413) return ErrorCode.PayloadTooLarge;
  if (status === 429) return ErrorCode.RateLimited;
  if (status === 502 || status === 503 || status === 504) return ErrorCode.ServiceUnavailable;
  if (status >= 400 && status < 500) return ErrorCode.ValidationFailed;
  return ErrorCode.Internal;
}

function requestIdHeader(response: Response): string | undefined {
  return response.headers.get('x-request-id') ?? undefined;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
