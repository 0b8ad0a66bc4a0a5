import type { EntityClasses } from '../../infrastructure/database/entities';
import { FeedTokenEntity } from './feed-token.entity';

export const FEEDS_ENTITIES: EntityClasses = [FeedTokenEntity];
