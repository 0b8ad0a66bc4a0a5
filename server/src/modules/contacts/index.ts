/** What other modules may use of contacts. */
export { ContactsModule } from './contacts.module';
export { ContactRequestsService } from './contact-requests.service';
export { CONTACTS_READ_MODELS } from './contacts.read-models';
