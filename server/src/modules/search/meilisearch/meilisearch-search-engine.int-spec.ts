import type { DataSource } from 'typeorm';
import { describeSearchEngineContract } from '../search-engine.contract';
import { SearchDocumentSource } from './documents';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';

/**
 * The shared contract suite against a real Meilisearch. No server can be installed on the
 * development machine, so without `MEILI_URL` the suite is skipped, and says so loudly: in the
 * test output (the suite's name) and on the console.
 */
const url = process.env.MEILI_URL;
const SKIPPED = 'Meilisearch contract suite SKIPPED: set MEILI_URL to run it against a real server';

if (url) {
  // The suite seeds rows straight into PostgreSQL and calls reindex() before querying.
  describeSearchEngineContract('Meilisearch', (dataSource: DataSource) => new MeilisearchSearchEngine({ url, apiKey: process.env.MEILI_API_KEY }, new SearchDocumentSource(dataSource)));
} else {
  console.warn(SKIPPED);
  describe.skip(SKIPPED, () => {
    it('runs the shared SearchEngine contract against Meilisearch', () => undefined);
  });
}
