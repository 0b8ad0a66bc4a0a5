import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { REPO_ROOT } from '../bootstrap/boot';
import { PasswordHasher } from '../infrastructure/security/password-hasher';
import { slugify } from '../infrastructure/text/slug';
import { UsersRepository } from '../modules/accounts/users.repository';
import { OrganisationImportService } from '../modules/organisations/import/organisation-import.service';
import { OrganisationsService } from '../modules/organisations/organisations.service';
import { PeopleSearchDocuments } from '../modules/profiles/people-search-documents';
import { DemoForumsSeeder } from './demo-forums.seeder';
import { DemoNetworkSeeder, type DemoNetworkReport } from './demo-network.seeder';
import { DemoNoticesSeeder } from './demo-notices.seeder';
import { DEMO_PASSWORD, DEMO_PEOPLE } from './demo-people.data';
import { DemoProfilesSeeder } from './demo-profiles.seeder';
import { DEMO_LOCAL_AUTHORITIES, DEMO_REGION, demoOrganisations } from './demo-region.data';

/** The register sample: fictional schools in the demo region, imported as a real register file would be. */
export const DEMO_REGISTER_SAMPLE = join(
  REPO_ROOT,
  'server',
  'src',
  'modules',
  'organisations',
  'import',
  'sample',
  'gias-sample.csv',
);

export interface DemoSeedReport extends DemoNetworkReport {
  organisationsAdded: number;
  registerSchoolsAdded: number;
  peopleAdded: number;
  profilesAdded: number;
  threadsAdded: number;
}

/**
 * Creates the fictional demo region through the same services the app uses, so events are
 * recorded as for real data. Idempotent: running it again adds only what is missing.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly organisations: OrganisationsService,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly network: DemoNetworkSeeder,
    private readonly register: OrganisationImportService,
    private readonly forums: DemoForumsSeeder,
    private readonly profiles: DemoProfilesSeeder,
    private readonly searchDocuments: PeopleSearchDocuments,
    private readonly notices: DemoNoticesSeeder,
  ) {}

  async run(): Promise<DemoSeedReport> {
    const organisationsAdded = await this.seedOrganisations();
    const registerSchoolsAdded = (await this.register.importGiasFile(DEMO_REGISTER_SAMPLE)).inserted;
    const peopleAdded = await this.seedPeople();
    const network = await this.network.run();
    const { profilesAdded } = await this.profiles.run();
    // Affiliations and profiles were written directly: bring every search document up to date.
    await this.searchDocuments.refreshAll();
    const { threadsAdded } = await this.forums.run();
    // Replies, a mention and reactions for Grace and Tom: the bell shows real notices.
    if (threadsAdded > 0) await this.notices.run();
    const report = { organisationsAdded, registerSchoolsAdded, peopleAdded, ...network, profilesAdded, threadsAdded };
    if (Object.values(report).some((n) => n > 0)) this.logger.log(report, 'Demo region added');
    return report;
  }

  /** Demo accounts with confirmed addresses; the demo password is deliberately shared and printed. */
  private async seedPeople(): Promise<number> {
    let added = 0;
    for (const person of DEMO_PEOPLE) {
      if (await this.users.findByEmail(person.email)) continue;
      await this.users.create({
        email: person.email,
        displayName: person.displayName,
        passwordHash: await this.hasher.hash(DEMO_PASSWORD),
        emailVerifiedAt: new Date(),
      });
      added += 1;
    }
    return added;
  }

  private async seedOrganisations(): Promise<number> {
    const rows = demoOrganisations().map((org) => {
      const la = org.la ? DEMO_LOCAL_AUTHORITIES[org.la] : null;
      const slug = slugify(org.name);
      return {
        name: org.name,
        slug,
        kind: org.kind,
        phases: org.phases,
        region: DEMO_REGION,
        localAuthorityName: la?.name ?? null,
        laCode: la?.code ?? null,
        urn: org.urn ?? null,
        ukprn: org.ukprn ?? null,
        website: `https://${slug}.example.org/`,
        description: org.description ?? null,
        postcode: null,
        establishmentType: null,
        closedOn: null,
        emailDomains: [],
      };
    });
    return this.organisations.addMissing(rows);
  }
}
