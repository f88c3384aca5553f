// One project in the annual report's section 三、各项目实施情况: its facts, content, targets,
// milestones, latest progress report and reporting record, decided changes, supervision, evaluation
// and rectification.
import { For, Show } from 'solid-js';
import { t, tMaybe } from '../../app/i18n';
import { rankLabel } from '../../app/results';
import { gradeLabel, pick, projectStatusLabel } from '../../implementation/labels';
import type { ProjectChange } from '../../implementation/types';
import { wan } from '../../solicitation/money';
import { isZh, longDate, projectNo, share } from './annual-report-format';
import type { AnnualReportProject } from './annual-report-data';

/** What an approved decision changed, in words: the deadline and budget with their values, other terms by name. */
function changedText(c: ProjectChange): string {
  const changed = c.decision?.changed ?? {};
  return Object.entries(changed)
    .map(([field, v]) => {
      const label = tMaybe(`rep.field.${field}`, field);
      const show = (x: unknown) =>
        field === 'budgetYuan' && typeof x === 'number'
          ? t('rep.f.wan', { amount: wan(x) })
          : field === 'deadline' && typeof x === 'string'
            ? longDate(x)
            : null;
      const from = show(v.from);
      const to = show(v.to);
      return from && to ? `${label}：${from} → ${to}` : label;
    })
    .join(isZh() ? '；' : '; ');
}

export function AnnualReportProjectSection(props: { project: AnnualReportProject; n: number }) {
  const p = () => props.project.project;
  const items = () => props.project.supervision.items;
  const kinds = (k: string) => items().filter((i) => i.kind === k).length;
  const headingId = () => `rep-p-${props.n}`;
  return (
    <section class="rep-project" aria-labelledby={headingId()}>
      <ProjectFacts project={props.project} headingId={headingId()} n={props.n} />

      <h4>{t('rep.p.content')}</h4>
      <p class="rep-para">{p().content}</p>

      <Show when={p().targets.length}>
        <h4>{t('rep.p.targets')}</h4>
        <ol class="rep-list">
          <For each={p().targets}>
            {(x) => (
              <li>
                {x.indicator}：{x.value}
                {x.unit}
              </li>
            )}
          </For>
        </ol>
      </Show>

      <Milestones milestones={p().plan.milestones} />

      <LatestReport project={props.project} />

      <DecidedChanges changes={props.project.changes} />

      <h4>{t('rep.p.supervision')}</h4>
      <Show when={items().length || props.project.supervision.groups.length} fallback={<p class="rep-para">{t('rep.p.noSupervision')}</p>}>
        <p class="rep-para">
          {t('rep.p.supervisionText', {
            groups: props.project.supervision.groups.map((g) => g.name).join('、') || '—',
            inspection: kinds('inspection'),
            question: kinds('question'),
            recommendation: kinds('recommendation'),
            answered: items().filter((i) => i.answer).length,
            unanswered: props.project.supervision.unanswered,
          })}
        </p>
      </Show>

      <h4>{t('rep.p.evaluation')}</h4>
      <Show when={p().grade} fallback={<p class="rep-para">{t('rep.p.notEvaluated')}</p>}>
        {(g) => <p class="rep-para">{t('rep.p.evaluationText', { grade: gradeLabel(g()), rate: p().satisfactionRateText ?? '—' })}</p>}
      </Show>
      <For each={props.project.rectifications}>
        {(x) => <p class="rep-para">{t('rep.p.rectification', { date: longDate(x.dueOn), status: pick(x.statusLabel) })}</p>}
      </For>
    </section>
  );
}

