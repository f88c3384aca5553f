// One ballot at the session: check the rules and the quorum, print the cards, open, watch the
// turnout live, close, enter paper totals (scrutineers), tally, certify (scrutineers), and switch
// what the hall screens show.
import { A, useNavigate, useParams } from '@solidjs/router';
import { createEffect, createMemo, createResource, createSignal, For, on, Show, type JSX } from 'solid-js';
import { errorMessage } from '../../app/api';
import { confirmAction } from '../../app/confirm';
import { DataTable } from '../../app/DataTable';
import { FormDialog } from '../../app/Dialog';
import { SelectField, TextField } from '../../app/fields';
import { createFormErrors } from '../../app/form-errors';
import { formatDateTime, lang, t, type MessageKey } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { Page } from '../../app/Page';
import { session } from '../../app/session';
import { toasts } from '../../app/toasts';
import { DEFAULT_QUORUM, openProblems } from '@contract/domain';
import { validateRules } from '@contract/domain';
import { createBallotLive } from '../../screen/live';
import { wan } from '../../tablet/BallotForm';
import { EVAL_MARK, evaluationChoices } from '../../tablet/evaluation-labels';
import { isEvaluationTally, shortHash, type BallotState, type BallotView, type ScreenMode } from '../../tablet/hall-types';
import { QuorumCard } from './AttendancePage';
import { StateBadge } from './BallotsPage';
import { EvaluationResultsSection, EvaluationRulesCard, isEvaluationBallot } from './evaluation';
import { ballotsApi, sittingsApi, type PaperTotals, type ResultCandidate, type Results } from './hall-api';
import { printStore } from './print-store';
import { VoidSection } from './VoidSection';
import './session.css';

const STEPS: BallotState[] = ['draft', 'open', 'closed', 'tallied', 'certified'];
const MODES: ScreenMode[] = ['auto', 'welcome', 'candidates', 'turnout', 'results'];

