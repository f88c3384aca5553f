// One ballot at the session: check the rules and the quorum, print the cards, open, watch the
// turnout live, close, enter paper totals (scrutineers), tally, certify (scrutineers), and switch
// what the hall screens show.
// The page puts together its sections (BallotTurnout, BallotControls, PaperSection, VoidSection,
// BallotResults, ScreenModeCard, BallotRulesCard, BallotDialogs); ballot-actions.ts runs the buttons.
import { A, useNavigate, useParams } from '@solidjs/router';
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { Page } from '../../app/Page';
import { session } from '../../app/session';
import { toasts } from '../../app/toasts';
import { createBallotLive } from '../../screen/live';
import { isEvaluationTally, type BallotState } from '../../tablet/hall-types';
import { createBallotActions } from './ballot-actions';
import { BallotControls } from './BallotControls';
import { CloseDialog, IssueDialog } from './BallotDialogs';
import { BallotResults } from './BallotResults';
import { BallotRulesCard } from './BallotRulesCard';
import { BallotTurnout } from './BallotTurnout';
import { EvaluationResultsSection, EvaluationRulesCard, isEvaluationBallot } from './evaluation';
import { ballotsApi } from './hall-api';
import { PaperSection } from './PaperSection';
import { printStore } from './print-store';
import { ScreenModeCard } from './ScreenModeCard';
import { VoidSection } from './VoidSection';
import './session.css';

const STEPS: BallotState[] = ['draft', 'open', 'closed', 'tallied', 'certified'];

export function BallotPage() {
  const params = useParams<{ id: string }>();
  const navigate = useNavigate();
  // Leaving the page (to the print page, say) clears the route's id just before the page is
  // disposed: there is nothing to load then, and asking would be GET /api/ballots/undefined.
  const ballot = createLoader(
    () => params.id,
    (id) => (id ? ballotsApi.get(id) : new Promise<never>(() => {})),
  );
  const live = createBallotLive(() => params.id);
  const [closing, setClosing] = createSignal(false);
  const [issuing, setIssuing] = createSignal(false);
  const snap = () => live.snapshot();
  const b = () => ballot.data();
  const state = (): BallotState | undefined => snap()?.state ?? b()?.state;
  const canEdit = () => session.canEdit();
  const actions = createBallotActions({ id: () => params.id, ballot, snap, navigate });

  // The live stream says when the state moves (from here or another desk): read the ballot again.
  createEffect(
    on(
      () => snap()?.state,
      (s, prev) => {
        if (prev && s !== prev) void ballot.reload();
      },
      { defer: true },
    ),
  );

  const runoffDue = () => {
    const r = snap()?.result;
    return !!r && !isEvaluationTally(r) && !!r.runoff;
  };

  return (
    <Page
      title={b()?.title ?? t('hall.ballots.title')}
      actions={
        <>
          <A href="/console/session/ballots" class="btn">
            {t('hall.control.back')}
          </A>
          <a href={`/screen/${params.id}`} target="_blank" rel="noopener" class="btn">
            {t('hall.control.openScreen')}
          </a>
        </>
      }
    >
      <Show when={ballot.error()}>
        <p class="form-message" role="alert">
          {ballot.error()}
        </p>
      </Show>
      <Show when={b()}>
        {(x) => (
          <>
            <ol class="ses-steps" aria-label={t('hall.control.steps')}>
              <For each={STEPS}>
                {(s) => (
                  <li
                    class="ses-step"
                    classList={{ 'ses-step-done': STEPS.indexOf(s) < STEPS.indexOf(state() ?? 'draft'), 'ses-step-now': s === state() }}
                    aria-current={s === state() ? 'step' : undefined}
                  >
                    {t(`hall.state.${s}`)}
                  </li>
                )}
              </For>
            </ol>
            <Show when={live.status() !== 'live'}>
              <p class="notice" role="status">
                {t('hall.control.reconnecting')}
              </p>
            </Show>

            <BallotTurnout ballot={x()} state={state()} snap={snap()} />

            <BallotControls
              ballot={x()}
              state={state()}
              actions={actions}
              runoffDue={runoffDue()}
              onIssue={() => setIssuing(true)}
              onClose={() => setClosing(true)}
            />

            <Show when={state() === 'open' || state() === 'closed'}>
              <PaperSection ballot={x()} state={state()!} />
            </Show>
            <VoidSection ballot={x()} onChanged={() => ballot.reload()} />

            <Show when={state() === 'tallied' || state() === 'certified'}>
              <Show when={isEvaluationBallot(x())} fallback={<BallotResults ballotId={x().id} version={`${state()}-${snap()?.head.seq ?? 0}`} />}>
                <EvaluationResultsSection ballotId={x().id} version={`${state()}-${snap()?.head.seq ?? 0}`} />
              </Show>
            </Show>

            <Show when={canEdit()}>
              <ScreenModeCard ballot={x()} mode={snap()?.screenMode} busy={!!actions.busy()} onMode={actions.setMode} />
            </Show>

            <Show when={isEvaluationBallot(x())} fallback={<BallotRulesCard ballot={x()} />}>
              <EvaluationRulesCard ballot={x()} />
            </Show>

            <Show when={closing()}>
              <CloseDialog
                onClose={() => setClosing(false)}
                // eslint-disable-next-line solid/reactivity -- onConfirm runs on submit, not in a tracked scope
                onConfirm={async (paper) => {
                  await ballotsApi.close(params.id, paper);
                  setClosing(false);
                  toasts.success(t('hall.control.closed'));
                  await ballot.reload();
                }}
                counts={{
                  cards: snap()?.cardsIssued ?? x().cardsIssued,
                  cast: snap()?.castCount ?? x().castCount,
                  present: snap()?.presentCount ?? null,
                }}
              />
            </Show>
            <Show when={issuing()}>
              <IssueDialog
                ballot={x()}
                onClose={() => setIssuing(false)}
                onIssued={(doc) => {
                  setIssuing(false);
                  printStore.set(doc);
                  navigate('/print/cards');
                }}
              />
            </Show>
          </>
        )}
      </Show>
    </Page>
  );
}
