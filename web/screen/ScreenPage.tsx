// /screen/:ballotId: the hall's projected screen, 16:9, read from the back of the hall. No
// controls: what it shows (welcome, candidates, turnout, results) is switched from the console,
// or follows the ballot's state ("auto"). It follows the ballot live, says so plainly when the
// connection is being restored, and never shows a number as current when it may not be.
import { useParams } from '@solidjs/router';
import { createMemo, createResource, For, Match, Show, Switch } from 'solid-js';
import { api } from '../app/api';
import { usePageTitle } from '../app/Page';
import { t } from '../app/i18n';
import { joinSentences, rankLabel, ranksByFor, statusLabel } from '../app/results';
import { wan } from '../tablet/BallotForm';
import {
  isEvaluationTally,
  shortHash,
  type BallotSnapshot,
  type PublicBallotView,
  type EvaluationTalliedData,
  type TalliedData,
} from '../tablet/hall-types';
import { qrDataUrl } from '../tablet/qr';
import { LiveCounts, EvaluationProjects, EvaluationResults, ScreenQr, ScreenSigners } from './EvaluationScreen';
import { createBallotLive } from './live';
import './screen.css';

type Shown = 'welcome' | 'candidates' | 'turnout' | 'results';

export function shownMode(s: BallotSnapshot): Shown {
  if (s.screenMode !== 'auto') return s.screenMode;
  if (s.state === 'draft') return 'welcome';
  if (s.state === 'open' || s.state === 'closed') return 'turnout';
  return 'results';
}

export function ScreenPage() {
  const params = useParams<{ ballotId: string }>();
  const live = createBallotLive(() => params.ballotId);
  // Title, candidates and rules; loaded again when the state changes (a runoff keeps its own).
  const [ballot] = createResource(
    () => ({ id: params.ballotId, state: live.snapshot()?.state ?? 'loading' }),
    ({ id }) => api.get('/api/public/ballots/:id', { params: { id } }).then((r) => r.ballot),
  );
  const [qr] = createResource(
    () => params.ballotId,
    (id) => qrDataUrl(`${location.origin}/verify?ballot=${encodeURIComponent(id)}`),
  );
  const snap = () => live.snapshot();
  const title = () => snap()?.title ?? ballot.latest?.title ?? '';
  const stale = () => live.status() !== 'live';
  // A satisfaction evaluation (phase 4) runs on the same engine; only what is shown differs.
  const evaluation = () => ballot.latest?.rules.form === 'satisfaction';
  usePageTitle(() => `${t('hall.screen.title')} · ${title()}`);

  return (
    <div class="scr">
      <div class="scr-stage" classList={{ 'scr-stale': stale() }}>
        <Show when={stale() && snap()}>
          <p class="scr-reconnect" role="status">
            {t('hall.screen.reconnecting')}
          </p>
        </Show>
        <header class="scr-head">
          <h1 class="scr-title">{title()}</h1>
          <Show when={snap()}>{(s) => <span class={`scr-state scr-state-${s().state}`}>{t(`hall.state.${s().state}`)}</span>}</Show>
        </header>
        {/* Polite: what the screen switches to (turnout, results) is read out without interrupting. */}
        <main class="scr-main" id="main" aria-live="polite">
          <Show
            when={snap()}
            fallback={
              <p class="scr-wait" role="status">
                {live.status() === 'connecting' ? t('hall.screen.connecting') : t('hall.screen.reconnectingShort')}
              </p>
            }
          >
            {(s) => (
              <Switch>
                <Match when={shownMode(s()) === 'welcome'}>
                  <Welcome snapshot={s()} />
                </Match>
                <Match when={shownMode(s()) === 'candidates'}>
                  <Show when={evaluation()} fallback={<Candidates ballot={ballot.latest} />}>
                    <EvaluationProjects ballot={ballot.latest} />
                  </Show>
                </Match>
                <Match when={shownMode(s()) === 'turnout' || !s().result}>
                  <Turnout snapshot={s()} compact={!!s().counts} />
                  <Show when={s().counts}>
                    <LiveCounts snapshot={s()} ballot={ballot.latest} />
                  </Show>
                </Match>
                <Match when={s().result}>
                  {(r) => (
                    <Show when={isEvaluationTally(r())} fallback={<Results result={r() as TalliedData} ballot={ballot.latest} qr={qr()} />}>
                      <EvaluationResults result={r() as EvaluationTalliedData} ballot={ballot.latest} qr={qr()} />
                    </Show>
                  )}
                </Match>
              </Switch>
            )}
          </Show>
        </main>
        <footer class="scr-foot">
          <Show when={snap()}>
            {(s) => (
              <p class="scr-head-hash" data-testid="screen-head">
                {t('hall.screen.ledgerHead')} <strong>{t('hall.screen.seq', { seq: s().head.seq })}</strong>
                <span class="scr-mono"> {shortHash(s().head.hash, 10, 6)}</span>
              </p>
            )}
          </Show>
          <span class="scr-conn" classList={{ 'scr-conn-off': stale() }}>
            {stale() ? t('hall.screen.offline') : t('hall.screen.live')}
          </span>
        </footer>
      </div>
    </div>
  );
}