export function BallotPage() {
  const params = useParams<{ id: string }>();
  const navigate = useNavigate();
  const ballot = createLoader(() => params.id, (id) => ballotsApi.get(id));
  const live = createBallotLive(() => params.id);
  const [actionError, setActionError] = createSignal('');
  const [checks, setChecks] = createSignal<{ ok: boolean; lines: string[] } | null>(null);
  const [busy, setBusy] = createSignal('');
  const [closing, setClosing] = createSignal(false);
  const [issuing, setIssuing] = createSignal(false);
  const snap = () => live.snapshot();
  const b = () => ballot.data();
  const state = (): BallotState | undefined => snap()?.state ?? b()?.state;
  const canEdit = () => session.canEdit();
  const isScrutineer = () => session.state.account?.role === 'scrutineer';

  // The live stream says when the state moves (from here or another desk): read the ballot again.
  createEffect(on(() => snap()?.state, (s, prev) => { if (prev && s !== prev) void ballot.reload(); }, { defer: true }));

  const run = async (name: string, fn: () => Promise<unknown>, done?: string) => {
    setBusy(name);
    setActionError('');
    try {
      await fn();
      if (done) toasts.success(done);
      await ballot.reload();
    } catch (err) {
      setActionError(errorMessage(err));
    } finally {
      setBusy('');
    }
  };

  const check = async () => {
    const x = b();
    if (!x) return;
    setActionError('');
    try {
      const s = await sittingsApi.summary(x.sittingId);
      const problems = openProblems({
        state: x.state, roster: s.rosterCount, present: s.presentCount, quorum: x.rules.quorum ?? DEFAULT_QUORUM,
        // An evaluation's rules have no seats; they were checked when it was created.
        candidateCount: x.candidates.length, ruleErrors: isEvaluationBallot(x) ? [] : validateRules(x.rules as Parameters<typeof validateRules>[0], x.candidates.length),
      });
      const lines = problems.map((p) => (lang() === 'zh' ? p.zh : p.en));
      const cards = snap()?.cardsIssued ?? x.cardsIssued;
      const notes = [t('hall.check.counts', { roster: s.rosterCount, present: s.presentCount, needed: s.quorumNeeded })];
      if (cards === 0) lines.push(t('hall.check.noCards'));
      else if (cards < s.presentCount) notes.push(t('hall.check.fewCards', { cards, present: s.presentCount }));
      setChecks({ ok: lines.length === 0, lines: lines.length ? [...lines, ...notes] : [t('hall.check.ok'), ...notes] });
    } catch (err) {
      setActionError(errorMessage(err));
    }
  };

  const print = () => {
    const x = b();
    if (!x) return;
    const go = async () => {
      const doc = await ballotsApi.print(x.id);
      printStore.set(doc);
      navigate('/print/cards');
    };
    if ((snap()?.cardsIssued ?? x.cardsIssued) > 0) {
      confirmAction.ask({
        title: t('hall.cards.reprintTitle'), message: t('hall.cards.reprintMessage'), confirmLabel: t('hall.cards.reprint'), danger: true,
        run: go,
      });
    } else {
      void run('print', go);
    }
  };

  const open = () => void run('open', () => ballotsApi.open(params.id), t('hall.control.opened'));
  const tally = () => confirmAction.ask({
    title: t('hall.control.tallyTitle'), message: t('hall.control.tallyMessage'), confirmLabel: t('hall.control.tally'),
    run: async () => { await ballotsApi.tally(params.id); toasts.success(t('hall.control.tallied')); await ballot.reload(); },
  });
  const certify = () => confirmAction.ask({
    title: t('hall.control.certifyTitle'), message: t('hall.control.certifyMessage'), confirmLabel: t('hall.control.certify'),
    run: async () => { await ballotsApi.certify(params.id); toasts.success(t('hall.control.certified')); await ballot.reload(); },
  });
  const runoff = () => confirmAction.ask({
    title: t('hall.control.runoffTitle'), message: t('hall.control.runoffMessage'), confirmLabel: t('hall.control.runoff'),
    run: async () => {
      const r = await ballotsApi.runoff(params.id);
      toasts.success(t('hall.ballots.added', { title: r.title }));
      navigate(`/console/session/ballots/${r.id}`);
    },
  });
  const setMode = (mode: ScreenMode) => void run(`mode-${mode}`, () => ballotsApi.screen(params.id, mode));

  const counts = () => {
    const s = snap();
    const x = b();
    return {
      roster: s?.rosterCount ?? x?.rosterCount ?? null, present: s?.presentCount ?? x?.presentCount ?? null,
      cards: s?.cardsIssued ?? x?.cardsIssued ?? 0, cast: s?.castCount ?? x?.castCount ?? 0,
    };
  };
  const runoffDue = () => {
    const r = snap()?.result;
    return !!r && !isEvaluationTally(r) && !!r.runoff;
  };
  const pct = () => {
    const c = counts();
    const base = Math.max(c.present ?? 0, c.cards, 1);
    return Math.min(100, Math.round((c.cast / base) * 100));
  };

  return (
    <Page
      title={b()?.title ?? t('hall.ballots.title')}
      actions={
        <>
          <A href="/console/session/ballots" class="btn">{t('hall.control.back')}</A>
          <a href={`/screen/${params.id}`} target="_blank" rel="noopener" class="btn">{t('hall.control.openScreen')}</a>
        </>
      }
    >
      <Show when={ballot.error()}><p class="form-message" role="alert">{ballot.error()}</p></Show>
      <Show when={b()}>
        {(x) => (
          <>
            <ol class="ses-steps" aria-label={t('hall.control.steps')}>
              <For each={STEPS}>
                {(s) => (
                  <li class="ses-step" classList={{ 'ses-step-done': STEPS.indexOf(s) < STEPS.indexOf(state() ?? 'draft'), 'ses-step-now': s === state() }}
                    aria-current={s === state() ? 'step' : undefined}>
                    {t(`hall.state.${s}`)}
                  </li>
                )}
              </For>
            </ol>
            <Show when={live.status() !== 'live'}><p class="notice" role="status">{t('hall.control.reconnecting')}</p></Show>

            <section class="card ses-live" aria-labelledby="ses-live-title">
              <h2 class="card-title" id="ses-live-title">{state() === 'draft' ? t('hall.control.attendance') : t('hall.control.turnout')}</h2>
              <Show when={state() !== 'draft'} fallback={<QuorumCard sittingId={x().sittingId} />}>
                <dl class="ses-counts">
                  <div class="ses-count"><dt>{t('hall.count.roster')}</dt><dd>{counts().roster ?? '—'}</dd></div>
                  <div class="ses-count"><dt>{t('hall.count.present')}</dt><dd>{counts().present ?? '—'}</dd></div>
                  <div class="ses-count"><dt>{t('hall.count.cards')}</dt><dd>{counts().cards}</dd></div>
                  <div class="ses-count ses-count-main"><dt>{t('hall.count.cast')}</dt><dd data-testid="console-cast">{counts().cast}</dd></div>
                </dl>
                <div class="ses-progress" role="progressbar" aria-label={t('hall.count.cast')} aria-valuemin="0" aria-valuemax="100" aria-valuenow={pct()}>
                  <div class="ses-progress-fill" style={{ width: `${pct()}%` }} />
                </div>
              </Show>
              <Show when={snap()}>{(s) => <p class="muted small">{t('hall.screen.ledgerHead')} {t('hall.screen.seq', { seq: s().head.seq })} <span class="mono">{shortHash(s().head.hash, 12, 6)}</span></p>}</Show>
            </section>

            <section class="card ses-actions" aria-labelledby="ses-actions-title">
              <h2 class="card-title" id="ses-actions-title">{t('hall.control.title')}</h2>
              <Show when={actionError()}><p class="form-message" role="alert">{actionError()}</p></Show>
              <Show when={state() === 'draft'}>
                <p class="muted">{t('hall.control.draftHelp')}</p>
                <div class="form-actions">
                  <button type="button" class="btn" onClick={() => void check()}>{t('hall.control.check')}</button>
                  <Show when={canEdit()}>
                    <button type="button" class="btn" disabled={!!busy()} onClick={print}>{t('hall.cards.print')}</button>
                    <button type="button" class="btn btn-primary" disabled={!!busy()} onClick={open}>{busy() === 'open' ? t('common.saving') : t('hall.control.open')}</button>
                  </Show>
                </div>
                <Show when={checks()}>
                  {(c) => (
                    <div class={`ses-check-result ${c().ok ? 'ses-check-ok' : 'ses-check-bad'}`} role="status">
                      <ul><For each={c().lines}>{(l) => <li>{l}</li>}</For></ul>
                    </div>
                  )}
                </Show>
              </Show>
              <Show when={state() === 'open'}>
                <p class="muted">{t('hall.control.openHelp')}</p>
                <Show when={canEdit()}>
                  <div class="form-actions">
                    <button type="button" class="btn" onClick={() => setIssuing(true)}>{t('hall.cards.issue')}</button>
                    <button type="button" class="btn btn-danger" onClick={() => setClosing(true)}>{t('hall.control.close')}</button>
                  </div>
                </Show>
              </Show>
              <Show when={state() === 'closed'}>
                <p class="muted">{t('hall.control.closedHelp')}</p>
                <Show when={canEdit()}>
                  <div class="form-actions"><button type="button" class="btn btn-primary" onClick={tally}>{t('hall.control.tally')}</button></div>
                </Show>
              </Show>
              <Show when={state() === 'tallied'}>
                <p class="ses-handoff">{t('hall.control.talliedHelp')}</p>
                <Show when={isScrutineer()}>
                  <div class="form-actions"><button type="button" class="btn btn-primary" onClick={certify}>{t('hall.control.certify')}</button></div>
                </Show>
              </Show>
              <Show when={state() === 'certified'}>
                <p class="ses-handoff">{t('hall.control.certifiedHelp', { by: x().certifiedBy ?? '', at: x().certifiedAt ? formatDateTime(x().certifiedAt!) : '' })}</p>
                <div class="form-actions">
                  <A class="btn" href={`/console/ledgers/${x().ledgerId}`}>{t('hall.control.ledger')}</A>
                  <a class="btn btn-quiet" href={`/verify?ballot=${x().id}`} target="_blank" rel="noopener">{t('hall.control.publicPage')}</a>
                </div>
              </Show>
              <Show when={canEdit() && (state() === 'tallied' || state() === 'certified') && runoffDue()}>
                <div class="form-actions"><button type="button" class="btn btn-primary" onClick={runoff}>{t('hall.control.runoff')}</button></div>
              </Show>
            </section>

            <Show when={state() === 'open' || state() === 'closed'}>
              <PaperSection ballot={x()} state={state()!} />
            </Show>
            <VoidSection ballot={x()} onChanged={() => ballot.reload()} />

            <Show when={state() === 'tallied' || state() === 'certified'}>
              <Show when={isEvaluationBallot(x())} fallback={<ResultsSection ballotId={x().id} version={`${state()}-${snap()?.head.seq ?? 0}`} />}>
                <EvaluationResultsSection ballotId={x().id} version={`${state()}-${snap()?.head.seq ?? 0}`} />
              </Show>
            </Show>

            <Show when={canEdit()}>
              <section class="card" aria-labelledby="ses-screen-title">
                <h2 class="card-title" id="ses-screen-title">{t('hall.control.screen')}</h2>
                <p class="muted">{t('hall.control.screenHelp')}</p>
                <div class="ses-modes" role="group" aria-label={t('hall.control.screen')}>
                  <For each={MODES}>
                    {(m) => (
                      <button type="button" class="btn" classList={{ 'btn-primary': snap()?.screenMode === m }} aria-pressed={snap()?.screenMode === m}
                        disabled={!!busy()} onClick={() => setMode(m)}>{m === 'candidates' && isEvaluationBallot(x()) ? t('eval.mode.candidates') : t(`hall.mode.${m}`)}</button>
                    )}
                  </For>
                </div>
              </section>
            </Show>

            <Show when={isEvaluationBallot(x())} fallback={<RulesCard ballot={x()} />}><EvaluationRulesCard ballot={x()} /></Show>

            <Show when={closing()}>
              <CloseDialog onClose={() => setClosing(false)} onConfirm={async (paper) => {
                await ballotsApi.close(params.id, paper);
                setClosing(false);
                toasts.success(t('hall.control.closed'));
                await ballot.reload();
              }} />
            </Show>
            <Show when={issuing()}>
              <IssueDialog ballot={x()} onClose={() => setIssuing(false)} onIssued={(doc) => { setIssuing(false); printStore.set(doc); navigate('/print/cards'); }} />
            </Show>
          </>
        )}
      </Show>
    </Page>
  );
}

