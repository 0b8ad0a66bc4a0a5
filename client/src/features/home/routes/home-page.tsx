import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../shared/components/loading-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { useSession } from '../../auth';
import { SignedInHome } from '../components/signed-in-home';
import { SignedOutHome } from '../components/signed-out-home';

/** `/`: what is new for someone signed in; what Commonroom is for, for everyone else. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const session = useSession();
  if (session.isPending) return <LoadingState />;
  return session.data?.user ? <SignedInHome /> : <SignedOutHome />;
}
