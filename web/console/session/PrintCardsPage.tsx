// /print/cards: the ballot cards as A4 sheets, 8 cards (2 × 4) each: name, delegation, seat,
// ballot title, the QR code and the grouped code. The data lives only in memory (print-store.ts):
// a reload loses it on purpose and the page says so; leaving the page forgets it.
import { A } from '@solidjs/router';
import { createMemo, For, onCleanup, Show } from 'solid-js';
import { usePageTitle } from '../../app/Page';
import { t } from '../../app/i18n';
import { svgDataUrl } from '../../tablet/qr';
import type { PrintedCard } from './hall-api';
import { printStore } from './print-store';
import './print.css';

const PER_SHEET = 8;

export function PrintCardsPage() {
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
            <button type="button" class="btn btn-primary" onClick={() => window.print()}>
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
          <main class="prt-sheets" id="main" aria-label={t('hall.print.sheets')}>
            <p class="prt-warning notice">{t('hall.print.warning')}</p>
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
                          <img class="prt-qr" src={svgDataUrl(card.qrSvg)} alt={t('hall.print.qrAlt', { name: card.name })} />
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