function RulesCard(props: { ballot: BallotView }) {
  const r = () => props.ballot.rules;
  return (
    <section class="card" aria-labelledby="ses-rules-title">
      <h2 class="card-title" id="ses-rules-title">{t('hall.rules.title')}</h2>
      <dl class="summary">
        <div><dt>{t('hall.rules.form')}</dt><dd>{r().form === 'choose-up-to' ? t('hall.rules.formChoose') : t('hall.rules.formAra')}</dd></div>
        <div><dt>{t('hall.rules.seats')}</dt><dd>{r().seats}</dd></div>
        <div><dt>{t('hall.rules.maxFor')}</dt><dd>{r().maxFor}</dd></div>
        <div><dt>{t('hall.rules.passBasis')}</dt><dd>{t(`hall.basis.${r().passBasis}`)}</dd></div>
        <div><dt>{t('hall.rules.secrecy')}</dt><dd>{r().secrecy === 'recorded' ? t('hall.rules.recorded') : t('hall.rules.secret')}</dd></div>
        <div><dt>{t('hall.rules.quorum')}</dt><dd>{t('hall.rules.quorumOf', { n: (r().quorum ?? DEFAULT_QUORUM).numerator, d: (r().quorum ?? DEFAULT_QUORUM).denominator })}</dd></div>
      </dl>
      <h3 class="ses-h3">{t('hall.ballots.candidates')}</h3>
      <ol class="ses-cands">
        <For each={props.ballot.candidates}>
          {(c) => <li><span class="ses-cand-title">{c.title}</span> <span class="muted">{c.departmentName ?? ''} · {wan(c.estimateYuan)}</span></li>}
        </For>
      </ol>
    </section>
  );
}

