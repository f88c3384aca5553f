// On the cycle page, once the cycle is in implementation (or later): the way into its projects,
// supervision, change requests and rectification orders, each with the number that matters.
import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { t } from '../../app/i18n';
import { createImplementationCounts, type ImplementationCounts } from './ImplementationTabs';

const LINKS: Array<{ path: string; label: Parameters<typeof t>[0]; count: keyof ImplementationCounts; alert: boolean }> = [
  { path: 'projects', label: 'sup.card.projects', count: 'projects', alert: false },
  { path: 'supervision', label: 'sup.card.unanswered', count: 'unanswered', alert: true },
  { path: 'changes', label: 'sup.card.pendingChanges', count: 'pendingChanges', alert: true },
  { path: 'rectifications', label: 'sup.card.openRectifications', count: 'openRectifications', alert: true },
];

export function ImplementationCard(props: { cycleId: string }) {
  const counts = createImplementationCounts(() => props.cycleId);
  return (
    <section class="card" aria-labelledby="cy-implementation">
      <h2 class="card-title" id="cy-implementation">
        {t('sup.card.title')}
      </h2>
      <ul class="plain-list cyimp-links">
        <For each={LINKS}>
          {(l) => {
            const n = () => counts.data()?.[l.count];
            return (
              <li>
                <A href={`/console/cycles/${props.cycleId}/${l.path}`} class="cyimp-link" classList={{ 'cyimp-alert': l.alert && (n() ?? 0) > 0 }}>
                  <span class="cyimp-count">{n() ?? '…'}</span>
                  <span>{t(l.label)}</span>
                </A>
              </li>
            );
          }}
        </For>
      </ul>
    </section>
  );
}
