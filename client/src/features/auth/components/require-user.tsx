import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { signInHref } from '../../../shared/routing/return-to';
import { useSession } from '../api/session';

/**
 * A layout route for pages that need someone signed in: anyone else goes to sign in, and comes
 * back to this page (query string included, so a link's token survives) afterwards.
 */
export function RequireUser() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.user) return <Navigate to={signInHref(location.pathname + location.search)} replace />;
  return <Outlet />;
}
