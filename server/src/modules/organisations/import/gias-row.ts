import {
  GIAS_PHASE_TO_PHASES,
  REGIONS,
  findLocalAuthority,
  type OrganisationKind,
  type Phase,
  type Region,
} from '@commonroom/contracts';
import { z } from 'zod';
import { slugify } from '../../../infrastructure/text/slug';

/**
 * The columns of the DfE "Get Information about Schools" all-establishments download
 * (`edubasealldataYYYYMMDD.csv`, about 130 columns) that the import reads; the rest are ignored.
 */
export const GIAS_COLUMNS = {
  urn: 'URN',
  laCode: 'LA (code)',
  laName: 'LA (name)',
  name: 'EstablishmentName',
  type: 'TypeOfEstablishment (name)',
  typeGroup: 'EstablishmentTypeGroup (name)',
  status: 'EstablishmentStatus (name)',
  phase: 'PhaseOfEducation (name)',
  closeDate: 'CloseDate',
  ukprn: 'UKPRN',
  postcode: 'Postcode',
  website: 'SchoolWebsite',
  region: 'GOR (name)',
} as const;

export type GiasField = keyof typeof GIAS_COLUMNS;
/** Without these the file is not the register's establishment download, and nothing is imported. */
export const REQUIRED_GIAS_FIELDS: readonly GiasField[] = ['urn', 'name', 'type', 'phase'];
/** One row's values by field; a column the file lacks reads as an empty string. */
export type GiasRow = Record<GiasField, string>;

/** An establishment as the organisations table stores it (the columns the register owns). */
export interface ImportedOrganisation {
  urn: string;
  name: string;
  slug: string;
  kind: OrganisationKind;
  phases: Phase[];
  region: Region | null;
  laCode: string | null;
  localAuthorityName: string | null;
  ukprn: string | null;
  website: string | null;
  postcode: string | null;
  establishmentType: string;
  closedOn: string | null;
}

export type MappedRow =
  { ok: true; organisation: ImportedOrganisation } | { ok: false; urn: string | null; reason: string };

/**
 * Kinds by "TypeOfEstablishment (name)" and "EstablishmentTypeGroup (name)". Universities are
 * `hei`. General FE and sixth-form colleges (type "Further education", or the "Colleges" group),
 * sixth-form colleges that became academies ("Academy 16-19 converter") and specialist post-16
 * institutions are `fe_college`. Everything else, including 16–19 free schools and sponsored
 * 16–19 academies, is a `school`.
 */
const HEI_TYPES = new Set(['Higher education institutions']);
const FE_COLLEGE_TYPES = new Set(['Further education', 'Academy 16-19 converter', 'Special post 16 institution']);

export function organisationKindFor(type: string, typeGroup: string | null): OrganisationKind {
  if (HEI_TYPES.has(type) || typeGroup === 'Universities') return 'hei';
  if (FE_COLLEGE_TYPES.has(type) || typeGroup === 'Colleges') return 'fe_college';
  return 'school';
}

/**
 * The register's website as an https URL, or null when it is not a web address ("N/A", an email
 * address, "http//" typos beyond repair). Schools' sites serve https today, so http is upgraded.
 */
