// The read-only body of a project page: everything on the record of one project, in the order a
// reader asks about it — where it stands, its terms, where it came from and how the deputies voted,
// the plan, the reporting record, every progress report, supervision and answers, changes and
// decisions, evaluation and rectification, and the whole timeline (oldest first). Staff and the
// public read the same record (server/phase3-implementation/project-record.ts), so this works with
// both GET /api/public/projects/:id and GET /api/projects/:id.
//
// Props:
//   record            the record (ProjectRecordData; the public and staff answers both fit).
//   sections?         which parts to show (RecordSection[]); they keep the order above. Default all.
//   headingLevel?     level of the section headings (2 by default: the page's h1 is the title).
//   sectionActions?   { [section]: () => JSX } — buttons at a section's head (e.g. 报送进展 at 'reports').
//   milestoneActions? (m: PlanMilestone) => JSX, next to a milestone.
//   progressReportActions? (r: ProgressReport) => JSX, next to a progress report (e.g. 更正).
//   itemActions?      (i: SupervisionItem) => JSX, next to a supervision item (e.g. 答复 while unanswered).
//   changeActions?    (c: ProjectChange) => JSX, next to a change request (e.g. 记录决定, 撤回).
//   rectificationActions? (r: Rectification) => JSX, next to a rectification order.
//   ledgerHref?       (ledgerId) => URL of a ledger; default the public JSON export /api/ledgers/:id.
//   departmentHref?   (departmentId) => URL of the 责任单位, or null for none; default the public record page.
// Anchors: each section has id `rec-<section>`, each report `report-<id>`, supervision item
// `sup-<id>`, change `change-<id>`, evaluation `eval-<id>`, rectification `rect-<id>`; the
// timeline links to them. User texts are rendered as text, never as HTML.
// Each section is its own component beside this file (RecordSummary.tsx … RecordTimeline.tsx), in
// the frame of RecordSectionFrame.tsx; this file chooses which to show and hands them their actions.
import { createMemo, Show, type JSX } from 'solid-js';
import { RecordChanges } from './RecordChanges';
import { RecordEvaluation } from './RecordEvaluation';
import { defaultLedgerHref, RecordOrigin } from './RecordOrigin';
import { RecordPlan } from './RecordPlan';
import { RecordProgressReports } from './RecordProgressReports';
import { RecordReporting } from './RecordReporting';
import { RECORD_SECTIONS, type RecordSection } from './RecordSectionFrame';
import { RecordSummary } from './RecordSummary';
import { RecordSupervision } from './RecordSupervision';
import { publicDepartmentHref, RecordTerms } from './RecordTerms';
import { RecordTimeline } from './RecordTimeline';
import type { PlanMilestone, ProgressReport, ProjectChange, ProjectRecordData, Rectification, SupervisionItem } from './types';
import './implementation.css';

export { defaultLedgerHref, publicDepartmentHref, RECORD_SECTIONS, type RecordSection };

export interface ProjectRecordProps {
  record: ProjectRecordData;
  sections?: readonly RecordSection[];
  headingLevel?: 2 | 3;
  sectionActions?: Partial<Record<RecordSection, () => JSX.Element>>;
  milestoneActions?: (m: PlanMilestone) => JSX.Element;
  progressReportActions?: (r: ProgressReport) => JSX.Element;
  itemActions?: (i: SupervisionItem) => JSX.Element;
  changeActions?: (c: ProjectChange) => JSX.Element;
  rectificationActions?: (r: Rectification) => JSX.Element;
  ledgerHref?: (ledgerId: string) => string;
  departmentHref?: (departmentId: string) => string | null;
}

export function ProjectRecord(props: ProjectRecordProps) {
  const shown = createMemo(() => new Set<RecordSection>(props.sections ?? RECORD_SECTIONS));
  const on = (s: RecordSection) => shown().has(s);
  const level = () => props.headingLevel ?? 2;

  return (
    <div class="imp-record">
      <Show when={on('summary')}>
        <RecordSummary record={props.record} level={level()} action={props.sectionActions?.summary} />
      </Show>
      <Show when={on('terms')}>
        <RecordTerms record={props.record} level={level()} action={props.sectionActions?.terms} departmentHref={props.departmentHref} />
      </Show>
      <Show when={on('origin')}>
        <RecordOrigin record={props.record} level={level()} action={props.sectionActions?.origin} ledgerHref={props.ledgerHref} />
      </Show>
      <Show when={on('plan')}>
        <RecordPlan record={props.record} level={level()} action={props.sectionActions?.plan} milestoneActions={props.milestoneActions} />
      </Show>
      <Show when={on('reporting')}>
        <RecordReporting record={props.record} level={level()} action={props.sectionActions?.reporting} />
      </Show>
      <Show when={on('reports')}>
        <RecordProgressReports
          record={props.record}
          level={level()}
          action={props.sectionActions?.reports}
          progressReportActions={props.progressReportActions}
        />
      </Show>
      <Show when={on('supervision')}>
        <RecordSupervision record={props.record} level={level()} action={props.sectionActions?.supervision} itemActions={props.itemActions} />
      </Show>
      <Show when={on('changes')}>
        <RecordChanges record={props.record} level={level()} action={props.sectionActions?.changes} changeActions={props.changeActions} />
      </Show>
      <Show when={on('evaluation')}>
        <RecordEvaluation
          record={props.record}
          level={level()}
          action={props.sectionActions?.evaluation}
          rectificationActions={props.rectificationActions}
        />
      </Show>
      <Show when={on('timeline')}>
        <RecordTimeline record={props.record} level={level()} action={props.sectionActions?.timeline} shown={on} />
      </Show>
    </div>
  );
}
