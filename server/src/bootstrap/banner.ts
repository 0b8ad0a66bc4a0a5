import type { AppConfig } from '../infrastructure/config/app-config';

/** What a person starting Commonroom needs to see: where it is and how to look around. */
export function printBanner(config: AppConfig, embeddedDatabase: boolean): void {
  const lines = [
    '',
    `  Commonroom is running: ${config.http.publicUrl}`,
    `  API documentation:     ${config.http.publicUrl}/api/docs`,
    `  Database:              ${embeddedDatabase ? `embedded PostgreSQL (${config.database.embedded.dataDir})` : 'DATABASE_URL'}`,
    ...(config.demo.seedOnStart ? ['  Demo data:             the fictional Fenmoor and Castlebridge region'] : []),
    '  Stop with Ctrl+C.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
