import { ErrorCode, type FieldIssue } from '@commonroom/contracts';
import { DEFAULT_MESSAGES } from './error-status';

/**
 * The one error type services throw. It carries a code from the contracts and a sentence a
 * teacher understands (the code's standard sentence unless the caller has a better one); the
 * HTTP status comes from the code alone (see `error-status.ts`).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = DEFAULT_MESSAGES[code],
    readonly details?: { issues?: FieldIssue[] },
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** A missing resource and one the actor may not see look the same from outside. */
  static notFound(what = 'That page'): DomainError {
    return new DomainError(
      ErrorCode.NotFound,
      `${what} could not be found. It may have been moved, or you may not have access to it.`,
    );
  }

  static validation(issues: FieldIssue[]): DomainError {
    return new DomainError(
      ErrorCode.ValidationFailed,
      'Some of the information sent was not valid. Please check the highlighted fields.',
      { issues },
    );
  }
}
