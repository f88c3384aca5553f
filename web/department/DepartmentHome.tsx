// A department's start page: each year's cycle, what it can do in it now, and its proposals with
// their status and the secretariat's feedback.
import { t } from '../app/i18n';
import { Page } from '../app/Page';
import { session } from '../app/session';
import { MyProposals } from '../solicitation/portal/MyProposals';

export function DepartmentHome() {
  return (
    <Page title={t('home.welcome', { name: session.state.account?.displayName ?? '' })} intro={t('sol.home.departmentIntro')}>
      <MyProposals />
    </Page>
  );
}
