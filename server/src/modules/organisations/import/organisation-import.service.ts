import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LOCAL_AUTHORITIES, type LocalAuthority } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxService } from '../../../infrastructure/events/outbox.service';
import { slugify } from '../../../infrastructure/text/slug';
import { assertReadableFile, GiasCsvReader, type ReadRow } from './gias-csv-reader';
import { mapGiasRow, type ImportedOrganisation } from './gias-row';
import { ImportProgressTracker, type GiasImportReport, type ProgressListener, type RowIssue } from './import-report';
import { OrganisationImportsRepository, type UpsertOutcome } from './organisation-imports.repository';
import type { RegisterEncoding } from './register-encoding';

export interface GiasImportOptions {
  /** Rows per INSERT (and per transaction); 1,000 by default. */
  batchSize?: number;
  /** Detected from the bytes by default. */
  encoding?: RegisterEncoding | 'auto';
  onProgress?: ProgressListener;
  /** The least time between two progress reports; 1,000 ms by default. */
  progressIntervalMs?: number;
}

export interface LocalAuthorityImportReport {
  inserted: number;
  updated: number;
  unchanged: number;
}

interface PendingRow {
  line: number;
  organisation: ImportedOrganisation;
}

/** What one GIAS import run has seen so far. */
class GiasImportRun {
  readonly errors: RowIssue[] = [];
  readonly warnings: RowIssue[] = [];
  /** URN → the line it was first seen on, to reject repeats (one statement cannot upsert a URN twice). */
  readonly urnLines = new Map<string, number>();
  /** UKPRN → the URN that claimed it first in this file. */
  readonly ukprnUrns = new Map<string, string>();

  constructor(readonly progress: ImportProgressTracker) {}

  reject(issue: RowIssue): void {
    this.errors.push(issue);
    this.progress.counts.errors += 1;
  }

  dropUkprn(row: PendingRow, holder: string | null): void {
    const owner = holder ? `URN ${holder}` : 'another organisation';
    this.warnings.push({
      line: row.line,
      urn: row.organisation.urn,
      reason: `UKPRN ${row.organisation.ukprn} already belongs to ${owner}, so this establishment was imported without it.`,
    });
    row.organisation.ukprn = null;
  }

  count(outcome: UpsertOutcome, rows: number): void {
    this.progress.counts.inserted += outcome.created.length;
    this.progress.counts.updated += outcome.updated.length;
    this.progress.counts.unchanged += rows - outcome.created.length - outcome.updated.length;
  }
}

/**
 * Imports organisations from public registers instead of re-keying them: the DfE's Get
 * Information about Schools CSV (upsert by URN) and the list of English local authorities
 * (upsert by LA code). Every created or changed organisation is announced through the outbox.
 */
