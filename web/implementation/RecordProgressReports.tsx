// One section of a project's record (ProjectRecord.tsx): every progress report, with corrections
// linked to what they correct.
import { createMemo, For, Show, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { t } from '../app/i18n';
import { wanWithUnit } from '../solicitation/money';
import { RecordSectionFrame } from './RecordSectionFrame';
import type { ProgressReport, ProjectRecordData } from './types';

export function RecordProgressReports(props: {
  record: ProjectRecordData;
  level: 2 | 3;
  action?: () => JSX.Element;
  progressReportActions?: (r: ProgressReport) => JSX.Element;
}) {
  const reportNo = createMemo(() => new Map(props.record.reports.map((r) => [r.id, r.number])));
  return (
    <RecordSectionFrame name="reports" level={props.level} action={props.action}>
      <Show when={props.record.reports.length} fallback={<p class="muted">{t('prog.rec.noReports')}</p>}>
        <ol class="imp-reports">
          <For each={props.record.reports}>
            {(r) => (
              <li class={`imp-report ${r.correctedById ? 'imp-superseded' : ''} ${r.correctsId ? 'imp-correction' : ''}`} id={`report-${r.id}`}>
                <div class="imp-item-head">
                  <Dynamic component={`h${props.level + 1}`} class="imp-item-title">
                    {t('prog.rec.reportNo', { n: r.number })}
                  </Dynamic>
                  <Show when={r.correctsId}>
                    <span class="badge tone-info">{t('prog.rec.correction')}</span>
                  </Show>
                  <Show when={r.correctedById}>
                    <span class="badge tone-neutral">{t('prog.rec.superseded')}</span>
                  </Show>
                  <span class="small muted">{t('prog.rec.submittedOn', { date: r.submittedOn })}</span>
                  <Show when={props.progressReportActions}>{(act) => <span class="imp-actions">{act()(r)}</span>}</Show>
                </div>
                <Show when={r.correctsId}>
                  {(id) => (
                    <p class="imp-note">
                      <a href={`#report-${id()}`}>
                        {reportNo().has(id()) ? t('prog.rec.corrects', { n: reportNo().get(id())! }) : t('prog.rec.correctsUnknown')}
                      </a>
                      <Show when={r.correctionNote}>
                        {(note) => (
                          <>
                            {`：`}
                            <span class="prose-inline">{note()}</span>
                          </>
                        )}
                      </Show>
                    </p>
                  )}
                </Show>
                <Show when={r.correctedById}>
                  {(id) => (
                    <p class="imp-note imp-note-muted">
                      <a href={`#report-${id()}`}>{t('prog.rec.supersededBy', { n: reportNo().get(id()) ?? '?' })}</a>
                    </p>
                  )}
                </Show>
                <p class="imp-report-facts">
                  <span>{t('prog.rec.reportAsOf', { date: r.asOf })}</span>
                  <span>{t('prog.rec.reportPercent', { p: r.percentComplete })}</span>
                  <span>{t('prog.rec.reportPaid', { paid: wanWithUnit(r.disbursedYuan) })}</span>
                </p>
                <p class="prose">{r.narrative}</p>
                <Show when={r.milestonesReached.length}>
                  <p class="small">
                    <strong>{t('prog.rec.milestonesReached')}：</strong>
                    {r.milestonesReached.map((m) => m.name ?? '—').join('、')}
                  </p>
                </Show>
                <Show when={r.problems}>
                  <div class="imp-problems">
                    <p class="small">
                      <strong>{t('prog.rec.problems')}</strong>
                    </p>
                    <p class="prose">{r.problems}</p>
                  </div>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </RecordSectionFrame>
  );
}
