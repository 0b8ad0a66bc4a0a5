import { OutboxEventEntity } from '../events/outbox-event.entity';
import { IdempotencyKeyEntity } from '../idempotency/idempotency-key.entity';
import { StreamEventEntity } from '../realtime/stream-event.entity';
import { StreamHeadEntity } from '../realtime/stream-head.entity';

/**
 * Infrastructure's own tables. Features register theirs in `<module>.entities.ts`; the composition
 * root (`src/app.entities.ts`) joins the lists, so infrastructure never imports a feature.
 */
export const INFRASTRUCTURE_ENTITIES = [OutboxEventEntity, IdempotencyKeyEntity, StreamEventEntity, StreamHeadEntity];

/** Entity classes as TypeORM takes them. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityClasses = readonly Function[];
