import type { OrganisationAffiliationQuery } from '@commonroom/contracts';
import { accountKeyRoot } from '../../auth';

/*
 * Every query key of organisations, affiliations and partnerships in one place, so a change in
 * one (an approved request, a new member) can refresh the others without an import cycle.
 * All sit under the account root: what they hold depends on who is looking (`viewer`, people
 * lists, members-only agreements), so signing in or out must drop them, never show them to the
 * next person at a shared school computer.
 */

export const organisationKeys = {
  all: [...accountKeyRoot, 'organisations'] as const,
  detail: (slug: string) => [...organisationKeys.all, 'detail', slug] as const,
  /** Under the detail: refreshing an organisation refreshes its people too. */
  affiliations: (slug: string, status: OrganisationAffiliationQuery['status']) =>
    [...organisationKeys.detail(slug), 'affiliations', status] as const,
  search: (q: string) => [...organisationKeys.all, 'search', q] as const,
};

export const myAffiliationsKey = [...accountKeyRoot, 'affiliations'] as const;

export const partnershipKeys = {
  all: [...accountKeyRoot, 'partnerships'] as const,
  directory: () => [...partnershipKeys.all, 'directory'] as const,
  mine: () => [...partnershipKeys.all, 'mine'] as const,
  detail: (slug: string) => [...partnershipKeys.all, 'detail', slug] as const,
  agreements: (slug: string) => [...partnershipKeys.detail(slug), 'agreements'] as const,
};
