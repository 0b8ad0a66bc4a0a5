import { JobsMenuItem } from '../../features/admin-jobs';
import { AccountMenu } from '../../features/auth';
import { MessagesMenuItem, ReportsMenuItem } from '../../features/conversations';
import { NeedsCount } from '../../features/home';
import { NotificationBell } from '../../features/notifications';
import { ContactRequestsMenuItem } from '../../features/people';

// The header's tools for a signed-in person, in a chunk of their own (see lazy-signed-in-tools.tsx):
// the menu and the search box's suggestions are code a visitor's page never needs.
export { GlobalSearchBox as SearchBox } from '../../features/search';

/** What waits for a facilitator, the notifications bell, then the account menu with other features' entries. */
export function SignedInAccount() {
  return (
    <>
      <NeedsCount />
      <NotificationBell />
      <AccountMenu
        items={
          <>
            <MessagesMenuItem />
            <ContactRequestsMenuItem />
            <ReportsMenuItem />
            <JobsMenuItem />
          </>
        }
      />
    </>
  );
}
