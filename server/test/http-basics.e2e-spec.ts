import { errorBodySchema, healthResponseSchema, readinessResponseSchema } from '@commonroom/contracts';
import { startTestApp, type TestApp } from './support/test-app';

describe('HTTP basics', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it('answers liveness and readiness', async () => {
    const health = await sut.request('/healthz');
    expect(health.status).toBe(200);
    expect(healthResponseSchema.parse(await health.json()).status).toBe('ok');

    const ready = await sut.request('/readyz');
    expect(ready.status).toBe(200);
    const body = readinessResponseSchema.parse(await ready.json());
    expect(body).toMatchObject({ status: 'ready', checks: [{ name: 'database', ok: true }] });
  });

  it('gives every response a request id, keeping a safe one the caller sent', async () => {
    const generated = await sut.request('/healthz');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await sut.request('/healthz', { headers: { 'x-request-id': 'proxy-abc-12345' } });
    expect(given.headers.get('x-request-id')).toBe('proxy-abc-12345');
    const unsafe = await sut.request('/healthz', { headers: { 'x-request-id': '<script>' } });
    expect(unsafe.headers.get('x-request-id')).not.toBe('<script>');
  });

  it('answers an unknown API route with the error body and code not_found', async () => {
    const response = await sut.request('/api/no-such-thing', { method: 'POST' });
    expect(response.status).toBe(404);
    const body = errorBodySchema.parse(await response.json());
    expect(body.error.code).toBe('not_found');
    expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('answers malformed JSON with validation_failed, not a stack trace', async () => {
    const response = await sut.request('/api/organisations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"broken":',
    });
    expect([400, 404]).toContain(response.status);
    const body = errorBodySchema.parse(await response.json());
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js/);
  });

  it('sends security headers', async () => {
    const response = await sut.request('/healthz');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('exposes Prometheus metrics labelled by route template, not raw path', async () => {
    await sut.request('/api/organisations?q=abc');
    const metrics = await (await sut.request('/metrics')).text();
    expect(metrics).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/organisations",status="200"\} \d+/,
    );
    expect(metrics).not.toContain('q=abc');
    expect(metrics).toContain('process_resident_memory_bytes');
  });
});

describe('metrics with a token', () => {
  it('requires the bearer token when METRICS_TOKEN is set', async () => {
    const sut = await startTestApp({ METRICS_TOKEN: 'a-long-enough-secret-token' });
    try {
      expect((await sut.request('/metrics')).status).toBe(401);
      expect(
        (await sut.request('/metrics', { headers: { authorization: 'Bearer wrong-token-of-some-length' } })).status,
      ).toBe(401);
      expect(
        (await sut.request('/metrics', { headers: { authorization: 'Bearer a-long-enough-secret-token' } })).status,
      ).toBe(200);
    } finally {
      await sut.close();
    }
  });
});

describe('metrics in production without a token', () => {
  it('answers a scraper on this host, but not a request that came through a proxy', async () => {
    const sut = await startTestApp({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://commonroom.example.org',
      SMTP_URL: 'smtp://127.0.0.1:2525',
    });
    try {
      expect(sut.config.metrics.loopbackOnly).toBe(true);
      expect((await sut.request('/metrics')).status).toBe(200);
      expect((await sut.request('/metrics', { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(404);
      expect((await sut.request('/metrics', { headers: { forwarded: 'for=203.0.113.9' } })).status).toBe(404);
    } finally {
      await sut.close();
    }
  });
});
