import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './support/test-app';

describe('serving the web client from the same port', () => {
  let sut: TestApp;

  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'commonroom-client-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Commonroom test shell</title>');
    writeFileSync(join(dist, 'assets', 'app-1a2b3c.js'), 'console.log("app")');
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

  it('never answers an unknown API path with the app shell', async () => {
    const response = await sut.request('/api/unknown');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
  });
});
