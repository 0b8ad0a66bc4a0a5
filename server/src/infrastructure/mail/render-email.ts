export interface EmailContent {
  greeting?: string;
  paragraphs: string[];
  /** The one thing the reader is asked to do, shown as a button and as a plain link. */
  action?: { label: string; url: string };
  footer?: string;
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const STYLE = {
  body: 'margin:0;padding:24px 12px;background:#f4f5f7;color:#1b1b1b;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5',
  main: 'max-width:560px;margin:0 auto;padding:24px;background:#ffffff;border-radius:8px',
  button:
    'display:inline-block;padding:12px 20px;background:#1d4f91;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:6px',
  link: 'color:#1d4f91;word-break:break-all',
  footer: 'margin-top:24px;padding-top:16px;border-top:1px solid #d8dce2;color:#4a4f57;font-size:14px',
};

/**
 * Lays out an email as plain text and as simple, accessible HTML (one column, real text, no
 * images, no tracking). Every piece of text is escaped; the sentences come from the caller.
 */
export function renderEmail(content: EmailContent): { text: string; html: string } {
  if (content.action && !/^https?:\/\//i.test(content.action.url))
    throw new Error('An email action must be an http(s) link.');
  return { text: renderText(content), html: renderHtml(content) };
}

function renderText({ greeting, paragraphs, action, footer }: EmailContent): string {
  const blocks = [greeting, ...paragraphs, action && `${action.label}:\n${action.url}`, footer && `--\n${footer}`];
  return `${blocks.filter((b): b is string => Boolean(b)).join('\n\n')}\n`;
}

function renderHtml({ greeting, paragraphs, action, footer }: EmailContent): string {
  const paragraph = (text: string, style = '') => `<p${style ? ` style="${style}"` : ''}>${withBreaks(text)}</p>`;
  const blocks = [
    greeting && paragraph(greeting),
    ...paragraphs.map((p) => paragraph(p)),
    action &&
      `<p style="margin:24px 0 8px"><a href="${escapeHtml(action.url)}" style="${STYLE.button}">${escapeHtml(action.label)}</a></p>` +
        `<p style="font-size:14px"><a href="${escapeHtml(action.url)}" style="${STYLE.link}">${escapeHtml(action.url)}</a></p>`,
    footer && `<div style="${STYLE.footer}">${paragraph(footer, 'margin:0')}</div>`,
  ];
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Commonroom</title></head>',
    `<body style="${STYLE.body}">`,
    // Webmail drops <html> and <body>, so the wrapper repeats the language and names itself.
    `<div role="article" aria-roledescription="email" aria-label="Commonroom" lang="en-GB" style="${STYLE.main}">`,
    ...blocks.filter((b): b is string => Boolean(b)),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function withBreaks(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}
