import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../pagination.js';
import {
  builtCommunityToolSchema,
  communityToolSchema,
  communityTypeSchema,
  communityVisibilitySchema,
} from '../taxonomies/communities.js';
import { displayNameSchema, emailSchema, passwordSchema } from './auth.js';
import { publicReadingSchema } from './public-reading.js';

export const communityRoleSchema = z.enum(['facilitator', 'member']);
export type CommunityRole = z.infer<typeof communityRoleSchema>;

export const communitySlugParamsSchema = z.object({ slug: z.string().min(1).max(120) });

const communityRefSchema = z.object({ slug: z.string(), name: z.string() });

/** The organisation that leads a partnership: a space names it so people know whose space they are in. */
export const leadProviderSchema = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });
export type LeadProvider = z.infer<typeof leadProviderSchema>;
export const partnershipRefSchema = communityRefSchema.extend({
  // Optional so that summaries built elsewhere (test builders, other features) need not name it;
  // the server always sends it, null when the lead is unknown.
  leadProvider: leadProviderSchema.nullable().optional().describe("The partnership's lead organisation"),
});
export type PartnershipRef = z.infer<typeof partnershipRefSchema>;

export const communitySummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  type: communityTypeSchema,
  visibility: communityVisibilitySchema,
  description: z.string().nullable(),
  memberCount: z.number().int().min(0),
  parent: communityRefSchema.nullable(),
  partnership: partnershipRefSchema.nullable().describe('Set for a partnership space'),
  /** The viewer's role here, or null when they are not a member. */
  viewerRole: communityRoleSchema.nullable(),
});
export type CommunitySummary = z.infer<typeof communitySummarySchema>;

export const communityListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional().describe('Words in the name or description'),
  type: communityTypeSchema.optional(),
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Only communities the viewer belongs to'),
});
export type CommunityListQuery = z.infer<typeof communityListQuerySchema>;
export const communityPageSchema = pageOf(communitySummarySchema);
export type CommunityPage = z.infer<typeof communityPageSchema>;

/** What the viewer may do in a community; the client shows only these. */
export const communityAbilitiesSchema = z.object({
  join: z.boolean(),
  requestToJoin: z.boolean(),
  leave: z.boolean(),
  read: z.boolean().describe('Read the enabled tools'),
  manage: z.boolean().describe('Change settings and tools, invite, approve and remove members'),
  createSubcommunity: z.boolean(),
});
export type CommunityAbilities = z.infer<typeof communityAbilitiesSchema>;

export const communityDetailSchema = communitySummarySchema.extend({
  welcomeMessage: z.string().nullable(),
  publicReading: publicReadingSchema,
  /** Enabled tools, in display order. */
  tools: z.array(communityToolSchema),
  subcommunities: z.array(communitySummarySchema),
  viewer: z.object({
    role: communityRoleSchema.nullable(),
    /** True when the role comes only from an affiliation (a partnership space), so it cannot be left. */
    throughAffiliation: z.boolean(),
    pendingRequest: z.boolean(),
    abilities: communityAbilitiesSchema,
  }),
});
export type CommunityDetail = z.infer<typeof communityDetailSchema>;

const nameSchema = z.string().trim().min(3, 'Enter a name of at least 3 characters.').max(100);
const descriptionSchema = z.string().trim().max(500);
const welcomeSchema = z.string().trim().max(5000);

export const createCommunityRequestSchema = z.object({
  name: nameSchema,
  type: communityTypeSchema.exclude(['partnership']),
  visibility: communityVisibilitySchema,
  description: descriptionSchema.optional(),
  welcomeMessage: welcomeSchema.optional(),
  tools: z.array(builtCommunityToolSchema).max(7).optional().describe('Defaults to forum and members list'),
  parentSlug: z.string().min(1).max(120).optional().describe('Create as a sub-community of this community'),
});
export type CreateCommunityRequest = z.infer<typeof createCommunityRequestSchema>;

