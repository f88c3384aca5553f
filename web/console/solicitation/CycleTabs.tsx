// The pages of one cycle: overview, screening, public suggestions, candidate list.
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../app/i18n';
import { session } from '../../app/session';

export function CycleTabs(props: { cycleId: string; title?: string }) {
  const base = () => `/console/cycles/${props.cycleId}`;
  return (
    <nav class="tabs" aria-label={t('sol.tabs.label')}>
      <A href={base()} end class="tab" activeClass="tab-active">
        {t('sol.tabs.overview')}
      </A>
      <A href={`${base()}/screening`} class="tab" activeClass="tab-active">
        {t('sol.tabs.screening')}
      </A>
      <Show when={session.canEdit()}>
        <A href={`${base()}/suggestions`} class="tab" activeClass="tab-active">
          {t('sol.tabs.suggestions')}
        </A>
      </Show>
      <A href={`${base()}/candidate-list`} class="tab" activeClass="tab-active">
        {t('sol.tabs.list')}
      </A>
    </nav>
  );
}
