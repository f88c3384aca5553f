// The candidate list in ballot order: each proposal with its code, category, department and
// estimate; while editable, moved with ↑/↓ buttons or dragged with a mouse.
import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../app/i18n';
import { wanWithUnit } from '../../solicitation/money';
import type { CandidateList } from '../../solicitation/types';

type Candidate = CandidateList['candidates'][number];

export function CandidateOrderList(props: { order: Candidate[]; editable: boolean; move: (from: number, to: number) => void }) {
  const [dragFrom, setDragFrom] = createSignal<number | null>(null);
  return (
    <ol class="cand-list" aria-label={t('sol.list.caption')}>
      <For each={props.order}>
        {(c, i) => (
          <li
            class="cand-row"
            classList={{ 'cand-dragging': dragFrom() === i(), 'cand-draggable': props.editable }}
            draggable={props.editable}
            onDragStart={(e) => {
              setDragFrom(i());
              e.dataTransfer?.setData('text/plain', c.id);
            }}
            onDragOver={(e) => {
              if (dragFrom() !== null) e.preventDefault();
            }}
            onDrop={(e) => {
              e.preventDefault();
              const from = dragFrom();
              if (from !== null) props.move(from, i());
              setDragFrom(null);
            }}
            onDragEnd={() => setDragFrom(null)}
          >
            <span class="order-no" aria-hidden="true">
              {i() + 1}
            </span>
            <div class="cand-main">
              <A href={`/console/proposals/${c.id}`} class="cand-title">
                {c.title}
              </A>
              <div class="plist-meta">
                <span class="mono">{c.code ?? ''}</span>
                <span>{c.category ?? '—'}</span>
                <span>{c.departmentName ?? '—'}</span>
                <span class="money">{wanWithUnit(c.estimateYuan)}</span>
              </div>
            </div>
            <Show when={props.editable}>
              <div class="cand-move">
                <button
                  type="button"
                  class="btn btn-small"
                  disabled={i() === 0}
                  aria-label={t('sol.list.upLabel', { title: c.title })}
                  onClick={() => props.move(i(), i() - 1)}
                >
                  ↑ {t('sol.list.up')}
                </button>
                <button
                  type="button"
                  class="btn btn-small"
                  disabled={i() === props.order.length - 1}
                  aria-label={t('sol.list.downLabel', { title: c.title })}
                  onClick={() => props.move(i(), i() + 1)}
                >
                  ↓ {t('sol.list.down')}
                </button>
              </div>
            </Show>
          </li>
        )}
      </For>
    </ol>
  );
}
