// Small display pieces of a project, shared by the public, department, console and deputy pages:
// status badge with its flags (逾期未报, 滞后), grade badge, and the language pick of the server's
// bilingual labels. Dates the server sends as China dates ("2026-03-31") are shown as they are;
// instants are shown as the China date they fall on, so both read alike.
import { Show } from 'solid-js';
import { lang, t, tMaybe } from '../app/i18n';
import type { Bilingual, Grade, ProjectFlags as Flags, ProjectStatus } from './types';
import './implementation.css';

/** The server's { zh, en } label in the UI language. */
export const pick = (label: Bilingual | null | undefined): string => (label ? (lang() === 'zh' ? label.zh : label.en) : '');

export const projectStatusLabel = (s: ProjectStatus) => tMaybe(`prog.status.${s}`, s);
export const gradeLabel = (g: Grade) => tMaybe(`prog.grade.${g}`, g);

const STATUS_TONE: Record<ProjectStatus, string> = {
  not_started: 'neutral',
  in_progress: 'info',
  completed: 'ok',
  delayed: 'bad',
  suspended: 'warn',
  terminated: 'neutral',
};
const GRADE_TONE: Record<Grade, string> = { satisfied: 'ok', basically_satisfied: 'info', unsatisfied: 'bad' };

/** The China date of an instant (the day boundaries the server uses). */
export function chinaDateOf(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function ProjectStatusBadge(props: { status: ProjectStatus }) {
  return <span class={`badge tone-${STATUS_TONE[props.status] ?? 'neutral'} imp-status`}>{projectStatusLabel(props.status)}</span>;
}

/**
 * The warning flags: 逾期未报 (a reporting period missed) and 滞后 (past the deadline). `long`
 * spells out which period and how many days (for a project page); short badges carry it as a title.
 * The 滞后 badge is left out when the status already says 滞后.
 */
export function FlagBadges(props: { flags: Flags; status?: ProjectStatus; long?: boolean }) {
  const overdueText = () =>
    props.flags.overdue ? t('prog.flag.overdueLong', { period: pick(props.flags.overdue.period.label), days: props.flags.overdue.days }) : '';
  const delayedText = () => (props.flags.delayed ? t('prog.flag.delayedLong', { days: props.flags.delayed.days }) : '');
  return (
    <>
      <Show when={props.flags.overdue}>
        <span class="badge tone-warn imp-flag" title={props.long ? undefined : overdueText()}>
          {t('prog.flag.overdue')}
          <Show when={props.long}>{`：${overdueText()}`}</Show>
        </span>
      </Show>
      <Show when={props.flags.delayed && (props.long || props.status !== 'delayed')}>
        <span class="badge tone-bad imp-flag" title={props.long ? undefined : delayedText()}>
          {t('prog.flag.delayed')}
          <Show when={props.long}>{`：${delayedText()}`}</Show>
        </span>
      </Show>
    </>
  );
}

/** Status and flags together, as a list row shows them. */
export function ProjectBadges(props: { status: ProjectStatus; flags: Flags }) {
  return (
    <span class="imp-badges">
      <ProjectStatusBadge status={props.status} />
      <FlagBadges flags={props.flags} status={props.status} />
    </span>
  );
}

export function GradeBadge(props: { grade: Grade; rate?: string | null }) {
  return (
    <span class={`badge tone-${GRADE_TONE[props.grade] ?? 'neutral'}`}>
      {gradeLabel(props.grade)}
      <Show when={props.rate}>{` ${props.rate}`}</Show>
    </span>
  );
}
