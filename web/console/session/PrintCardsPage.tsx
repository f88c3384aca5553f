// /print/cards: the ballot cards. Two ways:
// - the cards just issued (all of them, or one more card) as A4 sheets, 8 cards (2 × 4) each: name,
//   delegation, seat, ballot title, the QR code and the grouped code. The data lives only in memory
//   (print-store.ts): a reload loses it on purpose and the page says so; leaving the page forgets it.
// - /print/cards?ballot=<id>: the server issues the cards and sends them as a PDF, read as a stream
//   with its progress shown, kept only as a Blob while the page is open (for large sittings).
// Either way the page first shows the address the QR codes carry, and stops with a warning when
// phones cannot open it (a loopback address, or not the configured PUBLIC_ORIGIN).
import { A, useSearchParams } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { isLoopbackOrigin, normalOrigin } from '@contract/domain';
import { errorMessage } from '../../app/api';
import { usePageTitle } from '../../app/Page';
import { t } from '../../app/i18n';
import { cardPrintApi, fetchCardsPdf, type CardOrigin, type CardsPdf } from './card-print-api';
import { ballotsApi, type PrintedCard } from './hall-api';
import { printStore } from './print-store';
import './print.css';

const PER_SHEET = 8;

/**
 * The address check. `printed` is the origin found in cards already issued (the print document),
 * which may differ from the server's answer when the server was restarted with another PUBLIC_ORIGIN.
 */
function useOriginCheck(printed: () => string | undefined) {
  const [check] = createResource(() => cardPrintApi.origin());
  const [override, setOverride] = createSignal(false);
  const origin = () => printed() ?? check()?.origin;
  const loopback = () => isLoopbackOrigin(origin() ?? '');
  const mismatch = (c: CardOrigin) => (c.publicOrigin !== null && origin() !== c.publicOrigin) || (!!printed() && printed() !== c.origin);
  const problem = () => {
    const c = check();
    if (!c) return null;
    if (loopback()) return 'loopback' as const;
    if (mismatch(c)) return 'mismatch' as const;
    return null;
  };
  const blocked = () => check.loading || (problem() !== null && !override());
  const View = () => (
    <section class="prt-origin" aria-label={t('cards.origin.label')}>
      <p class="prt-origin-line">
        {t('cards.origin.label')}：<code data-testid="qr-origin">{origin() ?? t('cards.origin.checking')}</code>
      </p>
      <Show when={check()}>
        {(c) => (
          <Show
            when={problem()}
            fallback={
              <Show when={c().publicOrigin === null}>
                <p class="notice prt-origin-note">{t('cards.origin.unset')}</p>
              </Show>
            }
          >
            {(p) => (
              <div class="prt-origin-warning" role="alert" data-testid="origin-warning">
                <h2>{p() === 'loopback' ? t('cards.origin.loopbackTitle') : t('cards.origin.mismatchTitle')}</h2>
                <p>
                  {p() === 'loopback'
                    ? t('cards.origin.loopback', { origin: origin()! })
                    : t('cards.origin.mismatch', { origin: origin()!, configured: c().publicOrigin ?? c().origin })}
                </p>
                <Show when={c().lanOrigins.length > 0} fallback={<p>{t('cards.origin.fixNoLan')}</p>}>
                  <p>{t('cards.origin.fix')}</p>
                  <pre class="prt-origin-cmd">
                    <For each={c().lanOrigins}>{(o) => <code>{`PUBLIC_ORIGIN=${o} npm start\n`}</code>}</For>
                  </pre>
                  <p>{t('cards.origin.orOpen')}</p>
                </Show>
                <label class="prt-origin-override">
                  <input type="checkbox" checked={override()} onChange={(e) => setOverride(e.currentTarget.checked)} /> {t('cards.origin.override')}
                </label>
              </div>
            )}
          </Show>
        )}
      </Show>
      <Show when={check.error}>
        <p class="form-message" role="alert">
          {errorMessage(check.error)}
        </p>
      </Show>
    </section>
  );
  return { blocked, View };
}

