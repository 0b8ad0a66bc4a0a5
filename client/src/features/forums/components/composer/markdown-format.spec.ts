import { describe, expect, it } from 'vitest';
import { quoteMarkdown } from '../thread/quote';
import { buildPost } from '../../test/forum-fixtures';
import { applyFormat, insertBlock, linkMarkdown, webAddress, type TextEdit } from './markdown-format';

/** Text with the selection marked by [ and ], e.g. "a [b] c"; a lone | is the caret. */
function marked(text: string): TextEdit {
  const caret = text.indexOf('|');
  if (caret !== -1) return { value: text.replace('|', ''), selectionStart: caret, selectionEnd: caret };
  const start = text.indexOf('[');
  const end = text.indexOf(']') - 1;
  return { value: text.replace('[', '').replace(']', ''), selectionStart: start, selectionEnd: end };
}
const show = ({ value, selectionStart, selectionEnd }: TextEdit) =>
  selectionStart === selectionEnd
    ? `${value.slice(0, selectionStart)}|${value.slice(selectionStart)}`
    : `${value.slice(0, selectionStart)}[${value.slice(selectionStart, selectionEnd)}]${value.slice(selectionEnd)}`;

describe('Markdown toolbar edits', () => {
  it('wraps the selection, keeping it selected, or leaves the caret between new markers', () => {
    expect(show(applyFormat(marked('Use a [seating plan] early'), 'bold'))).toBe('Use a **[seating plan]** early');
    expect(show(applyFormat(marked('Try |'), 'italic'))).toBe('Try _|_');
    expect(show(applyFormat(marked('run [npm test] now'), 'code'))).toBe('run `[npm test]` now');
  });

  it('selects the address of a new link, so typing replaces it', () => {
    expect(show(applyFormat(marked('See [the framework]'), 'link'))).toBe('See [the framework]([https://])');
  });

  it('turns every selected line, whole, into a quote or a list', () => {
    const lines = marked('Intro\nfi[rst\nsec]ond\nOutro');
    expect(applyFormat(lines, 'quote').value).toBe('Intro\n> first\n> second\nOutro');
    expect(applyFormat(lines, 'numberedList').value).toBe('Intro\n1. first\n2. second\nOutro');
    expect(applyFormat(marked('|one line'), 'bulletList').value).toBe('- one line');
  });

  it('puts a block on its own lines, after a blank line', () => {
    expect(show(insertBlock(marked('Thanks|'), '> quoted'))).toBe('Thanks\n\n> quoted\n|');
    expect(show(insertBlock(marked('|'), '> quoted'))).toBe('> quoted\n|');
  });

  it('quotes a post with its author and a link back to it', () => {
    const post = buildPost({ id: crypto.randomUUID() }, 7, {
      author: { id: crypto.randomUUID(), displayName: 'Jo [Tutor]' },
    });
    expect(quoteMarkdown(post, 'First line\n\nSecond line')).toBe(
      '> **Jo Tutor** [wrote](#post-7):\n> First line\n>\n> Second line\n',
    );
  });

  it('accepts only web addresses for links, adding https:// when it was left off', () => {
    expect(webAddress('https://www.gov.uk/ofsted')).toBe('https://www.gov.uk/ofsted');
    expect(webAddress(' www.gov.uk ')).toBe('https://www.gov.uk/');
    for (const refused of ['javascript:alert(1)', 'mailto:a@b.org', 'data:text/html,x', 'hello', '']) {
      expect(webAddress(refused)).toBeNull();
    }
  });

  it('writes a link with its text escaped and its address safe inside the brackets', () => {
    expect(linkMarkdown('the [draft] plan', 'https://example.org/a (1)')).toBe(
      '[the \\[draft\\] plan](https://example.org/a%20%281%29)',
    );
    expect(linkMarkdown('  ', 'https://example.org/')).toBe('[https://example.org/](https://example.org/)');
  });
});
