import type { OutboxMessage } from './dev-outbox.transport';
import { escapeHtml } from './render-email';

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:1.5;color:#1b1b1b}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #d8dce2;vertical-align:top}
pre{white-space:pre-wrap;word-break:break-word;background:#f4f5f7;padding:1rem;border-radius:6px}a{color:#1d4f91}`;

/** The list of messages in the development outbox, newest first. */
export function outboxPage(messages: readonly OutboxMessage[]): string {
  const rows = messages.map(
    (m) =>
      `<tr><td><time datetime="${escapeHtml(m.receivedAt)}">${escapeHtml(m.receivedAt.slice(0, 19).replace('T', ' '))}</time></td>` +
      `<td>${escapeHtml(m.to)}</td><td><a href="/dev/mail/${encodeURIComponent(m.id)}">${escapeHtml(m.subject)}</a></td></tr>`,
  );
  const body = messages.length
    ? `<table><caption>Newest first; the last 200 are kept in memory until the server restarts.</caption>
<thead><tr><th scope="col">Time (UTC)</th><th scope="col">To</th><th scope="col">Subject</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`
    : '<p>No email has been sent since the server started.</p>';
  return layout(
    'Development outbox',
    `<h1>Development outbox</h1>\n<p>Email is kept here because <code>SMTP_URL</code> is not set.</p>\n${body}`,
  );
}

/** One message: its envelope and its plain-text body, with web links made clickable. */
export function messagePage(message: OutboxMessage): string {
  const meta = [
    ['To', message.to],
    ['From', message.from],
    ['Category', message.category],
    ['Received', message.receivedAt],
  ]
    .map(([term, value]) => `<dt>${term}</dt><dd>${escapeHtml(value!)}</dd>`)
    .join('');
  return layout(
    message.subject,
    `<p><a href="/dev/mail">All messages</a></p>\n<h1>${escapeHtml(message.subject)}</h1>\n<dl>${meta}</dl>\n<pre>${linkify(message.text)}</pre>`,
  );
}

/** The http(s) URLs in a text with their positions; trailing punctuation is not part of a link. */
export function webLinks(text: string): { url: string; index: number }[] {
  return [...text.matchAll(/https?:\/\/[^\s<>"']+/g)].map((match) => ({
    url: match[0].replace(/[.,;:!?)\]]+$/, ''),
    index: match.index,
  }));
}

/** Escapes the text and turns only http(s) URLs into links. */
export function linkify(text: string): string {
  let html = '';
  let last = 0;
  for (const { url, index } of webLinks(text)) {
    html += escapeHtml(text.slice(last, index)) + `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    last = index + url.length;
  }
  return html + escapeHtml(text.slice(last));
}

function layout(title: string, main: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} – Commonroom</title>
  <style>${STYLE}</style>
</head>
<body>
<main>
${main}
</main>
</body>
</html>`;
}
