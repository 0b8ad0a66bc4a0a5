import { startEmbeddedPostgres } from '@commonroom/infra';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'commonroom';

/** Uses DATABASE_URL when set; otherwise starts the embedded PostgreSQL and its database. */
export async function resolveDatabase(config: AppConfig, logger: Logger): Promise<ResolvedDatabase> {
  if (config.database.url) return { url: config.database.url, embedded: false, stop: async () => undefined };
  const started = Date.now();
  const server = await startEmbeddedPostgres({
    dataDir: config.database.embedded.dataDir,
    port: config.database.embedded.port,
    onNote: (line) => logger.info({ component: 'embedded-postgres' }, line),
  });
  await server.createDatabase(EMBEDDED_DATABASE);
  logger.info(
    { port: server.port, dataDir: server.dataDir, ms: Date.now() - started },
    'Embedded PostgreSQL is running',
  );
  return { url: server.url(EMBEDDED_DATABASE), embedded: true, stop: () => server.stop() };
}
