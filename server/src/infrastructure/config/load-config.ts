import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import type { AppConfig } from './app-config';
import { VARIABLES, type VariableName } from './config.definition';

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Commonroom cannot start: ${problems.length} configuration problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

const MB = 1024 * 1024;

type Parsed = { [K in VariableName]: z.output<(typeof VARIABLES)[K]['schema']> };

/**
 * Parses the environment once, at boot. Every bad variable is reported in one error so a
 * person fixes them all in one go; values of sensitive variables are never echoed.
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  options: { repoRoot: string; version: string; isTty?: boolean },
): AppConfig {
  const problems: string[] = [];
  const parsed: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(VARIABLES)) {
    const raw = env[name] === '' ? undefined : env[name];
    const result = definition.schema.safeParse(raw);
    if (result.success) parsed[name] = result.data;
    else {
      const shown = 'sensitive' in definition && definition.sensitive ? '(hidden)' : JSON.stringify(raw);
      problems.push(`${name}=${shown}: ${result.error.issues.map((i) => i.message).join('; ')}`);
    }
  }
  problems.push(...crossCheck(parsed as Partial<Parsed>));
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(toAppConfig(parsed as Parsed, options));
}

/** Rules that involve more than one variable (a variable that is already reported is skipped). */
function crossCheck(v: Partial<Parsed>): string[] {
  const problems: string[] = [];
  if (v.NODE_ENV === 'production' && 'SMTP_URL' in v && !v.SMTP_URL)
    problems.push(
      'SMTP_URL is required in production so that people receive their email (for example smtp://user:password@mail.example.org:587)',
    );
  if (v.NODE_ENV === 'production' && 'SECRET_KEY' in v && !v.SECRET_KEY)
    problems.push('SECRET_KEY is required in production (32 random bytes, base64: `openssl rand -base64 32`)');
  if (v.NODE_ENV === 'production' && 'PUBLIC_URL' in v) {
    problems.push(...publicUrlProblems(v.PUBLIC_URL, v.ALLOW_INSECURE_PUBLIC_URL));
  }
  return problems;
}

/**
 * Session cookies are only Secure (and `__Host-` prefixed) on https, so production refuses a
 * plain-http address unless the operator says, in so many words, that they accept the risk.
 */
function publicUrlProblems(publicUrl: string | undefined, allowInsecure: boolean | undefined): string[] {
  if (!publicUrl) {
    return ['PUBLIC_URL is required in production: the https:// address people use (https://commonroom.example.org)'];
  }
  if (isSecureOrigin(publicUrl) || allowInsecure) return [];
  return [
    `PUBLIC_URL=${JSON.stringify(publicUrl)}: must be https:// in production, or session cookies travel unprotected. ` +
      'Behind a TLS-terminating proxy use the https:// address people see; ' +
      'to run on plain http anyway set ALLOW_INSECURE_PUBLIC_URL=true',
  ];
}

/** Browsers accept Secure cookies on https and on loopback (localhost, 127.0.0.1) over http. */
function isSecureOrigin(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' || hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

function toAppConfig(v: Parsed, options: { repoRoot: string; version: string; isTty?: boolean }): AppConfig {
  const production = v.NODE_ENV === 'production';
  const fromRoot = (p: string) => (isAbsolute(p) ? p : resolve(options.repoRoot, p));
  const publicUrl = (v.PUBLIC_URL ?? `http://localhost:${v.PORT}`).replace(/\/$/, '');
  return {
    env: v.NODE_ENV,
    version: options.version,
    repoRoot: options.repoRoot,
    http: {
      host: v.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
      port: v.PORT,
      publicUrl,
      trustProxy: v.TRUST_PROXY,
      insecurePublicUrl: production && !isSecureOrigin(publicUrl),
    },
    client: { serve: v.SERVE_CLIENT, distDir: fromRoot(v.CLIENT_DIST_DIR) },
    database: {
      url: v.DATABASE_URL,
      poolSize: v.DATABASE_POOL_SIZE,
      migrateOnStart: v.MIGRATE_ON_START ?? !production,
      embedded: { dataDir: fromRoot(v.EMBEDDED_PG_DIR), port: v.EMBEDDED_PG_PORT },
    },
    logging: { level: v.LOG_LEVEL, pretty: v.LOG_PRETTY ?? (v.NODE_ENV === 'development' && Boolean(options.isTty)) },
    metrics: { token: v.METRICS_TOKEN, loopbackOnly: production && !v.METRICS_TOKEN },
    demo: { seedOnStart: v.SEED_DEMO ?? !production },
    outbox: { dispatch: v.OUTBOX_DISPATCH, pollMs: v.OUTBOX_POLL_MS },
    jobs: { work: v.JOBS_WORK, pollSeconds: v.JOBS_POLL_SECONDS },
    realtime: { retentionHours: v.REALTIME_RETENTION_HOURS },
    mail: {
      smtpUrl: v.SMTP_URL,
      from: v.MAIL_FROM,
      devOutbox: !v.SMTP_URL && !production,
      alertBatchSeconds: v.EMAIL_BATCH_SECONDS,
      retryLimit: v.MAIL_RETRY_LIMIT,
      retryDelaySeconds: v.MAIL_RETRY_DELAY_SECONDS,
    },
    mailIn: {
      replyDomain: v.MAIL_REPLY_DOMAIN ?? new URL(publicUrl).hostname.toLowerCase(),
      smtpPort: v.INBOUND_SMTP_PORT,
      smtpHost: v.INBOUND_SMTP_HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    },
    auth: {
      secretKey: v.SECRET_KEY ? Buffer.from(v.SECRET_KEY, 'base64') : undefined,
      argon2: { memoryKib: v.ARGON2_MEMORY_KIB, iterations: v.ARGON2_ITERATIONS, parallelism: v.ARGON2_PARALLELISM },
      session: { idleMinutes: v.SESSION_IDLE_MINUTES, absoluteDays: v.SESSION_ABSOLUTE_DAYS },
      secureCookies: isSecureOrigin(publicUrl),
      oidcProviders: v.OIDC_PROVIDERS ?? [],
      twoFactorRequiredRoles: v.TWO_FACTOR_REQUIRED_ROLES.split(',')
        .map((r) => r.trim())
        .filter(Boolean),
    },
    content: { imageHosts: v.CONTENT_IMAGE_HOSTS ?? [] },
    uploads: {
      dir: fromRoot(v.UPLOADS_DIR),
      maxFileBytes: v.UPLOAD_MAX_FILE_MB * MB,
      quotaBytes: v.UPLOAD_QUOTA_MB * MB,
    },
    search: { meiliUrl: v.MEILI_URL, meiliApiKey: v.MEILI_API_KEY, cacheSeconds: v.SEARCH_CACHE_SECONDS },
  };
}
