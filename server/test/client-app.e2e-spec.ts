import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from './support/test-app';

// What the client build writes (client/build/precompress.ts): a script and its Brotli and gzip copies.
const SCRIPT = `console.log(${JSON.stringify('a fingerprinted chunk '.repeat(200))});`;
const ICON = `<svg xmlns="http://www.w3.org/2000/svg">${'<path d="M0 0h24v24H0z"/>'.repeat(60)}</svg>`;

/** A raw GET (fetch would decompress the body and hide what was on the wire). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

describe('serving the web client from the same port', () => {
  let sut: TestApp;

  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'commonroom-client-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Commonroom test shell</title>');
    writeFileSync(join(dist, 'assets', 'app-1a2b3c.js'), 'console.log("app")');
    writeFileSync(join(dist, 'assets', 'chunk-4d5e6f.js'), SCRIPT);
    writeFileSync(join(dist, 'assets', 'chunk-4d5e6f.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(dist, 'assets', 'chunk-4d5e6f.js.gz'), gzipSync(SCRIPT));
    writeFileSync(join(dist, 'favicon.svg'), ICON);
    writeFileSync(join(dist, 'favicon.svg.br'), brotliCompressSync(ICON));
    sut = await startTestApp({ SERVE_CLIENT: 'true', CLIENT_DIST_DIR: dist });
  });
  afterAll(() => sut.close());

  it('answers deep links with the app shell so a reload works', async () => {
    for (const path of ['/', '/organisations', '/organisations?kind=hei']) {
      const response = await sut.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('Commonroom test shell');
    }
  });

  it('serves fingerprinted assets with a long cache lifetime', async () => {
    const response = await sut.request('/assets/app-1a2b3c.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('sends the Brotli copy of an asset to a browser that accepts it, marked as varying by encoding', async () => {
    const response = await rawGet(`${sut.baseUrl}/assets/chunk-4d5e6f.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.body.length).toBeLessThan(SCRIPT.length / 4);
    expect(brotliDecompressSync(response.body).toString()).toBe(SCRIPT);
  });

  it('sends the gzip copy when Brotli is not accepted', async () => {
    const response = await rawGet(`${sut.baseUrl}/assets/chunk-4d5e6f.js`, { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(response.body).toString()).toBe(SCRIPT);
  });

  it('sends the file as it is to a client that accepts no encoding, still varying by encoding', async () => {
    const response = await rawGet(`${sut.baseUrl}/assets/chunk-4d5e6f.js`, {});
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.body.toString()).toBe(SCRIPT);
  });

  it('compresses files outside assets/ too, but lets the browser keep them only until they change', async () => {
    const response = await rawGet(`${sut.baseUrl}/favicon.svg`, { 'accept-encoding': 'br' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/image\/svg\+xml/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(response.body).toString()).toBe(ICON);
  });

  it('never answers an unknown API path with the app shell', async () => {
    const response = await sut.request('/api/unknown');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
  });
});
