// Names and badges of the phase-3 codes these pages add to the shared ones
// (web/implementation/labels.tsx: project status, flags, grade): reporting cadence, supervision
// kinds, change kinds and outcomes, rectification states; and days counted in China time.
import '../../solicitation/solicitation.css';
import './implementation.css';
import { tMaybe } from '../../app/i18n';
import { chinaDate } from '../../../server/core/domain/china-date';
import { daysBetween } from '../../../server/phase3-implementation/domain/reporting-periods';
import { chinaDateOf } from '../../implementation/labels';
import type { Cadence, ChangeKind, ChangeStatus, RectificationStatus, SupervisionKind } from './implementation';

export { FlagBadges, GradeBadge, pick, ProjectStatusBadge, projectStatusLabel } from '../../implementation/labels';

export const cadenceLabel = (c: Cadence) => tMaybe(`sup.cadence.${c}`, c);
export const kindLabel = (k: SupervisionKind) => tMaybe(`sup.kind.${k}`, k);
export const changeKindLabel = (k: ChangeKind) => tMaybe(`sup.changeKind.${k}`, k);
export const changeStatusLabel = (s: ChangeStatus) => tMaybe(`sup.changeStatus.${s}`, s);
export const rectificationStatusLabel = (s: RectificationStatus) => tMaybe(`sup.rectStatus.${s}`, s);

const CHANGE_TONE: Record<ChangeStatus, string> = { pending: 'warn', approved: 'ok', rejected: 'bad', withdrawn: 'neutral' };

export function ChangeStatusBadge(props: { status: ChangeStatus }) {
  return <span class={`badge tone-${CHANGE_TONE[props.status] ?? 'neutral'}`}>{changeStatusLabel(props.status)}</span>;
}

/** Today in China (UTC+8), as the server's rules count days. */
export const chinaToday = () => chinaDate(new Date());

/** The China date of an ISO instant. */
export const chinaDay = (iso: string) => chinaDateOf(iso);

/** Whole days from an ISO instant's China date to today (never negative). */
export function daysSince(iso: string): number {
  return Math.max(0, daysBetween(chinaDay(iso), chinaToday()));
}
