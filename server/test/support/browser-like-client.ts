import { randomInt } from 'node:crypto';
import type { TestApp } from './test-app';

/**
 * Talks to the app like one browser: keeps cookies, sends the CSRF token on mutations, and
 * comes from its own IP address (X-Forwarded-For; the test app trusts the proxy) so per-IP
 * rate limits of one test never affect another.
 */
export class BrowserLikeClient {
  readonly cookies = new Map<string, string>();
  readonly ip = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
  private csrf: string | undefined;

  constructor(
    private readonly app: TestApp,
    private readonly userAgent = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
  ) {}

  async session(): Promise<{
    user: { id: string; email: string } | null;
    csrfToken: string;
    secondFactorPending: boolean;
    providers: { id: string; name: string }[];
  }> {
    const response = await this.request('GET', '/api/auth/session');
    const body = (await response.json()) as Awaited<ReturnType<BrowserLikeClient['session']>>;
    this.csrf = body.csrfToken;
    return body;
  }

  get(path: string): Promise<Response> {
    return this.request('GET', path);
  }

  /** A JSON mutation (or a multipart form, given FormData) with the CSRF token (fetched first if needed). */
  async send(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
    options: { csrf?: string | null; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    if (this.csrf === undefined && options.csrf === undefined) await this.session();
    const token = options.csrf === undefined ? this.csrf : options.csrf;
    const response = await this.request(method, path, body, token ?? undefined, 'manual', options.headers);
    if (options.csrf !== undefined || response.status !== 403 || !(await isCsrfRefusal(response))) return response;
    // As the web client does: the token rotates at sign-in and sign-out, so fetch it again and retry once.
    await this.session();
    return this.request(method, path, body, this.csrf, 'manual', options.headers);
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    csrf?: string,
    redirect: 'manual' | 'follow' = 'manual',
    extraHeaders: Record<string, string> = {},
  ): Promise<Response> {
    const headers: Record<string, string> = {
      ...extraHeaders,
      'user-agent': this.userAgent,
      'x-forwarded-for': this.ip,
    };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (csrf) headers['x-csrf-token'] = csrf;
    // fetch writes a form's multipart content type (with its boundary) itself.
    const form = body instanceof FormData;
    if (body !== undefined && !form) headers['content-type'] = 'application/json';
    const response = await this.app.request(path, {
      method,
      headers,
      redirect,
      ...(body !== undefined ? { body: form ? body : JSON.stringify(body) } : {}),
    });
    this.keepCookies(response);
    return response;
  }

  /** Follows a redirect chain by hand (across hosts), keeping only this app's cookies. */
  async followRedirects(start: string): Promise<Response> {
    let url = new URL(start, this.app.baseUrl);
    for (let hops = 0; hops < 10; hops++) {
      const sameApp = url.origin === new URL(this.app.baseUrl).origin;
      const response = sameApp
        ? await this.request('GET', url.pathname + url.search)
        : await fetch(url, { redirect: 'manual' });
      const location = response.headers.get('location');
      if (!location || response.status < 300 || response.status >= 400) return response;
      url = new URL(location, url);
    }
    throw new Error('Too many redirects');
  }

  private keepCookies(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const [name = '', ...rest] = pair.split('=');
      const value = rest.join('=');
      const expired =
        attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) ||
        attributes.some((a) => /^\s*max-age=0\b/i.test(a)) ||
        value === '';
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
  }
}

async function isCsrfRefusal(response: Response): Promise<boolean> {
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { error?: { code?: string } } | null;
  return body?.error?.code === 'csrf_token_invalid';
}
