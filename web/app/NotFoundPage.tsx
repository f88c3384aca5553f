import { A } from '@solidjs/router';
import { t } from './i18n';
import { usePageTitle } from './Page';

export function NotFoundPage() {
  usePageTitle(() => t('app.notFound'));
  return (
    <main id="main" class="app-status">
      <h1 class="page-title">{t('app.notFound')}</h1>
      <p>
        <A href="/" class="btn btn-primary">
          {t('app.backHome')}
        </A>
      </p>
    </main>
  );
}
