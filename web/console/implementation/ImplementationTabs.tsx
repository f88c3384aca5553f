// The secretariat's pages of a cycle in implementation: back to the cycle, its projects,
// supervision, change requests and rectification orders, each tab with the number that asks for
// attention (unanswered items, changes awaiting a decision, open rectifications).
import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { implementationApi } from './implementation';
import './implementation.css';

// Pages bump this after an action so the tab counts follow without a reload.
const [version, setVersion] = createSignal(0);
export const refreshImplementationCounts = () => setVersion((v) => v + 1);

export interface ImplementationCounts {
  projects: number;
  unanswered: number;
  pendingChanges: number;
  openRectifications: number;
}

/** Four small reads: a cycle has tens of projects, so this is cheap. */
export function createImplementationCounts(cycleId: () => string) {
  return createLoader(
    () => ({ cycleId: cycleId(), v: version() }),
    async ({ cycleId: id }): Promise<ImplementationCounts> => {
      const [projects, items, changes, rects] = await Promise.all([
        implementationApi.projects({ cycleId: id }),
        implementationApi.items({ cycleId: id, unanswered: true }),
        implementationApi.changes({ cycleId: id, status: 'pending' }),
        implementationApi.rectifications({ cycleId: id, status: 'open' }),
      ]);
      return { projects: projects.total, unanswered: items.unanswered, pendingChanges: changes.pending, openRectifications: rects.open };
    },
  );
}

function Count(props: { n: number | undefined; alert?: boolean }) {
  return (
    <Show when={props.n !== undefined}>
      <span class="tab-count" classList={{ 'tab-count-alert': !!props.alert && (props.n ?? 0) > 0 }}>
        {props.n}
      </span>
    </Show>
  );
}

export function ImplementationTabs(props: { cycleId: string }) {
  const counts = createImplementationCounts(() => props.cycleId);
  const base = () => `/console/cycles/${props.cycleId}`;
  const c = () => counts.data();
  return (
    <nav class="tabs imp-tabs" aria-label={t('sup.tabs.label')}>
      <A href={base()} end class="tab" activeClass="tab-active">
        {t('sup.tabs.cycle')}
      </A>
      <A href={`${base()}/projects`} class="tab" activeClass="tab-active">
        {t('sup.tabs.projects')} <Count n={c()?.projects} />
      </A>
      <A href={`${base()}/supervision`} class="tab" activeClass="tab-active">
        {t('sup.tabs.supervision')} <Count n={c()?.unanswered} alert />
        <Show when={c()}>
          <span class="sr-only">{t('sup.tabs.unansweredSr')}</span>
        </Show>
      </A>
      <A href={`${base()}/changes`} class="tab" activeClass="tab-active">
        {t('sup.tabs.changes')} <Count n={c()?.pendingChanges} alert />
        <Show when={c()}>
          <span class="sr-only">{t('sup.tabs.pendingSr')}</span>
        </Show>
      </A>
      <A href={`${base()}/rectifications`} class="tab" activeClass="tab-active">
        {t('sup.tabs.rectifications')} <Count n={c()?.openRectifications} alert />
        <Show when={c()}>
          <span class="sr-only">{t('sup.tabs.openSr')}</span>
        </Show>
      </A>
    </nav>
  );
}
