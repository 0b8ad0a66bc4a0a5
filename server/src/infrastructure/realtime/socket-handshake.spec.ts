import { isOwnOrigin } from './socket-handshake';

describe('isOwnOrigin (cross-site WebSocket hijacking)', () => {
  const publicUrl = 'https://commonroom.example.org';

  it.each([
    ['a page of the configured address', 'https://commonroom.example.org', '10.0.0.5:3000', true],
    ['a page of the address the request was sent to', 'http://127.0.0.1:4123', '127.0.0.1:4123', true],
    ['the address in capitals', 'http://LOCALHOST:4123', 'Localhost:4123', true],
    ['another site', 'https://evil.example', 'commonroom.example.org', false],
    [
      'a look-alike subdomain of another site',
      'https://commonroom.example.org.evil.example',
      'commonroom.example.org',
      false,
    ],
    ['the configured host on another port', 'https://commonroom.example.org:8443', '10.0.0.5:3000', false],
    ['the configured host over plain http', 'http://commonroom.example.org', '10.0.0.5:3000', false],
    ['a sandboxed frame ("null")', 'null', 'commonroom.example.org', false],
    ['a browser extension', 'chrome-extension://abc', 'abc', false],
  ])('%s: %s', (_case, origin, host, allowed) => {
    expect(isOwnOrigin(origin, host, publicUrl)).toBe(allowed);
  });

  it('refuses a client that sends no Origin (browsers always send one on a WebSocket)', () => {
    expect(isOwnOrigin(undefined, 'commonroom.example.org', publicUrl)).toBe(false);
  });
});
