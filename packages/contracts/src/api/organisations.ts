import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { organisationKindSchema, ORGANISATION_KINDS } from '../taxonomies/organisation-kinds.js';
import { phaseSchema } from '../taxonomies/phases.js';
import { regionSchema } from '../taxonomies/regions.js';

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
