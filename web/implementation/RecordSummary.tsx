// One section of a project's record (ProjectRecord.tsx): the summary: status, flags, progress, last
// and next report, deadline.
import { Show, type JSX } from 'solid-js';
import { t } from '../app/i18n';
import { chinaDateOf, FlagBadges, pick, ProjectStatusBadge } from './labels';
import { ProgressBar } from './ProgressBar';
import { RecordSectionFrame } from './RecordSectionFrame';
import type { ProjectRecordData } from './types';

export function RecordSummary(props: { record: ProjectRecordData; level: 2 | 3; action?: () => JSX.Element }) {
  const p = () => props.record.project;
  return (
    <RecordSectionFrame name="summary" level={props.level} action={props.action}>
      <p class="imp-badges imp-summary-badges">
        <ProjectStatusBadge status={p().status} />
        <FlagBadges flags={p().flags} status={p().status} long />
      </p>
      <ProgressBar percent={p().percentComplete} disbursedYuan={p().disbursedYuan} budgetYuan={p().budgetYuan} />
      <dl class="summary imp-facts">
        <div>
          <dt>{t('prog.rec.lastReport')}</dt>
          <dd>
            <Show when={p().lastReportedAt} fallback={t('prog.rec.noReportYet')}>
              {chinaDateOf(p().lastReportedAt)}
              <Show when={p().lastAsOf}>{(d) => <span class="muted imp-light">{` · ${t('prog.rec.asOf', { date: d() })}`}</span>}</Show>
            </Show>
          </dd>
        </div>
        <Show when={p().nextReportDue}>
          {(due) => (
            <div>
              <dt>{t('prog.rec.nextDue')}</dt>
              <dd>{t('prog.rec.nextDueValue', { period: pick(due().label), end: due().end })}</dd>
            </div>
          )}
        </Show>
        <Show when={p().completedOn}>
          {(d) => (
            <div>
              <dt>{t('prog.rec.completedOn')}</dt>
              <dd>{d()}</dd>
            </div>
          )}
        </Show>
        <div>
          <dt>{t('prog.rec.deadline')}</dt>
          <dd>{p().deadline}</dd>
        </div>
      </dl>
    </RecordSectionFrame>
  );
}
