// The session console's parts for a satisfaction evaluation (满意度测评, phase 4): creating one for
// a cycle in evaluation (all its projects, or some for a re-evaluation after rectification), its
// rules, and its results per project (counts per choice, grade, satisfaction rate).
import { useNavigate } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { DataTable } from '../../app/DataTable';
import { FormDialog } from '../../app/Dialog';
import { SelectField } from '../../app/fields';
import { createFormErrors } from '../../app/form-errors';
import { t, type MessageKey } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { toasts } from '../../app/toasts';
import { DEFAULT_QUORUM } from '@contract/domain';
import { basisText, choiceText, EVAL_MARK, evaluationChoices, gradeText, gradingRuleText, shareText } from '../../tablet/evaluation-labels';
import type { BallotView, EvaluationChoice } from '../../tablet/hall-types';
import { BallotBasicsFields, LiveCountsField } from './ballot-basics';
import {
  ballotsApi,
  createSittingList,
  cyclesApi,
  projectsApi,
  type EvaluationInput,
  type EvaluationResultProject,
  type EvaluationResults,
} from './hall-api';

type EvaluationRules = NonNullable<EvaluationInput['rules']>;

export const isEvaluationBallot = (b: { rules: { form: string } }) => b.rules.form === 'satisfaction';

/** The shares a clerk may pick for the grading rule (the server takes any fraction from one half up). */
const SHARES = ['1/2', '3/5', '2/3', '3/4', '4/5'];
const fraction = (s: string) => {
  const [num, den] = s.split('/').map(Number) as [number, number];
  return { num, den };
};

