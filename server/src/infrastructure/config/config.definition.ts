import { z } from 'zod';

/**
 * Every environment variable Commonroom reads, documented where it is defined. The README's
 * configuration table is generated from this list (`npm run config:docs -w @commonroom/server`)
 * and a test keeps the two in step.
 */
export interface VariableDefinition {
  readonly group: 'Server' | 'Database' | 'Logging' | 'Observability' | 'Demo' | 'Outbox';
  readonly description: string;
  /** Never printed in errors or logs. */
  readonly sensitive?: boolean;
  readonly schema: z.ZodType;
  /** How the default is described in the docs when it depends on other values. */
  readonly defaultText?: string;
}

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce
  .number({ message: 'must be a port number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');
const positiveInt = z.coerce.number({ message: 'must be a number' }).int('must be a whole number').positive('must be positive');

export const VARIABLES = {
  NODE_ENV: { group: 'Server', description: 'Runtime mode: `development` (the default for `npm start`), `production` or `test`.', schema: z.enum(['development', 'production', 'test']).default('development') },
  HOST: { group: 'Server', description: 'Interface to listen on.', schema: z.string().min(1).optional(), defaultText: '`0.0.0.0` in production, `127.0.0.1` otherwise' },
  PORT: { group: 'Server', description: 'HTTP port for the API, the client and real-time connections.', schema: port.default(3000) },
  PUBLIC_URL: { group: 'Server', description: 'The address people use to reach this installation (used in links and emails).', schema: z.url({ message: 'must be a URL such as https://commonroom.example.org' }).optional(), defaultText: '`http://localhost:$PORT`' },
  TRUST_PROXY: { group: 'Server', description: 'Trust `X-Forwarded-*` headers from a reverse proxy in front of the app.', schema: bool.default(false) },
  SERVE_CLIENT: { group: 'Server', description: 'Serve the built web client (`client/dist`) from the same port.', schema: bool.default(true) },
  CLIENT_DIST_DIR: { group: 'Server', description: 'Where the built web client is.', schema: z.string().default('client/dist'), defaultText: '`client/dist` (relative to the repository)' },
  DATABASE_URL: { group: 'Database', description: 'PostgreSQL connection string. When unset, an embedded PostgreSQL is started in `EMBEDDED_PG_DIR`.', sensitive: true, schema: z.url({ message: 'must be a postgres:// connection string' }).refine((u) => /^postgres(ql)?:\/\//.test(u), 'must start with postgres://').optional() },
  DATABASE_POOL_SIZE: { group: 'Database', description: 'Connections per app process.', schema: positiveInt.max(200).default(10) },
  EMBEDDED_PG_DIR: { group: 'Database', description: 'Data directory of the embedded PostgreSQL.', schema: z.string().default('.data/postgres'), defaultText: '`.data/postgres` (relative to the repository)' },
  EMBEDDED_PG_PORT: { group: 'Database', description: 'Port of the embedded PostgreSQL (loopback only).', schema: port.default(54329) },
  MIGRATE_ON_START: { group: 'Database', description: 'Run pending migrations at boot.', schema: bool.optional(), defaultText: '`false` in production, `true` otherwise' },
  LOG_LEVEL: { group: 'Logging', description: 'pino log level.', schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info') },
  LOG_PRETTY: { group: 'Logging', description: 'Human-readable logs instead of JSON lines.', schema: bool.optional(), defaultText: '`true` in development on a terminal' },
  METRICS_TOKEN: { group: 'Observability', description: 'When set, `/metrics` requires `Authorization: Bearer <token>`.', sensitive: true, schema: z.string().min(16, 'must be at least 16 characters').optional() },
  SEED_DEMO: { group: 'Demo', description: 'Create the fictional demo region at boot if it is not there yet.', schema: bool.optional(), defaultText: '`false` in production, `true` otherwise' },
  OUTBOX_DISPATCH: { group: 'Outbox', description: 'Run the outbox dispatcher in this process (turn off on nodes that only serve HTTP).', schema: bool.default(true) },
  OUTBOX_POLL_MS: { group: 'Outbox', description: 'Fallback polling interval of the outbox dispatcher; new events also wake it at once.', schema: positiveInt.min(100).max(60_000).default(2000) },
} as const satisfies Record<string, VariableDefinition>;

export type VariableName = keyof typeof VARIABLES;
