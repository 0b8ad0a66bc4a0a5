import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { loadConfigOrExit, prepareDatabase, REPO_ROOT } from './bootstrap/boot';
import { DemoSeedService } from './demo/demo-seed.service';
import { configurationMarkdown } from './infrastructure/config/config-docs';
import { APP_ENTITIES } from './app.entities';
import { generateMigration } from './infrastructure/database/generate-migration';
import { buildOpenApiDocument } from './infrastructure/http/openapi';
import { RouteRegistry } from './infrastructure/http/route-registry';
import { createLogger } from './infrastructure/logging/logger';
import { PinoNestLogger } from './infrastructure/logging/nest-logger';
import { assertReadableFile, GiasFileError } from './modules/organisations/import/gias-csv-reader';
import {
  formatGiasSummary,
  formatLocalAuthoritySummary,
  formatProgress,
} from './modules/organisations/import/import-console';
import { writeIssueReport, type ImportProgress } from './modules/organisations/import/import-report';
import { OrganisationImportService } from './modules/organisations/import/organisation-import.service';
import { SEARCH_ENGINE, type SearchEngine } from './modules/search/search-engine';
import { runSearchReindex } from './modules/search/search-reindex.command';
import { PeopleSearchDocuments } from './modules/profiles/people-search-documents';
import { DigestService } from './modules/email-alerts';
import { JobQueue } from './infrastructure/jobs';

const COMMANDS: Record<string, { help: string; run: (args: string[]) => Promise<void> }> = {
  migrate: { help: 'Apply pending database migrations', run: () => migrate() },
  seed: { help: 'Create the demo region if it is missing', run: () => seed() },
  'migration:generate': {
    help: 'Write a migration from entity changes: migration:generate AddThing',
    run: ([name]) => generate(name),
  },
  openapi: { help: 'Write docs/api/openapi.json from the route contracts', run: () => openapi() },
  'config:docs': {
    help: 'Print the configuration table (Markdown) for the README',
    run: async () => void process.stdout.write(configurationMarkdown()),
  },
  'organisations:import-gias': {
    help: 'Import the DfE register: organisations:import-gias <edubasealldata.csv> [--errors <out.csv>]',
    run: (args) => importGias(args),
  },
  'organisations:import-local-authorities': {
    help: 'Create or update an organisation for each English local authority',
    run: () => importLocalAuthorities(),
  },
  'digests:run': {
    help: 'Queue and send the digests due at a time: digests:run [--at <ISO time>] (default now)',
    run: (args) => runDigests(args),
  },
  'search:reindex': {
    help: 'Rebuild the search engine from PostgreSQL (Meilisearch when MEILI_URL is set)',
    run: () => reindexSearch(),
  },
};

// The CLI never dispatches the outbox: the running server does that.
const config = loadConfigOrExit({ OUTBOX_DISPATCH: 'false', LOG_PRETTY: 'false' });
const logger = createLogger(config);

async function migrate(): Promise<void> {
  const database = await prepareDatabase(config, logger, { migrate: true });
  await database.stop();
}

async function seed(): Promise<void> {
  await withAppContext(async (app) => {
    const report = await app.get(DemoSeedService).run();
    logger.info(report, 'Demo seed finished');
  });
}

async function generate(name: string | undefined): Promise<void> {
  if (!name) throw new Error('Usage: migration:generate <PascalCaseName>');
  const database = await prepareDatabase(config, logger, { migrate: false });
  try {
    const url = new URL(database.url);
    url.pathname = '/postgres';
    const file = await generateMigration(url.toString(), name, APP_ENTITIES);
    logger.info(file ? `Wrote ${file}: read it, then rebuild` : 'No schema changes to migrate');
  } finally {
    await database.stop();
  }
}

async function openapi(): Promise<void> {
  await withAppContext(async (app) => {
    const document = buildOpenApiDocument(app.get(RouteRegistry).list(), {
      version: config.version,
      serverUrl: 'http://localhost:3000',
    });
    const file = join(REPO_ROOT, 'docs', 'api', 'openapi.json');
    writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
    logger.info(`Wrote ${file}`);
  });
}

/** Bad rows are reported and the command still succeeds; only an unreadable or foreign file fails it. */
async function importGias(args: string[]): Promise<void> {
  const errorsAt = args.indexOf('--errors');
  const issuesFile = errorsAt >= 0 ? args[errorsAt + 1] : undefined;
  const file = args.find((arg, i) => !arg.startsWith('--') && (errorsAt < 0 || i !== errorsAt + 1));
  if (!file || (errorsAt >= 0 && !issuesFile))
    throw new GiasFileError('Usage: organisations:import-gias <edubasealldata.csv> [--errors <out.csv>]');
  await assertReadableFile(file); // before starting the database
  await withAppContext(async (app) => {
    const onProgress = (progress: ImportProgress) => {
      if (!progress.done) process.stdout.write(formatProgress(progress)); // the summary follows
    };
    const report = await app.get(OrganisationImportService).importGiasFile(file, { onProgress });
    if (issuesFile) await writeIssueReport(report, issuesFile);
    process.stdout.write(
      formatGiasSummary(report, { file, issuesFile, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }),
    );
  });
}

async function importLocalAuthorities(): Promise<void> {
  await withAppContext(
    async (app) =>
      void process.stdout.write(
        formatLocalAuthoritySummary(await app.get(OrganisationImportService).importLocalAuthorities()),
      ),
  );
}

async function reindexSearch(): Promise<void> {
  await withAppContext(async (app) => {
    // People's search documents are derived rows in PostgreSQL that every engine reads: rebuild them first.
    await app.get(PeopleSearchDocuments).refreshAll();
    await runSearchReindex(app.get<SearchEngine>(SEARCH_ENGINE), (text) => process.stdout.write(text));
  });
}

/** Queues the digests due at `--at` and waits until they (and their mail) have been handed to SMTP. */
async function runDigests(args: string[]): Promise<void> {
  const given = args[args.indexOf('--at') + 1];
  const at = args.includes('--at') && given ? new Date(given) : new Date();
  if (Number.isNaN(at.getTime())) throw new Error('Usage: digests:run [--at <ISO time, e.g. 2026-01-15T07:00:00Z>]');
  await withAppContext(async (app) => {
    const started = Date.now();
    const queued = await app.get(DigestService).queueDigests(at);
    await app.get(JobQueue).drain(['digest'], 60 * 60_000);
    process.stdout.write(`${queued} digests queued and sent in ${Math.round((Date.now() - started) / 1000)} s\n`);
  });
}

async function withAppContext(
  fn: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<void>,
): Promise<void> {
  const database = await prepareDatabase(config, logger);
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ config, database: { url: database.url, poolSize: 2 } }),
    {
      logger: new PinoNestLogger(logger),
    },
  );
  try {
    await fn(app);
  } finally {
    await app.close();
    await database.stop();
  }
}

const [command = 'help', ...args] = process.argv.slice(2);
const entry = COMMANDS[command];
if (!entry) {
  process.stdout.write(
    `Commands:\n${Object.entries(COMMANDS)
      .map(([name, c]) => `  ${name.padEnd(20)} ${c.help}`)
      .join('\n')}\n`,
  );
  process.exit(command === 'help' ? 0 : 64);
}
entry.run(args).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof GiasFileError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    logger.error({ err: error }, `${command} failed`);
    process.exit(1);
  },
);
