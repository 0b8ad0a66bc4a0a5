/** The typed, frozen configuration every other part of the server receives. */
export interface AppConfig {
  readonly env: 'development' | 'production' | 'test';
  readonly version: string;
  readonly repoRoot: string;
  readonly http: {
    readonly host: string;
    readonly port: number;
    readonly publicUrl: string;
    readonly trustProxy: boolean;
    /** Production on a non-loopback http:// address, explicitly allowed (ALLOW_INSECURE_PUBLIC_URL). */
    readonly insecurePublicUrl: boolean;
  };
  readonly client: { readonly serve: boolean; readonly distDir: string };
  readonly database: {
    /** Undefined means: start the embedded PostgreSQL. */
    readonly url: string | undefined;
    readonly poolSize: number;
    readonly migrateOnStart: boolean;
    readonly embedded: { readonly dataDir: string; readonly port: number };
  };
  readonly logging: { readonly level: string; readonly pretty: boolean };
  /** Without a token, production serves `/metrics` to direct loopback connections only. */
  readonly metrics: { readonly token: string | undefined; readonly loopbackOnly: boolean };
  readonly demo: { readonly seedOnStart: boolean };
  readonly outbox: { readonly dispatch: boolean; readonly pollMs: number };
  /** Background jobs (pg-boss): whether this node runs workers, and how often idle workers poll. */
  readonly jobs: { readonly work: boolean; readonly pollSeconds: number };
  /** Sequenced live-update events are pruned after this many hours; stream heads stay. */
  readonly realtime: { readonly retentionHours: number };
  readonly mail: {
    /** Undefined means: keep messages in the in-memory development outbox. */
    readonly smtpUrl: string | undefined;
    readonly from: string;
    /** No SMTP_URL outside production: messages are kept in memory and shown at `/dev/mail`. */
    readonly devOutbox: boolean;
    /** How long an activity email waits to gather a burst of replies into one (docs/email-alerts.md). */
    readonly alertBatchSeconds: number;
    /** Retries of an undelivered message (pg-boss backoff from `retryDelaySeconds`), then the dead-letter queue. */
    readonly retryLimit: number;
    readonly retryDelaySeconds: number;
  };
  /** Reply by email (docs/reply-by-email.md). */
  readonly mailIn: {
    /** Lower-case domain of `reply+<token>@<domain>` addresses. */
    readonly replyDomain: string;
    /** Undefined means: no inbound SMTP listener. */
    readonly smtpPort: number | undefined;
    readonly smtpHost: string;
  };
  readonly auth: {
    /** Undefined outside production until boot fills it from `.data/secret-key`. */
    readonly secretKey: Buffer | undefined;
    readonly argon2: { readonly memoryKib: number; readonly iterations: number; readonly parallelism: number };
    readonly session: { readonly idleMinutes: number; readonly absoluteDays: number };
    /** Cookies are Secure (and `__Host-` prefixed) on https and on loopback addresses. */
    readonly secureCookies: boolean;
    readonly oidcProviders: readonly OidcProviderConfig[];
    readonly twoFactorRequiredRoles: readonly string[];
  };
  readonly content: {
    /** Lower-case `host` or `host:port` values whose https images may be embedded in posts. */
    readonly imageHosts: readonly string[];
  };
  readonly uploads: {
    /** Absolute directory of the local upload store. */
    readonly dir: string;
    readonly maxFileBytes: number;
    /** Total bytes one person's uploads may take. */
    readonly quotaBytes: number;
  };
  readonly search: {
    /** Undefined means: search with PostgreSQL full text. */
    readonly meiliUrl: string | undefined;
    readonly meiliApiKey: string | undefined;
    /** Seconds an identical search's engine answer is reused on this node; 0 = off. */
    readonly cacheSeconds: number;
  };
}

export interface OidcProviderConfig {
  readonly id: string;
  readonly name: string;
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
