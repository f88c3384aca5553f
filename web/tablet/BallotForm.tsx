// The ballot itself, for the hall tablet and the deputy's phone: every candidate with its number,
// title, department, budget and one line of summary (tap for the materials); large 赞成 / 反对 /
// 弃权 toggles (radio buttons, so their state is announced); a counter that refuses one 赞成 too
// many; a review of every choice; then the cast. A failed cast keeps the filled ballot and is sent
// again with backoff until the server answers: the server's idempotent cast makes that safe.
import { fundingLabel } from '../solicitation/labels';
import { createMemo, createSignal, For, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import { createStore } from 'solid-js/store';
import { ApiError } from '../app/api';
import { Dialog } from '../app/Dialog';
import { t } from '../app/i18n';
import { formatWan } from '../../server/core/domain/money';
import { isTransient } from './device';
import type { CardBallot, CardCandidate, CastReply, Choice, Choices } from './hall-types';

const MAX_BACKOFF_MS = 15_000;

export type CastFailure = 'used' | 'closed' | 'invalid' | 'rule' | 'other';

export function castFailure(err: unknown): { kind: CastFailure; message: string } {
  const e = err instanceof ApiError ? err : null;
  if (e?.status === 404) return { kind: 'invalid', message: t('hall.card.invalid') };
  if (e?.status === 409) {
    const used = (e.details as { used?: boolean } | undefined)?.used;
    return used ? { kind: 'used', message: t('hall.card.used') } : { kind: 'closed', message: t('hall.card.closed') };
  }
  if (e?.status === 422) return { kind: 'rule', message: e.message };
  return { kind: 'other', message: e?.message ?? String(err) };
}

export function wan(yuan: number | null | undefined): string {
  return yuan === null || yuan === undefined ? '—' : t('hall.wan', { amount: formatWan(yuan, { grouping: true }) });
}

function choiceLabel(c: Choice | undefined): string {
  return c ? t(`hall.choice.${c}`) : t('hall.choice.none');
}

const MARK: Record<Choice, string> = { for: '✓', against: '✕', abstain: '○' };

export function BallotForm(props: {
  ballot: CardBallot;
  cast: (choices: Choices) => Promise<CastReply>;
  onDone: (receipt: string) => void;
  onLeave: () => void;
  layout: 'tablet' | 'phone';
}) {
  const offered = (): Choice[] => (props.ballot.form === 'choose-up-to' ? ['for', 'abstain'] : ['for', 'against', 'abstain']);
  const [choices, setChoices] = createStore<Record<string, Choice | undefined>>({});
  const [step, setStep] = createSignal<'fill' | 'review' | 'sending' | 'failed'>('fill');
  const [refused, setRefused] = createSignal<string | null>(null);
  const [details, setDetails] = createSignal<CardCandidate | null>(null);
  const [retry, setRetry] = createSignal<{ attempt: number; seconds: number } | null>(null);
  const [failure, setFailure] = createSignal<{ kind: CastFailure; message: string } | null>(null);
  const forCount = createMemo(() => props.ballot.candidates.filter((c) => choices[c.id] === 'for').length);
  const atLimit = () => forCount() >= props.ballot.maxFor;
  let disposed = false;
  let wake: (() => void) | null = null;
  let refuseTimer: ReturnType<typeof setTimeout> | undefined;
  let countdown: ReturnType<typeof setInterval> | undefined;
  let top!: HTMLDivElement;

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

  const goto = (s: 'fill' | 'review') => {
    setStep(s);
    setRefused(null);
    queueMicrotask(() => { top?.scrollIntoView({ block: 'start' }); top?.focus({ preventScroll: true }); });
  };

  /** Every candidate named once: what is not chosen counts as 弃权 (a blank ballot is valid). */
  const finalChoices = (): Choices =>
    Object.fromEntries(props.ballot.candidates.map((c) => [c.id, choices[c.id] ?? 'abstain']));

  const sleep = (ms: number) => new Promise<void>((resolve) => {
    const until = Date.now() + ms;
    setRetry((r) => (r ? { ...r, seconds: Math.ceil(ms / 1000) } : r));
    clearInterval(countdown);
    countdown = setInterval(() => setRetry((r) => (r ? { ...r, seconds: Math.max(0, Math.ceil((until - Date.now()) / 1000)) } : r)), 500);
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      clearInterval(countdown);
      wake = null;
      resolve();
    }
    wake = done;
  });

  const submit = async () => {
    // Frozen once: every retry sends exactly the same request, so the server can recognise it.
    const sent = finalChoices();
    setStep('sending');
    setFailure(null);
    for (let attempt = 1; !disposed; attempt++) {
      try {
        const reply = await props.cast(sent);
        if (!disposed) props.onDone(reply.receipt);
        return;
      } catch (err) {
        if (disposed) return;
        if (!isTransient(err)) {
          setRetry(null);
          setFailure(castFailure(err));
          setStep('failed');
          return;
        }
        const hinted = ((err as { retryAfter?: number }).retryAfter ?? 0) * 1000;
        const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (attempt - 1));
        const delay = Math.max(hinted, Math.round(base * (0.75 + Math.random() * 0.5)));
        setRetry({ attempt, seconds: Math.ceil(delay / 1000) });
        await sleep(delay);
      }
    }
  };

  // Back online: try at once instead of waiting out the backoff.
  const onOnline = () => wake?.();
  onMount(() => window.addEventListener('online', onOnline));
  onCleanup(() => {
    disposed = true;
    window.removeEventListener('online', onOnline);
    clearTimeout(refuseTimer);
    clearInterval(countdown);
    wake?.();
  });

  const rules = () => (props.ballot.form === 'choose-up-to'
    ? t('hall.ballot.rulesChoose', { seats: props.ballot.seats, max: props.ballot.maxFor })
    : t('hall.ballot.rulesAra', { seats: props.ballot.seats, max: props.ballot.maxFor }));

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
    <div class={`ballot ballot-${props.layout}`}>
      <div class="ballot-top" ref={top} tabindex="-1">
        <h1 class="ballot-title">{props.ballot.title}</h1>
        <p class="ballot-rules">{rules()}</p>
      </div>

      <Switch>
        <Match when={step() === 'fill'}>
          <div class="ballot-bar">
            <p class="ballot-counter" aria-live="polite" classList={{ 'ballot-counter-full': atLimit() }}>
              {t('hall.ballot.counterBefore')}<strong class="ballot-count">{forCount()}</strong>
              <span class="ballot-counter-sep"> / </span>{t('hall.ballot.counterMax', { max: props.ballot.maxFor })}
            </p>
            <button type="button" class="btn btn-primary btn-big" onClick={() => goto('review')}>{t('hall.ballot.toReview')}</button>
          </div>
          <ol class="ballot-list">
            <For each={props.ballot.candidates}>
              {(c) => {
                const legendId = `cand-${c.id}-name`;
                return (
                  <li class={`cand cand-${choices[c.id] ?? 'none'}`}>
                    <div class="cand-head">
                      <span class="cand-no" aria-hidden="true">{c.position}</span>
                      <div class="cand-text">
                        <h2 class="cand-title" id={legendId}>
                          <span class="sr-only">{t('hall.ballot.number', { n: c.position })}</span>{c.title}
                        </h2>
                        <p class="cand-meta">
                          <span>{c.departmentName ?? '—'}</span>
                          <span class="cand-budget">{t('hall.ballot.budget')} {wan(c.estimateYuan)}</span>
                        </p>
                        <Show when={c.summary}><p class="cand-summary">{c.summary}</p></Show>
                        <button type="button" class="cand-more" onClick={() => setDetails(c)}
                          aria-label={t('hall.ballot.materialsOf', { title: c.title })}>{t('hall.ballot.materials')}</button>
                      </div>
                    </div>
                    <fieldset class="choices" aria-labelledby={legendId}>
                      <For each={offered()}>
                        {(x) => (
                          <label class={`choice choice-${x}`} classList={{ 'choice-on': choices[c.id] === x, 'choice-blocked': blocked(c.id, x) }}>
                            <input
                              type="radio"
                              name={`choice-${c.id}`}
                              value={x}
                              checked={choices[c.id] === x}
                              aria-disabled={blocked(c.id, x) ? 'true' : undefined}
                              aria-describedby={refused() === c.id ? `refused-${c.id}` : undefined}
                              onClick={(e) => {
                                if (blocked(c.id, x)) {
                                  e.preventDefault();
                                  refuse(c.id);
                                }
                              }}
                              onChange={() => choose(c.id, x)}
                            />
                            <span class="choice-mark" aria-hidden="true">{MARK[x]}</span>
                            <span class="choice-text">{t(`hall.choice.${x}`)}</span>
                          </label>
                        )}
                      </For>
                    </fieldset>
                    <Show when={refused() === c.id}>
                      <p class="cand-refused" id={`refused-${c.id}`} role="alert">{t('hall.ballot.limit', { max: props.ballot.maxFor })}</p>
                    </Show>
                  </li>
                );
              }}
            </For>
          </ol>
          <div class="ballot-actions">
            <button type="button" class="btn btn-big" onClick={() => props.onLeave()}>{t('hall.ballot.leave')}</button>
            <button type="button" class="btn btn-primary btn-big" onClick={() => goto('review')}>{t('hall.ballot.toReview')}</button>
          </div>
        </Match>

        <Match when={step() !== 'fill'}>
          <h2 class="review-title">{t('hall.review.title')}</h2>
          <Show when={step() === 'sending' && retry()}>
            {(r) => (
              <div class="ballot-retry" role="alert">
                <p class="ballot-retry-head">{t('hall.review.retryHead')}</p>
                <p>{t('hall.review.retryBody', { attempt: r().attempt, seconds: r().seconds })}</p>
                <button type="button" class="btn btn-big" onClick={() => wake?.()}>{t('hall.review.retryNow')}</button>
              </div>
            )}
          </Show>
          <Show when={failure()}>
            {(f) => (
              <div class="ballot-failed" role="alert">
                <p class="ballot-failed-head">{f().message}</p>
                <p>{t(f().kind === 'used' ? 'hall.review.usedHelp' : 'hall.review.failedHelp')}</p>
              </div>
            )}
          </Show>
          <ol class="review-list">
            <For each={props.ballot.candidates}>
              {(c) => (
                <li class="review-row">
                  <span class="review-no">{c.position}</span>
                  <span class="review-name">{c.title}</span>
                  <span class={`review-choice review-${choices[c.id] ?? 'none'}`}>
                    <Show when={choices[c.id]}>{(x) => <span aria-hidden="true">{MARK[x()]} </span>}</Show>
                    {choiceLabel(choices[c.id])}
                  </span>
                </li>
              )}
            </For>
          </ol>
          <p class="review-sum">
            {t('hall.review.sum', { for: tally().for, against: tally().against, abstain: tally().abstain + tally().none })}
            <Show when={tally().none > 0}> {t('hall.review.blank', { n: tally().none })}</Show>
          </p>
          <Switch>
            <Match when={step() === 'review'}>
              <p class="review-note">{t('hall.review.final')}</p>
              <div class="ballot-actions">
                <button type="button" class="btn btn-big" onClick={() => goto('fill')}>{t('hall.review.back')}</button>
                <button type="button" class="btn btn-primary btn-big btn-cast" onClick={() => void submit()}>{t('hall.review.cast')}</button>
              </div>
            </Match>
            <Match when={step() === 'sending'}>
              <p class="review-sending" role="status">{retry() ? t('hall.review.keeping') : t('hall.review.sending')}</p>
            </Match>
            <Match when={step() === 'failed'}>
              <div class="ballot-actions">
                <button type="button" class="btn btn-primary btn-big" onClick={() => props.onLeave()}>{t('hall.review.done')}</button>
              </div>
            </Match>
          </Switch>
        </Match>
      </Switch>

      <Dialog open={details() !== null} title={details()?.title ?? ''} onClose={() => setDetails(null)} wide>
        <Show when={details()}>{(c) => <Materials candidate={c()} onClose={() => setDetails(null)} />}</Show>
      </Dialog>
    </div>
  );
}

