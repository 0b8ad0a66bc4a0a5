import { ErrorCode } from '@commonroom/contracts';

/**
 * One HTTP status per error code. `Record<ErrorCode, …>` makes this exhaustive: a new code in
 * the contracts fails the type check until it is mapped here.
 */
export const STATUS_BY_ERROR_CODE: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.ValidationFailed]: 400,
  [ErrorCode.NotAuthenticated]: 401,
  [ErrorCode.InvalidCredentials]: 401,
  [ErrorCode.SecondFactorInvalid]: 401,
  [ErrorCode.EmailNotVerified]: 403,
  [ErrorCode.SecondFactorRequired]: 403,
  [ErrorCode.TokenInvalid]: 400,
  [ErrorCode.CsrfTokenInvalid]: 403,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.Internal]: 500,
  [ErrorCode.ServiceUnavailable]: 503,
};

/** For errors raised by the framework itself (unknown route, bad JSON …). */
export function errorCodeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return ErrorCode.ValidationFailed;
    case 401:
      return ErrorCode.NotAuthenticated;
    case 403:
      return ErrorCode.Forbidden;
    case 404:
    case 405:
      return ErrorCode.NotFound;
    case 409:
      return ErrorCode.Conflict;
    case 413:
      return ErrorCode.PayloadTooLarge;
    case 415:
      return ErrorCode.ValidationFailed;
    case 429:
      return ErrorCode.RateLimited;
    case 503:
      return ErrorCode.ServiceUnavailable;
    default:
      return status >= 500 ? ErrorCode.Internal : ErrorCode.ValidationFailed;
  }
}

/** English fallback sentences for errors that did not come from a service. */
export const DEFAULT_MESSAGES: Readonly<Record<ErrorCode, string>> = {
  [ErrorCode.ValidationFailed]: 'Some of the information sent was not valid.',
  [ErrorCode.NotAuthenticated]: 'Please sign in to continue.',
  [ErrorCode.InvalidCredentials]: 'That email address and password do not match an account. Check them and try again.',
  [ErrorCode.SecondFactorInvalid]:
    'That code did not work. Check your authenticator app and try again, or use a recovery code.',
  [ErrorCode.EmailNotVerified]:
    'Please confirm your email address first: use the link we sent you, or ask for a new one.',
  [ErrorCode.SecondFactorRequired]: 'Turn on two-factor authentication in your security settings to do this.',
  [ErrorCode.TokenInvalid]: 'This link has expired or has already been used. Please ask for a new one.',
  [ErrorCode.CsrfTokenInvalid]:
    'Your session security token was missing or out of date. Please reload the page and try again.',
  [ErrorCode.Forbidden]: 'You do not have permission to do that.',
  [ErrorCode.NotFound]: 'That page could not be found. It may have been moved, or you may not have access to it.',
  [ErrorCode.Conflict]:
    'Someone else changed this at the same time. Nothing you typed has been lost; please review and try again.',
  [ErrorCode.PayloadTooLarge]: 'That is larger than we can accept.',
  [ErrorCode.RateLimited]: 'Too many attempts. Please wait a moment and try again.',
  [ErrorCode.Internal]:
    'Something went wrong on our side. Please try again; if it keeps happening, tell your administrator the reference below.',
  [ErrorCode.ServiceUnavailable]: 'Commonroom is temporarily unavailable. Please try again in a minute.',
};
