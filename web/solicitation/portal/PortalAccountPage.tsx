// My account in a portal: who I am here, and a new password.
import { AccountSummary } from '../../app/AccountSummary';
import { ChangePasswordForm } from '../../app/ChangePasswordForm';
import { t } from '../../app/i18n';
import { Page } from '../../app/Page';

export function PortalAccountPage() {
  return (
    <Page title={t('nav.myAccount')}>
      <div class="stack narrow">
        <AccountSummary />
        <ChangePasswordForm />
      </div>
    </Page>
  );
}
