// Change requests (调整、暂缓、恢复、终止) of a cycle's projects: what each would change (old → new),
// the department's reasons, and the standing committee's decision — recorded here by the
// secretariat. Requests awaiting a decision come first.
import { A, useParams } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { Page } from '../../app/Page';
import { session } from '../../app/session';
import { toasts } from '../../app/toasts';
import { createCycleDetail } from '../../solicitation/cycles';
import { ChangeCard } from './ChangeCard';
import { DecisionDialog } from './DecisionDialog';
import { ImplementationTabs, refreshImplementationCounts } from './ImplementationTabs';
import { implementationApi, type Change, type ChangeStatus, type ProjectDetail } from './implementation';
import { changeStatusLabel } from './labels';

const STATUSES: ChangeStatus[] = ['pending', 'approved', 'rejected', 'withdrawn'];

export function ChangesPage() {
  const params = useParams<{ id: string }>();
  const detail = createCycleDetail(() => params.id);
  // All of them at once (a cycle has few), so every status chip can show its count.
  const changes = createLoader(
    () => params.id,
    (cycleId) => implementationApi.changes({ cycleId }),
  );
  // The terms in force of projects with a pending request, to compare with what it proposes.
  const currents = createLoader(
    () => [...new Set((changes.data()?.changes ?? []).filter((c) => c.status === 'pending').map((c) => c.projectId))],
    async (ids) => new Map(await Promise.all(ids.map(async (id) => [id, (await implementationApi.project(id)).project] as const))),
  );
  const [status, setStatus] = createSignal<ChangeStatus | ''>('');
  const [deciding, setDeciding] = createSignal<Change | null>(null);
  const all = () => changes.data()?.changes ?? [];
  const count = (s: ChangeStatus) => all().filter((c) => c.status === s).length;
  const shown = createMemo(() => {
    const list = all().filter((c) => !status() || c.status === status());
    return [...list.filter((c) => c.status === 'pending'), ...list.filter((c) => c.status !== 'pending')];
  });
  const current = (projectId: string): ProjectDetail['project'] | undefined => currents.data()?.get(projectId);
  const mayDecide = () => session.canEdit() && !!detail.data() && detail.data()!.cycle.phase !== 'closed';

  const decided = (c: Change) => {
    setDeciding(null);
    toasts.success(
      c.status === 'approved'
        ? t('sup.decision.doneApproved', { project: c.projectTitle ?? '' })
        : t('sup.decision.doneRejected', { project: c.projectTitle ?? '' }),
    );
    void changes.reload();
    refreshImplementationCounts();
  };

  return (
    <Page
      title={detail.data() ? t('sup.changes.title', { cycle: detail.data()!.cycle.title }) : t('sup.tabs.changes')}
      intro={t('sup.changes.intro')}
      actions={
        <A href={`/console/cycles/${params.id}`} class="btn">
          {t('sup.back.cycle')}
        </A>
      }
    >
      <ImplementationTabs cycleId={params.id} />
      <Show when={!session.canEdit()}>
        <p class="notice">{t('common.readOnly')}</p>
      </Show>
      <div class="status-chips" role="group" aria-label={t('sup.field.status')}>
        <button type="button" class="chip-button" aria-pressed={status() === ''} onClick={() => setStatus('')}>
          {t('common.all')} <span class="chip-count">{all().length}</span>
        </button>
        <For each={STATUSES}>
          {(s) => (
            <button type="button" class="chip-button" aria-pressed={status() === s} onClick={() => setStatus(s)}>
              {changeStatusLabel(s)} <span class="chip-count">{count(s)}</span>
            </button>
          )}
        </For>
      </div>
      <Show when={changes.error()}>
        <p class="form-message" role="alert">
          {changes.error()}
        </p>
      </Show>
      <Show
        when={shown().length}
        fallback={<p class="muted">{changes.data() ? (status() ? t('sup.changes.noMatch') : t('sup.changes.empty')) : t('common.loading')}</p>}
      >
        <ul class="plain-list change-cards">
          <For each={shown()}>
            {(c) => (
              <li>
                <ChangeCard
                  change={c}
                  current={current(c.projectId)}
                  projectHref={`/console/projects/${c.projectId}`}
                  onDecide={mayDecide() && c.status === 'pending' ? () => setDeciding(c) : undefined}
                />
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={deciding()} keyed>
        {(c) => <DecisionDialog change={c} current={current(c.projectId)} onClose={() => setDeciding(null)} onDecided={decided} />}
      </Show>
    </Page>
  );
}
