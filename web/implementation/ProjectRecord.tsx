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
//   reportActions?    (r: ProgressReport) => JSX, next to a report (e.g. 更正).
//   itemActions?      (i: SupervisionItem) => JSX, next to a supervision item (e.g. 答复 while unanswered).
//   changeActions?    (c: ProjectChange) => JSX, next to a change request (e.g. 记录决定, 撤回).
//   rectificationActions? (r: Rectification) => JSX, next to a rectification order.
//   ledgerHref?       (ledgerId) => URL of a ledger; default the public JSON export /api/ledgers/:id.
//   departmentHref?   (departmentId) => URL of the 责任单位, or null for none; default the public record page.
// Anchors: each section has id `rec-<section>`, each report `report-<id>`, supervision item
// `sup-<id>`, change `change-<id>`, evaluation `eval-<id>`, rectification `rect-<id>`; the
// timeline links to them. User texts are rendered as text, never as HTML.
import { A } from '@solidjs/router';
import { createMemo, For, Show, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { formatDateTime, t, tMaybe } from '../app/i18n';
import { channelLabel, fundingLabel } from '../solicitation/labels';
import { wanWithUnit } from '../solicitation/money';
import { chinaDateOf, FlagBadges, GradeBadge, pick, ProjectStatusBadge } from './labels';
import { ProgressBar } from './ProgressBar';
import type {
  FundingPartOut, PlanMilestone, ProgressReport, ProjectChange, ProjectRecordData, Rectification, SupervisionItem, Target,
} from './types';
import './implementation.css';

export const RECORD_SECTIONS = [
  'summary', 'terms', 'origin', 'plan', 'reporting', 'reports', 'supervision', 'changes', 'evaluation', 'timeline',
] as const;
export type RecordSection = (typeof RECORD_SECTIONS)[number];

export interface ProjectRecordProps {
  record: ProjectRecordData;
  sections?: readonly RecordSection[];
  headingLevel?: 2 | 3;
  sectionActions?: Partial<Record<RecordSection, () => JSX.Element>>;
  milestoneActions?: (m: PlanMilestone) => JSX.Element;
  reportActions?: (r: ProgressReport) => JSX.Element;
  itemActions?: (i: SupervisionItem) => JSX.Element;
  changeActions?: (c: ProjectChange) => JSX.Element;
  rectificationActions?: (r: Rectification) => JSX.Element;
  ledgerHref?: (ledgerId: string) => string;
  departmentHref?: (departmentId: string) => string | null;
}

const SECTION_TITLE: Record<RecordSection, string> = {
  summary: 'prog.rec.summary', terms: 'prog.rec.terms', origin: 'prog.rec.origin', plan: 'prog.rec.plan',
  reporting: 'prog.rec.reporting', reports: 'prog.rec.reports', supervision: 'prog.rec.supervision',
  changes: 'prog.rec.changes', evaluation: 'prog.rec.evaluation', timeline: 'prog.rec.timeline',
};

export const defaultLedgerHref = (ledgerId: string) => `/api/ledgers/${ledgerId}`;
export const publicDepartmentHref = (departmentId: string) => `/public/departments/${departmentId}`;

export const fundingText = (parts: readonly FundingPartOut[]) =>
  parts.map((p) => `${fundingLabel(p.source)} ${wanWithUnit(p.amountYuan)}${p.note ? `（${p.note}）` : ''}`).join('；');
export const targetText = (x: Target) => `${x.indicator} ${x.value}${x.unit ? ` ${x.unit}` : ''}`;

/** A changed term (a decision's `changed`, a request's `proposed`) as readable text. */
export function termValueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'budgetYuan' && typeof value === 'number') return wanWithUnit(value);
  if (field === 'funding' && Array.isArray(value)) return fundingText(value as FundingPartOut[]);
  if (field === 'targets' && Array.isArray(value)) return (value as Target[]).map(targetText).join('；');
  if (field === 'state' && typeof value === 'string') return tMaybe(`prog.state.${value}`, value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}
export const termLabel = (field: string) => tMaybe(`prog.field.${field}`, field);

