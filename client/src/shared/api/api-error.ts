import type { ErrorCode, FieldIssue } from '@commonroom/contracts';

/**
 * Failures the client detects itself, before or after talking to the server. They sit beside
 * the server's `ErrorCode`s so the UI handles (and translates) every failure the same way.
 */
export const ClientErrorCode = {
  /** The request never got an answer: offline, DNS, a school firewall dropping it. */
  NetworkError: 'network_error',
  /** The server answered, but not with what the contract promises. */
  UnexpectedResponse: 'unexpected_response',
} as const;
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

export type ApiErrorCode = ErrorCode | ClientErrorCode;

interface ApiErrorInit {
  code: ApiErrorCode;
  message: string;
  /** HTTP status; 0 when no response arrived. */
  status: number;
  issues?: FieldIssue[];
  requestId?: string;
  cause?: unknown;
}

/** Every failed API call rejects with this, so callers branch on `code`, never on text. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly issues: FieldIssue[];
  readonly requestId: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message, { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.issues = init.issues ?? [];
    this.requestId = init.requestId;
  }

  /** Client errors (4xx) will not change on retry; everything else might. */
  get isRetryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** For a one-time link that arrived without its token: said exactly as a token the server refused. */
export function missingTokenError(): ApiError {
  return new ApiError({ code: 'token_invalid', message: 'The link has no token.', status: 0 });
}
