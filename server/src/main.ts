import 'reflect-metadata';
import { createApp } from './bootstrap/create-app';
import { loadConfigOrExit, prepareDatabase } from './bootstrap/boot';
import { printBanner } from './bootstrap/banner';
import { stopOnSignals } from './bootstrap/shutdown';
import { DemoSeedService } from './demo/demo-seed.service';
import { createLogger } from './infrastructure/logging/logger';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  const database = await prepareDatabase(config, logger);
  const app = await createApp(config, { url: database.url, poolSize: config.database.poolSize }, logger);
  if (config.demo.seedOnStart) await app.get(DemoSeedService).run();
  await app.listen({ host: config.http.host, port: config.http.port });

  // The app first (it still reaches PostgreSQL to close cleanly), then the embedded PostgreSQL.
  stopOnSignals(async () => {
    await app.close();
    await database.stop();
  }, logger);

  printBanner(config, database.embedded);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Commonroom failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
