/**
 * The new words of a reply by email, without the quoted message and the signature. Mail
 * programs mark the quote differently (Gmail and Apple Mail "On … wrote:" and `>` lines, Outlook
 * a "From:/Sent:" header block or a line of underscores), so we cut at the first of our own
 * markers and then let email-reply-parser remove what is left (quotes, signatures, "Sent from my
 * iPhone").
 */
const QUOTE_STARTS: RegExp[] = [
  // "On Tue, 3 Jun 2025 at 09:14, Commonroom <reply+…@…> wrote:", possibly wrapped over two lines.
  /^>?\s*On\s[^\n]*(?:\n[^\n]*)?\bwrote:\s*$/m,
  // Welsh (Gmail, Outlook): "Ar ddydd Mawrth, 3 Meh 2025 am 09:14, Commonroom <…> ysgrifennodd:".
  /^>?\s*Ar\s[^\n]*(?:\n[^\n]*)?\bysgrifennodd:\s*$/m,
  // Outlook: a header block of the original message.
  /^\s*\*?From:\*?\s[^\n]*\n\s*\*?(?:Sent|Date):\*?\s/m,
  /^\s*-{2,}\s*Original Message\s*-{2,}\s*$/im,
  /^_{20,}\s*$/m,
];

/** Lines that begin a signature block we remove even without the `-- ` separator. */
const SIGNATURE_STARTS: RegExp[] = [/^Sent from my \S.*$/im, /^Get Outlook for \S.*$/im, /^Sent from Outlook.*$/im];

type ReplyParser = { parseReply(text: string): string };
let parser: Promise<ReplyParser> | undefined;

/** email-reply-parser is ESM-only; load it once, on the first reply. */
function replyParser(): Promise<ReplyParser> {
  parser ??= import('email-reply-parser').then(({ default: EmailReplyParser }) => new EmailReplyParser());
  return parser;
}

export async function replyText(body: string): Promise<string> {
  let text = body.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  for (const marker of [...QUOTE_STARTS, ...SIGNATURE_STARTS]) {
    const match = marker.exec(text);
    if (match) text = text.slice(0, match.index);
  }
  const parsed = (await replyParser()).parseReply(text);
  return parsed
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
