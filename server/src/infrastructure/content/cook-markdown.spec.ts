import { DomUtils, parseDocument } from 'htmlparser2';
import { LINK_REL } from './content-policy';
import { cookMarkdown, mentionIdsIn } from './cook-markdown';
import { sanitizeCookedHtml } from './sanitize-cooked-html';
import { XSS_CORPUS } from '../../../test/fixtures/xss-corpus';

const options = { allowedImageHosts: ['images.example.org'] };
const cook = (raw: string) => cookMarkdown(raw, options);
const ADA = '0b6f4d1e-2c3a-4b5c-8d9e-0f1a2b3c4d5e';
const BEN = '5c8e1f2a-3b4c-4d5e-9f6a-7b8c9d0e1f2a';
const PHOTO = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const HANDOUT = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';

describe('cookMarkdown: ordinary posts', () => {
  it('demotes headings so a post never outranks the page (h1 → h3, never beyond h6)', () => {
    expect(cook('# One\n## Two\n### Three\n#### Four\n##### Five').html).toBe(
      '<h3>One</h3>\n<h4>Two</h4>\n<h5>Three</h5>\n<h6>Four</h6>\n<h6>Five</h6>\n',
    );
  });

  it('renders emphasis, strikethrough, lists and a single newline as a line break', () => {
    expect(cook('**Bold** *it* ~~gone~~\nnext line\n\n- one\n- two\n\n3. three\n4. four').html).toBe(
      '<p><strong>Bold</strong> <em>it</em> <s>gone</s><br />\nnext line</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>\n',
    );
  });

  it('renders tables without the inline alignment styles', () => {
    expect(cook('| Term | Pupils |\n| :--- | ---: |\n| Autumn | 28 |').html).toBe(
      '<table>\n<thead>\n<tr>\n<th>Term</th>\n<th>Pupils</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Autumn</td>\n<td>28</td>\n</tr>\n</tbody>\n</table>\n',
    );
  });

  it('escapes code and keeps only a language-* class on it', () => {
    expect(cook('```ts\nconst a = "<b>" && 1;\n```').html).toBe(
      '<pre><code class="language-ts">const a = "&lt;b&gt;" &amp;&amp; 1;\n</code></pre>\n',
    );
    expect(cook('Use `<br>` here').html).toBe('<p>Use <code>&lt;br&gt;</code> here</p>\n');
  });

  it('shows raw HTML as the text that was typed', () => {
    expect(cook('<b onclick="x()">hi</b>').html).toBe('<p>&lt;b onclick="x()"&gt;hi&lt;/b&gt;</p>\n');
  });
});

describe('cookMarkdown: links', () => {
  it('gives every link rel="nofollow ugc noopener" and counts only the ones that leave the site', () => {
    const cooked = cook(
      '[Ofsted](https://www.gov.uk/ofsted) head@school.example.org http://www.example.org [rules](/about/rules) [above](#post-3)',
    );
    expect(cooked.html).toBe(
      '<p><a href="https://www.gov.uk/ofsted" rel="nofollow ugc noopener">Ofsted</a> ' +
        '<a href="mailto:head@school.example.org" rel="nofollow ugc noopener">head@school.example.org</a> ' +
        '<a href="http://www.example.org" rel="nofollow ugc noopener">http://www.example.org</a> ' +
        '<a href="/about/rules" rel="nofollow ugc noopener">rules</a> <a href="#post-3" rel="nofollow ugc noopener">above</a></p>\n',
    );
    expect(cooked.linkCount).toBe(3);
  });

  it('keeps the fragment link of a quote-reply', () => {
    expect(cook('> **Ada Lovelace** [wrote](#post-12):\n> Phonics first.').html).toBe(
      '<blockquote>\n<p><strong>Ada Lovelace</strong> <a href="#post-12" rel="nofollow ugc noopener">wrote</a>:<br />\nPhonics first.</p>\n</blockquote>\n',
    );
  });

  it('leaves a link with any other scheme, or to another host without a scheme, as the text typed', () => {
    for (const raw of ['[x](ftp://example.org/f)', '[x](//evil.example)', '[x](notes.pdf)', '[x](tel:+441234)']) {
      const cooked = cook(raw);
      expect(cooked.html).toBe(`<p>${raw}</p>\n`);
      expect(cooked.linkCount).toBe(0);
    }
  });
});

