import { SearchLexiconSourceEntity } from './search-lexicon-source.entity';
import { SearchLexiconEntity } from './search-lexicon.entity';

/** The tables this module owns (docs/architecture.md, "Who owns which table"). */
export const SEARCH_ENTITIES = [SearchLexiconEntity, SearchLexiconSourceEntity];