export function NewEvaluationDialog(props: { onClose: () => void; onSaved: () => void }) {
  const navigate = useNavigate();
  const cycles = createLoader(
    () => true,
    () => cyclesApi.list(),
  );
  const sittings = createSittingList();
  const [f, setF] = createSignal({
    cycleId: '',
    sittingId: '',
    title: '',
    evaluators: 'deputies',
    passBasis: 'roster',
    secrecy: 'secret',
    allowAbstain: false,
    liveCounts: false,
    some: false,
    satisfiedShare: '1/2',
    acceptableShare: '1/2',
  });
  const set = (patch: Partial<ReturnType<typeof f>>) => setF((x) => ({ ...x, ...patch }));
  const [picked, setPicked] = createSignal<Set<string>>(new Set());
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors(['cycleId', 'sittingId', 'title', 'projectIds'], () => ({ ...f(), projectIds: [...picked()] }));
  const usable = () => (cycles.data() ?? []).filter((c) => c.phase === 'evaluation');
  const projects = createLoader(
    () => f().cycleId,
    (id) => (id ? projectsApi.ofCycle(id) : Promise.resolve([])),
  );

  createEffect(
    on(
      () => [usable(), sittings.data()] as const,
      ([cs, ss]) => {
        if (!f().cycleId && cs.length) set({ cycleId: cs[0]!.id, title: f().title || t('eval.ballots.defaultTitle', { cycle: cs[0]!.title }) });
        if (!f().sittingId && ss?.length) set({ sittingId: ss[0]!.id });
      },
    ),
  );
  // A re-evaluation asks again about the projects graded 不满意 (rectified since); the clerk may change the choice.
  createEffect(
    on(
      () => projects.data(),
      (ps) => {
        setPicked(new Set((ps ?? []).filter((p) => p.grade === 'unsatisfied').map((p) => p.id)));
      },
    ),
  );
  const toggle = (id: string, on: boolean) =>
    setPicked((s) => {
      const n = new Set(s);
      if (on) n.add(id);
      else n.delete(id);
      return n;
    });

  const save = async () => {
    const x = f();
    if (
      !errors.check(() => ({
        cycleId: f().cycleId ? null : 'hall.ballots.needCycle',
        sittingId: f().sittingId ? null : 'hall.sitting.needOne',
        title: f().title.trim() ? null : 'check.required',
        projectIds: f().some && picked().size === 0 ? 'eval.rules.needProject' : null,
      }))
    )
      return;
    setBusy(true);
    try {
      const b = await ballotsApi.createEvaluation({
        cycleId: x.cycleId,
        sittingId: x.sittingId,
        title: x.title.trim(),
        rules: {
          allowAbstain: x.allowAbstain,
          // The selects offer exactly the values the route accepts.
          passBasis: x.passBasis as EvaluationRules['passBasis'],
          secrecy: x.secrecy as EvaluationRules['secrecy'],
          liveCounts: x.liveCounts && x.secrecy === 'recorded',
          evaluators: x.evaluators as EvaluationRules['evaluators'],
          grading: { satisfied: fraction(x.satisfiedShare), acceptable: fraction(x.acceptableShare) },
        },
        ...(x.some ? { projectIds: (projects.data() ?? []).filter((p) => picked().has(p.id)).map((p) => p.id) } : {}),
      });
      toasts.success(t('eval.ballots.added', { title: b.title }));
      props.onSaved();
      navigate(`/console/session/ballots/${b.id}`);
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open
      title={t('eval.ballots.add')}
      submitLabel={t('hall.ballots.create')}
      busy={busy()}
      message={errors.general()}
      onSubmit={save}
      onClose={props.onClose}
    >
      <BallotBasicsFields
        cycles={usable()}
        cyclesLoading={cycles.loading()}
        cycleHint={t('eval.ballots.cycleHint')}
        noCycle={t('eval.ballots.noCycle')}
        sittings={sittings.data()}
        value={f()}
        errors={errors}
        onCycle={(v) => set({ cycleId: v })}
        onSitting={(v) => set({ sittingId: v })}
        onTitle={(v) => set({ title: v })}
      />
      <fieldset class="fieldset">
        <legend class="fieldset-legend">{t('hall.rules.title')}</legend>
        <div class="field-row">
          <SelectField
            label={t('eval.rules.evaluators')}
            value={f().evaluators}
            onChange={(v) => set({ evaluators: v })}
            options={[
              { value: 'deputies', label: t('eval.evaluators.deputies') },
              { value: 'standing_committee', label: t('eval.evaluators.standing_committee') },
            ]}
          />
          <SelectField
            label={t('hall.rules.passBasis')}
            value={f().passBasis}
            onChange={(v) => set({ passBasis: v })}
            options={[
              { value: 'roster', label: t('eval.rules.basisRoster') },
              { value: 'present', label: t('eval.rules.basisPresent') },
            ]}
          />
        </div>
        <SelectField
          label={t('hall.rules.secrecy')}
          value={f().secrecy}
          onChange={(v) => set({ secrecy: v })}
          options={[
            { value: 'secret', label: t('hall.rules.secret') },
            { value: 'recorded', label: t('hall.rules.recorded') },
          ]}
        />
        <div class="field-row">
          <SelectField
            label={t('eval.rules.satisfiedShare')}
            value={f().satisfiedShare}
            onChange={(v) => set({ satisfiedShare: v })}
            options={SHARES.map((s) => ({ value: s, label: shareText(fraction(s)) }))}
          />
          <SelectField
            label={t('eval.rules.acceptableShare')}
            value={f().acceptableShare}
            onChange={(v) => set({ acceptableShare: v })}
            options={SHARES.map((s) => ({ value: s, label: shareText(fraction(s)) }))}
          />
        </div>
        <p class="field-hint">{t('eval.rules.gradingHint')}</p>
        <label class="ses-check">
          <input type="checkbox" checked={f().allowAbstain} onChange={(e) => set({ allowAbstain: e.currentTarget.checked })} />
          <span>{t('eval.rules.allowAbstain')}</span>
        </label>
        <LiveCountsField secrecy={f().secrecy} checked={f().liveCounts} onChange={(v) => set({ liveCounts: v })} />
        <label class="ses-check">
          <input type="checkbox" checked={f().some} onChange={(e) => set({ some: e.currentTarget.checked })} />
          <span>{t('eval.rules.reevaluation')}</span>
        </label>
      </fieldset>
      <Show when={f().some}>
        <fieldset class="fieldset" aria-describedby="eval-projects-hint">
          <legend class="fieldset-legend">{t('eval.rules.projects')}</legend>
          <p class="field-hint" id="eval-projects-hint">
            {t('eval.rules.projectsHint')}
          </p>
          <Show when={errors.field('projectIds')}>
            <p class="field-error" role="alert">
              {errors.field('projectIds')}
            </p>
          </Show>
          <For each={projects.data() ?? []}>
            {(p) => (
              <label class="ses-check">
                <input type="checkbox" checked={picked().has(p.id)} onChange={(e) => toggle(p.id, e.currentTarget.checked)} />
                <span>
                  {p.title}
                  <Show when={p.gradeLabel}>{(g) => <span class="muted">（{g()}）</span>}</Show>
                </span>
              </label>
            )}
          </For>
        </fieldset>
      </Show>
    </FormDialog>
  );
}

export function EvaluationRulesCard(props: { ballot: BallotView }) {
  const r = () => props.ballot.rules;
  return (
    <section class="card" aria-labelledby="ses-rules-title">
      <h2 class="card-title" id="ses-rules-title">
        {t('hall.rules.title')}
      </h2>
      <dl class="summary">
        <div>
          <dt>{t('hall.rules.form')}</dt>
          <dd>{t('eval.rules.form')}</dd>
        </div>
        <div>
          <dt>{t('eval.rules.evaluators')}</dt>
          <dd>{t(`eval.evaluators.${r().evaluators ?? 'deputies'}`)}</dd>
        </div>
        <div>
          <dt>{t('hall.rules.passBasis')}</dt>
          <dd>{basisText(r().passBasis, r().evaluators)}</dd>
        </div>
        <div>
          <dt>{t('eval.rules.grading')}</dt>
          <dd>{t('eval.rules.gradingShort', { share: shareText(r().grading?.satisfied), share2: shareText(r().grading?.acceptable) })}</dd>
        </div>
        <div>
          <dt>{t('eval.rules.allowAbstain')}</dt>
          <dd>{r().allowAbstain ? '✓' : '—'}</dd>
        </div>
        <div>
          <dt>{t('hall.rules.secrecy')}</dt>
          <dd>{r().secrecy === 'recorded' ? t('hall.rules.recorded') : t('hall.rules.secret')}</dd>
        </div>
        <div>
          <dt>{t('hall.rules.quorum')}</dt>
          <dd>{t('hall.rules.quorumOf', { n: (r().quorum ?? DEFAULT_QUORUM).numerator, d: (r().quorum ?? DEFAULT_QUORUM).denominator })}</dd>
        </div>
      </dl>
      <p class="muted small">{t('eval.rules.fixed')}</p>
      <h3 class="ses-h3">{t('eval.rules.projects')}</h3>
      <ol class="ses-cands">
        <For each={props.ballot.candidates}>
          {(c) => (
            <li>
              <span class="ses-cand-title">{c.title}</span> <span class="muted">{c.departmentName ?? ''}</span>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}

export function EvaluationResultsSection(props: { ballotId: string; version: string }) {
  const results = createLoader(
    () => props.version,
    () => ballotsApi.results(props.ballotId) as Promise<EvaluationResults>,
  );
  const counted = (r: EvaluationResults): EvaluationChoice[] =>
    evaluationChoices(r.ballot.rules.allowAbstain || r.candidates.some((c) => c.abstain > 0));
  const summary = createMemo(() => {
    const n = { satisfied: 0, basically_satisfied: 0, unsatisfied: 0 };
    for (const c of results.data()?.candidates ?? []) n[c.grade]++;
    return n;
  });
  return (
    <section class="card" aria-labelledby="ses-results-title">
      <h2 class="card-title" id="ses-results-title">
        {t('eval.result.title')}
      </h2>
      <Show when={results.error()}>
        <p class="form-message" role="alert">
          {results.error()}
        </p>
      </Show>
      <Show when={results.data()}>
        {(r) => (
          <>
            <p class="ses-verdict">
              {r().tally.void
                ? t('eval.result.void')
                : t('eval.result.summary', { s: summary().satisfied, b: summary().basically_satisfied, u: summary().unsatisfied })}
              <Show when={!r().tally.void && summary().unsatisfied > 0}> {t('eval.result.rectify')}</Show>
            </p>
            <dl class="ses-counts ses-counts-small">
              <For
                each={
                  [
                    ['hall.count.roster', r().tally.rosterCount],
                    ['hall.count.present', r().tally.presentCount],
                    ['hall.count.issued', r().tally.issued],
                    ['hall.count.returned', r().tally.returned],
                    ['hall.count.valid', r().tally.valid],
                    ['hall.count.invalid', r().tally.invalid],
                  ] as Array<[MessageKey, number]>
                }
              >
                {([k, v]) => (
                  <div class="ses-count">
                    <dt>{t(k)}</dt>
                    <dd>{v}</dd>
                  </div>
                )}
              </For>
            </dl>
            <p class="muted">
              {gradingRuleText(r().tally, basisText(r().ballot.rules.passBasis, r().ballot.rules.evaluators))} {t('eval.result.rateRule')}
            </p>
            <DataTable<EvaluationResultProject>
              caption={t('eval.result.title')}
              rows={r().candidates}
              empty=""
              rowClass={(c) => `ses-grade-row-${c.grade}`}
              columns={[
                { header: t('hall.result.no'), cell: (c) => c.position, class: 'col-num' },
                { header: t('eval.result.project'), cell: (c) => <strong class="cell-strong">{c.title}</strong>, class: 'col-wrap' },
                ...counted(r()).map((x) => ({ header: choiceText(x), cell: (c: EvaluationResultProject) => c[x], class: 'col-num' })),
                {
                  header: t('eval.result.grade'),
                  cell: (c) => (
                    <span class={`ses-grade ses-grade-${c.grade}`}>
                      <span aria-hidden="true">{EVAL_MARK[c.grade]} </span>
                      {gradeText(c.grade)}
                    </span>
                  ),
                  class: 'col-nowrap',
                },
                { header: t('eval.result.rate'), cell: (c) => c.satisfactionRateText, class: 'col-num' },
              ]}
            />
            <p class="form-actions">
              <a class="btn" href={ballotsApi.resultsCsvUrl(props.ballotId)} download="">
                {t('eval.result.csv')}
              </a>
            </p>
            <p class="muted small">
              {t('hall.screen.ledgerHead')} {t('hall.screen.seq', { seq: r().head.seq })} <span class="mono">{r().head.hash}</span>
            </p>
          </>
        )}
      </Show>
    </section>
  );
}
