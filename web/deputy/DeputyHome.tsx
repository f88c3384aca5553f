// A deputy's start page. Proposals, materials and evaluation come in later issues.
import { AccountSummary } from '../app/AccountSummary';
import { ChangePasswordForm } from '../app/ChangePasswordForm';
import { t } from '../app/i18n';
import { Page } from '../app/Page';
import { RequireRole } from '../app/RequireRole';
import { session } from '../app/session';
import { Shell } from '../app/Shell';

export function DeputyHome() {
  return (
    <RequireRole roles={['deputy']}>
      <Shell>
        <Page title={t('home.welcome', { name: session.state.account?.displayName ?? '' })} intro={t('home.deputyIntro')}>
          <div class="stack narrow">
            <AccountSummary />
            <ChangePasswordForm />
          </div>
        </Page>
      </Shell>
    </RequireRole>
  );
}
