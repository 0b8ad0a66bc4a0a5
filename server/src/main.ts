import 'reflect-metadata';
import { createApp } from './bootstrap/create-app';
import { loadConfigOrExit, prepareDatabase } from './bootstrap/boot';
import { printBanner } from './bootstrap/banner';
import { DemoSeedService } from './demo/demo-seed.service';
import { createLogger } from './infrastructure/logging/logger';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  const database = await prepareDatabase(config, logger);
  const app = await createApp(config, { url: database.url, poolSize: config.database.poolSize }, logger);
  if (config.demo.seedOnStart) await app.get(DemoSeedService).run();
  await app.listen({ host: config.http.host, port: config.http.port });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Shutting down');
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  printBanner(config, database.embedded);
}

main().catch((error: unknown) => {
  process.stderr.write(`Commonroom failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