/** The project's heading and its facts: department, category, budget, deadline, progress, money, status, cadence and vote. */
function ProjectFacts(props: { project: AnnualReportProject; headingId: string; n: number }) {
  const p = () => props.project.project;
  return (
    <div class="rep-project-head">
      <h3 id={props.headingId}>
        {projectNo(props.n)}
        {p().title}
        <Show when={p().code}>
          <span class="rep-code">（{p().code}）</span>
        </Show>
      </h3>
      <table class="rep-facts">
        <tbody>
          <tr>
            <th scope="row">{t('rep.f.department')}</th>
            <td>{p().departmentName ?? '—'}</td>
            <th scope="row">{t('rep.f.category')}</th>
            <td>{p().category}</td>
          </tr>
          <tr>
            <th scope="row">{t('rep.f.budget')}</th>
            <td>
              {t('rep.f.wan', { amount: wan(p().budgetYuan) })}
              <Show when={p().originalBudgetYuan !== p().budgetYuan}>{t('rep.f.originalBudget', { amount: wan(p().originalBudgetYuan) })}</Show>
            </td>
            <th scope="row">{t('rep.f.deadline')}</th>
            <td>
              {longDate(p().deadline)}
              <Show when={p().originalDeadline !== p().deadline}>{t('rep.f.originalDeadline', { date: longDate(p().originalDeadline) })}</Show>
            </td>
          </tr>
          <tr>
            <th scope="row">{t('rep.f.progress')}</th>
            <td>{p().percentComplete}%</td>
            <th scope="row">{t('rep.f.disbursed')}</th>
            <td>
              {t('rep.f.wan', { amount: wan(p().disbursedYuan) })}（{share(p().disbursedYuan, p().budgetYuan)}）
            </td>
          </tr>
          <tr>
            <th scope="row">{t('rep.f.status')}</th>
            <td>
              {projectStatusLabel(p().status)}
              <Show when={p().completedOn}>{(d) => t('rep.f.completedOn', { date: longDate(d()) })}</Show>
              <Show when={p().flags.overdue}>
                {isZh() ? '，' : ', '}
                {t('rep.f.overdue')}
              </Show>
            </td>
            <th scope="row">{t('rep.f.cadence')}</th>
            <td>{pick(p().cadenceLabel)}</td>
          </tr>
          <tr>
            <th scope="row">{t('rep.f.vote')}</th>
            <td colSpan={3}>{t('rep.f.voteText', { for: props.project.vote.for, rank: rankLabel(props.project.vote) })}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** The plan's milestones: when each is due, and when it was reached or that it is late. */
function Milestones(props: { milestones: AnnualReportProject['project']['plan']['milestones'] }) {
  return (
    <>
      <h4>{t('rep.p.milestones')}</h4>
      <Show when={props.milestones.length} fallback={<p class="rep-para">{t('rep.p.noMilestones')}</p>}>
        <table class="rep-table rep-inner">
          <thead>
            <tr>
              <th scope="col">{t('rep.col.milestone')}</th>
              <th scope="col">{t('rep.col.dueOn')}</th>
              <th scope="col">{t('rep.col.reachedOn')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.milestones}>
              {(m) => (
                <tr>
                  <td>{m.name}</td>
                  <td>{longDate(m.dueOn)}</td>
                  <td>
                    {m.reachedOn ? longDate(m.reachedOn) : t('rep.ms.open')}
                    <Show when={m.late}>（{t('rep.ms.late')}）</Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </>
  );
}

/** The latest progress report (a corrected one gives way to its correction) and the reporting record. */
function LatestReport(props: { project: AnnualReportProject }) {
  const p = () => props.project.project;
  const latest = () => props.project.reports.find((x) => !x.correctedById) ?? null;
  return (
    <>
      <h4>{t('rep.p.latest')}</h4>
      <Show when={latest()} fallback={<p class="rep-para">{t('rep.p.noReports')}</p>}>
        {(x) => (
          <>
            <p class="rep-para">
              {t('rep.p.latestHead', {
                number: x().number,
                date: longDate(x().asOf),
                percent: x().percentComplete,
                disbursed: wan(x().disbursedYuan),
              })}
              {x().narrative}
            </p>
            <Show when={x().problems}>{(pr) => <p class="rep-para">{t('rep.p.problems', { text: pr() })}</p>}</Show>
          </>
        )}
      </Show>
      <p class="rep-para">
        {t('rep.p.reporting', {
          required: p().reporting.required,
          onTime: p().reporting.onTime,
          late: p().reporting.late,
          missing: p().reporting.missing,
        })}
      </p>
    </>
  );
}

/** The project's decided change requests (withdrawn ones left out), each with its decision and what it changed. */
function DecidedChanges(props: { changes: ProjectChange[] }) {
  const decided = () => props.changes.filter((c) => c.status !== 'withdrawn');
  return (
    <Show when={decided().length}>
      <h4>{t('rep.p.changes')}</h4>
      <ol class="rep-list">
        <For each={decided()}>
          {(c) => (
            <li>
              {t('rep.p.change', { kind: pick(c.kindLabel), status: pick(c.statusLabel), reason: c.reason })}
              <Show when={c.decision}>
                {(d) => (
                  <>
                    {t('rep.p.decision', { date: longDate(d().decidedOn), number: d().number ?? '—' })}
                    <Show when={c.status === 'approved' && changedText(c)}>
                      {(text) => (
                        <span>
                          {text()}
                          {isZh() ? '。' : '.'}
                        </span>
                      )}
                    </Show>
                    <Show when={d().note}>{(note) => <span>{t('rep.p.decisionNote', { note: note() })}</span>}</Show>
                  </>
                )}
              </Show>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
