// One cycle for the secretariat: its settings, how many proposals stand where, the public links
// (and a QR code for posters), and moving to the next phase — with every unmet precondition
// listed, before trying and when the server refuses.
import { A, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { errorMessage } from '../../app/api';
import { confirmAction } from '../../app/confirm';
import { t } from '../../app/i18n';
import { Page } from '../../app/Page';
import { session } from '../../app/session';
import { toasts } from '../../app/toasts';
import { createCycleDetail, cyclesApi } from '../../solicitation/cycles';
import { phaseLabel, PhaseBadge, statusLabel, When } from '../../solicitation/labels';
import { problemsOf, problemText } from '../../solicitation/problems';
import { PHASES, PROPOSAL_STATUSES, type Cycle, type CycleDetail, type Problem } from '../../solicitation/types';
import { ImplementationCard } from '../implementation/ImplementationCard';
import { CycleDialog } from './CycleDialog';
import { CyclePublicLinks } from './CyclePublicLinks';
import { CycleSettingsCard } from './CycleSettingsCard';
import { CycleTabs } from './CycleTabs';

export function CyclePage() {
  const params = useParams<{ id: string }>();
  const detail = createCycleDetail(() => params.id);
  const [editing, setEditing] = createSignal(false);
  const [refused, setRefused] = createSignal<{ problems: Problem[]; message: string } | null>(null);
  const cycle = () => detail.data()?.cycle;

  // The cycle's figures as they stand, so the move is confirmed knowing what it leaves behind:
  // proposals and suggestions up to the vote, then the projects the move creates or concerns.
  const countsText = (to: string) => {
    const n = detail.data()?.counts;
    if (!n) return '';
    if (to === 'implementation') return t('ask.phase.implementation', { n: n.selected ?? 0 });
    if (to === 'evaluation') return t('ask.phase.evaluation', { n: n.projects ?? 0 });
    if (to === 'closed') return t('ask.phase.closed', { n: n.projects ?? 0 });
    const parts = PROPOSAL_STATUSES.filter((s) => (n.proposals[s] ?? 0) > 0).map((s) => `${statusLabel(s)} ${n.proposals[s]}`);
    if (n.unprocessedSuggestions) parts.push(`${t('sol.cycle.unprocessedSuggestions')} ${n.unprocessedSuggestions}`);
    return parts.length ? t('ask.phase.counts', { counts: parts.join('，') }) : '';
  };

  const move = () => {
    const next = detail.data()?.next;
    const c = cycle();
    if (!next || !c) return;
    setRefused(null);
    confirmAction.ask({
      title: t('sol.phase.moveTitle', { phase: phaseLabel(next.phase) }),
      message: [
        t('sol.phase.moveMessage', { from: phaseLabel(c.phase), to: phaseLabel(next.phase) }),
        countsText(next.phase),
        t('ask.phase.irreversible'),
      ]
        .filter(Boolean)
        .join(''),
      confirmLabel: t('sol.phase.move'),
      run: async () => {
        try {
          const moved = await cyclesApi.movePhase(c.id, next.phase);
          toasts.success(t('sol.phase.moved', { phase: phaseLabel(moved.phase) }));
        } catch (err) {
          const problems = problemsOf(err);
          if (!problems.length) throw err;
          // Refused: the reasons go on the page, where they can be worked through.
          setRefused({ problems, message: errorMessage(err) });
        }
        void detail.reload();
      },
    });
  };

  return (
    <Page
      title={cycle()?.title ?? t('sol.cycles.title')}
      actions={
        <>
          <A href="/console/cycles" class="btn">
            {t('sol.cycles.back')}
          </A>
          <Show when={session.canEdit() && cycle() && (cycle()!.phase === 'solicitation' || cycle()!.phase === 'screening')}>
            <button type="button" class="btn" onClick={() => setEditing(true)}>
              {t('sol.cycle.editTitle')}
            </button>
          </Show>
        </>
      }
    >
      <CycleTabs cycleId={params.id} />
      <Show when={detail.error()}>
        <p class="form-message" role="alert">
          {detail.error()}
        </p>
      </Show>
      <Show
        when={cycle()}
        fallback={
          <Show when={!detail.error()}>
            <p class="muted">{t('common.loading')}</p>
          </Show>
        }
      >
        {(c) => (
          <>
            <ol class="phase-steps" aria-label={t('sol.phase.steps')}>
              <For each={[...PHASES]}>
                {(ph, i) => (
                  <li
                    classList={{ 'step-done': PHASES.indexOf(c().phase) > i(), 'step-current': c().phase === ph }}
                    aria-current={c().phase === ph ? 'step' : undefined}
                  >
                    {phaseLabel(ph)}
                  </li>
                )}
              </For>
            </ol>

            <Show when={refused()}>
              {(r) => (
                <div class="card card-error" role="alert">
                  <h2 class="card-title">{t('sol.phase.refused')}</h2>
                  <ul class="problem-list">
                    <For each={r().problems}>{(p) => <li>{problemText(p)}</li>}</For>
                  </ul>
                </div>
              )}
            </Show>

            {/* Phase 3 on: the projects, supervision, changes and rectifications of the cycle. */}
            <Show when={c().phase === 'implementation' || c().phase === 'evaluation' || c().phase === 'closed'}>
              <ImplementationCard cycleId={c().id} />
            </Show>

            <div class="grid-2">
              <PhaseCard cycle={c()} next={detail.data()?.next} onMove={move} />

              <CountsCard cycleId={c().id} counts={detail.data()?.counts} />
            </div>

            <CycleSettingsCard cycle={c()} />

            <CyclePublicLinks cycle={c()} />
          </>
        )}
      </Show>
      <Show when={editing() && cycle()}>
        <CycleDialog
          cycle={cycle()!}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            toasts.success(t('sol.cycle.saved', { title: saved.title }));
            void detail.reload();
          }}
        />
      </Show>
    </Page>
  );
}