interface FullMaterials {
  background?: string | null; content?: string | null; location?: string | null; deadline?: string | null;
  funding?: Array<{ source: string; amountYuan: number }>; targets?: Array<{ indicator: string; value: string; unit: string }>;
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
        <div><dt>{t('hall.materials.number')}</dt><dd>{props.candidate.position}</dd></div>
        <Show when={str('code')}><div><dt>{t('hall.materials.code')}</dt><dd class="mono">{str('code')}</dd></div></Show>
        <Show when={str('category')}><div><dt>{t('hall.materials.category')}</dt><dd>{str('category')}</dd></div></Show>
        <div><dt>{t('hall.materials.department')}</dt><dd>{props.candidate.departmentName ?? '—'}</dd></div>
        <div><dt>{t('hall.materials.budget')}</dt><dd>{wan(props.candidate.estimateYuan)}</dd></div>
        <Show when={full().background}><div class="materials-wide"><dt>{t('hall.materials.background')}</dt><dd class="prose">{full().background}</dd></div></Show>
        <Show when={full().content} fallback={<div class="materials-wide"><dt>{t('hall.materials.summary')}</dt><dd>{props.candidate.summary ?? '—'}</dd></div>}>
          <div class="materials-wide"><dt>{t('hall.materials.content')}</dt><dd class="prose">{full().content}</dd></div>
        </Show>
        <Show when={full().location}><div><dt>{t('hall.materials.location')}</dt><dd>{full().location}</dd></div></Show>
        <Show when={full().deadline}><div><dt>{t('hall.materials.deadline')}</dt><dd>{full().deadline}</dd></div></Show>
        <Show when={(full().funding ?? []).length > 0}>
          <div class="materials-wide"><dt>{t('hall.materials.funding')}</dt><dd>
            <For each={full().funding}>{(f) => <div>{fundingLabel(f.source as never)}：{wan(f.amountYuan)}</div>}</For>
          </dd></div>
        </Show>
        <Show when={(full().targets ?? []).length > 0}>
          <div class="materials-wide"><dt>{t('hall.materials.targets')}</dt><dd>
            <For each={full().targets}>{(x) => <div>{x.indicator} {x.value} {x.unit}</div>}</For>
          </dd></div>
        </Show>
        <Show when={(full().milestones ?? []).length > 0}>
          <div class="materials-wide"><dt>{t('hall.materials.milestones')}</dt><dd>
            <For each={full().milestones}>{(x) => <div>{x.year}：{x.goal}</div>}</For>
          </dd></div>
        </Show>
        <Show when={str('materialsHash')}>
          <div class="materials-wide"><dt>{t('hall.materials.hash')}</dt><dd class="mono hash small">{str('materialsHash')}</dd></div>
        </Show>
      </dl>
      <p class="materials-note">{t('hall.materials.note')}</p>
      <div class="dialog-actions">
        <button type="button" class="btn btn-primary btn-big" onClick={() => props.onClose()}>{t('common.close')}</button>
      </div>
    </div>
  );
}
