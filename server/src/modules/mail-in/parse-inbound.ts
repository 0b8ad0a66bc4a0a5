import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject, type HeaderValue, type ParsedMail } from 'mailparser';

/** What the rest of mail-in needs from a raw RFC 5322 message. */
export interface InboundMessage {
  /** SHA-256 (hex) of the Message-ID, or of the raw message when it has none. */
  messageHash: string;
  /** The From address, lower-cased; null when missing or unparsable. */
  from: string | null;
  /** Where it was addressed according to its headers (the envelope may add more). */
  headerRecipients: string[];
  /** Sent by a machine (auto-reply, bounce, mailing list): never answered, never posted. */
  automatic: boolean;
  /** The body as plain text (from the HTML part when there is no text part). */
  body: string;
}

export async function parseInbound(raw: Buffer): Promise<InboundMessage> {
  const mail = await simpleParser(raw, { skipHtmlToText: false, skipTextToHtml: true, skipImageLinks: true });
  const messageId = mail.messageId?.trim();
  return {
    messageHash: createHash('sha256')
      .update(messageId ? `id:${messageId}` : raw)
      .digest('hex'),
    from: mail.from?.value[0]?.address?.trim().toLowerCase() || null,
    headerRecipients: recipientsOf(mail),
    automatic: isAutomatic(mail),
    body: mail.text ?? '',
  };
}

/** RFC 3834 Auto-Submitted, RFC 2076 Precedence, list headers, and bounces (null sender, daemons). */
function isAutomatic(mail: ParsedMail): boolean {
  const header = (name: string) => text(mail.headers.get(name)).toLowerCase();
  const autoSubmitted = header('auto-submitted');
  if (autoSubmitted && autoSubmitted !== 'no') return true;
  if (/^(bulk|list|junk|auto_reply)$/.test(header('precedence'))) return true;
  // mailparser folds List-* into one `list` header, so presence is read from the raw lines.
  const present = new Set(mail.headerLines.map((line) => line.key.toLowerCase()));
  if (['list-id', 'list-unsubscribe', 'x-autoreply', 'x-autorespond'].some((name) => present.has(name))) return true;
  if (present.has('return-path') && header('return-path').replace(/[<>\s]/g, '') === '') return true;
  const from = mail.from?.value[0]?.address?.toLowerCase() ?? '';
  return /^(mailer-daemon|postmaster|no-?reply)@/.test(from);
}

/** Delivered-To and X-Original-To (set by Postfix/Exim for the pipe), then To and Cc. */
function recipientsOf(mail: ParsedMail): string[] {
  const delivered = ['delivered-to', 'x-original-to'].flatMap((name) => {
    const value = mail.headers.get(name);
    return (Array.isArray(value) ? value : [value]).map((v) => text(v).replace(/[<>\s]/g, ''));
  });
  const listed = [mail.to, mail.cc]
    .flatMap((field) => (Array.isArray(field) ? field : field ? [field] : []))
    .flatMap((object: AddressObject) => object.value.map((a) => a.address ?? ''));
  return [...delivered, ...listed].filter(Boolean);
}

function text(value: HeaderValue | undefined): string {
  if (typeof value === 'string') return value.trim();
  if (value && typeof value === 'object' && 'text' in value && typeof value.text === 'string') return value.text.trim();
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') return value.value;
  return '';
}
