import { z } from 'zod';
import { availabilitySchema, expertiseSchema, mentorStageSchema } from '../taxonomies/expertise.js';
import { phaseSchema } from '../taxonomies/phases.js';
import { roleSchema } from '../taxonomies/roles.js';
import { subjectSchema } from '../taxonomies/subjects.js';
import { organisationRefSchema } from './organisations.js';

/**
 * Who may see one profile field:
 * - `public`: anyone, signed in or not;
 * - `members`: anyone signed in to Commonroom;
 * - `communities`: people who share at least one community with the person;
 * - `only_me`: the person alone (not even platform administrators).
 */
export const FIELD_VISIBILITIES = ['public', 'members', 'communities', 'only_me'] as const;
export const fieldVisibilitySchema = z.enum(FIELD_VISIBILITIES);
export type FieldVisibility = z.infer<typeof fieldVisibilitySchema>;

/** How a viewer stands towards a profile's owner; each relation sees every level above it. */
export const VIEWER_RELATIONS = ['public', 'member', 'community', 'self'] as const;
export type ViewerRelation = (typeof VIEWER_RELATIONS)[number];

interface ProfileFieldRule {
  readonly id: string;
  readonly label: string;
  readonly allowed: readonly FieldVisibility[];
  readonly default: FieldVisibility;
}

const ALL = FIELD_VISIBILITIES;
/**
 * Contact details are never public (PRODUCT §4 G: partners were "unwilling for names and contact details to be
 * released").
 */
const NEVER_PUBLIC = ['members', 'communities', 'only_me'] as const;

/**
 * Every profile field with the visibilities a person may choose and the privacy-protective
 * default. The name is always visible to signed-in members: they meet the person in
 * communities anyway, and a finder needs a name to show.
 */
export const PROFILE_FIELDS = [
  { id: 'name', label: 'Name', allowed: ['public', 'members'], default: 'members' },
  { id: 'headline', label: 'Headline', allowed: ALL, default: 'members' },
  { id: 'photo', label: 'Photo', allowed: ALL, default: 'members' },
  { id: 'currentAffiliations', label: 'Current organisations and roles', allowed: ALL, default: 'members' },
  { id: 'pastAffiliations', label: 'Past organisations and roles', allowed: ALL, default: 'communities' },
  { id: 'phases', label: 'Phases', allowed: ALL, default: 'members' },
  { id: 'subjects', label: 'Subjects', allowed: ALL, default: 'members' },
  { id: 'expertise', label: 'Expertise', allowed: ALL, default: 'members' },
  { id: 'mentorStage', label: 'Mentor framework stage', allowed: ALL, default: 'communities' },
  { id: 'bio', label: 'About me', allowed: ALL, default: 'members' },
  { id: 'links', label: 'Links', allowed: ALL, default: 'members' },
  { id: 'availability', label: 'Availability', allowed: ALL, default: 'members' },
  { id: 'contactEmail', label: 'Contact email', allowed: NEVER_PUBLIC, default: 'only_me' },
  { id: 'contactPhone', label: 'Contact phone', allowed: NEVER_PUBLIC, default: 'only_me' },
] as const satisfies readonly ProfileFieldRule[];

export type ProfileField = (typeof PROFILE_FIELDS)[number]['id'];
export const profileFieldSchema = z.enum(PROFILE_FIELDS.map((f) => f.id) as [ProfileField, ...ProfileField[]]);

/**
 * The visibility of every field. Stored values are merged over the defaults, so a new field starts private-by-
 * default.
 */
export type ProfileVisibility = Record<ProfileField, FieldVisibility>;
export const DEFAULT_PROFILE_VISIBILITY = Object.fromEntries(
  PROFILE_FIELDS.map((f) => [f.id, f.default]),
) as ProfileVisibility;

/** Fields the people finder may search and facet on: only those every signed-in member may see. */
export const SEARCHABLE_VISIBILITIES: readonly FieldVisibility[] = ['public', 'members'];

export const profileVisibilitySchema = z
  .object(
    Object.fromEntries(
      PROFILE_FIELDS.map((f) => [
        f.id,
        z.enum(f.allowed as unknown as [FieldVisibility, ...FieldVisibility[]]).optional(),
      ]),
    ) as {
      [K in ProfileField]: z.ZodOptional<z.ZodEnum<{ [V in FieldVisibility]: V }>>;
    },
  )
  .strict();

export const profileLinkSchema = z.object({
  label: z.string().trim().min(1, 'Give the link a label.').max(60),
  url: z.url({ protocol: /^https?$/, message: 'Enter a web address starting with https://' }).max(500),
});
export type ProfileLink = z.infer<typeof profileLinkSchema>;

