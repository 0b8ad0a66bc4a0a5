/** What other modules may use of contacts. */
export { ContactsModule } from './contacts.module';
export { ContactRequestsService } from './contact-requests.service';
