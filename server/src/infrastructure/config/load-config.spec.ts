import { ConfigError, loadConfig } from './load-config';

const options = { repoRoot: '/srv/commonroom', version: '1.2.3' };

describe('loadConfig', () => {
  it('starts with safe development defaults and the embedded database when nothing is set', () => {
    const config = loadConfig({}, options);
    expect(config.env).toBe('development');
    expect(config.http).toEqual({ host: '127.0.0.1', port: 3000, publicUrl: 'http://localhost:3000', trustProxy: false });
    expect(config.database.url).toBeUndefined();
    expect(config.database.embedded.dataDir).toBe('/srv/commonroom/.data/postgres');
    expect(config.database.migrateOnStart).toBe(true);
    expect(config.demo.seedOnStart).toBe(true);
  });

  it('does not migrate or seed by default in production, and listens on all interfaces', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db:5432/commonroom' }, options);
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

  it('returns a frozen object', () => {
    const config = loadConfig({}, options);
    expect(Object.isFrozen(config)).toBe(true);
  });
});
