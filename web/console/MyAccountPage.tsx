import { AccountSummary } from '../app/AccountSummary';
import { ChangePasswordForm } from '../app/ChangePasswordForm';
import { t } from '../app/i18n';
import { Page } from '../app/Page';

export function MyAccountPage() {
  return (
    <Page title={t('myAccount.title')}>
      <div class="stack narrow">
        <AccountSummary />
        <ChangePasswordForm />
      </div>
    </Page>
  );
}
