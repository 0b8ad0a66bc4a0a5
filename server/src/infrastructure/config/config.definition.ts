import { z } from 'zod';

/**
 * Every environment variable Commonroom reads, documented where it is defined. The README's
 * configuration table is generated from this list (`npm run config:docs -w @commonroom/server`)
 * and a test keeps the two in step.
 */
export interface VariableDefinition {
  readonly group:
    | 'Server'
    | 'Database'
    | 'Logging'
    | 'Observability'
    | 'Demo'
    | 'Outbox'
    | 'Jobs'
    | 'Realtime'
    | 'Mail'
    | 'Accounts'
    | 'Content'
    | 'Uploads'
    | 'Search';
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
const oidcProvider = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,32}$/, 'id must be 2-32 lowercase letters, digits or dashes'),
  name: z.string().min(1).max(60),
  issuer: z.url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
});
const oidcProviders = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON array' });
      return z.NEVER;
    }
  })
  .pipe(z.array(oidcProvider, { message: 'must be a JSON array of {id, name, issuer, clientId, clientSecret}' }));
const positiveInt = z.coerce
  .number({ message: 'must be a number' })
  .int('must be a whole number')
  .positive('must be positive');
/** Comma-separated host names, each with an optional port, compared with an image URL's host. */
const imageHosts = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z
        .string()
        .regex(
          /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/,
          'must be host names such as images.example.org, separated by commas',
        ),
    ),
  );
