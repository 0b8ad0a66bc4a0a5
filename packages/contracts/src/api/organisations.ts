import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { organisationKindSchema, ORGANISATION_KINDS } from '../taxonomies/organisation-kinds.js';
import { phaseSchema } from '../taxonomies/phases.js';
import { regionSchema } from '../taxonomies/regions.js';
import { partnershipModelSchema } from '../taxonomies/partnership-models.js';

/** An organisation as listed in the public directory. */
export const organisationSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: organisationKindSchema,
  phases: z.array(phaseSchema),
  region: regionSchema.nullable(),
  localAuthorityName: z.string().nullable(),
  urn: z.string().nullable().describe('DfE unique reference number (schools)'),
  ukprn: z.string().nullable().describe('UK provider reference number (providers)'),
  laCode: z.string().nullable().describe('Local authority code, e.g. "873"'),
  website: z.url().nullable(),
});
export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;

export const organisationListQuerySchema = pageQuerySchema.extend({
  kind: organisationKindSchema.optional(),
  region: regionSchema.optional(),
  phase: phaseSchema.optional(),
  q: z.string().trim().max(100).optional().describe('Words in the organisation name'),
});
export type OrganisationListQuery = z.infer<typeof organisationListQuerySchema>;

export const organisationPageSchema = pageOf(organisationSummarySchema);
export type OrganisationPage = z.infer<typeof organisationPageSchema>;

const kindCountSchema = z.object({ kind: organisationKindSchema, count: z.number().int().min(0) });

/** Counts for the directory's overview: how many organisations of each kind, per region. */
export const directoryOverviewSchema = z.object({
  totalOrganisations: z.number().int().min(0),
  byKind: z.array(kindCountSchema).length(ORGANISATION_KINDS.length),
  regions: z.array(
    z.object({ region: regionSchema, total: z.number().int().min(0), byKind: z.array(kindCountSchema) }),
  ),
});
export type DirectoryOverview = z.infer<typeof directoryOverviewSchema>;

/** The few fields that identify an organisation wherever it is mentioned. */
export const organisationRefSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: organisationKindSchema,
});
export type OrganisationRef = z.infer<typeof organisationRefSchema>;

export const organisationSlugParamsSchema = z.object({ slug: z.string().min(1).max(120) });

/** A lower-case internet domain such as "fenmoor-academy.example.org". */
export const emailDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'Enter a domain such as school.example.org, without the @.',
  );

/** An organisation's public page, with what the viewer may do there. */
export const organisationDetailSchema = organisationSummarySchema.extend({
  description: z.string().nullable(),
  postcode: z.string().nullable(),
  establishmentType: z.string().nullable().describe('Type of establishment, as the DfE register names it'),
  emailDomains: z.array(z.string()).describe('Staff confirming an address at these domains are verified automatically'),
  verifiedPeople: z.number().int().min(0).describe('People with a current, verified affiliation'),
  partnerships: z.array(
    z.object({ id: z.uuid(), slug: z.string(), name: z.string(), model: partnershipModelSchema, lead: z.boolean() }),
  ),
  viewer: z.object({
    canEdit: z.boolean(),
    canVerify: z.boolean(),
    pendingRequests: z.number().int().min(0).describe('Affiliation requests waiting; 0 unless the viewer can verify'),
  }),
});
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;

export const updateOrganisationRequestSchema = z.object({
  description: z.string().trim().max(2000).nullable().optional(),
  website: z
    .url({ protocol: /^https?$/, error: 'Enter a web address starting with https://' })
    .max(500)
    .nullable()
    .optional(),
  phases: z.array(phaseSchema).max(10).optional(),
  emailDomains: z.array(emailDomainSchema).max(10).optional(),
});
export type UpdateOrganisationRequest = z.infer<typeof updateOrganisationRequestSchema>;
