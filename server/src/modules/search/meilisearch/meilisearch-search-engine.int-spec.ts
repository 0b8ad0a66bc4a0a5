import { externalServicesEnv } from '../../../../test/support/test-app';
import { describeSearchEngineContract } from '../../../../test/support/search-engine.contract';
import { SEARCH_ENGINE, type SearchEngine } from '../search-engine';

/**
 * The shared contract suite against a real Meilisearch, wired by the app itself from `MEILI_URL`
 * (so the config and the engine provider are exercised too). No server can be installed on the
 * development machine, so without `MEILI_URL` the suite is skipped, and says so loudly: in the
 * test output (the suite's name, which the `npm test` summary lists) and on the console.
 */
const env = externalServicesEnv();
const SKIPPED = 'Meilisearch contract suite SKIPPED: set MEILI_URL to run it against a real server';

if (env.MEILI_URL) {
  // The suite seeds rows straight into PostgreSQL and calls reindex() before querying.
  describeSearchEngineContract(
    'Meilisearch',
    (_dataSource, app) => app.app.get<SearchEngine>(SEARCH_ENGINE),
    env as Record<string, string>,
  );
} else {
  console.warn(SKIPPED);
  describe.skip(SKIPPED, () => {
    it('runs the shared SearchEngine contract against Meilisearch', () => undefined);
  });
}