function CloseDialog(props: { onClose: () => void; onConfirm: (paperIssued: number) => Promise<void> }) {
  const [paper, setPaper] = createSignal('0');
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors(['paperIssued']);
  const save = async () => {
    if (!errors.check({ paperIssued: /^\d+$/.test(paper().trim()) ? null : 'hall.ballots.needNumber' })) return;
    setBusy(true);
    try { await props.onConfirm(Number(paper().trim())); } catch (err) { errors.capture(err); } finally { setBusy(false); }
  };
  return (
    <FormDialog open danger title={t('hall.control.closeTitle')} submitLabel={t('hall.control.close')} busy={busy()} message={errors.general()} onSubmit={save} onClose={props.onClose}>
      <p class="dialog-text">{t('hall.control.closeMessage')}</p>
      <TextField label={t('hall.control.paperIssued')} hint={t('hall.control.paperIssuedHint')} value={paper()} onInput={setPaper} inputMode="numeric" error={errors.field('paperIssued')} />
    </FormDialog>
  );
}

function IssueDialog(props: { ballot: BallotView; onClose: () => void; onIssued: (doc: { ballot: { id: string; title: string }; cards: import('./hall-api').PrintedCard[] }) => void }) {
  const [deputies] = createResource(() => props.ballot.sittingId, (id) => sittingsApi.attendance(id).then((rows) => rows.filter((r) => r.present)));
  const [deputyId, setDeputyId] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors(['deputyId']);
  const save = async () => {
    if (!errors.check({ deputyId: deputyId() ? null : 'check.required' })) return;
    setBusy(true);
    try {
      const r = await ballotsApi.issue(props.ballot.id, deputyId());
      props.onIssued({ ballot: r.ballot, cards: [r.card] });
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog open title={t('hall.cards.issue')} submitLabel={t('hall.cards.issueSubmit')} busy={busy()} message={errors.general()} onSubmit={save} onClose={props.onClose}>
      <p class="dialog-text">{props.ballot.rules.secrecy === 'recorded' ? t('hall.cards.issueRecorded') : t('hall.cards.issueSecret')}</p>
      <SelectField label={t('hall.cards.deputy')} value={deputyId()} onChange={setDeputyId} error={errors.field('deputyId')}
        placeholder={deputies.loading ? t('common.loading') : t('hall.cards.pickDeputy')}
        options={(deputies() ?? []).map((d) => ({ value: d.id, label: `${d.seatNo} ${d.name}（${d.delegationName}）` }))} />
    </FormDialog>
  );
}

function ResultsSection(props: { ballotId: string; version: string }) {
  const results = createLoader(() => props.version, () => ballotsApi.results(props.ballotId) as Promise<Results>);
  const verdict = createMemo(() => {
    const r = results.data();
    if (!r) return '';
    const x = r.tally;
    if (x.void) return t('hall.result.void');
    const parts = [t('hall.result.selected', { n: x.selected.length, seats: x.seats })];
    if (x.runoff) {
      const nos = x.runoff.candidates.map((id) => r.candidates.find((c) => c.id === id)?.position ?? '?').join('、');
      parts.push(t('hall.result.runoff', { nos, seats: x.runoff.seats }));
    }
    if (x.shortfall > 0) parts.push(t('hall.result.shortfall', { n: x.shortfall }));
    return parts.join(' ');
  });
  const statusText = (c: ResultCandidate): string => {
    const r = results.data()!;
    switch (c.status) {
      case 'selected': return t('hall.result.rankSelected', { rank: r.tally.selected.indexOf(c.id) + 1 });
      case 'runoff': return t('hall.result.toRunoff');
      case 'passed-not-selected': return t('hall.result.passedNotSelected');
      default: return t('hall.result.notPassed');
    }
  };
  return (
    <section class="card" aria-labelledby="ses-results-title">
      <h2 class="card-title" id="ses-results-title">{t('hall.result.title')}</h2>
      <Show when={results.error()}><p class="form-message" role="alert">{results.error()}</p></Show>
      <Show when={results.data()}>
        {(r) => (
          <>
            <p class="ses-verdict">{verdict()}</p>
            <dl class="ses-counts ses-counts-small">
              <For each={[
                ['hall.count.roster', r().tally.rosterCount], ['hall.count.present', r().tally.presentCount], ['hall.count.issued', r().tally.issued],
                ['hall.count.returned', r().tally.returned], ['hall.count.valid', r().tally.valid], ['hall.count.invalid', r().tally.invalid],
              ] as Array<[MessageKey, number]>}>
                {([k, v]) => <div class="ses-count"><dt>{t(k)}</dt><dd>{v}</dd></div>}
              </For>
            </dl>
            <p class="muted">{t('hall.result.basis', { basis: r().tally.basis, which: t(`hall.basis.${r().tally.passBasis}`), n: r().tally.threshold })}</p>
            <DataTable<ResultCandidate>
              caption={t('hall.result.title')}
              rows={r().candidates}
              empty=""
              rowClass={(c) => (c.status === 'selected' ? 'ses-row-selected' : '')}
              columns={[
                { header: t('hall.result.rank'), cell: (c) => c.rank ?? '—', class: 'col-num' },
                { header: t('hall.result.no'), cell: (c) => c.position, class: 'col-num' },
                { header: t('hall.ballots.name'), cell: (c) => <strong class="cell-strong">{c.title}</strong>, class: 'col-wrap' },
                { header: t('hall.choice.for'), cell: (c) => c.for, class: 'col-num' },
                { header: t('hall.choice.against'), cell: (c) => c.against, class: 'col-num' },
                { header: t('hall.choice.abstain'), cell: (c) => c.abstain, class: 'col-num' },
                { header: t('hall.result.status'), cell: (c) => statusText(c), class: 'col-nowrap' },
              ]}
            />
            <p class="muted small">{t('hall.screen.ledgerHead')} {t('hall.screen.seq', { seq: r().head.seq })} <span class="mono">{r().head.hash}</span></p>
          </>
        )}
      </Show>
    </section>
  );
}

function PaperSection(props: { ballot: BallotView; state: BallotState }) {
  const paper = createLoader(() => props.ballot.id, (id) => ballotsApi.paper(id));
  const [entering, setEntering] = createSignal(false);
  const [error, setError] = createSignal('');
  const me = () => session.state.account?.accountId;
  const isScrutineer = () => session.state.account?.role === 'scrutineer';
  const decide = async (p: PaperTotals, confirm: boolean) => {
    setError('');
    try {
      await ballotsApi.decidePaper(props.ballot.id, p.id, confirm);
      toasts.success(confirm ? t('hall.paper.confirmed') : t('hall.paper.rejected'));
      await paper.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const title = (id: string) => props.ballot.candidates.find((c) => c.id === id)?.title ?? id;
  return (
    <section class="card" aria-labelledby="ses-paper-title">
      <h2 class="card-title" id="ses-paper-title">{t('hall.paper.title')}</h2>
      <p class="muted">{t('hall.paper.help')}</p>
      <Show when={error()}><p class="form-message" role="alert">{error()}</p></Show>
      <Show when={(paper.data() ?? []).length > 0} fallback={<p class="muted">{paper.loading() ? t('common.loading') : t('hall.paper.none')}</p>}>
        <ul class="ses-paper-list">
          <For each={paper.data()}>
            {(p) => (
              <li class="ses-paper">
                <p>
                  <strong>{t(`hall.paper.status.${p.status}`)}</strong>{' · '}
                  {t('hall.paper.validInvalid', { valid: p.valid, invalid: p.invalid })}{' · '}
                  <span class="muted">{formatDateTime(p.enteredAt)}</span>
                </p>
                <p class="small">
                  <For each={Object.entries(p.perCandidate)}>
                    {([id, c]) => <span class="ses-paper-cand">{title(id)}：{isEvaluationBallot(props.ballot)
                      ? t('eval.paper.counts', { s: c.satisfied ?? 0, b: c.basically_satisfied ?? 0, u: c.unsatisfied ?? 0, a: c.abstain ?? 0 })
                      : t('hall.paper.counts', { for: c.for ?? 0, against: c.against ?? 0, abstain: c.abstain ?? 0 })}</span>}
                  </For>
                </p>
                <Show when={isScrutineer() && p.status === 'pending'}>
                  <Show when={p.enteredBy !== me()} fallback={<p class="muted small">{t('hall.paper.waitOther')}</p>}>
                    <div class="form-actions">
                      <button type="button" class="btn btn-primary btn-small" onClick={() => void decide(p, true)}>{t('hall.paper.confirm')}</button>
                      <button type="button" class="btn btn-small btn-danger-quiet" onClick={() => void decide(p, false)}>{t('hall.paper.reject')}</button>
                    </div>
                  </Show>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={isScrutineer()}>
        <div class="form-actions"><button type="button" class="btn" onClick={() => setEntering(true)}>{t('hall.paper.enter')}</button></div>
      </Show>
      <Show when={entering()}>
        <PaperDialog ballot={props.ballot} onClose={() => setEntering(false)} onSaved={() => { setEntering(false); toasts.success(t('hall.paper.entered')); void paper.reload(); }} />
      </Show>
    </section>
  );
}

function PaperDialog(props: { ballot: BallotView; onClose: () => void; onSaved: () => void }) {
  const choose = props.ballot.rules.form === 'choose-up-to';
  const evaluation = isEvaluationBallot(props.ballot);
  const [vals, setVals] = createSignal<Record<string, string>>({ valid: '0', invalid: '0' });
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors(['valid', 'invalid']);
  const v = (k: string) => vals()[k] ?? '0';
  const set = (k: string, x: string) => setVals((o) => ({ ...o, [k]: x }));
  const n = (k: string) => Number(v(k).trim() || '0');
  const save = async () => {
    const all = Object.keys(vals());
    if (all.some((k) => !/^\d*$/.test(v(k).trim()))) { errors.check({ valid: 'hall.ballots.needNumber' }); return; }
    setBusy(true);
    try {
      const perCandidate = Object.fromEntries(props.ballot.candidates.map((c) => [c.id, evaluation
        ? Object.fromEntries(evaluationChoices(true).map((k) => [k, n(`${c.id}.${k}`)]))
        : { for: n(`${c.id}.for`), against: choose ? 0 : n(`${c.id}.against`), abstain: n(`${c.id}.abstain`) }]));
      await ballotsApi.enterPaper(props.ballot.id, { perCandidate, valid: n('valid'), invalid: n('invalid') });
      props.onSaved();
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };
  const cell = (k: string, label: string): JSX.Element => (
    <TextField label={label} value={v(k)} onInput={(x) => set(k, x)} inputMode="numeric" />
  );
  return (
    <FormDialog open title={t('hall.paper.enter')} submitLabel={t('hall.paper.save')} busy={busy()} message={errors.general()} onSubmit={save} onClose={props.onClose}>
      <div class="field-row">
        <TextField label={t('hall.count.valid')} value={v('valid')} onInput={(x) => set('valid', x)} inputMode="numeric" error={errors.field('valid')} />
        <TextField label={t('hall.count.invalid')} value={v('invalid')} onInput={(x) => set('invalid', x)} inputMode="numeric" error={errors.field('invalid')} />
      </div>
      <For each={props.ballot.candidates}>
        {(c) => (
          <fieldset class="fieldset">
            <legend class="fieldset-legend">{c.position}. {c.title}</legend>
            <Show when={evaluation} fallback={
              <div class="field-row">
                {cell(`${c.id}.for`, t('hall.choice.for'))}
                <Show when={!choose}>{cell(`${c.id}.against`, t('hall.choice.against'))}</Show>
                {cell(`${c.id}.abstain`, t('hall.choice.abstain'))}
              </div>
            }>
              <div class="field-row">
                <For each={evaluationChoices(props.ballot.rules.allowAbstain)}>{(k) => cell(`${c.id}.${k}`, `${EVAL_MARK[k]} ${t(`eval.choice.${k}`)}`)}</For>
              </div>
            </Show>
          </fieldset>
        )}
      </For>
    </FormDialog>
  );
}