export function normaliseWebsite(raw: string): string | null {
  const text = raw.trim().replace(/^https?(:\/*|\/+)/i, '');
  if (!text || /\s/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(`https://${text}`);
  } catch {
    return null;
  }
  if (
    url.username ||
    url.password ||
    !/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,}|xn--[a-z0-9-]+)$/.test(url.hostname)
  )
    return null;
  return url.href;
}

/**
 * "dd-mm-yyyy" (the register's form; "/" and ISO dates are accepted too) → "yyyy-mm-dd"; undefined if it is not a
 * real date.
 */
export function parseRegisterDate(text: string): string | undefined {
  const dmy = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const parts = dmy ? [dmy[3], dmy[2], dmy[1]] : iso ? [iso[1], iso[2], iso[3]] : undefined;
  if (!parts) return undefined;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

const REGION_BY_LABEL = new Map<string, Region>(REGIONS.map((r) => [r.label.toLowerCase(), r.id]));

const trimmed = z.string().transform((v) => v.trim());
const orNull = trimmed.transform((v) => v || null);

/** Adds a plain-English issue and returns NEVER; for transforms whose message names the value. */
function fail(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

/** Validates one row of the register and turns its text into typed values; messages are sentences. */
export const giasRowSchema = z
  .object({
    urn: trimmed.pipe(
      z
        .string()
        .min(1, { message: 'The URN is missing.', abort: true })
        .regex(/^\d{6,8}$/, 'The URN must be 6 to 8 digits.'),
    ),
    name: trimmed.pipe(z.string().min(1, 'The establishment name is missing.')),
    type: trimmed.pipe(z.string().min(1, 'The type of establishment is missing.')),
    typeGroup: orNull,
    status: orNull,
    phase: trimmed.transform((v, ctx): readonly Phase[] => {
      if (Object.hasOwn(GIAS_PHASE_TO_PHASES, v)) return GIAS_PHASE_TO_PHASES[v]!;
      return fail(
        ctx,
        v ? `The phase of education "${v}" is not one the register uses.` : 'The phase of education is missing.',
      );
    }),
    laCode: trimmed.transform((v, ctx) => {
      if (!v || v === '000') return null; // "Does not apply"
      return /^\d{3}$/.test(v) ? v : fail(ctx, `The LA code "${v}" is not three digits.`);
    }),
    laName: orNull,
    closeDate: trimmed.transform((v, ctx) => {
      if (!v) return null;
      return parseRegisterDate(v) ?? fail(ctx, `The close date "${v}" is not a real date in the form dd-mm-yyyy.`);
    }),
    ukprn: trimmed.transform((v, ctx) => {
      if (!v) return null;
      return /^\d{8}$/.test(v) ? v : fail(ctx, `The UKPRN "${v}" is not 8 digits.`);
    }),
    postcode: trimmed.transform((v, ctx) => {
      const postcode = v.toUpperCase().replace(/\s+/g, ' ');
      if (postcode.length > 10) return fail(ctx, `The postcode "${v}" is too long to be a UK postcode.`);
      return postcode || null;
    }),
    website: trimmed.transform(normaliseWebsite),
    region: trimmed.transform((v) => REGION_BY_LABEL.get(v.toLowerCase()) ?? null),
  })
  .superRefine((row, ctx) => {
    if (row.status === 'Closed' && !row.closeDate)
      ctx.addIssue({
        code: 'custom',
        message: 'The register says the establishment is closed but gives no close date.',
      });
  });

/**
 * Maps one row to the organisation it describes, or says in a sentence why it cannot.
 * Closed establishments keep their close date and leave the public directory; an establishment
 * only "proposed to close" is still open. A closed one gives up its UKPRN (UKPRNs are unique, and
 * its successor usually carries it on). Region comes from "GOR (name)", or else from the LA.
 */
export function mapGiasRow(raw: GiasRow): MappedRow {
  const parsed = giasRowSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, urn: raw.urn.trim() || null, reason: parsed.error.issues.map((i) => i.message).join(' ') };
  const row = parsed.data;
  const kind = organisationKindFor(row.type, row.typeGroup);
  const closedOn = row.status === null || row.status === 'Closed' ? row.closeDate : null;
  const phases: Phase[] =
    kind === 'fe_college' && !row.phase.includes('further_education')
      ? [...row.phase, 'further_education']
      : [...row.phase];
  return {
    ok: true,
    organisation: {
      urn: row.urn,
      name: row.name,
      // Schools share names: the URN makes the slug unique, and it never changes on a rename.
      slug: [slugify(row.name), row.urn].filter(Boolean).join('-'),
      kind,
      phases,
      region: row.region ?? (row.laCode ? (findLocalAuthority(row.laCode)?.region ?? null) : null),
      laCode: row.laCode,
      localAuthorityName: row.laCode ? row.laName : null,
      ukprn: closedOn ? null : row.ukprn,
      website: row.website,
      postcode: row.postcode,
      establishmentType: row.type,
      closedOn,
    },
  };
}