export const updateCommunityRequestSchema = z.object({
  name: nameSchema.optional(),
  description: descriptionSchema.nullable().optional(),
  welcomeMessage: welcomeSchema.nullable().optional(),
  visibility: communityVisibilitySchema.optional(),
  tools: z.array(builtCommunityToolSchema).max(7).optional(),
  publicReading: publicReadingSchema.optional(),
});
export type UpdateCommunityRequest = z.infer<typeof updateCommunityRequestSchema>;

export const communityMemberSchema = z.object({
  user: z.object({ id: z.uuid(), displayName: z.string() }),
  role: communityRoleSchema,
  /** "affiliation" members belong through a partner organisation and leave when that affiliation ends. */
  source: z.enum(['direct', 'affiliation']),
  joinedAt: z.iso.datetime().nullable(),
});
export type CommunityMember = z.infer<typeof communityMemberSchema>;
export const communityMemberPageSchema = pageOf(communityMemberSchema);
export type CommunityMemberPage = z.infer<typeof communityMemberPageSchema>;
export const communityMemberParamsSchema = z.object({ slug: z.string().min(1).max(120), userId: z.uuid() });
export const changeMemberRoleRequestSchema = z.object({ role: communityRoleSchema });

export const joinCommunityRequestSchema = z.object({ message: z.string().trim().max(500).optional() });
export type JoinCommunityRequest = z.infer<typeof joinCommunityRequestSchema>;
export const joinCommunityResultSchema = z.object({ status: z.enum(['member', 'requested']) });
export type JoinCommunityResult = z.infer<typeof joinCommunityResultSchema>;

export const joinRequestSchema = z.object({
  id: z.uuid(),
  person: z.object({ id: z.uuid(), displayName: z.string() }),
  message: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type JoinRequest = z.infer<typeof joinRequestSchema>;
export const joinRequestListSchema = z.object({ items: z.array(joinRequestSchema) });
export const joinRequestParamsSchema = z.object({ slug: z.string().min(1).max(120), requestId: z.uuid() });
export const decideJoinRequestSchema = z.object({ decision: z.enum(['approve', 'decline']) });
export type DecideJoinRequest = z.infer<typeof decideJoinRequestSchema>;

export const inviteRequestSchema = z.object({
  emails: z
    .array(emailSchema)
    .min(1, 'Enter at least one email address.')
    .max(20, 'Invite at most 20 people at a time.'),
  role: communityRoleSchema.default('member'),
  message: z.string().trim().max(1000).optional(),
});
export type InviteRequest = z.infer<typeof inviteRequestSchema>;
export const inviteResultSchema = z.object({ invited: z.number().int().min(0) });

export const invitationStatusSchema = z.enum(['pending', 'accepted', 'revoked', 'expired']);

/** An invitation as the community's facilitators see it. */
export const communityInvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: communityRoleSchema,
  invitedBy: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  status: invitationStatusSchema,
});
export type CommunityInvitation = z.infer<typeof communityInvitationSchema>;
export const communityInvitationListSchema = z.object({ items: z.array(communityInvitationSchema) });
export const invitationIdParamsSchema = z.object({ slug: z.string().min(1).max(120), invitationId: z.uuid() });

export const invitationTokenParamsSchema = z.object({ token: z.string().min(20).max(200) });

/** What the holder of an invitation link sees before accepting. */
export const invitationViewSchema = z.object({
  community: z.object({
    slug: z.string(),
    name: z.string(),
    type: communityTypeSchema,
    description: z.string().nullable(),
  }),
  invitedBy: z.string(),
  email: z.string(),
  role: communityRoleSchema,
  status: invitationStatusSchema,
  /** Whether an account already uses the invited address: then the person signs in to accept. */
  accountExists: z.boolean(),
});
export type InvitationView = z.infer<typeof invitationViewSchema>;

/** Creates an account for the invited address; the emailed link proves the address, so no second email. */
export const invitationSignUpRequestSchema = z.object({ displayName: displayNameSchema, password: passwordSchema });
export type InvitationSignUpRequest = z.infer<typeof invitationSignUpRequestSchema>;
export const invitationAcceptedSchema = z.object({ communitySlug: z.string() });
export type InvitationAccepted = z.infer<typeof invitationAcceptedSchema>;
