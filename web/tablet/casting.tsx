// Sending a filled ballot, for every form (project ballot and satisfaction evaluation): the
// fill → review → sending steps, the cast retried with backoff until the server answers (its
// idempotent cast makes that safe), and the review's banners and buttons.
import { createEffect, createSignal, For, Match, on, onCleanup, onMount, Show, Switch, type JSX } from 'solid-js';
import { Dialog } from '../app/Dialog';
import { ApiError } from '../app/api';
import { t } from '../app/i18n';
import { isTransient } from './device';
import type { CardCandidate, CastReply, Choices } from './hall-types';
import { largeText, setLargeText } from './large-text';

const MAX_BACKOFF_MS = 15_000;

/** 128 random bits from the browser's CSPRNG, as 32 hex digits. */
export function newCastId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export type CastFailure = 'used' | 'closed' | 'invalid' | 'rule' | 'other';
export type CastStep = 'fill' | 'review' | 'sending' | 'failed';

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

export function createCasting(props: { cast: (choices: Choices, castId: string) => Promise<CastReply>; onDone: (receipt: string) => void }) {
  const [step, setStep] = createSignal<CastStep>('fill');
  const [retry, setRetry] = createSignal<{ attempt: number; seconds: number } | null>(null);
  const [failure, setFailure] = createSignal<{ kind: CastFailure; message: string } | null>(null);
  let disposed = false;
  let wake: (() => void) | null = null;
  let countdown: ReturnType<typeof setInterval> | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
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

  /**
   * `sent` is frozen by the caller, and one castId is made for this cast: every retry sends exactly
   * the same request, so the server recognises it and answers its receipt (also after the close).
   * Only this device knows the castId: whoever else holds the card learns nothing from it.
   */
  const submit = async (sent: Choices) => {
    setStep('sending');
    setFailure(null);
    const castId = newCastId();
    for (let attempt = 1; !disposed; attempt++) {
      try {
        const reply = await props.cast(sent, castId);
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
        const hinted = (err instanceof ApiError ? (err.retryAfter ?? 0) : 0) * 1000;
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
    clearInterval(countdown);
    wake?.();
  });

  return { step, setStep, retry, failure, submit, retryNow: () => wake?.() };
}

export type Casting = ReturnType<typeof createCasting>;

/** The review step: what is being sent (children), then the banners and buttons of each step. */
export function CastReview(props: { casting: Casting; onBack: () => void; onCast: () => void; onLeave: () => void; children: JSX.Element }) {
  const c = () => props.casting;
  return (
    <>
      <h2 class="review-title">{t('hall.review.title')}</h2>
      <Show when={c().step() === 'sending' && c().retry()}>
        {(r) => (
          <div class="ballot-retry" role="alert">
            <p class="ballot-retry-head">{t('hall.review.retryHead')}</p>
            <p>{t('hall.review.retryBody', { attempt: r().attempt, seconds: r().seconds })}</p>
            <button type="button" class="btn btn-big" onClick={() => c().retryNow()}>
              {t('hall.review.retryNow')}
            </button>
          </div>
        )}
      </Show>
      <Show when={c().failure()}>
        {(f) => (
          <div class="ballot-failed" role="alert">
            <p class="ballot-failed-head">{f().message}</p>
            <p>{t(f().kind === 'used' ? 'hall.review.usedHelp' : 'hall.review.failedHelp')}</p>
          </div>
        )}
      </Show>
      {props.children}
      <Switch>
        <Match when={c().step() === 'review'}>
          <p class="review-note">{t('hall.review.final')}</p>
          <div class="ballot-actions">
            <button type="button" class="btn btn-big" onClick={() => props.onBack()}>
              {t('hall.review.back')}
            </button>
            <button type="button" class="btn btn-primary btn-big btn-cast" onClick={() => props.onCast()}>
              {t('hall.review.cast')}
            </button>
          </div>
        </Match>
        <Match when={c().step() === 'sending'}>
          <p class="review-sending" role="status">
            {c().retry() ? t('hall.review.keeping') : t('hall.review.sending')}
          </p>
        </Match>
        <Match when={c().step() === 'failed'}>
          <div class="ballot-actions">
            <button type="button" class="btn btn-primary btn-big" onClick={() => props.onLeave()}>
              {t('hall.review.done')}
            </button>
          </div>
        </Match>
      </Switch>
    </>
  );
}

/** Every question of the ballot with the choice made: a sign (never colour alone) and the word. */
export function ReviewList(props: { candidates: CardCandidate[]; choice: (c: CardCandidate) => { class: string; mark?: string; label: string } }) {
  return (
    <ol class="review-list">
      <For each={props.candidates}>
        {(c) => (
          <li class="review-row">
            <span class="review-no">{c.position}</span>
            <span class="review-name">{c.title}</span>
            <span class={`review-choice ${props.choice(c).class}`}>
              <Show when={props.choice(c).mark}>{(m) => <span aria-hidden="true">{m()} </span>}</Show>
              {props.choice(c).label}
            </span>
          </li>
        )}
      </For>
    </ol>
  );
}

/**
 * The frame of a ballot in any form: title and rules, a sticky bar with the counter and the way
 * to the review, the questions (`fill`), then the review (`review`) with the cast; a dialog for a
 * question's details. Moving between filling and reviewing starts again at the top.
 */
export function BallotFrame(props: {
  layout: 'tablet' | 'phone';
  class?: string;
  title: string;
  rules: string;
  casting: Casting;
  counter: JSX.Element;
  onNext: () => void;
  onLeave: () => void;
  onCast: () => void;
  fill: JSX.Element;
  review: JSX.Element;
  /** The title of the open details dialog; null when it is closed. */
  detailsTitle: string | null;
  onCloseDetails: () => void;
  details: JSX.Element;
}) {
  let top!: HTMLDivElement;
  createEffect(
    on(
      // eslint-disable-next-line solid/reactivity -- `step` is the casting's own accessor, fixed for the component's life
      props.casting.step,
      (s) => {
        if (s === 'fill' || s === 'review')
          queueMicrotask(() => {
            top?.scrollIntoView({ block: 'start' });
            top?.focus({ preventScroll: true });
          });
      },
      { defer: true },
    ),
  );
  return (
    <div class={`ballot ballot-${props.layout} ${props.class ?? ''}`}>
      <div class="ballot-top" ref={top} tabindex="-1">
        <button type="button" class="btn ballot-textsize" aria-pressed={largeText()} onClick={() => setLargeText(!largeText())}>
          <span aria-hidden="true">A+ </span>
          {t('hall.ballot.largeText')}
        </button>
        <h1 class="ballot-title">{props.title}</h1>
        <p class="ballot-rules">{props.rules}</p>
      </div>
      <Switch>
        <Match when={props.casting.step() === 'fill'}>
          <div class="ballot-bar">
            {props.counter}
            <button type="button" class="btn btn-primary btn-big" onClick={() => props.onNext()}>
              {t('hall.ballot.toReview')}
            </button>
          </div>
          {props.fill}
          <div class="ballot-actions">
            <button type="button" class="btn btn-big" onClick={() => props.onLeave()}>
              {t('hall.ballot.leave')}
            </button>
            <button type="button" class="btn btn-primary btn-big" onClick={() => props.onNext()}>
              {t('hall.ballot.toReview')}
            </button>
          </div>
        </Match>
        <Match when={props.casting.step() !== 'fill'}>
          <CastReview
            casting={props.casting}
            onBack={() => props.casting.setStep('fill')}
            onCast={() => props.onCast()}
            onLeave={() => props.onLeave()}
          >
            {props.review}
          </CastReview>
        </Match>
      </Switch>
      <Dialog open={props.detailsTitle !== null} title={props.detailsTitle ?? ''} onClose={() => props.onCloseDetails()} wide>
        {props.details}
      </Dialog>
    </div>
  );
}
