/** What other modules may use of partnerships. */
export { PartnershipsModule } from './partnerships.module';
export { PARTNERSHIPS_READ_MODELS } from './partnerships.read-models';
export { PartnershipsService } from './partnerships.service';