describe('cookMarkdown: images', () => {
  it('keeps uploaded images, lazily loaded, and collects their upload ids', () => {
    const cooked = cook(`![Seating plan](/api/uploads/${PHOTO})`);
    expect(cooked.html).toBe(`<p><img src="/api/uploads/${PHOTO}" alt="Seating plan" loading="lazy" /></p>\n`);
    expect(cooked.imageCount).toBe(1);
    expect(cooked.uploadIds).toEqual([PHOTO]);
  });

  it('keeps https images from an allowed host, whatever the case of the host', () => {
    const cooked = cookMarkdown('![Chart](https://Images.Example.org/chart.png)', {
      allowedImageHosts: ['IMAGES.example.org'],
    });
    expect(cooked.html).toBe('<p><img src="https://Images.Example.org/chart.png" alt="Chart" loading="lazy" /></p>\n');
    expect(cooked.imageCount).toBe(1);
  });

  it('replaces any other image by its description', () => {
    for (const src of [
      'https://tracker.example/pixel.gif',
      'http://images.example.org/chart.png',
      'https://images.example.org@tracker.example/p.gif',
      'https://images.example.org:8443/p.gif',
      '/api/uploads/not-an-id',
    ]) {
      const cooked = cook(`Look: ![A **bar** chart](${src})`);
      expect(cooked.html).toBe('<p>Look: A bar chart</p>\n');
      expect(cooked.imageCount).toBe(0);
      expect(cooked.uploadIds).toEqual([]);
    }
  });

  it('collects uploads linked as documents, once each, without counting them as external links', () => {
    const cooked = cook(
      `[Handout](/api/uploads/${HANDOUT}) and [again](/api/uploads/${HANDOUT.toUpperCase()}) ![p](/api/uploads/${PHOTO})`,
    );
    expect(cooked.uploadIds).toEqual([HANDOUT, PHOTO]);
    expect(cooked.linkCount).toBe(0);
  });
});

describe('cookMarkdown: mentions', () => {
  /** Current display names by id, as the caller looks them up before cooking. */
  const people = new Map([
    [ADA, 'Ada Lovelace'],
    [BEN, 'Ben <Head>'],
  ]);
  const cookWithNames = (raw: string, names: ReadonlyMap<string, string> = people) => cookMarkdown(raw, options, names);
  const link = (id: string, shown: string) =>
    `<a class="mention" href="/people/${id}" data-user-id="${id}" rel="nofollow ugc noopener">@${shown}</a>`;

  it('turns the composer’s mention tokens into links to the person and collects each id once', () => {
    const cooked = cookWithNames(
      `Thanks @[Ada Lovelace](mention:${ADA}) and @[Ben <Head>](mention:${BEN}), and @[Ada Lovelace](mention:${ADA}) again`,
    );
    expect(cooked.html).toBe(
      `<p>Thanks ${link(ADA, 'Ada Lovelace')} and ${link(BEN, 'Ben &lt;Head&gt;')}, and ${link(ADA, 'Ada Lovelace')} again</p>\n`,
    );
    expect(cooked.mentionIds).toEqual([ADA, BEN]);
    expect(cooked.linkCount).toBe(0);
  });

  it('shows the mentioned person’s current name, never the label typed around their id', () => {
    const cooked = cookWithNames(`As @[Tom Hughes (facilitator)](mention:${ADA}) said`);
    expect(cooked.html).toBe(`<p>As ${link(ADA, 'Ada Lovelace')} said</p>\n`);
    expect(cooked.text).toBe('As @Ada Lovelace said');
    expect(cooked.mentionIds).toEqual([ADA]);
  });

  it('leaves a mention of an id that names nobody as its label in plain text, without a link, and does not count it', () => {
    const cooked = cookWithNames(
      `Ask @[Tom Hughes (facilitator)](mention:${BEN}) or @[Ada](mention:${ADA})`,
      new Map([[ADA, 'Ada Lovelace']]),
    );
    expect(cooked.html).toBe(`<p>Ask @Tom Hughes (facilitator) or ${link(ADA, 'Ada Lovelace')}</p>\n`);
    expect(cooked.mentionIds).toEqual([ADA]);
    // Without names looked up, no label is trusted: every mention is plain text.
    expect(cook(`@[<b>Tom</b>](mention:${ADA})`).html).toBe('<p>@&lt;b&gt;Tom&lt;/b&gt;</p>\n');
  });

  it('finds the ids a post mentions before it is cooked, so their names can be looked up once', () => {
    expect(
      mentionIdsIn(
        `@[A](mention:${ADA}) @[B](mention:${BEN}) @[A again](mention:${ADA}) [not](mention:${PHOTO}) \`@[code](mention:${HANDOUT})\``,
      ),
    ).toEqual([ADA, BEN]);
    expect(mentionIdsIn('No mentions here, just @someone.')).toEqual([]);
  });

  it('leaves anything that is not exactly a mention token as text', () => {
    for (const raw of [
      '@[Ada](mention:not-a-uuid)',
      `@[Ada](mention:${'-'.repeat(36)})`,
      `[Ada](mention:${ADA})`,
      '@Ada',
      `@[](mention:${ADA})`,
    ]) {
      const cooked = cookWithNames(raw);
      expect(cooked.html).toBe(`<p>${raw}</p>\n`);
      expect(cooked.mentionIds).toEqual([]);
    }
  });

  it('does not nest a mention inside a link', () => {
    const cooked = cookWithNames(`[see @[Ada](mention:${ADA}) here](https://example.org)`);
    expect(DomUtils.getElementsByTagName('a', parseDocument(cooked.html).children)).toHaveLength(1);
    expect(cooked.mentionIds).toEqual([]);
  });
});

