import { NotFoundState } from '../shared/components/not-found-state';

/** The catch-all route for an address the app does not know. */
export function NotFoundPage() {
  return <NotFoundState />;
}
