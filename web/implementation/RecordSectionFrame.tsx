// The frame every section of a project's record (ProjectRecord.tsx) sits in: a card with the
// section's heading (id `rec-<section>`), optional extras and actions at its head; and the
// subheadings inside a section, one level below.
import { Show, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { t } from '../app/i18n';

export const RECORD_SECTIONS = [
  'summary',
  'terms',
  'origin',
  'plan',
  'reporting',
  'reports',
  'supervision',
  'changes',
  'evaluation',
  'timeline',
] as const;
export type RecordSection = (typeof RECORD_SECTIONS)[number];

const SECTION_TITLE: Record<RecordSection, string> = {
  summary: 'prog.rec.summary',
  terms: 'prog.rec.terms',
  origin: 'prog.rec.origin',
  plan: 'prog.rec.plan',
  reporting: 'prog.rec.reporting',
  reports: 'prog.rec.reports',
  supervision: 'prog.rec.supervision',
  changes: 'prog.rec.changes',
  evaluation: 'prog.rec.evaluation',
  timeline: 'prog.rec.timeline',
};

export function RecordSectionFrame(props: {
  name: RecordSection;
  level: number;
  action?: () => JSX.Element;
  extra?: JSX.Element;
  children: JSX.Element;
}) {
  return (
    <section class="card imp-section" id={`rec-${props.name}`} aria-labelledby={`rec-${props.name}-h`}>
      <div class="imp-section-head">
        <Dynamic component={`h${props.level}`} id={`rec-${props.name}-h`} class="card-title imp-section-title">
          {t(SECTION_TITLE[props.name] as Parameters<typeof t>[0])}
        </Dynamic>
        {props.extra}
        <Show when={props.action}>{(act) => <div class="imp-actions">{act()()}</div>}</Show>
      </div>
      {props.children}
    </section>
  );
}

export function RecordSubhead(props: { level: number; children: JSX.Element }) {
  return (
    <Dynamic component={`h${props.level + 1}`} class="subhead">
      {props.children}
    </Dynamic>
  );
}
