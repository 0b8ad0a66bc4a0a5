import { describeSearchEngineContract } from '../../../../test/support/search-engine.contract';
import { PostgresSearchEngine } from './postgres-search-engine';

describeSearchEngineContract('PostgreSQL', (_dataSource, app) => app.app.get(PostgresSearchEngine));
