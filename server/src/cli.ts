import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { loadConfigOrExit, prepareDatabase, REPO_ROOT } from './bootstrap/boot';
import { DemoSeedService } from './demo/demo-seed.service';
import { configurationMarkdown } from './infrastructure/config/config-docs';
import { generateMigration } from './infrastructure/database/generate-migration';
import { buildOpenApiDocument } from './infrastructure/http/openapi';
import { RouteRegistry } from './infrastructure/http/route-registry';
import { createLogger } from './infrastructure/logging/logger';
import { PinoNestLogger } from './infrastructure/logging/nest-logger';

const COMMANDS: Record<string, { help: string; run: (args: string[]) => Promise<void> }> = {
  migrate: { help: 'Apply pending database migrations', run: () => migrate() },
  seed: { help: 'Create the demo region if it is missing', run: () => seed() },
  'migration:generate': { help: 'Write a migration from entity changes: migration:generate AddThing', run: ([name]) => generate(name) },
  openapi: { help: 'Write docs/api/openapi.json from the route contracts', run: () => openapi() },
  'config:docs': { help: 'Print the configuration table (Markdown) for the README', run: async () => void process.stdout.write(configurationMarkdown()) },
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
    const file = await generateMigration(url.toString(), name);
    logger.info(file ? `Wrote ${file}: read it, then rebuild` : 'No schema changes to migrate');
  } finally {
    await database.stop();
  }
}

async function openapi(): Promise<void> {
  await withAppContext(async (app) => {
    const document = buildOpenApiDocument(app.get(RouteRegistry).list(), { version: config.version, serverUrl: 'http://localhost:3000' });
    const file = join(REPO_ROOT, 'docs', 'api', 'openapi.json');
    writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
    logger.info(`Wrote ${file}`);
  });
}

async function withAppContext(fn: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<void>): Promise<void> {
  const database = await prepareDatabase(config, logger);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config, database: { url: database.url, poolSize: 2 } }), {
    logger: new PinoNestLogger(logger),
  });
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
  process.stdout.write(`Commands:\n${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(20)} ${c.help}`).join('\n')}\n`);
  process.exit(command === 'help' ? 0 : 64);
}
entry.run(args).then(
  () => process.exit(0),
  (error: unknown) => {
    logger.error({ err: error }, `${command} failed`);
    process.exit(1);
  },
);
