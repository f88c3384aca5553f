// The department's view of its project's record below its forms: the record's sections with the
// department's acts at them (ProjectPage.tsx holds the forms and dialogs these open).
import { Show } from 'solid-js';
import { t } from '../app/i18n';
import { pick } from '../implementation/labels';
import { ProjectRecord } from '../implementation/ProjectRecord';
import type { ProgressReport, ProjectChange, StaffProjectRecord, SupervisionItem } from './projects';

/** The project's record below the forms, with the department's acts at its sections: edit the plan, request a change, correct a report, answer a supervision item, withdraw a pending change. */
export function DepartmentRecord(props: {
  r: StaffProjectRecord;
  editingPlan: boolean;
  requesting: boolean;
  onEditPlan: () => void;
  onRequestChange: () => void;
  onCorrect: (report: ProgressReport) => void;
  onAnswer: (item: SupervisionItem) => void;
  onWithdraw: (change: ProjectChange) => void;
}) {
  return (
    <ProjectRecord
      record={props.r}
      sections={['plan', 'reporting', 'reports', 'supervision', 'changes', 'evaluation', 'terms', 'origin', 'timeline']}
      departmentHref={() => null}
      sectionActions={{
        plan: () => (
          <Show when={props.r.may.plan && props.r.project.plan.setAt && !props.editingPlan}>
            <button type="button" class="btn btn-small" onClick={() => props.onEditPlan()}>
              {t('dimp.plan.edit')}
            </button>
          </Show>
        ),
        changes: () => (
          <Show when={props.r.may.requestChange && !props.requesting}>
            <button type="button" class="btn btn-small" onClick={() => props.onRequestChange()}>
              {t('dimp.change.new')}
            </button>
          </Show>
        ),
      }}
      progressReportActions={(rep) => (
        <Show when={props.r.may.report && !rep.correctedById}>
          <button type="button" class="btn btn-small" aria-label={t('dimp.rec.correctLabel', { n: rep.number })} onClick={() => props.onCorrect(rep)}>
            {t('dimp.rec.correct')}
          </button>
        </Show>
      )}
      itemActions={(i) => (
        <Show when={props.r.may.answer && !i.answer}>
          <button
            type="button"
            class="btn btn-small btn-primary"
            aria-label={t('dimp.sup.answerLabel', { kind: pick(i.kindLabel), date: i.occurredOn })}
            onClick={() => props.onAnswer(i)}
          >
            {t('dimp.sup.answer')}
          </button>
        </Show>
      )}
      changeActions={(c) => (
        <Show when={c.status === 'pending'}>
          <button type="button" class="btn btn-small btn-danger-quiet" onClick={() => props.onWithdraw(c)}>
            {t('dimp.change.withdraw')}
          </button>
        </Show>
      )}
    />
  );
}
