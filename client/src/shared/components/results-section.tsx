import type { Page } from '@commonroom/contracts';
import { Stack, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorState } from './error-state';
import { ResultCount } from './result-count';
import { ResultsPagination } from './results-pagination';

/** The parts of a TanStack query result the section reads (kept structural so `D` is inferred). */
interface ResultsQuery<D> {
  data: D | undefined;
  error: unknown;
  isError: boolean;
  isFetching: boolean;
  isPlaceholderData: boolean;
  refetch: () => unknown;
}

interface ResultsSectionProps<D extends Page<unknown>> {
  /** The results heading's id; the section is labelled by it. */
  headingId: string;
  heading: string;
  /** When the page's layout already says where the results are, the heading is for screen readers only. */
  headingHidden?: boolean;
  query: ResultsQuery<D>;
  searchingLabel: string;
  /** "12 people found", from the answer. */
  countLabel: (data: D) => string;
  /** Between the count and the results, e.g. "Showing results for …". */
  note?: ReactNode;
  page: number;
  pageHref: (page: number) => string;
  /** Pages beyond this are not offered, for engines that stop counting (search caps at 50). */
  maxPages?: number;
  /** Shown when the page has no items. */
  empty: ReactNode;
  children: (items: D['items']) => ReactNode;
}

/**
 * The results half of every finder (organisations, communities, people, search): a heading, a
 * live count that doubles as the loading indicator, the error with a retry, the empty state, the
 * items and previous/next links. The previous results stay on screen, marked busy, while the
 * next ones load, so nothing flashes.
 */
export function ResultsSection<D extends Page<unknown>>(props: ResultsSectionProps<D>) {
  const { query, headingId, heading, pageHref, page } = props;
  const data = query.isError ? undefined : query.data;
  const title = (
    <Title order={2} size={props.headingHidden ? undefined : 'h4'} id={headingId}>
      {heading}
    </Title>
  );
  const total = data && props.maxPages ? Math.min(data.total, data.pageSize * props.maxPages) : data?.total;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      {props.headingHidden ? <VisuallyHidden>{title}</VisuallyHidden> : title}
      <ResultCount
        isSearching={query.isFetching}
        searchingLabel={props.searchingLabel}
        countLabel={data ? props.countLabel(data) : undefined}
      />
      {props.note}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {data && (
        <div aria-busy={query.isPlaceholderData}>
          {data.items.length === 0 ? props.empty : props.children(data.items)}
          <ResultsPagination page={page} pageSize={data.pageSize} total={total ?? 0} pageHref={pageHref} />
        </div>
      )}
    </Stack>
  );
}

/** The found items as a plain list named for screen readers ("People found"), one `<li>` each. */
export function ResultList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
      {children}
    </Stack>
  );
}
