import { z } from 'zod';
import { personRefSchema, rawMarkdownSchema } from './discussions.js';

/** Private conversations (docs/conversations.md): one-to-one or a small group, in no community. */
export const MAX_CONVERSATION_OTHERS = 7;

export const conversationKindSchema = z.enum(['direct', 'group']);
export type ConversationKind = z.infer<typeof conversationKindSchema>;

export const conversationIdParamsSchema = z.object({ conversationId: z.uuid() });

const othersSchema = z
  .array(z.uuid())
  .min(1, 'Choose at least one person.')
  .max(MAX_CONVERSATION_OTHERS, `A conversation can have at most ${MAX_CONVERSATION_OTHERS + 1} people.`);

export const startConversationRequestSchema = z.object({
  /** The other people (not yourself). One person: a one-to-one, reused if you already have one. */
  participantIds: othersSchema,
  /** An optional first message. */
  raw: rawMarkdownSchema.optional(),
});
export type StartConversationRequest = z.infer<typeof startConversationRequestSchema>;

export const addParticipantsRequestSchema = z.object({ participantIds: othersSchema });
export type AddParticipantsRequest = z.infer<typeof addParticipantsRequestSchema>;

export const conversationAbilitiesSchema = z.object({
  reply: z.boolean(),
  addPeople: z.boolean(),
  flag: z.boolean(),
});

/** A conversation's header as one participant sees it; its messages are the engine's posts (`/threads/:id/posts`). */
export const conversationSchema = z.object({
  id: z.uuid(),
  kind: conversationKindSchema,
  /** Everyone in it now, you included. */
  participants: z.array(personRefSchema),
  postCount: z.number().int().min(0),
  streamSeq: z.number().int().min(0),
  viewer: z.object({ lastReadNumber: z.number().int().min(0), abilities: conversationAbilitiesSchema }),
});
export type Conversation = z.infer<typeof conversationSchema>;

export const conversationSummarySchema = z.object({
  id: z.uuid(),
  kind: conversationKindSchema,
  /** The others in it now. */
  participants: z.array(personRefSchema),
  lastMessage: z.object({ author: personRefSchema, excerpt: z.string(), createdAt: z.iso.datetime() }).nullable(),
  lastActivityAt: z.iso.datetime(),
  unreadCount: z.number().int().min(0),
});
export type ConversationSummary = z.infer<typeof conversationSummarySchema>;

export const conversationListSchema = z.object({
  /** Conversations with unread messages first, then the most recent. */
  items: z.array(conversationSummarySchema),
  /** How many conversations have unread messages. */
  unread: z.number().int().min(0),
  /** Where your own stream (`user:<id>`, which tells of new messages) was when this was read. */
  streamSeq: z.number().int().min(0),
  /** For platform admins, how many reported messages wait (`GET /api/moderation/conversations`); else null. */
  reportedMessages: z.number().int().min(0).nullable(),
});
export type ConversationList = z.infer<typeof conversationListSchema>;

export const contactBlockListSchema = z.object({ items: z.array(personRefSchema) });
export type ContactBlockList = z.infer<typeof contactBlockListSchema>;
