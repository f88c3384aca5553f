// The ballot itself, for the hall tablet and the deputy's phone: every candidate with its number,
// title, department, budget and one line of summary (tap for the materials); large 赞成 / 反对 /
// 弃权 toggles (radio buttons, so their state is announced); a counter that refuses one 赞成 too
// many; a review of every choice; then the cast (./casting.tsx: a failed cast keeps the filled
// ballot and is sent again with backoff). A satisfaction evaluation has its own form (./SatisfactionForm).
import { fundingLabel } from '../solicitation/labels';
import { createMemo, createSignal, For, onCleanup, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { t } from '../app/i18n';
import { formatWan } from '@contract/domain';
import { BallotFrame, createCasting, ReviewList } from './casting';
import type { BallotFormProps, CardCandidate, Choice, Choices } from './hall-types';
import { SatisfactionForm } from './SatisfactionForm';

export { castFailure } from './casting';

export function wan(yuan: number | null | undefined): string {
  return yuan === null || yuan === undefined ? '—' : t('hall.wan', { amount: formatWan(yuan, { grouping: true }) });
}

function choiceLabel(c: Choice | undefined): string {
  return c ? t(`hall.choice.${c}`) : t('hall.choice.none');
}

const MARK: Record<Choice, string> = { for: '✓', against: '✕', abstain: '○' };

/** The card's ballot in its form: a project ballot, or a satisfaction evaluation (phase 4). */
export function BallotForm(props: BallotFormProps) {
  return (
    <Show when={props.ballot.form === 'satisfaction'} fallback={<ProjectBallotForm {...props} />}>
      <SatisfactionForm {...props} />
    </Show>
  );
}

function ProjectBallotForm(props: BallotFormProps) {
  const offered = (): Choice[] => (props.ballot.form === 'choose-up-to' ? ['for', 'abstain'] : ['for', 'against', 'abstain']);
  const [choices, setChoices] = createStore<Record<string, Choice | undefined>>({});
  const casting = createCasting(props);
  const [refused, setRefused] = createSignal<string | null>(null);
  const [details, setDetails] = createSignal<CardCandidate | null>(null);
  const forCount = createMemo(() => props.ballot.candidates.filter((c) => choices[c.id] === 'for').length);
  const atLimit = () => forCount() >= props.ballot.maxFor;
  let refuseTimer: ReturnType<typeof setTimeout> | undefined;

  const blocked = (candidateId: string, c: Choice) => c === 'for' && choices[candidateId] !== 'for' && atLimit();
  const choose = (candidateId: string, c: Choice) => {
    if (blocked(candidateId, c)) return;
    setChoices(candidateId, c);
    if (refused() === candidateId) setRefused(null);
  };
  const refuse = (candidateId: string) => {
    setRefused(candidateId);
    clearTimeout(refuseTimer);
    refuseTimer = setTimeout(() => setRefused(null), 8000);
  };

  /** Every candidate named once: what is not chosen counts as 弃权 (a blank ballot is valid). */
  const finalChoices = (): Choices => Object.fromEntries(props.ballot.candidates.map((c) => [c.id, choices[c.id] ?? 'abstain']));

  onCleanup(() => clearTimeout(refuseTimer));

  const rules = () =>
    props.ballot.form === 'choose-up-to'
      ? t('hall.ballot.rulesChoose', { seats: props.ballot.seats, max: props.ballot.maxFor })
      : t('hall.ballot.rulesAra', { seats: props.ballot.seats, max: props.ballot.maxFor });

  const tally = createMemo(() => {
    const n = { for: 0, against: 0, abstain: 0, none: 0 };
    for (const c of props.ballot.candidates) {
      const x = choices[c.id];
      if (x) n[x]++;
      else n.none++;
    }
    return n;
  });

  return (
    <BallotFrame
      layout={props.layout}
      title={props.ballot.title}
      rules={rules()}
      casting={casting}
      counter={
        <p class="ballot-counter" aria-live="polite" classList={{ 'ballot-counter-full': atLimit() }}>
          {t('hall.ballot.counterBefore')}
          <strong class="ballot-count">{forCount()}</strong>
          <span class="ballot-counter-sep"> / </span>
          {t('hall.ballot.counterMax', { max: props.ballot.maxFor })}
        </p>
      }
      onNext={() => {
        setRefused(null);
        casting.setStep('review');
      }}
      onLeave={() => props.onLeave()}
      onCast={() => void casting.submit(finalChoices())}
      fill={
        <ol class="ballot-list">
          <For each={props.ballot.candidates}>
            {(c) => {
              const legendId = `cand-${c.id}-name`;
              return (
                <li class={`cand cand-${choices[c.id] ?? 'none'}`}>
                  <div class="cand-head">
                    <span class="cand-no" aria-hidden="true">
                      {c.position}
                    </span>
                    <div class="cand-text">
                      <h2 class="cand-title" id={legendId}>
                        <span class="sr-only">{t('hall.ballot.number', { n: c.position })}</span>
                        {c.title}
                      </h2>
                      <p class="cand-meta">
                        <span>{c.departmentName ?? '—'}</span>
                        <span class="cand-budget">
                          {t('hall.ballot.budget')} {wan(c.estimateYuan)}
                        </span>
                      </p>
                      <Show when={c.summary}>
                        <p class="cand-summary">{c.summary}</p>
                      </Show>
                      <button
                        type="button"
                        class="cand-more"
                        onClick={() => setDetails(c)}
                        aria-label={t('hall.ballot.materialsOf', { title: c.title })}
                      >
                        {t('hall.ballot.materials')}
                      </button>
                    </div>
                  </div>
                  <ChoiceToggles
                    candidate={c}
                    legendId={legendId}
                    offered={offered()}
                    chosen={choices[c.id]}
                    blocked={(x) => blocked(c.id, x)}
                    refused={refused() === c.id}
                    onBlocked={() => refuse(c.id)}
                    onChoose={(x) => choose(c.id, x)}
                  />
                  <Show when={refused() === c.id}>
                    <p class="cand-refused" id={`refused-${c.id}`} role="alert">
                      {t('hall.ballot.limit', { max: props.ballot.maxFor })}
                    </p>
                  </Show>
                </li>
              );
            }}
          </For>
        </ol>
      }
      review={
        <>
          <ReviewList
            candidates={props.ballot.candidates}
            choice={(c) => ({
              class: `review-${choices[c.id] ?? 'none'}`,
              mark: choices[c.id] && MARK[choices[c.id]!],
              label: choiceLabel(choices[c.id]),
            })}
          />
          <p class="review-sum">
            {t('hall.review.sum', { for: tally().for, against: tally().against, abstain: tally().abstain + tally().none })}
            <Show when={tally().none > 0}> {t('hall.review.blank', { n: tally().none })}</Show>
          </p>
        </>
      }
      detailsTitle={details()?.title ?? null}
      onCloseDetails={() => setDetails(null)}
      details={<Show when={details()}>{(c) => <Materials candidate={c()} onClose={() => setDetails(null)} />}</Show>}
    />
  );
}

/** One candidate's 赞成 / 反对 / 弃权 as radio buttons; a 赞成 past the limit is refused, not chosen. */
function ChoiceToggles(props: {
  candidate: CardCandidate;
  legendId: string;
  offered: Choice[];
  chosen: Choice | undefined;
  blocked: (x: Choice) => boolean;
  refused: boolean;
  onBlocked: () => void;
  onChoose: (x: Choice) => void;
}) {
  return (
    <fieldset class="choices" aria-labelledby={props.legendId}>
      <For each={props.offered}>
        {(x) => (
          <label class={`choice choice-${x}`} classList={{ 'choice-on': props.chosen === x, 'choice-blocked': props.blocked(x) }}>
            <input
              type="radio"
              name={`choice-${props.candidate.id}`}
              value={x}
              // Announced with its project: "城区第一小学改扩建工程 — 赞成", checked or not.
              aria-label={t('hall.ballot.choiceOf', { title: props.candidate.title, choice: t(`hall.choice.${x}`) })}
              checked={props.chosen === x}
              aria-disabled={props.blocked(x) ? 'true' : undefined}
              aria-describedby={props.refused ? `refused-${props.candidate.id}` : undefined}
              onClick={(e) => {
                if (props.blocked(x)) {
                  e.preventDefault();
                  props.onBlocked();
                }
              }}
              onChange={() => props.onChoose(x)}
            />
            <span class="choice-mark" aria-hidden="true">
              {MARK[x]}
            </span>
            <span class="choice-text">{t(`hall.choice.${x}`)}</span>
          </label>
        )}
      </For>
    </fieldset>
  );
}

interface FullMaterials {
  background?: string | null;
  content?: string | null;
  location?: string | null;
  deadline?: string | null;
  funding?: Array<{ source: string; amountYuan: number }>;
  targets?: Array<{ indicator: string; value: string; unit: string }>;
  milestones?: Array<{ year: number; goal: string }>;
}

function Materials(props: { candidate: CardCandidate; onClose: () => void }) {
  const m = () => (props.candidate.materials ?? {}) as Record<string, unknown>;
  const str = (k: string) => (typeof m()[k] === 'string' && m()[k] ? String(m()[k]) : null);
  // The fixed list carries the full materials under `materials` (what deputies read before the session).
  const full = () => (m().materials ?? {}) as FullMaterials;
  return (
    <div class="materials">
      <dl class="materials-list">
        <div>
          <dt>{t('hall.materials.number')}</dt>
          <dd>{props.candidate.position}</dd>
        </div>
        <Show when={str('code')}>
          <div>
            <dt>{t('hall.materials.code')}</dt>
            <dd class="mono">{str('code')}</dd>
          </div>
        </Show>
        <Show when={str('category')}>
          <div>
            <dt>{t('hall.materials.category')}</dt>
            <dd>{str('category')}</dd>
          </div>
        </Show>
        <div>
          <dt>{t('hall.materials.department')}</dt>
          <dd>{props.candidate.departmentName ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('hall.materials.budget')}</dt>
          <dd>{wan(props.candidate.estimateYuan)}</dd>
        </div>
        <Show when={full().background}>
          <div class="materials-wide">
            <dt>{t('hall.materials.background')}</dt>
            <dd class="prose">{full().background}</dd>
          </div>
        </Show>
        <Show
          when={full().content}
          fallback={
            <div class="materials-wide">
              <dt>{t('hall.materials.summary')}</dt>
              <dd>{props.candidate.summary ?? '—'}</dd>
            </div>
          }
        >
          <div class="materials-wide">
            <dt>{t('hall.materials.content')}</dt>
            <dd class="prose">{full().content}</dd>
          </div>
        </Show>
        <Show when={full().location}>
          <div>
            <dt>{t('hall.materials.location')}</dt>
            <dd>{full().location}</dd>
          </div>
        </Show>
        <Show when={full().deadline}>
          <div>
            <dt>{t('hall.materials.deadline')}</dt>
            <dd>{full().deadline}</dd>
          </div>
        </Show>
        <Show when={(full().funding ?? []).length > 0}>
          <div class="materials-wide">
            <dt>{t('hall.materials.funding')}</dt>
            <dd>
              <For each={full().funding}>
                {(f) => (
                  <div>
                    {fundingLabel(f.source as never)}：{wan(f.amountYuan)}
                  </div>
                )}
              </For>
            </dd>
          </div>
        </Show>
        <Show when={(full().targets ?? []).length > 0}>
          <div class="materials-wide">
            <dt>{t('hall.materials.targets')}</dt>
            <dd>
              <For each={full().targets}>
                {(x) => (
                  <div>
                    {x.indicator} {x.value} {x.unit}
                  </div>
                )}
              </For>
            </dd>
          </div>
        </Show>
        <Show when={(full().milestones ?? []).length > 0}>
          <div class="materials-wide">
            <dt>{t('hall.materials.milestones')}</dt>
            <dd>
              <For each={full().milestones}>
                {(x) => (
                  <div>
                    {x.year}：{x.goal}
                  </div>
                )}
              </For>
            </dd>
          </div>
        </Show>
        <Show when={str('materialsHash')}>
          <div class="materials-wide">
            <dt>{t('hall.materials.hash')}</dt>
            <dd class="mono hash small">{str('materialsHash')}</dd>
          </div>
        </Show>
      </dl>
      <p class="materials-note">{t('hall.materials.note')}</p>
      <div class="dialog-actions">
        <button type="button" class="btn btn-primary btn-big" onClick={() => props.onClose()}>
          {t('common.close')}
        </button>
      </div>
    </div>
  );
}
