// One section of a project's record (ProjectRecord.tsx): evaluation grades and rectification orders
// with their reports.
import { For, Show, type JSX } from 'solid-js';
import { t } from '../app/i18n';
import { chinaDateOf, GradeBadge, pick } from './labels';
import { RecordSectionFrame, RecordSubhead } from './RecordSectionFrame';
import type { ProjectRecordData, Rectification } from './types';

export function RecordEvaluation(props: {
  record: ProjectRecordData;
  level: 2 | 3;
  action?: () => JSX.Element;
  rectificationActions?: (r: Rectification) => JSX.Element;
}) {
  return (
    <RecordSectionFrame name="evaluation" level={props.level} action={props.action}>
      <Show when={props.record.evaluations.length} fallback={<p class="muted">{t('prog.rec.noEvaluation')}</p>}>
        <ul class="plain-list imp-evaluations">
          <For each={props.record.evaluations}>
            {(e) => (
              <li id={`eval-${e.id}`} class="imp-evaluation">
                <span>{t('prog.rec.grade')}</span> <GradeBadge grade={e.grade} />
                <span>
                  {' · '}
                  {t('prog.rec.satisfactionRate')} <strong>{e.satisfactionRateText}</strong>
                </span>
                <span class="small muted">
                  {' · '}
                  {t('prog.rec.evaluatedAt', { date: chinaDateOf(e.recordedAt) })}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.record.rectifications.length}>
        <RecordSubhead level={props.level}>{t('prog.rec.rectification')}</RecordSubhead>
        <ul class="plain-list">
          <For each={props.record.rectifications}>
            {(r) => (
              <li id={`rect-${r.id}`} class={`imp-item ${r.report ? '' : 'imp-item-open'}`}>
                <div class="imp-item-head">
                  <span class={`badge ${r.report ? 'tone-ok' : 'tone-warn'}`}>{pick(r.statusLabel)}</span>
                  <span class="small">{t('prog.rec.rectificationDue', { date: r.dueOn })}</span>
                  <Show when={props.rectificationActions}>{(act) => <span class="imp-actions">{act()(r)}</span>}</Show>
                </div>
                <Show when={r.report} fallback={<p class="small muted">{t('prog.rec.rectificationPending')}</p>}>
                  {(rep) => (
                    <div class="imp-answer">
                      <p class="small">
                        <strong>{t('prog.rec.rectificationReport')}</strong> <span class="muted">{chinaDateOf(rep().reportedAt)}</span>
                      </p>
                      <p class="prose">{rep().text ?? ''}</p>
                    </div>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </RecordSectionFrame>
  );
}
