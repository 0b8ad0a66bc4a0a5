/** The feeds module's public surface (docs/feeds.md). */
export { FeedsModule } from './feeds.module';
export { FEEDS_ENTITIES } from './feeds.entities';