/** `name@domain` or `Display Name <name@domain>`; no line breaks, so it cannot smuggle in headers. */
const MAILBOX = /^(?:[^<>\r\n]*[^<>\s]\s*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/;

export const VARIABLES = {
  NODE_ENV: {
    group: 'Server',
    description: 'Runtime mode: `development` (the default for `npm start`), `production` or `test`.',
    schema: z.enum(['development', 'production', 'test']).default('development'),
  },
  HOST: {
    group: 'Server',
    description: 'Interface to listen on.',
    schema: z.string().min(1).optional(),
    defaultText: '`0.0.0.0` in production, `127.0.0.1` otherwise',
  },
  PORT: {
    group: 'Server',
    description: 'HTTP port for the API, the client and real-time connections.',
    schema: port.default(3000),
  },
  PUBLIC_URL: {
    group: 'Server',
    description: 'The address people use to reach this installation (used in links and emails).',
    schema: z.url({ message: 'must be a URL such as https://commonroom.example.org' }).optional(),
    defaultText: '`http://localhost:$PORT`',
  },
  ALLOW_INSECURE_PUBLIC_URL: {
    group: 'Server',
    description:
      'Let production run on a plain `http://` `PUBLIC_URL` (not loopback): cookies then lose `Secure` and the ' +
      '`__Host-` prefix, and a warning is logged at every start. Only for a closed test network; behind a ' +
      'TLS-terminating proxy set an `https://` `PUBLIC_URL` instead.',
    schema: bool.default(false),
  },
  TRUST_PROXY: {
    group: 'Server',
    description: 'Trust `X-Forwarded-*` headers from a reverse proxy in front of the app.',
    schema: bool.default(false),
  },
  SERVE_CLIENT: {
    group: 'Server',
    description: 'Serve the built web client (`client/dist`) from the same port.',
    schema: bool.default(true),
  },
  CLIENT_DIST_DIR: {
    group: 'Server',
    description: 'Where the built web client is.',
    schema: z.string().default('client/dist'),
    defaultText: '`client/dist` (relative to the repository)',
  },
  DATABASE_URL: {
    group: 'Database',
    description: 'PostgreSQL connection string. When unset, an embedded PostgreSQL is started in `EMBEDDED_PG_DIR`.',
    sensitive: true,
    schema: z
      .url({ message: 'must be a postgres:// connection string' })
      .refine((u) => /^postgres(ql)?:\/\//.test(u), 'must start with postgres://')
      .optional(),
  },
  DATABASE_POOL_SIZE: {
    group: 'Database',
    description: 'Connections per app process.',
    schema: positiveInt.max(200).default(10),
  },
  EMBEDDED_PG_DIR: {
    group: 'Database',
    description: 'Data directory of the embedded PostgreSQL.',
    schema: z.string().default('.data/postgres'),
    defaultText: '`.data/postgres` (relative to the repository)',
  },
  EMBEDDED_PG_PORT: {
    group: 'Database',
    description: 'Port of the embedded PostgreSQL (loopback only).',
    schema: port.default(54329),
  },
  MIGRATE_ON_START: {
    group: 'Database',
    description: 'Run pending migrations at boot.',
    schema: bool.optional(),
    defaultText: '`false` in production, `true` otherwise',
  },
  LOG_LEVEL: {
    group: 'Logging',
    description: 'pino log level.',
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  },
  LOG_PRETTY: {
    group: 'Logging',
    description: 'Human-readable logs instead of JSON lines.',
    schema: bool.optional(),
    defaultText: '`true` in development on a terminal',
  },
  METRICS_TOKEN: {
    group: 'Observability',
    description:
      'When set, `/metrics` requires `Authorization: Bearer <token>`. ' +
      'When unset in production, `/metrics` answers only direct loopback connections (no proxy headers).',
    sensitive: true,
    schema: z.string().min(16, 'must be at least 16 characters').optional(),
  },
  SEED_DEMO: {
    group: 'Demo',
    description: 'Create the fictional demo region at boot if it is not there yet.',
    schema: bool.optional(),
    defaultText: '`false` in production, `true` otherwise',
  },
  OUTBOX_DISPATCH: {
    group: 'Outbox',
    description: 'Run the outbox dispatcher in this process (turn off on nodes that only serve HTTP).',
    schema: bool.default(true),
  },
  OUTBOX_POLL_MS: {
    group: 'Outbox',
    description: 'Fallback polling interval of the outbox dispatcher; new events also wake it at once.',
    schema: positiveInt.min(100).max(60_000).default(2000),
  },
  JOBS_WORK: {
    group: 'Jobs',
    description:
      'Run background job workers (email delivery, digests) in this process; turn off on nodes that only serve HTTP. Jobs are still queued. See docs/jobs.md.',
    schema: bool.default(true),
  },
  JOBS_POLL_SECONDS: {
    group: 'Jobs',
    description: 'How often an idle job worker looks for due jobs; jobs queued on the same node wake it at once.',
    schema: z.coerce.number({ message: 'must be a number' }).min(0.5).max(60).default(2),
  },
  REALTIME_RETENTION_HOURS: {
    group: 'Realtime',
    description:
      'How long live-update events are kept for clients that reconnect; a client away longer reloads the page data instead.',
    schema: positiveInt.max(24 * 90).default(72),
  },
  SMTP_URL: {
    group: 'Mail',
    description:
      'Mail server to send email through, such as `smtps://user:password@mail.example.org:465` or `smtp://…:587` (STARTTLS). Required in production.',
    sensitive: true,
    schema: z
      .url({ protocol: /^smtps?$/, message: 'must be a URL such as smtp://user:password@mail.example.org:587' })
      .optional(),
    defaultText: 'unset: outside production, email is kept in the development outbox at `/dev/mail`',
  },
  EMAIL_BATCH_SECONDS: {
    group: 'Mail',
    description:
      'How long an activity email waits before it is sent, so a burst of replies to one discussion becomes one email.',
    schema: z.coerce
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(0)
      .max(3600)
      .default(120),
  },
  MAIL_FROM: {
    group: 'Mail',
    description: 'Sender of every email, an address with an optional display name.',
    schema: z
      .string()
      .trim()
      .regex(MAILBOX, 'must be an address such as no-reply@example.org or Commonroom <no-reply@example.org>')
      .default('Commonroom <no-reply@localhost>'),
  },
  MAIL_REPLY_DOMAIN: {
    group: 'Mail',
    description:
      'Domain of the reply-by-email addresses (`reply+<token>@<domain>`) put in notification emails; its MX record must reach the inbound listener or the `mail:receive` pipe. See docs/reply-by-email.md.',
    schema: z
      .string()
      .trim()
      .toLowerCase()
      .regex(
        /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/,
        'must be a domain such as reply.example.org',
      )
      .optional(),
    defaultText: 'the host of `PUBLIC_URL`',
  },
  INBOUND_SMTP_PORT: {
    group: 'Mail',
    description:
      'Port of the built-in SMTP listener that receives replies to notification emails. Unset: no listener (use the `mail:receive` pipe command from your mail server instead).',
    schema: port.optional(),
    defaultText: 'unset: no listener',
  },
  INBOUND_SMTP_HOST: {
    group: 'Mail',
    description: 'Address the inbound SMTP listener binds to.',
    schema: z.string().trim().min(1).optional(),
    defaultText: '`0.0.0.0` in production, `127.0.0.1` otherwise',
  },
  MAIL_RETRY_LIMIT: {
    group: 'Mail',
    description:
      'How many times a message the mail server did not accept is tried again before it is set aside for an administrator (Admin → Background jobs).',
    schema: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0).max(20).default(8),
  },
  MAIL_RETRY_DELAY_SECONDS: {
    group: 'Mail',
    description:
      'Wait before the first retry of a message the mail server did not accept; it doubles at each retry (30 s, 1 min, 2 min … about 2 hours by the eighth).',
    schema: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(1).max(3600).default(30),
  },
  SECRET_KEY: {
    group: 'Accounts',
    description:
      'At least 32 random bytes, base64: encrypts two-factor secrets. Required in production; in development one is generated into `.data/secret-key`.',
    sensitive: true,
    schema: z
      .base64('must be base64')
      .refine((v) => Buffer.from(v, 'base64').length >= 32, 'must be at least 32 bytes')
      .optional(),
  },
  ARGON2_MEMORY_KIB: {
    group: 'Accounts',
    description:
      'argon2id memory cost in KiB (at least 19 MiB). Hashes made with older settings are upgraded at the next sign-in.',
    schema: positiveInt.min(19_456, 'must be at least 19456 (19 MiB)').default(19_456),
  },
  ARGON2_ITERATIONS: {
    group: 'Accounts',
    description: 'argon2id time cost (at least 2).',
    schema: positiveInt.min(2, 'must be at least 2').max(20).default(2),
  },
  ARGON2_PARALLELISM: { group: 'Accounts', description: 'argon2id lanes.', schema: positiveInt.max(16).default(1) },
  SESSION_IDLE_MINUTES: {
    group: 'Accounts',
    description: 'A session ends after this long without use.',
    schema: positiveInt.default(7 * 24 * 60),
  },
  SESSION_ABSOLUTE_DAYS: {
    group: 'Accounts',
    description: 'A session ends this long after sign-in, used or not.',
    schema: positiveInt.max(365).default(30),
  },
  OIDC_PROVIDERS: {
    group: 'Accounts',
    description:
      'OpenID Connect sign-in providers (Microsoft Entra ID, Google Workspace, any compliant issuer) as a JSON array of `{"id","name","issuer","clientId","clientSecret"}`. Redirect URI: `$PUBLIC_URL/api/auth/oidc/<id>/callback`.',
    sensitive: true,
    schema: oidcProviders.optional(),
  },
  TWO_FACTOR_REQUIRED_ROLES: {
    group: 'Accounts',
    description:
      'Platform roles that must turn on two-factor authentication before doing anything else (comma-separated).',
    schema: z.string().default('admin,safeguarding_reviewer'),
  },
  CONTENT_IMAGE_HOSTS: {
    group: 'Content',
    description:
      'Hosts whose https images posts may show inline besides uploaded ones, comma-separated (such as `images.example.org,cdn.example.org:8443`). Any other image shows as its description.',
    schema: imageHosts.optional(),
    defaultText: 'unset: only uploaded images',
  },
  UPLOADS_DIR: {
    group: 'Uploads',
    description:
      'Where attached files are kept, content-addressed (`ab/cd/<sha256>`) so identical files share one copy. Back it up with the database.',
    schema: z.string().min(1).default('.data/uploads'),
    defaultText: '`.data/uploads` (relative to the repository)',
  },
  UPLOAD_MAX_FILE_MB: {
    group: 'Uploads',
    description: 'Largest file a person may attach, in MB.',
    schema: positiveInt.max(1024).default(10),
  },
  UPLOAD_QUOTA_MB: {
    group: 'Uploads',
    description: 'Total size of the files one person may attach, in MB.',
    schema: positiveInt.max(1_000_000).default(200),
  },
  MEILI_URL: {
    group: 'Search',
    description:
      'A Meilisearch server to search with instead of PostgreSQL full text, such as `http://127.0.0.1:7700`. Fed from the outbox; fill it with `node dist/cli.js search:reindex`. See docs/search-meilisearch.md.',
    schema: z.url({ protocol: /^https?$/, message: 'must be a URL such as http://127.0.0.1:7700' }).optional(),
    defaultText: 'unset: PostgreSQL full-text search',
  },
  SEARCH_CACHE_SECONDS: {
    group: 'Search',
    description:
      'How long one app node keeps a search engine answer for an identical search (the same words, filters, page and readable communities), so popular broad searches are answered once. Access is re-checked on every request regardless; 0 turns the cache off.',
    schema: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0).max(600).default(30),
  },
  MEILI_API_KEY: {
    group: 'Search',
    description:
      'Meilisearch API key (the master key or a key allowed to search, write documents and change index settings).',
    sensitive: true,
    schema: z.string().min(1).optional(),
  },
} as const satisfies Record<string, VariableDefinition>;

export type VariableName = keyof typeof VARIABLES;
