import type { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { CachingSearchEngine } from './caching-search-engine';
import { PostgresSearchEngine } from './postgres/postgres-search-engine';
import { SEARCH_ENGINE, type SearchEngine } from './search-engine';

/**
 * The configured engine: Meilisearch when `MEILI_URL` is set, otherwise PostgreSQL, behind a
 * short-lived answer cache unless `SEARCH_CACHE_SECONDS` is 0. The Meilisearch adapter (and its
 * client library) is imported only when it is used.
 */
export const searchEngineProvider: Provider = {
  provide: SEARCH_ENGINE,
  inject: [APP_CONFIG, getDataSourceToken(), PostgresSearchEngine],
  useFactory: async (
    config: AppConfig,
    dataSource: DataSource,
    postgres: PostgresSearchEngine,
  ): Promise<SearchEngine> => {
    const engine = await configuredEngine(config, dataSource, postgres);
    return config.search.cacheSeconds > 0 ? new CachingSearchEngine(engine, config.search.cacheSeconds) : engine;
  },
};

async function configuredEngine(
  config: AppConfig,
  dataSource: DataSource,
  postgres: PostgresSearchEngine,
): Promise<SearchEngine> {
  const { meiliUrl, meiliApiKey } = config.search;
  if (!meiliUrl) return postgres;
  const [{ MeilisearchSearchEngine }, { SearchDocumentSource }] = await Promise.all([
    import('./meilisearch/meilisearch-search-engine.js'),
    import('./meilisearch/documents.js'),
  ]);
  return new MeilisearchSearchEngine({ url: meiliUrl, apiKey: meiliApiKey }, new SearchDocumentSource(dataSource));
}
