import type { SearchResult } from '@commonroom/contracts';
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SiteSearch } from '../api/search.api';
import { searchHref } from '../routes/search-params';

/** "Showing results for physics. Search instead for phsyics": the words searched, and a way back to the typed ones. */
export function CorrectionNotice({ corrected, search }: { corrected: string; search: SiteSearch }) {
  const { t } = useTranslation();
  return (
    <Text>
      {t('search.results.corrected', { query: corrected })}{' '}
      {/* Underlined: a link inside a sentence must not be told apart by colour alone. */}
      <Anchor component={Link} to={searchHref({ ...search, exact: true, page: 1 })} underline="always">
        {t('search.results.searchInstead', { query: search.q })}
      </Anchor>
    </Text>
  );
}

/** On "All" only the best few people lead the list: a link to every one of them, under People. */
export function MorePeople({ result, search }: { result: SearchResult; search: SiteSearch }) {
  const { t } = useTranslation();
  const people = result.facets.type.find((f) => f.value === 'person')?.count ?? 0;
  const listed = result.items.filter((item) => item.type === 'person').length;
  if (search.type || search.page > 1 || people <= listed) return null;
  return (
    <Anchor component={Link} to={searchHref({ ...search, type: 'person', page: 1 })}>
      {t('search.results.allPeople', { count: people })}
    </Anchor>
  );
}
