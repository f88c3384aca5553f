// The hall screen's parts for a satisfaction evaluation (满意度测评): the projects to rate, the
// running counts while voting (for either form, only when the rules allow showing them live), and the
// result: per project 满意 / 基本满意 / 不满意 (/ 弃权), the grade and the satisfaction rate, with
// the grading rule spelled out so the hall can check each grade against the counts.
import { createMemo, For, Show } from 'solid-js';
import { t } from '../app/i18n';
import { offeredChoices } from '@contract/domain';
import { EVAL_MARK, basisText, choiceText, gradeText, gradingRuleText } from '../tablet/evaluation-labels';
import { type BallotSnapshot, type PublicBallotView, type EvaluationChoice, type EvaluationTalliedData, type Grade } from '../tablet/hall-types';

const GRADE_MARK: Record<Grade, string> = {
  satisfied: EVAL_MARK.satisfied,
  basically_satisfied: EVAL_MARK.basically_satisfied,
  unsatisfied: EVAL_MARK.unsatisfied,
};

export function EvaluationProjects(props: { ballot: PublicBallotView | undefined }) {
  const list = () => props.ballot?.candidates ?? [];
  return (
    <section class="scr-cands" classList={{ 'scr-cands-two': list().length > 8, 'scr-cands-few': list().length <= 6 }}>
      <h2 class="scr-sub">{t('eval.screen.projects', { n: list().length })}</h2>
      <ol class="scr-cand-list">
        <For each={list()}>
          {(c) => (
            <li class="scr-cand">
              <span class="scr-no">{c.position}</span>
              <span class="scr-cand-text">
                <span class="scr-cand-title">{c.title}</span>
                <span class="scr-cand-meta">
                  {t('eval.ballot.department')}：{c.departmentName ?? '—'}
                </span>
              </span>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}

/**
 * Running counts while voting (only when the rules allow showing them live), for either form:
 * per candidate or project, the count of each offered choice; no grades or ranks before the tally.
 */
export function LiveCounts(props: { snapshot: BallotSnapshot; ballot: PublicBallotView | undefined }) {
  const rules = () => props.ballot?.rules;
  const offered = () => (rules() ? offeredChoices({ form: rules()!.form, allowAbstain: rules()!.allowAbstain }) : []);
  const evaluation = () => rules()?.form === 'satisfaction';
  const counts = () => props.snapshot.counts as Record<string, Record<string, number>> | null;
  return (
    <section class="scr-eval-live">
      <h2 class="scr-sub">{evaluation() ? t('eval.screen.liveTitle') : t('hall.screen.liveCountsTitle')}</h2>
      <table class="scr-eval-table">
        <thead>
          <tr>
            <th scope="col" class="scr-eval-name">
              {evaluation() ? t('eval.result.project') : t('hall.screen.candidate')}
            </th>
            <For each={offered()}>
              {(x) => (
                <th scope="col" class={`scr-eval-n scr-e-${x}`}>
                  {choiceText(x)}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.ballot?.candidates ?? []}>
            {(c) => (
              <tr>
                <th scope="row" class="scr-eval-name">
                  <span class="scr-no">{c.position}</span> <span class="scr-eval-title">{c.title}</span>
                </th>
                <For each={offered()}>{(x) => <td class="scr-eval-n">{counts()?.[c.id]?.[x] ?? 0}</td>}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}

export function EvaluationResults(props: { result: EvaluationTalliedData; ballot: PublicBallotView | undefined; qr: string | undefined }) {
  const r = () => props.result;
  const rows = () => props.ballot?.candidates ?? [];
  // 弃权 gets a column when it was offered or (paper ballots) counted anyway.
  const showAbstain = () => props.ballot?.rules.allowAbstain === true || Object.values(r().perCandidate).some((p) => p.abstain > 0);
  const counted = (): EvaluationChoice[] => ['satisfied', 'basically_satisfied', 'unsatisfied', ...(showAbstain() ? ['abstain' as const] : [])];
  const summary = createMemo(() => {
    const n = { satisfied: 0, basically_satisfied: 0, unsatisfied: 0 };
    for (const p of Object.values(r().perCandidate)) n[p.grade]++;
    return n;
  });
  return (
    <section class="scr-results scr-eval-results" classList={{ 'scr-results-many': rows().length > 8 }}>
      <div class="scr-chart">
        <h2 class="scr-sub">{t('eval.result.title')}</h2>
        <table class="scr-eval-table">
          <thead>
            <tr>
              <th scope="col" class="scr-eval-name">
                {t('eval.result.project')}
              </th>
              <For each={counted()}>
                {(x) => (
                  <th scope="col" class={`scr-eval-n scr-e-${x}`}>
                    {t(`eval.choice.${x}`)}
                  </th>
                )}
              </For>
              <th scope="col" class="scr-eval-grade">
                {t('eval.result.grade')}
              </th>
              <th scope="col" class="scr-eval-n">
                {t('eval.result.rate')}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(c) => {
                const g = () => r().perCandidate[c.id];
                return (
                  <tr class={`scr-eval-row-${g()?.grade ?? 'none'}`}>
                    <th scope="row" class="scr-eval-name">
                      <span class="scr-no">{c.position}</span> <span class="scr-eval-title">{c.title}</span>
                    </th>
                    <For each={counted()}>{(x) => <td class="scr-eval-n">{g()?.[x] ?? 0}</td>}</For>
                    <td class="scr-eval-grade">
                      <Show when={g()}>
                        {(x) => (
                          <span class={`scr-grade scr-grade-${x().grade}`} data-testid={`grade-${c.position}`}>
                            <span aria-hidden="true">{GRADE_MARK[x().grade]} </span>
                            {gradeText(x().grade)}
                          </span>
                        )}
                      </Show>
                    </td>
                    <td class="scr-eval-n scr-eval-rate" data-testid={`rate-${c.position}`}>
                      {g()?.satisfactionRateText ?? '—'}
                    </td>
                  </tr>
                );
              }}
            </For>
          </tbody>
        </table>
      </div>
      <aside class="scr-side">
        <p class={`scr-verdict scr-verdict-${r().void ? 'bad' : summary().unsatisfied > 0 ? 'warn' : 'ok'}`}>
          {r().void
            ? t('eval.result.void')
            : t('eval.result.summary', { s: summary().satisfied, b: summary().basically_satisfied, u: summary().unsatisfied })}
        </p>
        <dl class="scr-totals">
          <div>
            <dt>{t('hall.count.roster')}</dt>
            <dd>{r().rosterCount}</dd>
          </div>
          <div>
            <dt>{t('hall.count.present')}</dt>
            <dd>{r().presentCount}</dd>
          </div>
          <div>
            <dt>{t('hall.count.valid')}</dt>
            <dd>{r().valid}</dd>
          </div>
        </dl>
        <p class="scr-basis scr-eval-rule">{gradingRuleText(r(), basisText(props.ballot?.rules.passBasis, props.ballot?.rules.evaluators))}</p>
        <p class="scr-basis">{t('eval.result.rateRule')}</p>
        <ScreenSigners ballot={props.ballot} />
        <ScreenQr src={props.qr} />
      </aside>
    </section>
  );
}

/** Once certified: who signed it, each with the role they signed in (总监票人 first, as the ledger entry has them), one a line. */
export function ScreenSigners(props: { ballot: PublicBallotView | undefined }) {
  const signers = () => props.ballot?.signers ?? [];
  return (
    <Show when={signers().length > 0}>
      <div class="scr-signers" data-testid="signers">
        <p class="scr-signers-label">{t('hall.screen.signedBy')}</p>
        <ul>
          <For each={signers()}>
            {(s) => (
              <li>
                <span class="scr-signer-role">{t(`signing.role.${s.role}`)}</span> <span class="scr-signer-name">{s.name}</span>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}

/**
 * The QR code to the public ledger and receipt check (/verify?ballot=…), beside every result. The
 * ledger head it should find the chain ending in is the footer's, always on screen.
 */
export function ScreenQr(props: { src: string | undefined }) {
  return (
    <Show when={props.src}>
      {(src) => (
        <figure class="scr-qr">
          <div class="scr-qr-row">
            <img src={src()} alt={t('hall.screen.qrAlt')} />
            <figcaption>{t('hall.screen.qrCaption')}</figcaption>
          </div>
        </figure>
      )}
    </Show>
  );
}
