import { DEMO_PASSWORD, DEMO_PEOPLE } from '../demo/demo-people.data';
import type { AppConfig } from '../infrastructure/config/app-config';

/** What a person starting Commonroom needs to see: where it is and how to look around. */
export function printBanner(config: AppConfig, embeddedDatabase: boolean): void {
  const lines = [
    '',
    `  Commonroom is running: ${config.http.publicUrl}`,
    `  API documentation:     ${config.http.publicUrl}/api/docs`,
    `  Database:              ${embeddedDatabase ? `embedded PostgreSQL (${config.database.embedded.dataDir})` : 'DATABASE_URL'}`,
    ...(config.demo.seedOnStart
      ? [
          '  Demo data:             the fictional Fenmoor and Castlebridge region',
          `  Demo sign-in:          any of these, with the password "${DEMO_PASSWORD}"`,
          ...DEMO_PEOPLE.map(
            (p) => `                         ${p.email.padEnd(28)} ${p.displayName}, ${p.description}`,
          ),
        ]
      : []),
    ...(config.mail.devOutbox
      ? [`  Emails sent:           ${config.http.publicUrl}/dev/mail (kept in memory; set SMTP_URL to send them)`]
      : []),
    '  Stop with Ctrl+C.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
