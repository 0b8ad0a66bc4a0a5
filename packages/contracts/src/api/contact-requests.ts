import { z } from 'zod';

export const CONTACT_MESSAGE_MAX = 500;

export const sendContactRequestSchema = z.object({
  message: z
    .string()
    .trim()
    .min(10, 'Say in a sentence or two why you would like to get in touch.')
    .max(CONTACT_MESSAGE_MAX, `Keep the message to ${CONTACT_MESSAGE_MAX} characters.`),
});
export type SendContactRequest = z.infer<typeof sendContactRequestSchema>;

/** The contact route a recipient chooses to reveal when they accept. */
export const sharedContactSchema = z.object({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  note: z.string().nullable().describe('e.g. "Best reached on Tuesdays after 3pm"'),
});
export type SharedContact = z.infer<typeof sharedContactSchema>;

export const acceptContactRequestSchema = z
  .object({
    shareEmail: z.boolean().describe('Share my contact email (or my sign-in address when I have none)'),
    sharePhone: z.boolean(),
    note: z.string().trim().max(300).nullable(),
  })
  .refine((v) => v.shareEmail || v.sharePhone || (v.note ?? '') !== '', {
    message: 'Choose at least one way to be contacted.',
    path: ['shareEmail'],
  });
export type AcceptContactRequest = z.infer<typeof acceptContactRequestSchema>;

const personSchema = z.object({ userId: z.uuid(), displayName: z.string() });

/** A request as its sender sees it: a decline is silent, so it stays "pending". */
export const sentContactRequestSchema = z.object({
  id: z.uuid(),
  to: personSchema,
  message: z.string(),
  status: z.enum(['pending', 'accepted']),
  sharedContact: sharedContactSchema.nullable(),
  sentAt: z.iso.datetime(),
  acceptedAt: z.iso.datetime().nullable(),
});
export type SentContactRequest = z.infer<typeof sentContactRequestSchema>;

/** A request as its recipient sees it: the whole history, for their own audit. */
export const receivedContactRequestSchema = z.object({
  id: z.uuid(),
  from: personSchema,
  message: z.string(),
  status: z.enum(['pending', 'accepted', 'declined']),
  sharedContact: sharedContactSchema.nullable(),
  senderBlocked: z.boolean(),
  sentAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
});
export type ReceivedContactRequest = z.infer<typeof receivedContactRequestSchema>;

export const sentContactRequestListSchema = z.object({ items: z.array(sentContactRequestSchema) });
export const receivedContactRequestListSchema = z.object({
  items: z.array(receivedContactRequestSchema),
  pending: z.number().int().min(0),
});
export type ReceivedContactRequestList = z.infer<typeof receivedContactRequestListSchema>;
/** Accepting opens a private conversation with the sender (docs/conversations.md). */
export const acceptedContactRequestSchema = receivedContactRequestSchema.extend({ conversationId: z.uuid() });
export type AcceptedContactRequest = z.infer<typeof acceptedContactRequestSchema>;
export const contactRequestIdParamsSchema = z.object({ id: z.uuid() });
export const declineContactRequestSchema = z.object({
  block: z.boolean().default(false).describe('Also block the sender from contacting me again'),
});

/** Limits on contact requests (a contact request is a way to reach a stranger, so it is scarce). */
export const CONTACT_LIMITS = {
  /** Requests one person may send per day. */
  perSenderPerDay: 10,
  /** Days before a sender may ask the same person again after a silent decline. */
  retryAfterDays: 30,
} as const;
