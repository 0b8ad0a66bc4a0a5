import { Injectable, Logger } from '@nestjs/common';
import { slugify } from '../infrastructure/text/slug';
import { OrganisationsService } from '../modules/organisations/organisations.service';
import { DEMO_LOCAL_AUTHORITIES, DEMO_REGION, demoOrganisations } from './demo-region.data';

export interface DemoSeedReport {
  organisationsAdded: number;
}

/**
 * Creates the fictional demo region through the same services the app uses, so events are
 * recorded as for real data. Idempotent: running it again adds only what is missing.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('DemoSeed');

  constructor(private readonly organisations: OrganisationsService) {}

  async run(): Promise<DemoSeedReport> {
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
      };
    });
    const organisationsAdded = await this.organisations.addMissing(rows);
    if (organisationsAdded > 0) this.logger.log(`Demo region: added ${organisationsAdded} organisations`);
    return { organisationsAdded };
  }
}
