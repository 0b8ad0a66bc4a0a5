import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiErrorCode } from '../api/api-error';

export interface ErrorDescription {
  /** A sentence a teacher understands, saying what to do next. */
  message: string;
  /** Shown small, so support can find the server log line. */
  requestId: string | undefined;
}

export function errorMessageKey(code: ApiErrorCode) {
  return `errors.code.${code}` as const;
}

/** Turns any thrown value into a translated sentence, the server's message as fallback. */
export function useDescribeError() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown): ErrorDescription => {
      if (!isApiError(error)) return { message: t('errors.unknown'), requestId: undefined };
      return {
        message: t(errorMessageKey(error.code), { defaultValue: error.message }),
        requestId: error.requestId,
      };
    },
    [t],
  );
}
