import { ErrorCode } from '@commonroom/contracts';
import { DomainError } from './domain-error';

/**
 * Socket errors, and SQLSTATEs meaning "the server is going or gone" (class 08 connection
 * exceptions, 57P01-57P03 shutdown and start-up, 53300 too many connections).
 */
const UNAVAILABLE_CODES = new Set([
  ...['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'],
  ...['57P01', '57P02', '57P03', '53300'],
]);
/** What node-postgres itself says when a connection ends or cannot be made in time. */
const UNAVAILABLE_MESSAGES = new RegExp(
  `^(${[
    'Connection terminated',
    'timeout exceeded when trying to connect',
    'Client has encountered a connection error',
    'Client was closed',
  ].join('|')})`,
  'i',
);

/**
 * TypeORM releases a transaction's connection when that connection fails; the transaction's next
 * statement then reports one of these instead of the connection error itself (which one depends on
 * whether the runner or only its connection was released first: both seen when PostgreSQL is killed).
 */
const RELEASED_BY_CONNECTION_LOSS = new Set([
  'QueryRunnerProviderAlreadyReleasedError',
  'QueryRunnerAlreadyReleasedError',
]);

export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** True when an error (or what it wraps: TypeORM's driverError, a cause) means PostgreSQL cannot be reached. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (error === null || typeof error !== 'object' || depth > 4) return false;
  const { code, message, name, driverError, cause, errors } = error as Partial<
    Record<'code' | 'message' | 'name' | 'driverError' | 'cause' | 'errors', unknown>
  >;
  if (typeof name === 'string' && RELEASED_BY_CONNECTION_LOSS.has(name)) return true;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  const inner = [driverError, cause, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((e) => isDatabaseUnavailable(e, depth + 1));
}

/** The answer while the database is away: a clear 503 the client may retry, never a 500. */
export function databaseUnavailable(): DomainError {
  return new DomainError(
    ErrorCode.ServiceUnavailable,
    'Commonroom cannot reach its database at the moment. Nothing you sent was saved; please try again in a minute.',
    undefined,
    { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
  );
}
