/** One email, as a feature hands it to `MailService.send`. Sentences are written by the caller. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Where replies go, e.g. a reply-by-email address (`reply+…@…`). */
  replyTo?: string;
  /** Extra headers such as `List-Unsubscribe`. */
  headers?: Record<string, string>;
  /** A short tag such as `verify-email`, for logs and metrics (never personal data). */
  category: string;
}

/** A message ready to leave: `OutgoingMail` with its sender filled in. */
export interface AddressedMail extends OutgoingMail {
  from: string;
}

/** Where messages go: a real SMTP server, or the in-memory development outbox. */
export interface MailTransport {
  deliver(mail: AddressedMail): Promise<void>;
  close(): Promise<void>;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/**
 * Sending failed. The message names only the category: SMTP replies often quote the recipient,
 * so the original error is kept out of the message and the cause chain.
 */
export class MailDeliveryError extends Error {
  constructor(
    readonly category: string,
    /** SMTP reply code or Node error code, when there is one (e.g. `550`, `ECONNREFUSED`). */
    readonly reason: string | undefined,
  ) {
    super(`The ${category} email could not be sent${reason ? ` (${reason})` : ''}.`);
    this.name = 'MailDeliveryError';
  }
}
