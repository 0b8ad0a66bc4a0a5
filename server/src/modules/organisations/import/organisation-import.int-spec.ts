import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LOCAL_AUTHORITIES } from '@commonroom/contracts';
import type { DataSource } from 'typeorm';
import { buildOrganisation } from '../../../../test/factories/organisation.factory';
import { openTestDataSource } from '../../../../test/support/data-source';
import { OutboxService } from '../../../infrastructure/events/outbox.service';
import { OrganisationsRepository } from '../organisations.repository';
import type { ImportProgress } from './import-report';
import { OrganisationImportService } from './organisation-import.service';
import { OrganisationImportsRepository } from './organisation-imports.repository';

const SAMPLE = join(__dirname, 'sample', 'gias-sample.csv');
const BAD_ROWS = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'gias-bad-rows.csv');
const SAMPLE_URNS = Array.from({ length: 25 }, (_, i) => String(990301 + i));

/** The sample as the register publishes it: Windows-1252 (its only non-ASCII character is ’). */
const sampleInWindows1252 = () =>
  Buffer.from([...readFileSync(SAMPLE, 'utf8')].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));

describe('OrganisationImportService', () => {
  let dataSource: DataSource;
  let sut: OrganisationImportService;

  beforeAll(async () => {
    dataSource = await openTestDataSource();
    sut = new OrganisationImportService(new OrganisationImportsRepository(dataSource), new OutboxService(), dataSource);
    // The demo seed imports the same sample; start from a register that has never seen it.
    await dataSource.query(
      `DELETE FROM outbox_events WHERE payload->>'organisationId' IN (SELECT id::text FROM organisations WHERE urn = ANY($1))`,
      [SAMPLE_URNS],
    );
    await dataSource.query('DELETE FROM organisations WHERE urn = ANY($1)', [SAMPLE_URNS]);
  });
  afterAll(() => dataSource.destroy());

  const byUrn = async (urn: string) => (await dataSource.query('SELECT * FROM organisations WHERE urn = $1', [urn]))[0];
  const eventCount = async (urns: string[]): Promise<number> => {
    const [{ n }] = await dataSource.query(
      `SELECT count(*) AS n FROM outbox_events e JOIN organisations o ON o.id::text = e.payload->>'organisationId' WHERE o.urn = ANY($1)`,
      [urns],
    );
    return Number(n);
  };

  describe('the DfE register (GIAS)', () => {
    it('creates an organisation for every establishment in the sample, announcing each', async () => {
      const report = await sut.importGiasFile(SAMPLE);
      expect(report).toMatchObject({
        encoding: 'utf-8',
        rowsRead: 25,
        inserted: 25,
        updated: 0,
        unchanged: 0,
        errors: [],
        warnings: [],
      });
      expect(await eventCount(SAMPLE_URNS)).toBe(25);

      const stMarys = await byUrn('990302');
      expect(stMarys).toMatchObject({
        kind: 'school',
        name: "St Mary's CE Primary School",
        slug: 'st-marys-ce-primary-school-990302',
        phases: ['primary'],
        region: 'east_of_england',
        la_code: '991',
        local_authority_name: 'Fenmoor',
        website: 'https://www.stmarys-fenmoor.example.org/',
        postcode: 'FN1 2CD',
        establishment_type: 'Voluntary controlled school',
        closed_on: null,
        description: null,
        email_domains: [],
      });
      expect((await byUrn('990303')).slug).toBe('st-marys-ce-primary-school-990303');
      expect(await byUrn('990318')).toMatchObject({ name: 'Little Drayton Primary School', closed_on: '2019-08-31' });
      expect(await byUrn('990319')).toMatchObject({ name: 'Cotes Fen Primary School', closed_on: null });
    });

    it('changes nothing and announces nothing when the same register is imported again, in either encoding', async () => {
      const events = await eventCount(SAMPLE_URNS);
      const again = await sut.importGiasFile(SAMPLE);
      const asPublished = await sut.importGias(Readable.from([sampleInWindows1252()]));
      for (const report of [again, asPublished])
        expect(report).toMatchObject({ rowsRead: 25, inserted: 0, updated: 0, unchanged: 25, errors: [] });
      expect(asPublished.encoding).toBe('windows-1252');
      expect(await eventCount(SAMPLE_URNS)).toBe(events);
    });

    it('updates a renamed establishment, keeping its slug, description, email domains and training-school kind', async () => {
      await dataSource.query(
        `UPDATE organisations SET description = 'Our own words', email_domains = '{wrenfield.example.org}', kind = 'training_school' WHERE urn = '990304'`,
      );
      const renamed = readFileSync(SAMPLE, 'utf8').replace(
        'Wrenfield Infant School',
        'Wrenfield Infant and Nursery School',
      );
      const events = await eventCount(['990304']);

      const report = await sut.importGias(Readable.from([renamed]));

      expect(report).toMatchObject({ inserted: 0, updated: 1, unchanged: 24 });
      expect(await byUrn('990304')).toMatchObject({
        name: 'Wrenfield Infant and Nursery School',
        slug: 'wrenfield-infant-school-990304',
        description: 'Our own words',
        email_domains: ['wrenfield.example.org'],
        kind: 'training_school',
      });
      expect(await eventCount(['990304'])).toBe(events + 1);
    });

    it('leaves closed establishments out of the directory', async () => {
      const directory = new OrganisationsRepository(dataSource);
      expect((await directory.findPage({ page: 1, pageSize: 25, q: 'Little Drayton' })).total).toBe(0);
      expect((await directory.findPage({ page: 1, pageSize: 25, q: 'Cotes Fen' })).total).toBe(1);
    });

    it('reports each bad row with its line, URN and reason, and imports the good rows', async () => {
      const report = await sut.importGiasFile(BAD_ROWS);
      expect(report.errors).toEqual([
        { line: 3, urn: null, reason: 'The URN is missing.' },
        { line: 4, urn: '990405', reason: 'The phase of education "Tertiary" is not one the register uses.' },
        { line: 5, urn: '990406', reason: 'The close date "31-02-2020" is not a real date in the form dd-mm-yyyy.' },
        { line: 6, urn: '990407', reason: 'This row has 5 values but the header has 14 columns.' },
        { line: 8, urn: '990401', reason: 'URN 990401 already appeared on line 2, so this row was not imported.' },
        { line: 9, urn: '99X408', reason: 'The URN must be 6 to 8 digits.' },
        { line: 12, urn: '990409', reason: 'The register says the establishment is closed but gives no close date.' },
      ]);
      expect(report).toMatchObject({ rowsRead: 11, inserted: 4, updated: 0, unchanged: 0 });
      expect(await byUrn('990403')).toMatchObject({
        kind: 'fe_college',
        phases: ['post_16', 'further_education'],
        ukprn: '10990402',
      });
      expect(await byUrn('990404')).toMatchObject({ kind: 'school', phases: [], website: null });
    });

    it('imports a UKPRN another organisation holds without it, with a warning', async () => {
      await buildOrganisation(dataSource, { kind: 'scitt', ukprn: '10990701', urn: null });
      const csv =
        'URN,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),UKPRN\n990701,Heronsgate Academy,Academy converter,Secondary,10990701\n';
      const report = await sut.importGias(Readable.from([csv]));
      expect(report).toMatchObject({
        inserted: 1,
        errors: [],
        warnings: [
          {
            line: 2,
            urn: '990701',
            reason:
              'UKPRN 10990701 already belongs to another organisation, so this establishment was imported without it.',
          },
        ],
      });
      expect((await byUrn('990701')).ukprn).toBeNull();
    });

    it('reports progress while it works, and once at the end with the totals', async () => {
      const rows = Array.from(
        { length: 2500 },
        (_, i) => `${995000 + i},Progress School ${i},Community school,Primary`,
      );
      const csv = `URN,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name)\n${rows.join('\n')}\nnot-a-urn,Bad,Community school,Primary\n`;
      const everyTick: ImportProgress[] = [];
      const throttled: ImportProgress[] = [];

      await sut.importGias(Readable.from([csv]), {
        batchSize: 500,
        progressIntervalMs: 0,
        onProgress: (p) => everyTick.push(p),
      });
      const report = await sut.importGias(Readable.from([csv]), {
        batchSize: 500,
        onProgress: (p) => throttled.push(p),
      });

      expect(everyTick.length).toBeGreaterThan(5);
      expect(everyTick.map((p) => p.rowsRead)).toEqual([...everyTick.map((p) => p.rowsRead)].sort((a, b) => a - b));
      expect(everyTick.at(-1)).toMatchObject({
        done: true,
        rowsRead: 2501,
        inserted: 2500,
        updated: 0,
        unchanged: 0,
        errors: 1,
      });
      expect(throttled.at(-1)).toMatchObject({ done: true, rowsRead: 2501, inserted: 0, unchanged: 2500, errors: 1 });
      expect(throttled.filter((p) => !p.done).length).toBeLessThanOrEqual(Math.floor(report.elapsedMs / 1000));
      expect(throttled.at(-1)!.rowsPerSecond).toBeGreaterThan(0);
    });
  });

  describe('English local authorities', () => {
    const laCodes = LOCAL_AUTHORITIES.map((la) => la.code);

    it('creates one organisation per authority, and a second import changes nothing', async () => {
      expect(await sut.importLocalAuthorities()).toEqual({ inserted: 153, updated: 0, unchanged: 0 });
      expect(await sut.importLocalAuthorities()).toEqual({ inserted: 0, updated: 0, unchanged: 153 });
      const rows = await dataSource.query(
        `SELECT name, slug, region FROM organisations WHERE kind = 'local_authority' AND la_code = ANY($1)`,
        [laCodes],
      );
      expect(rows).toHaveLength(153);
      expect(rows).toContainEqual({ name: 'Cambridgeshire', slug: 'cambridgeshire-873', region: 'east_of_england' });
    });

    it('puts back the register name of a renamed authority and allows only one authority per code', async () => {
      await dataSource.query(
        `UPDATE organisations SET name = 'Camden Council', description = 'Ours' WHERE kind = 'local_authority' AND la_code = '202'`,
      );
      expect(await sut.importLocalAuthorities()).toEqual({ inserted: 0, updated: 1, unchanged: 152 });
      expect(
        await dataSource.query(
          `SELECT name, description FROM organisations WHERE kind = 'local_authority' AND la_code = '202'`,
        ),
      ).toEqual([{ name: 'Camden', description: 'Ours' }]);
      await expect(buildOrganisation(dataSource, { kind: 'local_authority', laCode: '202' })).rejects.toThrow(
        /uq_organisations_local_authority_la_code/,
      );
      await expect(buildOrganisation(dataSource, { kind: 'school', laCode: '202' })).resolves.toBeTruthy();
    });
  });
});
