/** Injection token for the resolved `{ url, poolSize }` of the running database. */
export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');
