import type { PartnershipRef } from '@commonroom/contracts';

/**
 * A partnership space's partnership and lead provider, read through the partnerships' and
 * organisations' published views. One definition for every query that lists communities with
 * it (communities' own listings, the home's "Your communities"): join `c` (a community with
 * `partnership_id`) with `PARTNERSHIP_REF_JOINS`, select `PARTNERSHIP_REF_COLUMNS`, map the row
 * with `toPartnershipRef`.
 */
export const PARTNERSHIP_REF_COLUMNS = `pa.slug AS partnership_slug, pa.name AS partnership_name,
              lead.id AS lead_id, lead.slug AS lead_slug, lead.name AS lead_name`;

export const PARTNERSHIP_REF_JOINS = `LEFT JOIN partnership_directory pa ON pa.id = c.partnership_id
         LEFT JOIN organisation_directory lead ON lead.id = pa.lead_organisation_id`;

export interface PartnershipRefRow {
  partnership_slug: string | null;
  partnership_name: string | null;
  lead_id: string | null;
  lead_slug: string | null;
  lead_name: string | null;
}

/** Null for a community that belongs to no partnership; the lead is null when it is unknown. */
export function toPartnershipRef(row: PartnershipRefRow): PartnershipRef | null {
  if (!row.partnership_slug || !row.partnership_name) return null;
  return {
    slug: row.partnership_slug,
    name: row.partnership_name,
    leadProvider:
      row.lead_id && row.lead_slug && row.lead_name
        ? { id: row.lead_id, slug: row.lead_slug, name: row.lead_name }
        : null,
  };
}