@Injectable()
export class OrganisationImportService {
  constructor(
    private readonly imports: OrganisationImportsRepository,
    private readonly outbox: OutboxService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Imports a GIAS file; throws GiasFileError only when the file as a whole cannot be imported. */
  async importGiasFile(path: string, options: GiasImportOptions = {}): Promise<GiasImportReport> {
    await assertReadableFile(path);
    return this.importGias(createReadStream(path), options);
  }

  /**
   * Streams the CSV through in batches, so memory does not grow with the file (beyond the URNs
   * and UKPRNs seen, kept to catch repeats). Bad rows are reported with their line and never stop
   * the import.
   */
  async importGias(source: Readable, options: GiasImportOptions = {}): Promise<GiasImportReport> {
    const run = new GiasImportRun(new ImportProgressTracker(options.onProgress, options.progressIntervalMs));
    const reader = new GiasCsvReader(source, options.encoding);
    const batchSize = options.batchSize ?? 1000;
    let batch: PendingRow[] = [];
    for await (const read of reader.rows()) {
      run.progress.counts.rowsRead += 1;
      const row = this.accept(read, run);
      if (row) batch.push(row);
      if (batch.length >= batchSize) {
        await this.saveBatch(batch, run);
        batch = [];
      }
      run.progress.tick();
    }
    await this.saveBatch(batch, run);
    const { rowsRead, inserted, updated, unchanged, elapsedMs, rowsPerSecond } = run.progress.finish();
    return {
      encoding: reader.encoding,
      rowsRead,
      inserted,
      updated,
      unchanged,
      errors: run.errors,
      warnings: run.warnings,
      elapsedMs,
      rowsPerSecond,
    };
  }

  /** Creates or updates one organisation per English local authority, matched by LA code. */
  async importLocalAuthorities(
    authorities: readonly LocalAuthority[] = LOCAL_AUTHORITIES,
  ): Promise<LocalAuthorityImportReport> {
    const rows = authorities.map((la) => ({
      laCode: la.code,
      name: la.name,
      region: la.region,
      slug: slugify(`${la.name} ${la.code}`),
    }));
    const outcome = await this.dataSource.transaction(async (manager) =>
      this.announce(manager, await this.imports.upsertLocalAuthorities(rows, manager)),
    );
    return {
      inserted: outcome.created.length,
      updated: outcome.updated.length,
      unchanged: rows.length - outcome.created.length - outcome.updated.length,
    };
  }

  /** A row ready to save, or undefined after reporting why it is not. */
  private accept(read: ReadRow, run: GiasImportRun): PendingRow | undefined {
    const mapped =
      'problem' in read ? { ok: false as const, urn: read.urn, reason: read.problem } : mapGiasRow(read.row);
    if (!mapped.ok) {
      run.reject({ line: read.line, urn: mapped.urn, reason: mapped.reason });
      return undefined;
    }
    const row = { line: read.line, organisation: mapped.organisation };
    const { urn, ukprn } = row.organisation;
    const firstLine = run.urnLines.get(urn);
    if (firstLine !== undefined) {
      run.reject({
        line: read.line,
        urn,
        reason: `URN ${urn} already appeared on line ${firstLine}, so this row was not imported.`,
      });
      return undefined;
    }
    run.urnLines.set(urn, read.line);
    const claimedBy = ukprn ? run.ukprnUrns.get(ukprn) : undefined;
    if (ukprn && claimedBy === undefined) run.ukprnUrns.set(ukprn, urn);
    else if (claimedBy !== undefined && claimedBy !== urn) run.dropUkprn(row, claimedBy);
    return row;
  }

  /**
   * Saves a batch in one transaction with its events. If the database refuses the batch, each row
   * is tried alone so that only the rows at fault are reported and the others still land.
   */
  private async saveBatch(batch: PendingRow[], run: GiasImportRun): Promise<void> {
    if (batch.length === 0) return;
    await this.releaseClaimedUkprns(batch, run);
    try {
      run.count(await this.saveWithEvents(batch.map((row) => row.organisation)), batch.length);
    } catch {
      for (const row of batch) {
        try {
          run.count(await this.saveWithEvents([row.organisation]), 1);
        } catch (error) {
          run.reject({ line: row.line, urn: row.organisation.urn, reason: databaseRefusal(error, row.organisation) });
        }
      }
    }
  }

  /** UKPRNs are unique: one already held by another organisation is left off rather than failing the batch. */
  private async releaseClaimedUkprns(batch: PendingRow[], run: GiasImportRun): Promise<void> {
    const holders = await this.imports.findUkprnHolders(
      batch.flatMap((row) => (row.organisation.ukprn ? [row.organisation.ukprn] : [])),
    );
    for (const row of batch) {
      const { ukprn, urn } = row.organisation;
      if (ukprn && holders.has(ukprn) && holders.get(ukprn) !== urn) run.dropUkprn(row, holders.get(ukprn) ?? null);
    }
  }

  private saveWithEvents(organisations: ImportedOrganisation[]): Promise<UpsertOutcome> {
    return this.dataSource.transaction(async (manager) =>
      this.announce(manager, await this.imports.upsertEstablishments(organisations, manager)),
    );
  }

  private async announce(manager: EntityManager, outcome: UpsertOutcome): Promise<UpsertOutcome> {
    await this.outbox.recordMany(
      manager,
      'organisation.created',
      outcome.created.map((organisationId) => ({ organisationId })),
    );
    await this.outbox.recordMany(
      manager,
      'organisation.updated',
      outcome.updated.map((organisationId) => ({ organisationId })),
    );
    return outcome;
  }
}

/** The database's refusal of one row, as a sentence; the constraint names are ours, so known ones read plainly. */
function databaseRefusal(error: unknown, organisation: ImportedOrganisation): string {
  const constraint = (error as { constraint?: string }).constraint;
  if (constraint === 'uq_organisations_slug')
    return `Another organisation already has the address "${organisation.slug}", so this row was not imported.`;
  if (constraint === 'uq_organisations_ukprn')
    return `Another organisation already has UKPRN ${organisation.ukprn}, so this row was not imported.`;
  return `The database refused this row (${(error as Error).message}).`;
}
