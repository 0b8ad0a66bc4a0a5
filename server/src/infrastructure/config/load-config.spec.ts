import { ConfigError, loadConfig } from './load-config';

const options = { repoRoot: '/srv/commonroom', version: '1.2.3' };
/** The least a production installation must set. */
const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://u:p@db:5432/commonroom',
  SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
  SMTP_URL: 'smtp://mailer:s3cret@mail.example.org:587',
  PUBLIC_URL: 'https://commonroom.example.org',
};

describe('loadConfig', () => {
  it('starts with safe development defaults and the embedded database when nothing is set', () => {
    const config = loadConfig({}, options);
    expect(config.env).toBe('development');
    expect(config.http).toEqual({
      host: '127.0.0.1',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      trustProxy: false,
      insecurePublicUrl: false,
    });
    expect(config.database.url).toBeUndefined();
    expect(config.database.embedded.dataDir).toBe('/srv/commonroom/.data/postgres');
    expect(config.database.migrateOnStart).toBe(true);
    expect(config.demo.seedOnStart).toBe(true);
  });

  it('keeps attachments beside the other local data, with limits in bytes from MB', () => {
    expect(loadConfig({}, options).uploads).toEqual({
      dir: '/srv/commonroom/.data/uploads',
      maxFileBytes: 10 * 1024 * 1024,
      quotaBytes: 200 * 1024 * 1024,
    });
    expect(
      loadConfig({ UPLOADS_DIR: '/var/lib/commonroom/files', UPLOAD_MAX_FILE_MB: '25' }, options).uploads,
    ).toMatchObject({ dir: '/var/lib/commonroom/files', maxFileBytes: 25 * 1024 * 1024 });
    expect(() => loadConfig({ UPLOAD_QUOTA_MB: '0' }, options)).toThrow(/UPLOAD_QUOTA_MB="0": must be positive/);
  });

  it('does not migrate or seed by default in production, and listens on all interfaces', () => {
    const config = loadConfig(production, options);
    expect(config.http.host).toBe('0.0.0.0');
    expect(config.database.migrateOnStart).toBe(false);
    expect(config.demo.seedOnStart).toBe(false);
  });

  it('reports every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', NODE_ENV: 'staging', SERVE_CLIENT: 'maybe' }, options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/PORT="abc": must be a port number/);
    expect(problems.join('\n')).toMatch(/NODE_ENV="staging"/);
    expect(problems.join('\n')).toMatch(/SERVE_CLIENT="maybe": must be true or false/);
  });

  it('never echoes the value of a sensitive variable', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:s3cret@db/x' }, options)).toThrow(/DATABASE_URL=\(hidden\)/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:s3cret@db/x' }, options)).not.toThrow(/s3cret/);
  });

  it('treats an empty variable as unset and strips a trailing slash from PUBLIC_URL', () => {
    const config = loadConfig({ PORT: '', PUBLIC_URL: 'https://commonroom.example.org/' }, options);
    expect(config.http.port).toBe(3000);
    expect(config.http.publicUrl).toBe('https://commonroom.example.org');
  });

  it('keeps email in the development outbox when SMTP_URL is unset outside production', () => {
    for (const NODE_ENV of ['development', 'test']) {
      expect(loadConfig({ NODE_ENV }, options).mail).toEqual({
        smtpUrl: undefined,
        from: 'Commonroom <no-reply@localhost>',
        devOutbox: true,
        alertBatchSeconds: 120,
        retryLimit: 8,
        retryDelaySeconds: 30,
      });
    }
    expect(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' }, options).mail.devOutbox).toBe(false);
  });

  it('sends through SMTP_URL in production, from MAIL_FROM', () => {
    const config = loadConfig(
      { ...production, MAIL_FROM: ' Commonroom North West <hello@commonroom.example.org> ' },
      options,
    );
    expect(config.mail).toEqual({
      smtpUrl: production.SMTP_URL,
      from: 'Commonroom North West <hello@commonroom.example.org>',
      devOutbox: false,
      alertBatchSeconds: 120,
      retryLimit: 8,
      retryDelaySeconds: 30,
    });
  });

  it('requires SMTP_URL in production', () => {
    expect(() => loadConfig({ ...production, SMTP_URL: '' }, options)).toThrow(/SMTP_URL is required in production/);
  });

  it('reports a bad SMTP_URL without echoing it, and only once', () => {
    let error: unknown;
    try {
      loadConfig({ ...production, SMTP_URL: 'http://mailer:s3cret@mail.example.org' }, options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'SMTP_URL=(hidden): must be a URL such as smtp://user:password@mail.example.org:587',
    ]);
    expect((error as Error).message).not.toContain('s3cret');
  });

  it('accepts MAIL_FROM as a bare address or with a display name, and nothing else', () => {
    expect(loadConfig({ MAIL_FROM: 'no-reply@example.org' }, options).mail.from).toBe('no-reply@example.org');
    for (const bad of ['Commonroom', 'Commonroom <no-reply>', 'a@b.org\r\nBcc: x@y.org', '<a@b.org>']) {
      expect(() => loadConfig({ MAIL_FROM: bad }, options)).toThrow(/MAIL_FROM=.*must be an address/);
    }
  });

  it('reads CONTENT_IMAGE_HOSTS as lower-case hosts, none by default, and rejects anything but host names', () => {
    expect(loadConfig({}, options).content.imageHosts).toEqual([]);
    expect(
      loadConfig({ CONTENT_IMAGE_HOSTS: ' Images.Example.org, cdn.example.org:8443 ,' }, options).content.imageHosts,
    ).toEqual(['images.example.org', 'cdn.example.org:8443']);
    for (const bad of [
      'https://images.example.org',
      'images.example.org/path',
      'user@images.example.org',
      '*.example.org',
    ]) {
      expect(() => loadConfig({ CONTENT_IMAGE_HOSTS: bad }, options)).toThrow(
        /CONTENT_IMAGE_HOSTS=.*must be host names/,
      );
    }
  });

  it('refuses to start production on a plain-http address, which would send session cookies unprotected', () => {
    expect(() => loadConfig({ ...production, PUBLIC_URL: 'http://commonroom.example.org' }, options)).toThrow(
      /PUBLIC_URL="http:\/\/commonroom.example.org": must be https:\/\/ in production.*ALLOW_INSECURE_PUBLIC_URL=true/,
    );
    const withoutUrl = { ...production, PUBLIC_URL: '' };
    expect(() => loadConfig(withoutUrl, options)).toThrow(/PUBLIC_URL is required in production/);
    const secure = loadConfig(production, options);
    expect(secure.auth.secureCookies).toBe(true);
    expect(secure.http.insecurePublicUrl).toBe(false);
  });

  it('runs production on plain http only with the explicit opt-out, and says so in the config', () => {
    const optedOut = { ...production, PUBLIC_URL: 'http://commonroom.internal', ALLOW_INSECURE_PUBLIC_URL: 'true' };
    const config = loadConfig(optedOut, options);
    expect(config.http.insecurePublicUrl).toBe(true);
    expect(config.auth.secureCookies).toBe(false);
    // Loopback is a secure origin for browsers (Secure cookies work there), so it needs no opt-out.
    expect(loadConfig({ ...production, PUBLIC_URL: 'http://127.0.0.1:3000' }, options).auth.secureCookies).toBe(true);
  });

  it('serves metrics to loopback only in production unless METRICS_TOKEN is set', () => {
    expect(loadConfig(production, options).metrics).toEqual({ token: undefined, loopbackOnly: true });
    const withToken = { ...production, METRICS_TOKEN: 'a-long-enough-secret-token' };
    expect(loadConfig(withToken, options).metrics.loopbackOnly).toBe(false);
    expect(loadConfig({}, options).metrics.loopbackOnly).toBe(false);
  });

  it('returns a frozen object', () => {
    const config = loadConfig({}, options);
    expect(Object.isFrozen(config)).toBe(true);
  });
});
