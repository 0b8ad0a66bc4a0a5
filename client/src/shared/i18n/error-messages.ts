import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiErrorCode } from '../api/api-error';

export interface ErrorDescription {
  /** A sentence a teacher understands, saying what to do next. */
  message: string;
  /** Shown small, so support can find the server log line; only for failures that were not expected. */
  requestId: string | undefined;
  /**
   * An expected refusal (a 4xx: wrong password, a used link, no permission): said as a plain
   * sentence, without "Something went wrong" or a reference, since nothing did go wrong.
   */
  expected: boolean;
}

export function errorMessageKey(code: ApiErrorCode) {
  return `errors.code.${code}` as const;
}

/** Turns any thrown value into a translated sentence, the server's message as fallback. */
export function useDescribeError() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown): ErrorDescription => {
      if (!isApiError(error)) return { message: t('errors.unknown'), requestId: undefined, expected: false };
      const expected = error.status >= 400 && error.status < 500;
      return {
        message: t(errorMessageKey(error.code), { defaultValue: error.message }),
        requestId: expected ? undefined : error.requestId,
        expected,
      };
    },
    [t],
  );
}
