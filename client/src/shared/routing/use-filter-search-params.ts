import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** How one listing keeps its filters in the URL. */
export interface FilterCodec<F extends { page: number }> {
  parse(params: URLSearchParams): F;
  toParams(filters: Partial<F>): URLSearchParams;
  /** A link to the listing with these filters. */
  href(filters: Partial<F>): string;
}

/**
 * A listing's filters from the URL, with a setter that writes one back (returning to page 1),
 * a reset, and links to other pages of the same results. Every filtered listing uses this.
 */
export function useFilterSearchParams<F extends { page: number }, Name extends string>(codec: FilterCodec<F>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => codec.parse(searchParams), [codec, searchParams]);

  const setFilter = useCallback(
    (name: Name, value: string | undefined, options: { replace?: boolean } = {}) => {
      setSearchParams(
        (current) => {
          const next = codec.toParams({ ...codec.parse(current), page: 1 });
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: options.replace ?? false },
      );
    },
    [codec, setSearchParams],
  );

  const clearFilters = useCallback(() => setSearchParams(new URLSearchParams()), [setSearchParams]);
  const pageHref = useCallback((page: number) => codec.href({ ...filters, page }), [codec, filters]);

  return { filters, setFilter, clearFilters, pageHref };
}