export const freeTagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'Tags need at least 2 characters.')
  .max(40)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} '&-]*$/u, 'Use letters, numbers, spaces and hyphens in tags.');

export const MAX_BIO_LENGTH = 2000;

/** A dated role at an organisation as shown on a profile. */
export const profileAffiliationSchema = z.object({
  organisation: organisationRefSchema,
  role: roleSchema,
  title: z.string().nullable(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date().nullable(),
});
export type ProfileAffiliation = z.infer<typeof profileAffiliationSchema>;

/**
 * A profile as one viewer may see it. A field the viewer may not see is absent (never null,
 * never empty): the API does not send it at all.
 */
export const profileViewSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  headline: z.string().nullable().optional(),
  photoUrl: z.string().nullable().optional().describe('Absent when hidden; null when there is no photo'),
  currentAffiliations: z.array(profileAffiliationSchema).optional(),
  pastAffiliations: z.array(profileAffiliationSchema).optional(),
  phases: z.array(phaseSchema).optional(),
  subjects: z.array(subjectSchema).optional(),
  expertise: z.array(expertiseSchema).optional(),
  freeTags: z.array(z.string()).optional().describe('Shown with expertise, under its visibility'),
  mentorStage: mentorStageSchema.nullable().optional(),
  bio: z.string().nullable().optional(),
  links: z.array(profileLinkSchema).optional(),
  availability: z.array(availabilitySchema).optional(),
  contactEmail: z.string().nullable().optional(),
  contactPhone: z.string().nullable().optional(),
  viewer: z.object({
    relation: z.enum(VIEWER_RELATIONS),
    /** May send a contact request now (signed in, not self, no pending request). */
    canRequestContact: z.boolean(),
    /** The viewer's latest request to this person, as the viewer may know it. */
    contactRequest: z
      .object({ id: z.uuid(), status: z.enum(['pending', 'accepted']), sentAt: z.iso.datetime() })
      .nullable(),
  }),
});
export type ProfileView = z.infer<typeof profileViewSchema>;

/** The owner's own profile for editing: every field with its visibility. */
export const myProfileSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  headline: z.string().nullable(),
  photoUrl: z.string().nullable(),
  phases: z.array(phaseSchema),
  subjects: z.array(subjectSchema),
  expertise: z.array(expertiseSchema),
  freeTags: z.array(z.string()),
  mentorStage: mentorStageSchema.nullable(),
  bio: z.string().nullable(),
  links: z.array(profileLinkSchema),
  availability: z.array(availabilitySchema),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  visibility: z.object(
    Object.fromEntries(PROFILE_FIELDS.map((f) => [f.id, fieldVisibilitySchema])) as {
      [K in ProfileField]: typeof fieldVisibilitySchema;
    },
  ),
  updatedAt: z.iso.datetime(),
});
export type MyProfile = z.infer<typeof myProfileSchema>;

/** Changes to my profile: every key optional; null clears a single value. */
export const updateProfileDetailsRequestSchema = z
  .object({
    headline: z.string().trim().max(140, 'Keep the headline to 140 characters.').nullable(),
    phases: z.array(phaseSchema).max(6),
    subjects: z.array(subjectSchema).max(8, 'Choose at most 8 subjects.'),
    expertise: z.array(expertiseSchema).max(10, 'Choose at most 10 areas of expertise.'),
    freeTags: z.array(freeTagSchema).max(10, 'Use at most 10 tags of your own.'),
    mentorStage: mentorStageSchema.nullable(),
    bio: z.string().trim().max(MAX_BIO_LENGTH, `Keep "About me" to ${MAX_BIO_LENGTH} characters.`).nullable(),
    links: z.array(profileLinkSchema).max(5, 'Add at most 5 links.'),
    availability: z.array(availabilitySchema).max(3),
    contactEmail: z.email('Enter an email address such as name@school.org.').max(254).nullable(),
    contactPhone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{7,20}$/, 'Enter a phone number of 7–20 digits.')
      .nullable(),
    visibility: profileVisibilitySchema,
  })
  .partial()
  .strict();
export type UpdateProfileDetailsRequest = z.infer<typeof updateProfileDetailsRequestSchema>;

export const personIdParamsSchema = z.object({ userId: z.uuid() });

/** Photo upload limits: the server re-encodes every photo, so what is stored is always this. */
export const PROFILE_PHOTO = {
  maxBytes: 5 * 1024 * 1024,
  sizePixels: 400,
  types: ['image/jpeg', 'image/png', 'image/webp'],
} as const;
