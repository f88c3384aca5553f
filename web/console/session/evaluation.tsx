// The session console's parts for a satisfaction evaluation (满意度测评, phase 4): its rules and its
// results per project (counts per choice, grade, satisfaction rate). Creating one is in
// evaluation-dialog.tsx.
import { createMemo, For, Show } from 'solid-js';
import { DataTable } from '../../app/DataTable';
import { t, type MessageKey } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { DEFAULT_QUORUM } from '@contract/domain';
import { basisText, choiceText, EVAL_MARK, evaluationChoices, gradeText, gradingRuleText, shareText } from '../../tablet/evaluation-labels';
import type { BallotView, EvaluationChoice } from '../../tablet/hall-types';
import { ballotsApi, type EvaluationResultProject, type EvaluationResults } from './hall-api';

export const isEvaluationBallot = (b: { rules: { form: string } }) => b.rules.form === 'satisfaction';

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
