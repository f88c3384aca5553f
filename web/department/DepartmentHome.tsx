// A department's start page. Project submission and progress reports come in later issues.
import { AccountSummary } from '../app/AccountSummary';
import { ChangePasswordForm } from '../app/ChangePasswordForm';
import { t } from '../app/i18n';
import { Page } from '../app/Page';
import { RequireRole } from '../app/RequireRole';
import { session } from '../app/session';
import { Shell } from '../app/Shell';

export function DepartmentHome() {
  return (
    <RequireRole roles={['department']}>
      <Shell>
        <Page title={t('home.welcome', { name: session.state.account?.displayName ?? '' })} intro={t('home.departmentIntro')}>
          <div class="stack narrow">
            <AccountSummary />
            <ChangePasswordForm />
          </div>
        </Page>
      </Shell>
    </RequireRole>
  );
}
