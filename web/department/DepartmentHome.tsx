// A department's start page: what waits on it in its projects (when it has any), then each year's
// cycle, what it can do in it now, and its proposals with their status and the secretariat's feedback.
import { t } from '../app/i18n';
import { Page } from '../app/Page';
import { session } from '../app/session';
import { MyProposals } from '../solicitation/portal/MyProposals';
import { NeedsAction } from './NeedsAction';

export function DepartmentHome() {
  return (
    <Page title={t('home.welcome', { name: session.state.account?.displayName ?? '' })} intro={t('sol.home.departmentIntro')}>
      <NeedsAction />
      <MyProposals />
    </Page>
  );
}