export function PrintCardsPage() {
  const [query] = useSearchParams<{ ballot?: string }>();
  return (
    <Show when={!printStore.doc() && query.ballot} fallback={<CardSheets />}>
      {(id) => <CardsPdfMaker ballotId={id()} />}
    </Show>
  );
}

function CardSheets() {
  usePageTitle(() => t('hall.print.title'));
  const doc = printStore.doc();
  // Taken into this page's hands only: once it is left, nothing keeps the tokens.
  onCleanup(() => printStore.clear());
  const sheets = createMemo(() => {
    const cards = doc?.cards ?? [];
    const out: PrintedCard[][] = [];
    for (let i = 0; i < cards.length; i += PER_SHEET) out.push(cards.slice(i, i + PER_SHEET));
    return out;
  });
  const back = () => (doc ? `/console/session/ballots/${doc.ballot.id}` : '/console/session/ballots');
  // Without a document there is nothing to check (and no request to make).
  const origin = doc ? useOriginCheck(() => (doc.cards[0] ? normalOrigin(doc.cards[0].url) : undefined)) : null;
  const OriginView = () => origin?.View() ?? null;
  const blocked = () => origin?.blocked() ?? true;
  return (
    <div class="prt">
      <header class="prt-bar">
        <div>
          <h1 class="prt-title">{t('hall.print.title')}</h1>
          <Show when={doc}>
            {(d) => <p class="prt-sub">{t('hall.print.summary', { title: d().ballot.title, n: d().cards.length, sheets: sheets().length })}</p>}
          </Show>
        </div>
        <div class="prt-actions">
          <A class="btn" href={back()}>
            {t('hall.print.back')}
          </A>
          <Show when={doc}>
            <button
              type="button"
              class="btn btn-primary"
              disabled={blocked()}
              title={blocked() ? t('cards.origin.stopped') : undefined}
              onClick={() => window.print()}
            >
              {t('hall.print.print')}
            </button>
          </Show>
        </div>
      </header>
      <Show
        when={doc}
        fallback={
          <main class="prt-empty" id="main">
            <p class="notice" role="alert">
              {t('hall.print.gone')}
            </p>
          </main>
        }
      >
        {(d) => (
          <main class={`prt-sheets${blocked() ? ' prt-blocked' : ''}`} id="main" aria-label={t('hall.print.sheets')}>
            <div class="prt-head">
              <OriginView />
              <p class="prt-warning notice">{t('hall.print.warning')}</p>
            </div>
            <For each={sheets()}>
              {(sheet) => (
                <section class="prt-sheet">
                  <For each={sheet}>
                    {(card) => (
                      <article class="prt-card">
                        <p class="prt-ballot">{d().ballot.title}</p>
                        <div class="prt-card-body">
                          <div class="prt-who">
                            <p class="prt-name">{card.name}</p>
                            <p class="prt-meta">{card.delegation}</p>
                            <p class="prt-meta">{t('hall.print.seat', { seat: card.seatNo })}</p>
                          </div>
                          <QrCode svg={card.qrSvg} label={t('hall.print.qrAlt', { name: card.name })} />
                        </div>
                        <p class="prt-code">{card.code}</p>
                        <p class="prt-help">{t('hall.print.help')}</p>
                      </article>
                    )}
                  </For>
                </section>
              )}
            </For>
          </main>
        )}
      </Show>
    </div>
  );
}

/**
 * The QR code inline, from the path the server's SVG holds: hundreds of inline paths render in one
 * document, where as many <img> data URLs each become an SVG document of their own (seconds for a
 * county congress). The path is read out of the SVG, never the markup inserted as HTML.
 */
