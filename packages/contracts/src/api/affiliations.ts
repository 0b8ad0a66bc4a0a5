import { z } from 'zod';
import { roleSchema } from '../taxonomies/roles.js';
import { organisationRefSchema } from './organisations.js';

export const affiliationStatusSchema = z.enum(['pending', 'verified', 'rejected']);
export type AffiliationStatus = z.infer<typeof affiliationStatusSchema>;

/** How a verified affiliation came to be verified. */
export const verificationMethodSchema = z.enum(['organisation_admin', 'email_domain', 'platform_admin']);
export type VerificationMethod = z.infer<typeof verificationMethodSchema>;

/** A person's dated link to an organisation in one role. */
export const affiliationSchema = z.object({
  id: z.uuid(),
  organisation: organisationRefSchema,
  role: roleSchema,
  title: z.string().nullable().describe('The job title the organisation itself uses, e.g. "Professional tutor"'),
  startsOn: z.iso.date(),
  endsOn: z.iso.date().nullable(),
  status: affiliationStatusSchema,
  verificationMethod: verificationMethodSchema.nullable(),
  verifiedAt: z.iso.datetime().nullable(),
  /** Verified, started and not ended: the affiliation grants access today. */
  current: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type Affiliation = z.infer<typeof affiliationSchema>;
export const affiliationListSchema = z.object({ items: z.array(affiliationSchema) });
export type AffiliationList = z.infer<typeof affiliationListSchema>;

export const affiliationIdParamsSchema = z.object({ id: z.uuid() });

export const createAffiliationRequestSchema = z.object({
  organisationId: z.uuid(),
  role: roleSchema,
  title: z.string().trim().max(80).optional(),
  startsOn: z.iso.date().optional().describe('Defaults to today'),
});
export type CreateAffiliationRequest = z.infer<typeof createAffiliationRequestSchema>;

export const endAffiliationRequestSchema = z.object({
  endsOn: z.iso.date().optional().describe('Defaults to today: access through this affiliation ends at once'),
});
export type EndAffiliationRequest = z.infer<typeof endAffiliationRequestSchema>;

/** An affiliation as an organisation's administrators see it, to verify or review. */
export const organisationAffiliationSchema = z.object({
  id: z.uuid(),
  person: z.object({ id: z.uuid(), displayName: z.string(), email: z.string() }),
  role: roleSchema,
  title: z.string().nullable(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date().nullable(),
  status: affiliationStatusSchema,
  verificationMethod: verificationMethodSchema.nullable(),
  current: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type OrganisationAffiliation = z.infer<typeof organisationAffiliationSchema>;
export const organisationAffiliationListSchema = z.object({ items: z.array(organisationAffiliationSchema) });
export type OrganisationAffiliationList = z.infer<typeof organisationAffiliationListSchema>;

export const organisationAffiliationQuerySchema = z.object({
  status: z.enum(['pending', 'current', 'past']).default('pending'),
});
export type OrganisationAffiliationQuery = z.infer<typeof organisationAffiliationQuerySchema>;

export const decideAffiliationRequestSchema = z.object({ decision: z.enum(['approve', 'reject']) });
export type DecideAffiliationRequest = z.infer<typeof decideAffiliationRequestSchema>;
