import { z } from 'zod';

/** How often a person hears by email about a community's new activity. */
export const EMAIL_MODES = ['immediately', 'daily', 'weekly', 'never'] as const;
export const emailModeSchema = z.enum(EMAIL_MODES);
export type EmailMode = z.infer<typeof emailModeSchema>;

const hourSchema = z.number().int().min(0).max(23);

/** A community the person is in, with the mode chosen for it (null: the personal default applies). */
export const communityEmailPreferenceSchema = z.object({
  communityId: z.uuid(),
  slug: z.string(),
  name: z.string(),
  mode: emailModeSchema.nullable(),
});
export type CommunityEmailPreference = z.infer<typeof communityEmailPreferenceSchema>;

export const emailPreferencesSchema = z.object({
  defaultMode: emailModeSchema,
  digestHour: hourSchema.describe('Hour of the day (UK time) daily and weekly digests are sent'),
  digestWeekday: z.number().int().min(1).max(7).describe('Day of the weekly digest: 1 Monday … 7 Sunday'),
  quietStart: hourSchema.nullable().describe('No emails from this hour (UK time)…'),
  quietEnd: hourSchema.nullable().describe('…until this hour; both null means no quiet hours'),
  mentions: z.boolean().describe('Email me at once when someone mentions me, whatever the community mode'),
  replies: z.boolean().describe('Email me at once when someone replies to my post, whatever the community mode'),
  allOff: z.boolean().describe('No email about activity at all (account emails still arrive)'),
  communities: z.array(communityEmailPreferenceSchema),
});
export type EmailPreferences = z.infer<typeof emailPreferencesSchema>;

export const updateEmailPreferencesSchema = z
  .object({
    defaultMode: emailModeSchema,
    digestHour: hourSchema,
    digestWeekday: z.number().int().min(1).max(7),
    quietStart: hourSchema.nullable(),
    quietEnd: hourSchema.nullable(),
    mentions: z.boolean(),
    replies: z.boolean(),
    allOff: z.boolean(),
    communities: z
      .array(z.object({ communityId: z.uuid(), mode: emailModeSchema.nullable() }))
      .max(500)
      .default([]),
  })
  .refine((v) => (v.quietStart === null) === (v.quietEnd === null), {
    message: 'Give both a start and an end for quiet hours, or neither.',
    path: ['quietEnd'],
  })
  .refine((v) => v.quietStart === null || v.quietStart !== v.quietEnd, {
    message: 'Quiet hours must start and end at different times.',
    path: ['quietEnd'],
  });
export type UpdateEmailPreferences = z.infer<typeof updateEmailPreferencesSchema>;

export const UNSUBSCRIBE_SCOPES = ['thread', 'community', 'all'] as const;
export const unsubscribeScopeSchema = z.enum(UNSUBSCRIBE_SCOPES);
export type UnsubscribeScope = z.infer<typeof unsubscribeScopeSchema>;

export const unsubscribeQuerySchema = z.object({ token: z.string().min(10).max(400) });
export type UnsubscribeQuery = z.infer<typeof unsubscribeQuerySchema>;

/** The RFC 8058 one-click body (form-encoded); a browser's button may send it as JSON or not at all. */
export const unsubscribeBodySchema = z
  .object({ 'List-Unsubscribe': z.literal('One-Click').optional() })
  .optional()
  .default({});

/**
 * What a token stops. `name` is the thread title or community name, given only while the person
 * may still read it; `done` says whether it is already in effect.
 */
export const unsubscribeDescriptionSchema = z.object({
  scope: unsubscribeScopeSchema,
  name: z.string().nullable(),
  done: z.boolean(),
});
export type UnsubscribeDescription = z.infer<typeof unsubscribeDescriptionSchema>;
