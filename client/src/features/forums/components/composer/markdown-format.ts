/** Text changes the composer's toolbar makes, as pure functions of the text and its selection. */

export interface TextEdit {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

export const MARKDOWN_FORMATS = ['bold', 'italic', 'link', 'quote', 'bulletList', 'numberedList', 'code'] as const;
export type MarkdownFormat = (typeof MARKDOWN_FORMATS)[number];

/** Replaces the selection with `text`, leaving the caret (or the given selection inside `text`) there. */
export function replaceSelection(
  edit: TextEdit,
  text: string,
  select: [number, number] = [text.length, text.length],
): TextEdit {
  const { value, selectionStart, selectionEnd } = edit;
  return {
    value: value.slice(0, selectionStart) + text + value.slice(selectionEnd),
    selectionStart: selectionStart + select[0],
    selectionEnd: selectionStart + select[1],
  };
}

/** `**sel**`; with nothing selected the caret lands between the markers, ready to type. */
function wrap(edit: TextEdit, before: string, after = before): TextEdit {
  const selected = edit.value.slice(edit.selectionStart, edit.selectionEnd);
  return replaceSelection(edit, `${before}${selected}${after}`, [before.length, before.length + selected.length]);
}

/** Widens the selection to whole lines and rewrites each one (quotes and lists). */
function prefixLines(edit: TextEdit, prefix: (index: number) => string): TextEdit {
  const { value } = edit;
  const start = value.lastIndexOf('\n', edit.selectionStart - 1) + 1;
  const endBreak = value.indexOf(
    '\n',
    Math.max(edit.selectionEnd - (edit.selectionEnd > edit.selectionStart ? 1 : 0), edit.selectionStart),
  );
  const end = endBreak === -1 ? value.length : endBreak;
  const lines = value.slice(start, end).split('\n');
  const text = lines.map((line, index) => `${prefix(index)}${line}`).join('\n');
  return {
    value: value.slice(0, start) + text + value.slice(end),
    selectionStart: start,
    selectionEnd: start + text.length,
  };
}

export function applyFormat(edit: TextEdit, format: MarkdownFormat): TextEdit {
  switch (format) {
    case 'bold':
      return wrap(edit, '**');
    case 'italic':
      return wrap(edit, '_');
    case 'code': {
      const selected = edit.value.slice(edit.selectionStart, edit.selectionEnd);
      return selected.includes('\n') ? wrap(edit, '```\n', '\n```') : wrap(edit, '`');
    }
    case 'link': {
      // Without the dialog (see `linkMarkdown`), the address placeholder is selected, ready to paste over.
      const label = edit.value.slice(edit.selectionStart, edit.selectionEnd);
      const text = `[${label}](https://)`;
      return replaceSelection(edit, text, [label.length + 3, text.length - 1]);
    }
    case 'quote':
      return prefixLines(edit, () => '> ');
    case 'bulletList':
      return prefixLines(edit, () => '- ');
    case 'numberedList':
      return prefixLines(edit, (index) => `${index + 1}. `);
  }
}

/**
 * The address as a web link (http or https only), or null: `javascript:`, `mailto:` and bare words are refused. An
 * address typed without its scheme ("example.org/page") is taken as https.
 */
export function webAddress(text: string): string | null {
  const trimmed = text.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    return web && (url.hostname.includes('.') || url.hostname === 'localhost') ? url.href : null;
  } catch {
    return null;
  }
}

/** `[text](url)` with the text's brackets escaped and the address's brackets and spaces encoded. */
export function linkMarkdown(text: string, url: string): string {
  const label = (text.trim() || url).replace(/[[\]\\]/g, (c) => `\\${c}`);
  const target = url.replace(/[()\s]/g, (c) => encodeURIComponent(c).replace('(', '%28').replace(')', '%29'));
  return `[${label}](${target})`;
}

/** Adds a block (a quote, an attachment) on its own lines at the caret. */
export function insertBlock(edit: TextEdit, block: string): TextEdit {
  const before = edit.value.slice(0, edit.selectionStart);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  return replaceSelection(edit, `${lead}${block}\n`);
}
