import { ErrorCode, ORGANISATION_KINDS, PHASES, REGIONS } from '@commonroom/contracts';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ApiError, ClientErrorCode } from '../api/api-error';
import { errorMessageKey, useDescribeError } from './error-messages';
import { i18n } from './i18n';
import en from './locales/en.json';
import { lookUp } from '../../test/i18n-keys';
import { taxonomyKey, TRANSLATED_TAXONOMIES, useTermLabel, type TaxonomyName } from './taxonomy';

const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;

describe('English resources', () => {
  const taxonomyNames = Object.keys(TRANSLATED_TAXONOMIES) as TaxonomyName[];

  it.each(taxonomyNames)('label every %s term in the contracts', (taxonomy) => {
    const missing = TRANSLATED_TAXONOMIES[taxonomy]
      .map((term) => taxonomyKey(taxonomy, term.id as never))
      .filter((key) => typeof lookUp(en, key) !== 'string');
    expect(missing).toEqual([]);
  });

  it('have singular and plural counts for every organisation kind', () => {
    const missing = ORGANISATION_KINDS.flatMap(({ id }) => [
      `directory.kindCount.${id}_one`,
      `directory.kindCount.${id}_other`,
    ]).filter((key) => typeof lookUp(en, key) !== 'string');
    expect(missing).toEqual([]);
  });

  it('explain every server and client error code in words', () => {
    const codes = [...Object.values(ErrorCode), ...Object.values(ClientErrorCode)];
    const missing = codes.map(errorMessageKey).filter((key) => typeof lookUp(en, key) !== 'string');
    expect(missing).toEqual([]);
  });

  it('have no taxonomy entries the contracts no longer define', () => {
    const contractIds = { organisationKind: ORGANISATION_KINDS, region: REGIONS, phase: PHASES };
    const stale = taxonomyNames.flatMap((taxonomy) =>
      Object.keys(en.taxonomy[taxonomy])
        .filter((id) => !contractIds[taxonomy].some((term) => term.id === id))
        .map((id) => `${taxonomy}.${id}`),
    );
    expect(stale).toEqual([]);
  });
});

describe('useTermLabel', () => {
  it('translates a term by its id', () => {
    const { result } = renderHook(() => useTermLabel(), { wrapper });
    expect(result.current('organisationKind', 'hei')).toBe('University (HEI)');
    expect(result.current('region', 'yorkshire_and_the_humber')).toBe('Yorkshire and the Humber');
  });
});

describe('useDescribeError', () => {
  it('describes a server failure in a teacher’s words and keeps its request id for support', () => {
    const { result } = renderHook(() => useDescribeError(), { wrapper });
    const error = new ApiError({
      code: 'service_unavailable',
      message: 'Unavailable',
      status: 503,
      requestId: 'req-5',
    });

    expect(result.current(error)).toEqual({
      message: 'Commonroom is not available just now. Please try again in a few minutes.',
      requestId: 'req-5',
      expected: false,
    });
  });

  it('says an expected refusal (4xx) as a plain sentence, with no reference', () => {
    const { result } = renderHook(() => useDescribeError(), { wrapper });
    const error = new ApiError({ code: 'rate_limited', message: 'Too Many Requests', status: 429, requestId: 'req-6' });

    expect(result.current(error)).toEqual({
      message: 'There have been too many requests in a short time. Please wait a minute and try again.',
      requestId: undefined,
      expected: true,
    });
  });

  it('falls back to the server message for a code the client has no words for yet', () => {
    const { result } = renderHook(() => useDescribeError(), { wrapper });
    const error = new ApiError({
      code: 'brand_new_code' as ErrorCode,
      message: 'A newer server explains itself',
      status: 400,
    });

    expect(result.current(error).message).toBe('A newer server explains itself');
  });

  it('gives a general sentence for anything that is not an API error', () => {
    const { result } = renderHook(() => useDescribeError(), { wrapper });
    expect(result.current(new TypeError('x is undefined'))).toEqual({
      message: 'Something went wrong. Please try again.',
      requestId: undefined,
      expected: false,
    });
  });
});