describe('cookMarkdown: plain text', () => {
  it('gives the words one block per line, mentions as @Name and images by their description', () => {
    const cooked = cookMarkdown(
      `## Reading *plan*\n\nFish &amp; chips <b>\nfor @[Ada Lovelace](mention:${ADA})\n\n- [one](https://example.org)\n- ![photo of a **display**](/api/uploads/${PHOTO})\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n\`\`\`\nx < y\n\`\`\``,
      options,
      new Map([[ADA, 'Ada Lovelace']]),
    );
    expect(cooked.text).toBe(
      'Reading plan\nFish & chips <b>\nfor @Ada Lovelace\none\nphoto of a display\na b\n1 2\nx < y',
    );
  });
});

/** What cooked HTML may contain: element → its allowed attributes. */
const ALLOWED: Record<string, readonly string[]> = {
  ...Object.fromEntries(
    [
      'p',
      'br',
      'strong',
      'em',
      'del',
      's',
      'pre',
      'blockquote',
      'ul',
      'li',
      'h3',
      'h4',
      'h5',
      'h6',
      'hr',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
    ].map((t) => [t, []]),
  ),
  ol: ['start'],
  code: ['class'],
  a: ['href', 'title', 'rel', 'class', 'data-user-id'],
  img: ['src', 'alt', 'title', 'loading'],
};
/** A URL as a browser reads it: entities are already decoded, then whitespace and controls dropped. */
const SAFE_URL = /^(?:https?:|mailto:|\/(?![/\\])|#)/i;

/** Every way an HTML fragment could run script or load a foreign thing, as readable problems. */
function problemsIn(html: string): string[] {
  const problems: string[] = [];
  for (const element of DomUtils.findAll(() => true, parseDocument(html).children)) {
    const allowed = ALLOWED[element.name];
    if (!allowed) problems.push(`<${element.name}> element`);
    for (const [attribute, value] of Object.entries(element.attribs)) {
      if (!allowed?.includes(attribute)) problems.push(`${attribute} attribute on <${element.name}>`);
      const url = value.replace(/[\u0000-\u0020\u007f]/g, '');
      if (
        (attribute === 'href' || attribute === 'src') &&
        (!SAFE_URL.test(url) || /^(?:javascript|data|vbscript):/i.test(url))
      )
        problems.push(`${attribute}="${value}"`);
    }
    if (element.name === 'a' && element.attribs.rel !== LINK_REL) problems.push('link without rel');
    if (
      element.name === 'img' &&
      !/^(\/api\/uploads\/[0-9a-f-]{36}|https:\/\/images\.example\.org\/)/.test(element.attribs.src ?? '')
    )
      problems.push(`image from ${element.attribs.src}`);
    if (element.name === 'code' && element.attribs.class !== undefined && !/^language-\S+$/.test(element.attribs.class))
      problems.push(`code class ${element.attribs.class}`);
    if (element.name === 'a' && element.attribs.class !== undefined && element.attribs.class !== 'mention')
      problems.push(`link class ${element.attribs.class}`);
  }
  return problems;
}

describe('the XSS corpus', () => {
  it.each(XSS_CORPUS.map((c) => [c.name, c.raw]))('%s: cooks into nothing that can run or load', (_name, raw) => {
    const { html } = cook(raw);
    expect(problemsIn(html)).toEqual([]);
    expect(html).not.toMatch(/<(script|svg|math|iframe|object|embed|style|form|meta|base|link)\b/i);
  });

  it.each(XSS_CORPUS.map((c) => [c.name, c.raw]))(
    '%s: is made safe by the sanitizer alone, read as HTML',
    (_name, raw) => {
      expect(problemsIn(sanitizeCookedHtml(raw, options.allowedImageHosts))).toEqual([]);
    },
  );

  it('is checked by a test that does find a script, a handler and a script URL', () => {
    expect(
      problemsIn(
        '<p onclick="x()"><a href=" java&#x09;script:x()">a</a><script></script><img src="data:image/png,x"></p>',
      ),
    ).toEqual([
      'onclick attribute on <p>',
      'href=" java\tscript:x()"',
      'link without rel',
      '<script> element',
      'src="data:image/png,x"',
      'image from data:image/png,x',
    ]);
  });
});