/** The current phase, what the next one needs (every unmet precondition), and the move to it. */
function PhaseCard(props: { cycle: Cycle; next: CycleDetail['next']; onMove: () => void }) {
  return (
    <section class="card" aria-labelledby="cy-phase">
      <h2 class="card-title" id="cy-phase">
        {t('sol.phase.current')} <PhaseBadge phase={props.cycle.phase} />
      </h2>
      <p class="muted small">
        {t('sol.phase.since')} <When at={props.cycle.phaseChangedAt} />
      </p>
      <Show when={props.next} fallback={<p>{t('sol.phase.last')}</p>}>
        {(next) => (
          <>
            <h3 class="subhead">{t('sol.phase.nextNeeds', { phase: phaseLabel(next().phase) })}</h3>
            <Show when={next().problems.length} fallback={<p class="text-ok">✓ {t('sol.phase.ready')}</p>}>
              <ul class="problem-list">
                <For each={next().problems}>{(p) => <li>{problemText(p)}</li>}</For>
              </ul>
            </Show>
            <Show when={session.canEdit()}>
              <button type="button" class="btn btn-primary" onClick={() => props.onMove()}>
                {t('sol.phase.moveTo', { phase: phaseLabel(next().phase) })}
              </button>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}

/** How many proposals stand at each status, and the suggestions not yet processed, each linking to its list. */
function CountsCard(props: { cycleId: string; counts: CycleDetail['counts'] }) {
  return (
    <section class="card" aria-labelledby="cy-counts">
      <h2 class="card-title" id="cy-counts">
        {t('sol.cycle.counts')}
      </h2>
      <dl class="summary summary-compact">
        <For each={PROPOSAL_STATUSES.filter((s) => s !== 'draft')}>
          {(s) => (
            <div>
              <dt>{statusLabel(s)}</dt>
              <dd>
                <A href={`/console/cycles/${props.cycleId}/screening?status=${s}`}>{props.counts?.proposals[s] ?? 0}</A>
              </dd>
            </div>
          )}
        </For>
        <div>
          <dt>{statusLabel('draft')}</dt>
          <dd>{props.counts?.proposals.draft ?? 0}</dd>
        </div>
        <div>
          <dt>{t('sol.cycle.unprocessedSuggestions')}</dt>
          <dd>
            <Show when={session.canEdit()} fallback={props.counts?.unprocessedSuggestions ?? 0}>
              <A href={`/console/cycles/${props.cycleId}/suggestions?status=received`}>{props.counts?.unprocessedSuggestions ?? 0}</A>
            </Show>
          </dd>
        </div>
      </dl>
    </section>
  );
}