function Welcome(props: { snapshot: BallotSnapshot }) {
  return (
    <section class="scr-welcome">
      <p class="scr-welcome-big">{t('hall.screen.welcome')}</p>
      <p class="scr-welcome-sub">
        {props.snapshot.state === 'draft'
          ? t('hall.screen.soon')
          : props.snapshot.state === 'open'
            ? t('hall.screen.voteNow')
            : t(`hall.state.${props.snapshot.state}`)}
      </p>
    </section>
  );
}

function Candidates(props: { ballot: PublicBallotView | undefined }) {
  const list = () => props.ballot?.candidates ?? [];
  return (
    <section class="scr-cands" classList={{ 'scr-cands-two': list().length > 8, 'scr-cands-few': list().length <= 6 }}>
      <h2 class="scr-sub">{t('hall.screen.candidates', { n: list().length, seats: props.ballot?.rules.seats ?? '' })}</h2>
      <ol class="scr-cand-list">
        <For each={list()}>
          {(c) => (
            <li class="scr-cand">
              <span class="scr-no">{c.position}</span>
              <span class="scr-cand-text">
                <span class="scr-cand-title">{c.title}</span>
                <span class="scr-cand-meta">
                  {[c.departmentName, `${t('hall.ballot.budget')} ${wan(c.estimateYuan)}`].filter(Boolean).join(' · ')}
                </span>
              </span>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}

function Turnout(props: { snapshot: BallotSnapshot; compact?: boolean }) {
  const s = () => props.snapshot;
  const base = () => Math.max(s().presentCount ?? 0, s().cardsIssued, 1);
  const pct = () => Math.min(100, Math.round((s().castCount / base()) * 100));
  return (
    <section class="scr-turnout" classList={{ 'scr-turnout-compact': props.compact }}>
      <Show when={s().state === 'draft'}>
        <p class="scr-note">{t('hall.screen.soon')}</p>
      </Show>
      <Show when={s().state === 'closed'}>
        <p class="scr-note">{t('hall.screen.counting')}</p>
      </Show>
      <Show when={s().state === 'tallied'}>
        <p class="scr-note">{t('hall.screen.awaitingCertification')}</p>
      </Show>
      <Show when={s().state === 'void'}>
        <p class="scr-note">{t('hall.screen.void')}</p>
      </Show>
      <dl class="scr-stats">
        <div class="scr-stat">
          <dt>{t('hall.count.roster')}</dt>
          <dd>{s().rosterCount ?? '—'}</dd>
        </div>
        <div class="scr-stat">
          <dt>{t('hall.count.present')}</dt>
          <dd>{s().presentCount ?? '—'}</dd>
        </div>
        <div class="scr-stat scr-stat-main">
          <dt>{t('hall.count.cast')}</dt>
          <dd data-testid="cast-count">{s().castCount}</dd>
        </div>
      </dl>
      <div
        class="scr-progress"
        role="progressbar"
        aria-label={t('hall.count.cast')}
        aria-valuemin="0"
        aria-valuemax={base()}
        aria-valuenow={s().castCount}
      >
        <div class="scr-progress-fill" style={{ width: `${pct()}%` }} />
      </div>
      <p class="scr-progress-label">{t('hall.screen.progress', { cast: s().castCount, of: base(), pct: pct() })}</p>
    </section>
  );
}

function Results(props: { result: TalliedData; ballot: PublicBallotView | undefined; qr: string | undefined }) {
  const r = () => props.result;
  const byId = createMemo(() => new Map((props.ballot?.candidates ?? []).map((c) => [c.id, c])));
  const scale = () => Math.max(r().basis, ...r().ranking.map((x) => x.for), 1);
  const thresholdAt = () => (r().threshold / scale()) * 100;
  // The one ranking convention (并列第 1 名 for equal votes), from @contract/domain.
  const ranks = createMemo(() => ranksByFor(r().ranking));
  const verdict = () => {
    const x = r();
    if (x.void) return { tone: 'bad', text: t('hall.result.void') };
    const parts: string[] = [t('hall.result.selected', { n: x.selected.length, seats: x.seats })];
    if (x.runoff) {
      const nos = x.runoff.candidates.map((id) => byId().get(id)?.position ?? '?').join('、');
      parts.push(t('hall.result.runoff', { nos, seats: x.runoff.seats }));
    }
    if (x.shortfall > 0) parts.push(t('hall.result.shortfall', { n: x.shortfall }));
    return { tone: x.runoff || x.shortfall ? 'warn' : 'ok', text: joinSentences(parts) };
  };
  return (
    <section class="scr-results" classList={{ 'scr-results-few': r().ranking.length <= 6, 'scr-results-many': r().ranking.length > 10 }}>
      <div class="scr-chart">
        <h2 class="scr-sub">{t('hall.result.chartTitle')}</h2>
        <ol class="scr-bars">
          <li class="scr-bar scr-bar-head" aria-hidden="true">
            <span />
            <span class="scr-bar-track scr-bar-track-head">
              <span class="scr-threshold-label" style={{ left: `${thresholdAt()}%` }}>
                {t('hall.result.threshold', { n: r().threshold })}
              </span>
            </span>
            <span />
          </li>
          <For each={r().ranking}>
            {(row, i) => {
              const c = () => byId().get(row.id);
              return (
                <li class={`scr-bar scr-bar-${row.status}`}>
                  <span class="scr-bar-label">
                    <span class="scr-no">{c()?.position ?? ''}</span>
                    <span class="scr-bar-title">{c()?.title ?? row.id}</span>
                  </span>
                  <span class="scr-bar-track">
                    <span class="scr-bar-fill" style={{ width: `${(row.for / scale()) * 100}%` }} />
                    <span class="scr-bar-line" style={{ left: `${thresholdAt()}%` }} aria-hidden="true" />
                    <span class="scr-bar-value">{row.for}</span>
                  </span>
                  <span class="scr-bar-mark">
                    <Show when={row.status === 'selected' && ranks()[i()]}>{(rk) => <span class="scr-bar-rank">{rankLabel(rk())}</span>}</Show>
                    <span class="scr-bar-status">{statusLabel(row.status)}</span>
                  </span>
                </li>
              );
            }}
          </For>
        </ol>
        <p class="sr-only">{t('hall.result.thresholdText', { n: r().threshold, basis: r().basis })}</p>
      </div>
      <aside class="scr-side">
        <p class={`scr-verdict scr-verdict-${verdict().tone}`}>{verdict().text}</p>
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
            <dt>{t('hall.count.issued')}</dt>
            <dd>{r().issued}</dd>
          </div>
          <div>
            <dt>{t('hall.count.returned')}</dt>
            <dd>{r().returned}</dd>
          </div>
          <div>
            <dt>{t('hall.count.valid')}</dt>
            <dd>{r().valid}</dd>
          </div>
          <div>
            <dt>{t('hall.count.invalid')}</dt>
            <dd>{r().invalid}</dd>
          </div>
        </dl>
        <p class="scr-basis">{t('hall.result.basis', { basis: r().basis, which: t(`hall.basis.${r().passBasis}`), n: r().threshold })}</p>
        <ScreenSigners ballot={props.ballot} />
        <ScreenQr src={props.qr} />
      </aside>
    </section>
  );
}