/** Where a timeline event's details are on the page. */
function anchorOf(type: string, refId: string): { section: RecordSection; id: string } {
  if (type.startsWith('report.')) return { section: 'reports', id: `report-${refId}` };
  if (type.startsWith('supervision.')) return { section: 'supervision', id: `sup-${refId}` };
  if (type.startsWith('change.')) return { section: 'changes', id: `change-${refId}` };
  if (type === 'project.evaluated') return { section: 'evaluation', id: `eval-${refId}` };
  if (type.startsWith('rectification.')) return { section: 'evaluation', id: `rect-${refId}` };
  if (type === 'project.plan_set') return { section: 'plan', id: 'rec-plan' };
  if (type === 'project.created') return { section: 'terms', id: 'rec-terms' };
  return { section: 'origin', id: 'rec-origin' };
}

export function ProjectRecord(props: ProjectRecordProps) {
  const shown = createMemo(() => new Set<RecordSection>(props.sections ?? RECORD_SECTIONS));
  const on = (s: RecordSection) => shown().has(s);
  const p = () => props.record.project;
  const level = () => props.headingLevel ?? 2;
  const ledgerHref = (id: string) => (props.ledgerHref ?? defaultLedgerHref)(id);
  const reportNo = createMemo(() => new Map(props.record.reports.map((r) => [r.id, r.number])));

  const Section = (s: { name: RecordSection; children: JSX.Element; extra?: JSX.Element }) => (
    <section class="card imp-section" id={`rec-${s.name}`} aria-labelledby={`rec-${s.name}-h`}>
      <div class="imp-section-head">
        <Dynamic component={`h${level()}`} id={`rec-${s.name}-h`} class="card-title imp-section-title">
          {t(SECTION_TITLE[s.name] as Parameters<typeof t>[0])}
        </Dynamic>
        {s.extra}
        <Show when={props.sectionActions?.[s.name]}>{(act) => <div class="imp-actions">{act()()}</div>}</Show>
      </div>
      {s.children}
    </section>
  );
  const Sub = (s: { children: JSX.Element }) => (
    <Dynamic component={`h${level() + 1}`} class="subhead">{s.children}</Dynamic>
  );

  return (
    <div class="imp-record">
      <Show when={on('summary')}>
        <Section name="summary">
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
                <div><dt>{t('prog.rec.nextDue')}</dt><dd>{t('prog.rec.nextDueValue', { period: pick(due().label), end: due().end })}</dd></div>
              )}
            </Show>
            <Show when={p().completedOn}>{(d) => <div><dt>{t('prog.rec.completedOn')}</dt><dd>{d()}</dd></div>}</Show>
            <div><dt>{t('prog.rec.deadline')}</dt><dd>{p().deadline}</dd></div>
          </dl>
        </Section>
      </Show>

      <Show when={on('terms')}>
        <Section name="terms">
          <dl class="summary imp-facts">
            <Show when={p().code}><div><dt>{t('prog.rec.code')}</dt><dd class="mono">{p().code}</dd></div></Show>
            <div>
              <dt>{t('prog.rec.department')}</dt>
              <dd>
                <Show when={(props.departmentHref ?? publicDepartmentHref)(p().departmentId)} fallback={p().departmentName ?? '—'}>
                  {(href) => <A href={href()}>{p().departmentName ?? '—'}</A>}
                </Show>
              </dd>
            </div>
            <div><dt>{t('prog.rec.category')}</dt><dd>{p().category}</dd></div>
            <Show when={p().location}><div><dt>{t('prog.rec.location')}</dt><dd>{p().location}</dd></div></Show>
            <div>
              <dt>{t('prog.rec.budget')}</dt>
              <dd>
                <span class="money">{wanWithUnit(p().budgetYuan)}</span>
                <Show when={p().originalBudgetYuan !== p().budgetYuan}>
                  <span class="imp-was">{t('prog.rec.originalBudget', { amount: wanWithUnit(p().originalBudgetYuan) })}</span>
                </Show>
              </dd>
            </div>
            <div>
              <dt>{t('prog.rec.deadline')}</dt>
              <dd>
                {p().deadline}
                <Show when={p().originalDeadline !== p().deadline}>
                  <span class="imp-was">{t('prog.rec.originalDeadline', { date: p().originalDeadline })}</span>
                </Show>
              </dd>
            </div>
            <div><dt>{t('prog.rec.startedOn')}</dt><dd>{p().startedOn}</dd></div>
            <div class="summary-wide">
              <dt>{t('prog.rec.funding')}</dt>
              <dd>
                <ul class="plain-list imp-funding">
                  <For each={p().funding}>
                    {(f) => (
                      <li>
                        <span>{fundingLabel(f.source)}</span> <span class="money">{wanWithUnit(f.amountYuan)}</span>
                        <Show when={f.note}><span class="muted">{`（${f.note}）`}</span></Show>
                      </li>
                    )}
                  </For>
                </ul>
              </dd>
            </div>
          </dl>
          <Sub>{t('prog.rec.content')}</Sub>
          <p class="prose">{p().content}</p>
          <Show when={p().targets.length}>
            <Sub>{t('prog.rec.targets')}</Sub>
            <ul class="imp-targets">
              <For each={p().targets}>
                {(x) => <li><span>{x.indicator}</span> <strong class="imp-target-value">{x.value}</strong> <span>{x.unit}</span></li>}
              </For>
            </ul>
          </Show>
          <Show when={p().annualGoals.length}>
            <Sub>{t('prog.rec.annualGoals')}</Sub>
            <ul class="plain-list">
              <For each={p().annualGoals}>
                {(g) => <li><strong>{t('prog.rec.annualGoal', { year: g.year })}</strong> <span class="prose-inline">{g.goal}</span></li>}
              </For>
            </ul>
          </Show>
        </Section>
      </Show>

      <Show when={on('origin')}>
        <Section name="origin">
          <Sub>{t('prog.rec.proposal')}</Sub>
          <Show when={props.record.proposal} fallback={<p class="muted">{t('prog.rec.noProposal')}</p>}>
            {(pr) => (
              <div class="imp-proposal">
                <p class="imp-proposal-title">
                  <Show when={pr().code}><span class="mono imp-code">{pr().code}</span></Show>
                  <span>{pr().title}</span>
                </p>
                <p class="small muted">
                  {channelLabel(pr().channel)}
                  <Show when={pr().submittedAt}>{(at) => <>{' · '}{t('prog.rec.proposalSubmitted', { date: chinaDateOf(at()) })}</>}</Show>
                </p>
                <Show when={pr().background}>
                  <details class="imp-details">
                    <summary>{t('prog.rec.background')}</summary>
                    <p class="prose">{pr().background}</p>
                  </details>
                </Show>
              </div>
            )}
          </Show>
          <Sub>{t('prog.rec.ballot')}</Sub>
          <Show when={props.record.vote.ballotTitle}><p class="imp-ballot-title">{props.record.vote.ballotTitle}</p></Show>
          <dl class="imp-votes">
            <div class="imp-vote imp-vote-for"><dt>{t('prog.rec.votesFor')}</dt><dd>{t('prog.rec.votes', { n: props.record.vote.for })}</dd></div>
            <div class="imp-vote"><dt>{t('prog.rec.votesAgainst')}</dt><dd>{t('prog.rec.votes', { n: props.record.vote.against })}</dd></div>
            <div class="imp-vote"><dt>{t('prog.rec.votesAbstain')}</dt><dd>{t('prog.rec.votes', { n: props.record.vote.abstain })}</dd></div>
            <div class="imp-vote imp-vote-rank"><dt>{t('prog.rec.rank')}</dt><dd>{t('prog.rec.rankValue', { n: props.record.vote.rank })}</dd></div>
          </dl>
          <p class="small muted">
            {t('prog.rec.selectionRank', { n: props.record.vote.selectionRank })}
            <Show when={props.record.vote.certifiedAt}>{(at) => <>{' · '}{t('prog.rec.certifiedAt', { date: chinaDateOf(at()) })}</>}</Show>
          </p>
          <p class="imp-links small">
            <a href={`/verify?ballot=${encodeURIComponent(props.record.vote.ballotId)}`}>{t('prog.rec.ballotLedger')}</a>
            <Show when={props.record.vote.ledgerId}>
              {(id) => <a href={ledgerHref(id())} download={props.ledgerHref ? undefined : `ledger-${id()}.json`}>{t('prog.rec.downloadLedger')}</a>}
            </Show>
            <a href={ledgerHref(props.record.cycle.ledgerId)} download={props.ledgerHref ? undefined : `ledger-${props.record.cycle.ledgerId}.json`}>
              {t('prog.rec.cycleLedger')}
            </a>
          </p>
        </Section>
      </Show>

      <Show when={on('plan')}>
        <Section name="plan" extra={<Show when={p().plan.setAt}>{(at) => <span class="small muted">{t('prog.rec.planSetAt', { date: chinaDateOf(at()) })}</span>}</Show>}>
          <Show when={p().plan.summary}><p class="prose">{p().plan.summary}</p></Show>
          <Show when={p().plan.milestones.length} fallback={<p class="muted">{t('prog.rec.noPlan')}</p>}>
            <ol class="imp-milestones">
              <For each={p().plan.milestones}>
                {(m) => (
                  <li class={`imp-milestone ${m.late ? 'imp-milestone-late' : ''} ${m.reachedOn ? 'imp-milestone-reached' : ''}`}>
                    <span class="imp-milestone-name">{m.name}</span>
                    <span class="imp-milestone-dates small">
                      <span>{t('prog.rec.dueOn')} {m.dueOn}</span>
                      <span>{t('prog.rec.reachedOn')} {m.reachedOn ?? '—'}</span>
                    </span>
                    <MilestoneBadge m={m} />
                    <Show when={props.milestoneActions}>{(act) => <span class="imp-actions">{act()(m)}</span>}</Show>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        </Section>
      </Show>

      <Show when={on('reporting')}>
        <Section name="reporting" extra={<span class="badge tone-info">{pick(p().cadenceLabel)}</span>}>
          <p>{t('prog.rec.reportingCounts', {
            required: p().reporting.required, onTime: p().reporting.onTime, late: p().reporting.late, missing: p().reporting.missing,
          })}</p>
          <Show when={p().pendingCadence}>
            {(c) => <p class="small muted">{t('prog.rec.pendingCadence', { from: c().from, cadence: tMaybe(`prog.cadence.${c().cadence}`, c().cadence) })}</p>}
          </Show>
          <Show when={p().reporting.periods.length} fallback={<p class="muted">{t('prog.rec.noPeriods')}</p>}>
            <ol class="imp-periods">
              <For each={p().reporting.periods}>
                {(x) => (
                  <li class={`imp-period imp-period-${x.status}`}>
                    <span class="imp-period-label">{pick(x.label)}</span>
                    <span class="imp-period-status">{pick(x.statusLabel)}</span>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        </Section>
      </Show>

      <Show when={on('reports')}>
        <Section name="reports">
          <Show when={props.record.reports.length} fallback={<p class="muted">{t('prog.rec.noReports')}</p>}>
            <ol class="imp-reports">
              <For each={props.record.reports}>
                {(r) => (
                  <li class={`imp-report ${r.correctedById ? 'imp-superseded' : ''} ${r.correctsId ? 'imp-correction' : ''}`} id={`report-${r.id}`}>
                    <div class="imp-item-head">
                      <Dynamic component={`h${level() + 1}`} class="imp-item-title">{t('prog.rec.reportNo', { n: r.number })}</Dynamic>
                      <Show when={r.correctsId}><span class="badge tone-info">{t('prog.rec.correction')}</span></Show>
                      <Show when={r.correctedById}><span class="badge tone-neutral">{t('prog.rec.superseded')}</span></Show>
                      <span class="small muted">{t('prog.rec.submittedOn', { date: r.submittedOn })}</span>
                      <Show when={props.reportActions}>{(act) => <span class="imp-actions">{act()(r)}</span>}</Show>
                    </div>
                    <Show when={r.correctsId}>
                      {(id) => (
                        <p class="imp-note">
                          <a href={`#report-${id()}`}>
                            {reportNo().has(id()) ? t('prog.rec.corrects', { n: reportNo().get(id())! }) : t('prog.rec.correctsUnknown')}
                          </a>
                          <Show when={r.correctionNote}>{(note) => <>{`：`}<span class="prose-inline">{note()}</span></>}</Show>
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
                      <p class="small"><strong>{t('prog.rec.milestonesReached')}：</strong>{r.milestonesReached.map((m) => m.name ?? '—').join('、')}</p>
                    </Show>
                    <Show when={r.problems}>
                      <div class="imp-problems">
                        <p class="small"><strong>{t('prog.rec.problems')}</strong></p>
                        <p class="prose">{r.problems}</p>
                      </div>
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        </Section>
      </Show>

      <Show when={on('supervision')}>
        <Section name="supervision" extra={
          <Show when={props.record.supervision.unanswered > 0}>
            <span class="badge tone-warn">{t('prog.rec.unansweredCount', { n: props.record.supervision.unanswered })}</span>
          </Show>
        }>
          <Sub>{t('prog.rec.groups')}</Sub>
          <Show when={props.record.supervision.groups.length} fallback={<p class="muted">{t('prog.rec.noGroup')}</p>}>
            <ul class="plain-list imp-groups">
              <For each={props.record.supervision.groups}>
                {(g) => (
                  <li>
                    <strong>{g.name}</strong>
                    <span class="small muted">
                      {' · '}{t('prog.rec.groupLeader', { name: g.leader.name })}
                      <Show when={g.members.length}>{' · '}{t('prog.rec.groupMembers', { names: g.members.map((m) => m.name).join('、') })}</Show>
                      <Show when={g.category}>{(c) => <>{' · '}{t('prog.rec.groupScope', { category: c() })}</>}</Show>
                    </span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <Sub>{t('prog.rec.items')}</Sub>
          <Show when={props.record.supervision.items.length} fallback={<p class="muted">{t('prog.rec.noItems')}</p>}>
            <ol class="imp-items">
              <For each={props.record.supervision.items}>
                {(i) => (
                  <li class={`imp-item ${i.answer ? '' : 'imp-item-open'}`} id={`sup-${i.id}`}>
                    <div class="imp-item-head">
                      <span class="badge tone-phase">{pick(i.kindLabel)}</span>
                      <span class="small">{i.occurredOn}</span>
                      <span class="small muted">{t('prog.rec.itemBy', { group: i.groupName ?? '', name: i.recordedBy?.name ?? '' }).replace(/ · $/, '')}</span>
                      <Show when={!i.answer}><span class="badge tone-warn">{t('prog.rec.unanswered')}</span></Show>
                      <Show when={props.itemActions}>{(act) => <span class="imp-actions">{act()(i)}</span>}</Show>
                    </div>
                    <p class="prose">{i.text}</p>
                    <Show when={i.answer}>
                      {(a) => (
                        <div class="imp-answer">
                          <p class="small"><strong>{t('prog.rec.answer')}</strong> <span class="muted">{t('prog.rec.answeredAt', { date: chinaDateOf(a().answeredAt) })}</span></p>
                          <p class="prose">{a().text ?? ''}</p>
                        </div>
                      )}
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        </Section>
      </Show>

      <Show when={on('changes')}>
        <Section name="changes">
          <Show when={props.record.changes.length} fallback={<p class="muted">{t('prog.rec.noChanges')}</p>}>
            <ol class="imp-changes">
              <For each={props.record.changes}>{(c) => <ChangeEntry change={c} level={level() + 1} actions={props.changeActions} />}</For>
            </ol>
          </Show>
        </Section>
      </Show>

      <Show when={on('evaluation')}>
        <Section name="evaluation">
          <Show when={props.record.evaluations.length} fallback={<p class="muted">{t('prog.rec.noEvaluation')}</p>}>
            <ul class="plain-list imp-evaluations">
              <For each={props.record.evaluations}>
                {(e) => (
                  <li id={`eval-${e.id}`} class="imp-evaluation">
                    <span>{t('prog.rec.grade')}</span> <GradeBadge grade={e.grade} />
                    <span>{' · '}{t('prog.rec.satisfactionRate')} <strong>{e.satisfactionRateText}</strong></span>
                    <span class="small muted">{' · '}{t('prog.rec.evaluatedAt', { date: chinaDateOf(e.recordedAt) })}</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <Show when={props.record.rectifications.length}>
            <Sub>{t('prog.rec.rectification')}</Sub>
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
                          <p class="small"><strong>{t('prog.rec.rectificationReport')}</strong> <span class="muted">{chinaDateOf(rep().reportedAt)}</span></p>
                          <p class="prose">{rep().text ?? ''}</p>
                        </div>
                      )}
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Section>
      </Show>

      <Show when={on('timeline')}>
        <Section name="timeline">
          <p class="small muted">{t('prog.rec.timelineIntro')}</p>
          <ol class="imp-timeline">
            <For each={props.record.timeline}>
              {(ev) => {
                const target = anchorOf(ev.type, ev.refId);
                return (
                  <li class={`imp-event imp-event-${ev.type.split('.')[0]}`}>
                    <time class="imp-event-date" datetime={ev.at} title={formatDateTime(ev.at)}>{ev.on}</time>
                    <Show when={on(target.section)} fallback={<span class="imp-event-title">{pick(ev.title)}</span>}>
                      <a class="imp-event-title" href={`#${target.id}`}>{pick(ev.title)}</a>
                    </Show>
                  </li>
                );
              }}
            </For>
          </ol>
        </Section>
      </Show>
    </div>
  );
}

function MilestoneBadge(props: { m: PlanMilestone }) {
  const [tone, key] = props.m.reachedOn
    ? (props.m.late ? ['warn', 'prog.ms.reachedLate'] : ['ok', 'prog.ms.onTime'])
    : (props.m.late ? ['bad', 'prog.ms.late'] : ['neutral', 'prog.ms.pending']);
  return <span class={`badge tone-${tone}`}>{t(key as Parameters<typeof t>[0])}</span>;
}

const CHANGE_TONE: Record<ProjectChange['status'], string> = { pending: 'info', approved: 'ok', rejected: 'bad', withdrawn: 'neutral' };

/** A change request with its reasons and, once decided, the standing committee's decision and what it changed. */
export function ChangeEntry(props: { change: ProjectChange; level: number; actions?: (c: ProjectChange) => JSX.Element }) {
  const c = () => props.change;
  const proposed = () => Object.entries(c().proposed ?? {}).filter(([, v]) => v !== undefined);
  const changed = () => Object.entries(c().decision?.changed ?? {});
  return (
    <li class="imp-change" id={`change-${c().id}`}>
      <div class="imp-item-head">
        <Dynamic component={`h${Math.min(props.level, 6)}`} class="imp-item-title">{t('prog.rec.changeKind', { kind: pick(c().kindLabel) })}</Dynamic>
        <span class={`badge tone-${CHANGE_TONE[c().status] ?? 'neutral'}`}>{pick(c().statusLabel)}</span>
        <span class="small muted">{t('prog.rec.requestedAt', { date: chinaDateOf(c().requestedAt) })}</span>
        <Show when={props.actions}>{(act) => <span class="imp-actions">{act()(c())}</span>}</Show>
      </div>
      <p class="small"><strong>{t('prog.rec.reason')}</strong></p>
      <p class="prose">{c().reason}</p>
      <Show when={c().status === 'pending' && proposed().length}>
        <p class="small"><strong>{t('prog.rec.proposed')}</strong></p>
        <dl class="imp-changed">
          <For each={proposed()}>{([field, value]) => <div><dt>{termLabel(field)}</dt><dd class="prose-inline">{termValueText(field, value)}</dd></div>}</For>
        </dl>
      </Show>
      <Show when={c().decision} fallback={<Show when={c().status === 'pending'}><p class="small muted">{t('prog.rec.awaiting')}</p></Show>}>
        {(d) => (
          <div class={`imp-decision imp-decision-${d().outcome}`}>
            <p class="small"><strong>{t('prog.rec.decision')}</strong></p>
            <dl class="candidate-facts imp-decision-facts">
              <div><dt>{t('prog.rec.decidedOn')}</dt><dd>{d().decidedOn}</dd></div>
              <Show when={d().number}><div><dt>{t('prog.rec.decisionNumber')}</dt><dd>{d().number}</dd></div></Show>
            </dl>
            <Show when={d().note}><p class="prose imp-decision-note">{d().note}</p></Show>
            <Show when={changed().length}>
              <p class="small"><strong>{t('prog.rec.whatChanged')}</strong></p>
              <dl class="imp-changed">
                <For each={changed()}>
                  {([field, v]) => (
                    <div>
                      <dt>{termLabel(field)}</dt>
                      <dd>
                        <span class="imp-from"><span class="muted">{t('prog.rec.from')}</span> <span class="prose-inline">{termValueText(field, v.from)}</span></span>
                        <span class="imp-to"><span class="muted">{t('prog.rec.to')}</span> <span class="prose-inline">{termValueText(field, v.to)}</span></span>
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
