// A change request on a project's record, with its reasons and, once decided, the standing
// committee's decision and what it changed (the record's 'changes' section; the console's pages too).
import { For, Show, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { t } from '../app/i18n';
import { chinaDateOf, pick } from './labels';
import { termLabel, termValueText } from './record-text';
import type { ProjectChange } from './types';

const CHANGE_TONE: Record<ProjectChange['status'], string> = { pending: 'info', approved: 'ok', rejected: 'bad', withdrawn: 'neutral' };

/** A change request with its reasons and, once decided, the standing committee's decision and what it changed. */
export function ChangeEntry(props: { change: ProjectChange; level: number; actions?: (c: ProjectChange) => JSX.Element }) {
  const c = () => props.change;
  const proposed = () => Object.entries(c().proposed ?? {}).filter(([, v]) => v !== undefined);
  const changed = () => Object.entries(c().decision?.changed ?? {});
  return (
    <li class="imp-change" id={`change-${c().id}`}>
      <div class="imp-item-head">
        <Dynamic component={`h${Math.min(props.level, 6)}`} class="imp-item-title">
          {t('prog.rec.changeKind', { kind: pick(c().kindLabel) })}
        </Dynamic>
        <span class={`badge tone-${CHANGE_TONE[c().status] ?? 'neutral'}`}>{pick(c().statusLabel)}</span>
        <span class="small muted">{t('prog.rec.requestedAt', { date: chinaDateOf(c().requestedAt) })}</span>
        <Show when={props.actions}>{(act) => <span class="imp-actions">{act()(c())}</span>}</Show>
      </div>
      <p class="small">
        <strong>{t('prog.rec.reason')}</strong>
      </p>
      <p class="prose">{c().reason}</p>
      <Show when={c().status === 'pending' && proposed().length}>
        <p class="small">
          <strong>{t('prog.rec.proposed')}</strong>
        </p>
        <dl class="imp-changed">
          <For each={proposed()}>
            {([field, value]) => (
              <div>
                <dt>{termLabel(field)}</dt>
                <dd class="prose-inline">{termValueText(field, value)}</dd>
              </div>
            )}
          </For>
        </dl>
      </Show>
      <Show
        when={c().decision}
        fallback={
          <Show when={c().status === 'pending'}>
            <p class="small muted">{t('prog.rec.awaiting')}</p>
          </Show>
        }
      >
        {(d) => (
          <div class={`imp-decision imp-decision-${d().outcome}`}>
            <p class="small">
              <strong>{t('prog.rec.decision')}</strong>
            </p>
            <dl class="candidate-facts imp-decision-facts">
              <div>
                <dt>{t('prog.rec.decidedOn')}</dt>
                <dd>{d().decidedOn}</dd>
              </div>
              <Show when={d().number}>
                <div>
                  <dt>{t('prog.rec.decisionNumber')}</dt>
                  <dd>{d().number}</dd>
                </div>
              </Show>
            </dl>
            <Show when={d().note}>
              <p class="prose imp-decision-note">{d().note}</p>
            </Show>
            <Show when={changed().length}>
              <p class="small">
                <strong>{t('prog.rec.whatChanged')}</strong>
              </p>
              <dl class="imp-changed">
                <For each={changed()}>
                  {([field, v]) => (
                    <div>
                      <dt>{termLabel(field)}</dt>
                      <dd>
                        <span class="imp-from">
                          <span class="muted">{t('prog.rec.from')}</span> <span class="prose-inline">{termValueText(field, v.from)}</span>
                        </span>
                        <span class="imp-to">
                          <span class="muted">{t('prog.rec.to')}</span> <span class="prose-inline">{termValueText(field, v.to)}</span>
                        </span>
                      </dd>
                    </div>
                  )}
                </For>
              </dl>
            </Show>
          </div>
        )}
      </Show>
    </li>
  );
}
