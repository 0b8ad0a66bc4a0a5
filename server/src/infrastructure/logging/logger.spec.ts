import { Writable } from 'node:stream';
import { loggablePath } from './loggable-path';
import { createLogger } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return {
    lines,
    logger: createLogger({ logging: { level: 'info', pretty: false }, env: 'production' } as never, stream),
  };
}

describe('the process logger', () => {
  it('never writes a failed query’s parameters or the values PostgreSQL quotes back', () => {
    const { lines, logger } = capture();
    const err = Object.assign(new Error('duplicate key value violates unique constraint'), {
      query: 'INSERT INTO discussion_posts (raw) VALUES ($1)',
      parameters: ['Pupil A in Year 9 disclosed something'],
      detail: 'Key (raw)=(Pupil A in Year 9 disclosed something) already exists.',
      driverError: {
        parameters: ['Pupil A in Year 9 disclosed something'],
        detail: 'Key (raw)=(Pupil A…) already exists.',
      },
    });
    logger.error({ err }, 'Request failed');
    const written = lines.join('');
    expect(written).toContain('INSERT INTO discussion_posts');
    expect(written).not.toContain('Pupil A');
  });

  it('writes only the method, path and id of a request: no cookies, no query string', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        req: {
          method: 'GET',
          url: '/api/search?q=named-pupil',
          id: 'r1',
          headers: { cookie: '__Host-session=secret-token' },
        },
      },
      'request',
    );
    const written = lines.join('');
    expect(written).toContain('/api/search');
    expect(written).not.toContain('secret-token');
    expect(written).not.toContain('named-pupil');
  });
});

describe('loggable request paths', () => {
  it('redacts the token of a route whose parameter is secret, keeping the others', () => {
    const request = {
      url: '/api/invitations/abc123/accept?x=1',
      routeOptions: { url: '/api/invitations/:token/accept' },
      params: { token: 'abc123' },
    };
    expect(loggablePath(request)).toBe('/api/invitations/[redacted]/accept');
  });

  it('redacts the token in client pages linked from emails, and drops query strings', () => {
    expect(loggablePath({ url: '/invitations/abc123', routeOptions: { url: '/*' } })).toBe('/invitations/[redacted]');
    expect(loggablePath({ url: '/unsubscribe/abc123?list=digest' })).toBe('/unsubscribe/[redacted]');
    expect(loggablePath({ url: '/communities/maths/threads' })).toBe('/communities/maths/threads');
  });
});
