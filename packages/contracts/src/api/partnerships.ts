import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { partnershipModelSchema } from '../taxonomies/partnership-models.js';
import { organisationRefSchema } from './organisations.js';

export const partnershipSlugParamsSchema = z.object({ slug: z.string().min(1).max(120) });

/** A provider's partnership with schools and other members, as listed. */
export const partnershipSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  model: partnershipModelSchema,
  description: z.string().nullable(),
  lead: organisationRefSchema,
  memberCount: z.number().int().min(0).describe('Member organisations, the lead included'),
});
export type PartnershipSummary = z.infer<typeof partnershipSummarySchema>;

export const partnershipListQuerySchema = pageQuerySchema.extend({
  organisationId: z.uuid().optional().describe('Only partnerships this organisation belongs to'),
  q: z.string().trim().max(100).optional(),
});
export type PartnershipListQuery = z.infer<typeof partnershipListQuerySchema>;
export const partnershipPageSchema = pageOf(partnershipSummarySchema);
export type PartnershipPage = z.infer<typeof partnershipPageSchema>;

export const partnershipMemberSchema = z.object({
  organisation: organisationRefSchema,
  lead: z.boolean(),
  joinedAt: z.iso.datetime(),
});
export type PartnershipMember = z.infer<typeof partnershipMemberSchema>;

export const partnershipDetailSchema = partnershipSummarySchema.extend({
  members: z.array(partnershipMemberSchema),
  /** The partnership space; null unless the viewer belongs to it. */
  communitySlug: z.string().nullable(),
  viewer: z.object({
    /** Has a current, verified affiliation to a member organisation. */
    isMember: z.boolean(),
    /** An administrator of the lead organisation (or a platform administrator). */
    canManage: z.boolean(),
    /** Member organisations the viewer administers, who can agree to agreements on their behalf. */
    canAgreeFor: z.array(organisationRefSchema),
  }),
});
export type PartnershipDetail = z.infer<typeof partnershipDetailSchema>;

export const createPartnershipRequestSchema = z.object({
  name: z.string().trim().min(3, 'Enter a name of at least 3 characters.').max(120),
  model: partnershipModelSchema,
  leadOrganisationId: z.uuid(),
  description: z.string().trim().max(2000).optional(),
});
export type CreatePartnershipRequest = z.infer<typeof createPartnershipRequestSchema>;

export const addPartnershipMemberRequestSchema = z.object({ organisationId: z.uuid() });
export const partnershipMemberParamsSchema = z.object({ slug: z.string().min(1).max(120), organisationId: z.uuid() });

const agreementBodySchema = z.string().trim().min(1, 'Write the agreement text.').max(100_000);

/** Who agreed to one version of an agreement, on behalf of which organisation, and when. */
export const agreementAcceptanceSchema = z.object({
  organisation: organisationRefSchema,
  agreedBy: z.string().describe('Display name of the person who agreed'),
  agreedAt: z.iso.datetime(),
});

export const agreementVersionSchema = z.object({
  version: z.number().int().min(1),
  body: z.string(),
  changeNote: z.string().nullable(),
  publishedAt: z.iso.datetime(),
  publishedBy: z.string(),
  acceptances: z.array(agreementAcceptanceSchema),
});
export type AgreementVersion = z.infer<typeof agreementVersionSchema>;

/** A partnership agreement as a living document: every version kept, with who agreed to each. */
export const agreementSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  currentVersion: z.number().int().min(1),
  /** Newest first. */
  versions: z.array(agreementVersionSchema),
});
export type Agreement = z.infer<typeof agreementSchema>;
export const agreementListSchema = z.object({ items: z.array(agreementSchema) });
export type AgreementList = z.infer<typeof agreementListSchema>;

export const agreementParamsSchema = z.object({ slug: z.string().min(1).max(120), agreementId: z.uuid() });
export const agreementVersionParamsSchema = agreementParamsSchema.extend({ version: z.coerce.number().int().min(1) });

export const createAgreementRequestSchema = z.object({
  title: z.string().trim().min(3, 'Enter a title of at least 3 characters.').max(200),
  body: agreementBodySchema,
});
export type CreateAgreementRequest = z.infer<typeof createAgreementRequestSchema>;

export const newAgreementVersionRequestSchema = z.object({
  body: agreementBodySchema,
  changeNote: z.string().trim().max(500).optional(),
});
export type NewAgreementVersionRequest = z.infer<typeof newAgreementVersionRequestSchema>;

export const agreeRequestSchema = z.object({ organisationId: z.uuid().describe('The member organisation agreeing') });
export type AgreeRequest = z.infer<typeof agreeRequestSchema>;
