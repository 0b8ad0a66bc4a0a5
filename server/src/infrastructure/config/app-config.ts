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
  readonly metrics: { readonly token: string | undefined };
  readonly demo: { readonly seedOnStart: boolean };
  readonly outbox: { readonly dispatch: boolean; readonly pollMs: number };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