function QrCode(props: { svg: string; label: string }) {
  const viewBox = () => /viewBox="([\d .]+)"/.exec(props.svg)?.[1] ?? '0 0 0 0';
  const d = () => /<path stroke="#000000" d="([^"]*)"/.exec(props.svg)?.[1] ?? '';
  return (
    <svg class="prt-qr" viewBox={viewBox()} shape-rendering="crispEdges" role="img" aria-label={props.label}>
      <path fill="#fff" d={`M0 0h${viewBox().split(' ')[2]}v${viewBox().split(' ')[3]}H0z`} />
      <path stroke="#000" d={d()} />
    </svg>
  );
}

const megabytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

function CardsPdfMaker(props: { ballotId: string }) {
  usePageTitle(() => t('cards.pdf.title'));
  const [ballot] = createResource(() => ballotsApi.get(props.ballotId));
  const origin = useOriginCheck(() => undefined);
  const [progress, setProgress] = createSignal<{ done: number; total: number } | null>(null);
  const [made, setMade] = createSignal<(CardsPdf & { url: string }) | null>(null);
  const [error, setError] = createSignal('');
  const busy = () => progress() !== null && !made() && !error();
  // The PDF holds the card codes: forget it when the page is left.
  onCleanup(() => {
    const m = made();
    if (m) URL.revokeObjectURL(m.url);
  });
  const save = (m: { url: string; filename: string }) => {
    const a = document.createElement('a');
    a.href = m.url;
    a.download = m.filename;
    a.click();
  };
  const make = async () => {
    setError('');
    const old = made();
    if (old) URL.revokeObjectURL(old.url);
    setMade(null);
    setProgress({ done: 0, total: 0 });
    try {
      const pdf = await fetchCardsPdf(props.ballotId, (done, total) => setProgress({ done, total }));
      const m = { ...pdf, url: URL.createObjectURL(pdf.blob) };
      setMade(m);
      save(m);
    } catch (err) {
      setError(t('cards.pdf.failed', { message: errorMessage(err) }));
      setProgress(null);
    }
  };
  return (
    <div class="prt">
      <header class="prt-bar">
        <div>
          <h1 class="prt-title">{t('cards.pdf.title')}</h1>
          <Show when={ballot()}>{(b) => <p class="prt-sub">{b().title}</p>}</Show>
        </div>
        <div class="prt-actions">
          <A class="btn" href={`/console/session/ballots/${props.ballotId}`}>
            {t('hall.print.back')}
          </A>
        </div>
      </header>
      <main class="prt-empty" id="main">
        <origin.View />
        <p>{t('cards.pdf.intro')}</p>
        <Show when={(ballot()?.cardsIssued ?? 0) > 0 && !made()}>
          <p class="notice">{t('cards.pdf.reprint')}</p>
        </Show>
        <div class="form-actions">
          <button type="button" class="btn btn-primary" disabled={origin.blocked() || busy() || !ballot()} onClick={() => void make()}>
            {busy() ? t('cards.pdf.making') : t('cards.pdf.make')}
          </button>
          <Show when={made()}>
            {(m) => (
              <button type="button" class="btn" onClick={() => save(m())}>
                {t('cards.pdf.saveAgain')}
              </button>
            )}
          </Show>
        </div>
        <Show when={progress()}>
          {(p) => (
            <div class="prt-progress">
              <progress max={p().total || 1} value={p().done} aria-label={t('cards.pdf.progressLabel')} />
              <span role="status">{t('cards.pdf.progress', { done: p().done, total: p().total || '…' })}</span>
            </div>
          )}
        </Show>
        <Show when={made()}>
          {(m) => (
            <p class="notice" role="status" data-testid="pdf-done">
              {t('cards.pdf.done', { n: m().cards, pages: m().pages, size: megabytes(m().blob.size) })}
            </p>
          )}
        </Show>
        <Show when={error() || ballot.error}>
          <p class="form-message" role="alert">
            {error() || errorMessage(ballot.error)}
          </p>
        </Show>
      </main>
    </div>
  );
}
