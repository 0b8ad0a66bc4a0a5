import { escapeHtml, renderEmail } from './render-email';

describe('escapeHtml', () => {
  it('escapes markup, ampersands and quotes', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'co'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;',
    );
  });

  it('escapes an already escaped entity again rather than trusting it', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('renderEmail', () => {
  const content = {
    greeting: 'Hello Sam,',
    paragraphs: ['Please confirm your email address.', 'The link works for 24 hours.'],
    action: { label: 'Confirm your email address', url: 'https://commonroom.example.org/verify-email?token=abc&x=1' },
    footer: 'You are receiving this because you joined Commonroom.',
  };

  it('writes the plain text in reading order with the action link on its own line', () => {
    const { text } = renderEmail(content);
    expect(text).toBe(
      [
        'Hello Sam,',
        'Please confirm your email address.',
        'The link works for 24 hours.',
        'Confirm your email address:\nhttps://commonroom.example.org/verify-email?token=abc&x=1',
        '--\nYou are receiving this because you joined Commonroom.',
      ].join('\n\n') + '\n',
    );
  });

  it('puts the action in the HTML as a button and as a visible link, with the URL escaped', () => {
    const { html } = renderEmail(content);
    const href = 'href="https://commonroom.example.org/verify-email?token=abc&amp;x=1"';
    expect(html.split(href)).toHaveLength(3);
    expect(html).toContain('>Confirm your email address</a>');
    expect(html).toContain('>https://commonroom.example.org/verify-email?token=abc&amp;x=1</a>');
  });

  it('escapes every piece of caller text in the HTML', () => {
    const { html } = renderEmail({
      greeting: '<b>Hi</b>',
      paragraphs: ['Tom & Jerry <script>alert(1)</script>'],
      action: { label: '"Go" <now>', url: 'https://example.org/?a="><script>' },
      footer: '<img src=x>',
    });
    expect(html).not.toMatch(/<script|<b>|<img|"><script/);
    expect(html).toContain('Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;Go&quot; &lt;now&gt;');
    expect(html).toContain('&lt;img src=x&gt;');
  });

  it('is British English HTML without images, scripts or remote resources', () => {
    const { html } = renderEmail(content);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).not.toMatch(/<img|<script|<link|src=|url\(/i);
  });

  it('keeps line breaks of a paragraph in the HTML', () => {
    expect(renderEmail({ paragraphs: ['First line\nsecond line'] }).html).toContain('<p>First line<br>second line</p>');
  });

  it('leaves out the parts that are not given', () => {
    expect(renderEmail({ paragraphs: ['Only this.'] }).text).toBe('Only this.\n');
  });

  it('refuses an action that is not an http(s) link', () => {
    expect(() => renderEmail({ paragraphs: [], action: { label: 'Go', url: 'javascript:alert(1)' } })).toThrow(/http/);
  });
});
