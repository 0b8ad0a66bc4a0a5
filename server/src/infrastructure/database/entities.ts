import { OutboxEventEntity } from '../events/outbox-event.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';

/**
 * Every entity, listed explicitly (no globs): the app, the CLI and migration generation all
 * read this one list. A feature adds its entities here.
 */
export const ENTITIES = [OutboxEventEntity, OrganisationEntity];
