import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { OrganisationEntity } from '../../src/modules/organisations/organisation.entity';

/** Inserts a real organisation with unique identifiers; override any field. */
export async function buildOrganisation(
  dataSource: DataSource,
  overrides: Partial<OrganisationEntity> = {},
): Promise<OrganisationEntity> {
  const unique = randomUUID().slice(0, 8);
  const entity = dataSource.getRepository(OrganisationEntity).create({
    name: `Test School ${unique}`,
    slug: `test-school-${unique}`,
    kind: 'school',
    phases: ['primary'],
    region: 'east_of_england',
    localAuthorityName: 'Fenmoor',
    laCode: '991',
    urn: null,
    ukprn: null,
    website: null,
    description: null,
    postcode: null,
    establishmentType: null,
    closedOn: null,
    emailDomains: [],
    ...overrides,
  });
  return dataSource.getRepository(OrganisationEntity).save(entity);
}
