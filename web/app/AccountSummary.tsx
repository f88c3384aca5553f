// Who I am here: name, username, role and congress.
import { Show } from 'solid-js';
import { t, tMaybe } from './i18n';
import { session } from './session';

export function AccountSummary() {
  return (
    <Show when={session.state.account}>
      {(a) => (
        <dl class="card summary">
          <div>
            <dt>{t('field.displayName')}</dt>
            <dd>{a().displayName}</dd>
          </div>
          <div>
            <dt>{t('field.username')}</dt>
            <dd>{a().username}</dd>
          </div>
          <div>
            <dt>{t('home.role')}</dt>
            <dd>{tMaybe(`role.${a().role}`, a().role)}</dd>
          </div>
          <div>
            <dt>{t('home.congress')}</dt>
            <dd>{session.state.congress?.name}</dd>
          </div>
        </dl>
      )}
    </Show>
  );
}
