// The satisfaction evaluation (满意度测评) on the tablet and the phone: one question per project
// (number, title, 责任单位, its status when the evaluation was set up; tap for how it was carried
// out) with large 满意 / 基本满意 / 不满意 (+ 弃权) radio buttons. Every project must be rated —
// the server refuses a ballot that leaves one out — so the review is reached only when all are;
// then the same review, cast with retries (./casting.tsx) and receipt as the project ballot.
import { createMemo, createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import { createStore } from 'solid-js/store';
import { t, tMaybe } from '../app/i18n';
import { formatWan } from '@contract/domain';
import { BallotFrame, createCasting, ReviewList } from './casting';
import { tabletApi } from './device';
import { EVAL_MARK, choiceText, evaluationChoices } from './evaluation-labels';
import type { BallotFormProps, CardCandidate, Choices, EvaluationChoice } from './hall-types';

/** The project facts the evaluation carries for each question (server: listCycleProjects). */
interface ProjectFacts {
  code?: string | null;
  category?: string | null;
  status?: string | null;
}

const facts = (c: CardCandidate) => (c.materials ?? {}) as ProjectFacts;

export function SatisfactionForm(props: BallotFormProps) {
  const offered = () => evaluationChoices(props.ballot.allowAbstain);
  const [choices, setChoices] = createStore<Record<string, EvaluationChoice | undefined>>({});
  const casting = createCasting(props);
  const [details, setDetails] = createSignal<CardCandidate | null>(null);
  const [missing, setMissing] = createSignal(false);
  const unrated = createMemo(() => props.ballot.candidates.filter((c) => !choices[c.id]));
  const rated = () => props.ballot.candidates.length - unrated().length;

  const toReview = () => {
    const first = unrated()[0];
    if (first) {
      // Say how many are left and take the deputy to the first one.
      setMissing(true);
      const el = document.getElementById(`eval-${first.id}`);
      el?.scrollIntoView({ block: 'center' });
      el?.querySelector('input')?.focus({ preventScroll: true });
      return;
    }
    setMissing(false);
    casting.setStep('review');
  };

  const finalChoices = (): Choices => Object.fromEntries(props.ballot.candidates.map((c) => [c.id, choices[c.id]!]));

  const sum = createMemo(() => {
    const n = { satisfied: 0, basically_satisfied: 0, unsatisfied: 0, abstain: 0 };
    for (const c of props.ballot.candidates) {
      const x = choices[c.id];
      if (x) n[x]++;
    }
    return n;
  });

  return (
    <BallotFrame
      layout={props.layout}
      class="ballot-eval"
      title={props.ballot.title}
      rules={props.ballot.allowAbstain ? t('eval.ballot.rulesAbstain') : t('eval.ballot.rules')}
      casting={casting}
      counter={
        <p class="ballot-counter" aria-live="polite">
          {t('eval.ballot.counterBefore')}
          <strong class="ballot-count">{rated()}</strong>
          <span class="ballot-counter-sep"> / </span>
          {t('eval.ballot.counterOf', { n: props.ballot.candidates.length })}
        </p>
      }
      onNext={toReview}
      onLeave={() => props.onLeave()}
      onCast={() => void casting.submit(finalChoices())}
      fill={
        <>
          <Show when={missing() && unrated().length > 0}>
            <p class="eval-missing" role="alert">
              {t('eval.ballot.unrated', { n: unrated().length })}
            </p>
          </Show>
          <ol class="ballot-list">
            <For each={props.ballot.candidates}>
              {(c) => {
                const nameId = `eval-${c.id}-name`;
                const status = () => facts(c).status;
                return (
                  <li class={`cand eval-cand eval-cand-${choices[c.id] ?? 'none'}`} id={`eval-${c.id}`}>
                    <div class="cand-head">
                      <span class="cand-no" aria-hidden="true">
                        {c.position}
                      </span>
                      <div class="cand-text">
                        <h2 class="cand-title" id={nameId}>
                          <span class="sr-only">{t('hall.ballot.number', { n: c.position })}</span>
                          {c.title}
                        </h2>
                        <p class="cand-meta">
                          <span>
                            {t('eval.ballot.department')}：{c.departmentName ?? '—'}
                          </span>
                          <Show when={status()}>
                            {(s) => <span class={`eval-status eval-status-${s()}`}>{tMaybe(`eval.status.${s()}`, s())}</span>}
                          </Show>
                        </p>
                        <button
                          type="button"
                          class="cand-more"
                          onClick={() => setDetails(c)}
                          aria-label={t('eval.ballot.detailsOf', { title: c.title })}
                        >
                          {t('eval.ballot.details')}
                        </button>
                      </div>
                    </div>
                    <RatingToggles
                      candidate={c}
                      nameId={nameId}
                      offered={offered()}
                      chosen={choices[c.id]}
                      missing={missing()}
                      onChoose={(x) => setChoices(c.id, x)}
                    />
                    <Show when={missing() && !choices[c.id]}>
                      <p class="cand-refused" id={`eval-${c.id}-need`}>
                        {t('eval.ballot.rateThis')}
                      </p>
                    </Show>
                  </li>
                );
              }}
            </For>
          </ol>
        </>
      }
      review={
        <>
          <ReviewList
            candidates={props.ballot.candidates}
            choice={(c) => {
              const x = choices[c.id];
              return { class: `ereview-${x ?? 'none'}`, mark: x && EVAL_MARK[x], label: x ? choiceText(x) : t('eval.choice.none') };
            }}
          />
          <p class="review-sum">
            {props.ballot.allowAbstain
              ? t('eval.review.sumAbstain', { s: sum().satisfied, b: sum().basically_satisfied, u: sum().unsatisfied, a: sum().abstain })
              : t('eval.review.sum', { s: sum().satisfied, b: sum().basically_satisfied, u: sum().unsatisfied })}
          </p>
        </>
      }
      detailsTitle={details()?.title ?? null}
      onCloseDetails={() => setDetails(null)}
      details={<Show when={details()}>{(c) => <ProjectRecord candidate={c()} onClose={() => setDetails(null)} />}</Show>}
    />
  );
}

/** One project's 满意 / 基本满意 / 不满意 (+ 弃权) as radio buttons, pointing to the note when it is still unrated. */
function RatingToggles(props: {
  candidate: CardCandidate;
  nameId: string;
  offered: EvaluationChoice[];
  chosen: EvaluationChoice | undefined;
  missing: boolean;
  onChoose: (x: EvaluationChoice) => void;
}) {
  return (
    <fieldset
      class="choices eval-choices"
      aria-labelledby={props.nameId}
      aria-describedby={props.missing && !props.chosen ? `eval-${props.candidate.id}-need` : undefined}
    >
      <For each={props.offered}>
        {(x) => (
          <label class={`choice echoice-${x}`} classList={{ 'choice-on': props.chosen === x }}>
            <input
              type="radio"
              name={`eval-${props.candidate.id}`}
              value={x}
              // Announced with its project, as on the project ballot.
              aria-label={t('hall.ballot.choiceOf', { title: props.candidate.title, choice: choiceText(x) })}
              checked={props.chosen === x}
              onChange={() => props.onChoose(x)}
            />
            <span class="choice-mark" aria-hidden="true">
              {EVAL_MARK[x]}
            </span>
            <span class="choice-text">{choiceText(x)}</span>
          </label>
        )}
      </For>
    </fieldset>
  );
}

const wanText = (yuan: number) => t('hall.wan', { amount: formatWan(yuan, { grouping: true }) });

/** How the project was carried out, from its public record (no account needed, as on the phone). */
function ProjectRecord(props: { candidate: CardCandidate; onClose: () => void }) {
  const [record] = createResource(
    () => props.candidate.id,
    (id) => tabletApi.get('/api/public/projects/:id', { params: { id } }),
  );
  const f = () => facts(props.candidate);
  return (
    <div class="materials">
      <Switch>
        <Match when={record.loading}>
          <p role="status">{t('eval.details.loading')}</p>
        </Match>
        <Match when={record.error}>
          <p class="form-message" role="alert">
            {t('eval.details.failed')}
          </p>
        </Match>
        <Match when={record()}>
          {(r) => {
            const p = () => r().project;
            const last = () => r().reports.find((x) => !x.correctedById) ?? r().reports[0];
            return (
              <dl class="materials-list">
                <div>
                  <dt>{t('hall.materials.number')}</dt>
                  <dd>{props.candidate.position}</dd>
                </div>
                <Show when={f().code}>
                  <div>
                    <dt>{t('hall.materials.code')}</dt>
                    <dd class="mono">{f().code}</dd>
                  </div>
                </Show>
                <div>
                  <dt>{t('eval.ballot.department')}</dt>
                  <dd>{p().departmentName ?? '—'}</dd>
                </div>
                <div>
                  <dt>{t('hall.materials.category')}</dt>
                  <dd>{p().category}</dd>
                </div>
                <div>
                  <dt>{t('eval.ballot.status')}</dt>
                  <dd>{tMaybe(`eval.status.${p().status}`, p().status)}</dd>
                </div>
                <div>
                  <dt>{t('eval.details.progress')}</dt>
                  <dd>{p().percentComplete}%</dd>
                </div>
                <div>
                  <dt>{t('eval.details.budget')}</dt>
                  <dd>{wanText(p().budgetYuan)}</dd>
                </div>
                <div>
                  <dt>{t('eval.details.disbursed')}</dt>
                  <dd>{wanText(p().disbursedYuan)}</dd>
                </div>
                <div>
                  <dt>{t('eval.details.deadline')}</dt>
                  <dd>{p().deadline}</dd>
                </div>
                <Show when={p().completedOn}>
                  <div>
                    <dt>{t('eval.details.completedOn')}</dt>
                    <dd>{p().completedOn}</dd>
                  </div>
                </Show>
                <div class="materials-wide">
                  <dt>{t('eval.details.content')}</dt>
                  <dd class="prose">{p().content}</dd>
                </div>
                <Show when={p().targets.length > 0}>
                  <div class="materials-wide">
                    <dt>{t('eval.details.targets')}</dt>
                    <dd>
                      <For each={p().targets}>
                        {(x) => (
                          <div>
                            {x.indicator} {x.value} {x.unit}
                          </div>
                        )}
                      </For>
                    </dd>
                  </div>
                </Show>
                <Show
                  when={last()}
                  fallback={
                    <div class="materials-wide">
                      <dt>{t('eval.details.reports')}</dt>
                      <dd>{t('eval.details.noReport')}</dd>
                    </div>
                  }
                >
                  {(x) => (
                    <div class="materials-wide">
                      <dt>{t('eval.details.lastReport', { asOf: x().asOf })}</dt>
                      <dd class="prose">{x().narrative}</dd>
                    </div>
                  )}
                </Show>
              </dl>
            );
          }}
        </Match>
      </Switch>
      <p class="materials-note">{t('eval.details.note')}</p>
      <div class="dialog-actions">
        <button type="button" class="btn btn-primary btn-big" onClick={() => props.onClose()}>
          {t('common.close')}
        </button>
      </div>
    </div>
  );
}
