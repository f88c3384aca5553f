// 年度民生实事项目实施情况报告: a cycle's annual report as an official document — title block,
// numbered sections (总体情况, 票决, 各项目, 测评, 责任单位, 账本) and numbered tables. On screen it
// sits centred like a sheet of paper under a toolbar (打印, 下载 PDF, the CSV exports); printed (or
// rendered to PDF by the server, which opens this same page) it is A4 with page numbers and
// nothing but the document. All figures come from one public answer (/api/public/cycles/:id/report).
import { A, useParams } from '@solidjs/router';
import { For, Match, Show, Switch, createMemo, type JSX } from 'solid-js';
import { createLoader } from '../../app/loader';
import { lang, t, tMaybe } from '../../app/i18n';
import { chinaDateOf, gradeLabel, pick, projectStatusLabel } from '../../implementation/labels';
import { PROJECT_STATUSES, type ProjectChange } from '../../implementation/types';
import { wan } from '../../solicitation/money';
import { PublicFrame } from '../PublicFrame';
import { exportLinks, reportApi, type AnnualReport, type EvaluationResult, type ReportProject } from './report-data';
import './annual-report.css';

const ZH_DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五 (enough for sections and a year's projects). */
export function zhNumber(n: number): string {
  if (n < 10) return ZH_DIGITS[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${ones ? ZH_DIGITS[ones] : ''}`;
  }
  return String(n);
}

const isZh = () => lang() === 'zh';
const sectionNo = (n: number) => (isZh() ? `${zhNumber(n)}、` : `${n}. `);
const projectNo = (n: number) => (isZh() ? `（${zhNumber(n)}）` : `3.${n} `);

/** "2027-03-05" → 2027年3月5日 / 5 Mar 2027. */
function longDate(day: string | null | undefined): string {
  if (!day) return '—';
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return isZh() ? `${y}年${m}月${d}日` : new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
const instantDate = (iso: string | null | undefined) => longDate(chinaDateOf(iso));

/** Disbursed of budget to one decimal, "37.5%". */
function share(part: number, whole: number): string {
  return whole > 0 ? `${(Math.round((part * 1000) / whole) / 10).toFixed(1)}%` : '—';
}

/**
 * A numbered table with its caption above, as in a printed report. Wide tables scroll sideways in
 * their own box on a phone; the box takes keyboard focus so it can be scrolled without a mouse.
 */
function Table(props: { caption: string; class?: string; children: JSX.Element }) {
  return (
    <div class="rep-table-wrap" role="region" aria-label={props.caption} tabindex="0">
      <table class={`rep-table ${props.class ?? ''}`}>
        <caption>{props.caption}</caption>
        {props.children}
      </table>
    </div>
  );
}

export function AnnualReportPage() {
  const params = useParams<{ id: string }>();
  const report = createLoader(() => params.id, (id) => reportApi.load(id));
  const title = () => {
    const r = report.data();
    return r ? t('rep.pageTitle', { year: r.cycle.year }) : t('rep.loading');
  };
  return (
    <PublicFrame title={title()} congressName={report.data()?.congress.name} congressId={report.data()?.congress.id}>
      <div class="annual-report">
        <Switch>
          <Match when={report.data()}>{(r) => <Report report={r()} />}</Match>
          <Match when={report.error()}>
            <p class="rep-status" role="alert" data-report-state="error">{t('rep.loadFailed', { message: report.error() })}</p>
          </Match>
          <Match when={report.loading()}><p class="rep-status" role="status">{t('rep.loading')}</p></Match>
        </Switch>
      </div>
    </PublicFrame>
  );
}

function Toolbar(props: { report: AnnualReport }) {
  const links = () => exportLinks(props.report.cycle.id, lang());
  return (
    <nav class="rep-tools" aria-label={t('rep.tools')}>
      <div class="rep-tools-main">
        <button type="button" class="btn btn-primary" onClick={() => window.print()}>{t('rep.print')}</button>
        <Show when={props.report.pdfAvailable !== false}>
          <a class="btn" href={links().pdf} download="">{t('rep.pdf')}</a>
        </Show>
        <A class="btn btn-quiet" href={`/public/cycles/${props.report.cycle.id}/overview`}>{t('rep.back')}</A>
      </div>
      <p class="rep-tools-csv">
        <span>{t('rep.downloads')}：</span>
        <a href={links().projects} download="">{t('rep.csvProjects')}</a>
        <a href={links().progress} download="">{t('rep.csvProgress')}</a>
        <a href={links().evaluations} download="">{t('rep.csvEvaluations')}</a>
      </p>
      <p class="rep-tools-hint">
        {t('rep.printHint')}<Show when={props.report.pdfAvailable === false}>{' '}{t('rep.pdfUnavailable')}</Show>
      </p>
    </nav>
  );
}

function Report(props: { report: AnnualReport }) {
  const r = () => props.report;
  // Tables are numbered through the document: status, category, each ballot, each evaluation, departments, ledgers.
  const tableNo = createMemo(() => {
    const ballots = 3;
    const evaluations = ballots + r().ballots.length;
    const departments = evaluations + r().evaluations.length;
    return { ballots, evaluations, departments, ledgers: departments + 1 };
  });
  const place = () => r().congress.jurisdiction ?? (isZh() ? '' : r().congress.name);
  return (
    <>
      <Toolbar report={r()} />
      <article class="rep-paper" lang={isZh() ? 'zh-CN' : 'en'} data-report-state="ready" aria-labelledby="rep-title">
        <header class="rep-head">
          <p class="rep-issuer">{r().congress.name}</p>
          <h1 id="rep-title" class="rep-title">{t('rep.title', { place: place(), year: r().cycle.year })}</h1>
          <p class="rep-date">{t('rep.asOf', { date: longDate(r().asOf) })}</p>
        </header>

        <Summary report={r()} />

        <section class="rep-section" aria-labelledby="rep-s2">
          <h2 id="rep-s2">{sectionNo(2)}{t('rep.s.ballot')}</h2>
          <Show when={r().ballots.length} fallback={<p class="rep-para">{t('rep.noBallot')}</p>}>
            <For each={r().ballots}>{(b, i) => (
              <>
                <p class="rep-para">{t('rep.ballot', {
                  date: instantDate(b.certifiedAt), title: b.title, roster: b.rosterCount, present: b.presentCount,
                  issued: b.issued, returned: b.returned, valid: b.valid, invalid: b.invalid, seats: b.seats, threshold: b.threshold,
                })}</p>
                <Table caption={t('rep.ballotCaption', { n: tableNo().ballots + i(), title: b.title })}>
                  <thead><tr>
                    <th scope="col">{t('rep.col.rank')}</th><th scope="col">{t('rep.col.project')}</th><th scope="col">{t('rep.col.department')}</th>
                    <th scope="col" class="num">{t('rep.col.for')}</th><th scope="col" class="num">{t('rep.col.against')}</th>
                    <th scope="col" class="num">{t('rep.col.abstain')}</th><th scope="col">{t('rep.col.result')}</th>
                  </tr></thead>
                  <tbody>
                    <For each={b.candidates}>{(c) => (
                      <tr>
                        <td class="num">{c.rank ?? '—'}</td><td>{c.title}</td><td>{c.departmentName ?? '—'}</td>
                        <td class="num">{c.for}</td><td class="num">{c.against}</td><td class="num">{c.abstain}</td>
                        <td>{c.status ? tMaybe(`rep.cand.${c.status}`, c.status) : '—'}</td>
                      </tr>
                    )}</For>
                  </tbody>
                </Table>
              </>
            )}</For>
          </Show>
        </section>

        <section class="rep-section" aria-labelledby="rep-s3">
          <h2 id="rep-s3">{sectionNo(3)}{t('rep.s.projects')}</h2>
          <Show when={r().projects.length} fallback={<p class="rep-para">{t('rep.noProjects')}</p>}>
            <For each={r().projects}>{(p, i) => <ProjectSection project={p} n={i() + 1} />}</For>
          </Show>
        </section>

        <Evaluations evaluations={r().evaluations} firstTable={tableNo().evaluations} />

        <section class="rep-section" aria-labelledby="rep-s5">
          <h2 id="rep-s5">{sectionNo(5)}{t('rep.s.departments')}</h2>
          <p class="rep-para">{t('rep.departmentsIntro')}</p>
          <Table caption={t('rep.departmentsCaption', { n: tableNo().departments })}>
            <thead><tr>
              <th scope="col">{t('rep.col.department')}</th><th scope="col" class="num">{t('rep.col.projects')}</th>
              <th scope="col" class="num">{t('rep.col.completed')}</th><th scope="col" class="num">{t('rep.col.onTimeCompletion')}</th>
              <th scope="col" class="num">{t('rep.col.onTimeReporting')}</th><th scope="col" class="num">{t('rep.col.satisfiedShare')}</th>
            </tr></thead>
            <tbody>
              <For each={r().departments}>{(d) => (
                <tr>
                  <td><A href={`/public/departments/${d.id}`}>{d.name ?? '—'}</A></td>
                  <td class="num">{d.record.projects}</td>
                  <td class="num">{d.record.completion.completed}</td>
                  <td class="num">{d.record.completion.onTimeRate.text}</td>
                  <td class="num">{d.record.reporting.onTimeRate.text}</td>
                  <td class="num">{d.record.evaluation.satisfiedShare.text}</td>
                </tr>
              )}</For>
            </tbody>
          </Table>
        </section>

        <section class="rep-section" aria-labelledby="rep-s6">
          <h2 id="rep-s6">{sectionNo(6)}{t('rep.s.ledgers')}</h2>
          <p class="rep-para">{t('rep.ledgersIntro')}</p>
          <Table caption={t('rep.ledgersCaption', { n: tableNo().ledgers })} class="rep-ledgers">
            <thead><tr>
              <th scope="col">{t('rep.col.ledger')}</th><th scope="col">{t('rep.col.ledgerId')}</th>
              <th scope="col" class="num">{t('rep.col.entries')}</th><th scope="col">{t('rep.col.head')}</th>
            </tr></thead>
            <tbody>
              <For each={r().ledgers}>{(l) => (
                <tr>
                  <td>{l.title}</td>
                  <td class="rep-mono"><a href={`/api/ledgers/${l.id}`}>{l.id}</a></td>
                  <td class="num">{l.head.seq}</td>
                  <td class="rep-mono rep-hash">{l.head.hash}</td>
                </tr>
              )}</For>
            </tbody>
          </Table>
        </section>

        <footer class="rep-foot">
          <p>{t('rep.footer', { date: longDate(r().asOf) })}</p>
        </footer>
      </article>
    </>
  );
}

function Summary(props: { report: AnnualReport }) {
  const r = () => props.report;
  const count = (s: string) => r().byStatus.find((x) => x.status === s)?.projects ?? 0;
  return (
    <section class="rep-section" aria-labelledby="rep-s1">
      <h2 id="rep-s1">{sectionNo(1)}{t('rep.s.summary')}</h2>
      <p class="rep-para">{t('rep.summary', {
        year: r().cycle.year, congress: r().congress.name, projects: r().totals.projects, budget: wan(r().totals.budgetYuan),
        date: longDate(r().asOf), disbursed: wan(r().totals.disbursedYuan), share: share(r().totals.disbursedYuan, r().totals.budgetYuan),
      })}</p>
      <p class="rep-para">{t('rep.summaryStatus', {
        completed: count('completed'), onTime: r().record.completion.onTime, inProgress: count('in_progress'), notStarted: count('not_started'),
        delayed: count('delayed'), suspended: count('suspended'), terminated: count('terminated'), overdue: r().totals.overdue,
      })}</p>
      <p class="rep-para">{t('rep.summarySupervision', {
        groups: r().supervision.groups, items: r().supervision.items, unanswered: r().supervision.unanswered, notices: r().notices.length,
      })}</p>
      <div class="rep-pair">
        <Table caption={t('rep.byStatusCaption')}>
          <thead><tr><th scope="col">{t('rep.col.status')}</th><th scope="col" class="num">{t('rep.col.projects')}</th></tr></thead>
          <tbody>
            <For each={PROJECT_STATUSES}>{(s) => (
              <tr><td>{projectStatusLabel(s)}</td><td class="num">{count(s)}</td></tr>
            )}</For>
            <tr class="rep-total"><th scope="row">{t('rep.col.total')}</th><td class="num">{r().totals.projects}</td></tr>
          </tbody>
        </Table>
        <Table caption={t('rep.byCategoryCaption')}>
          <thead><tr>
            <th scope="col">{t('rep.col.category')}</th><th scope="col" class="num">{t('rep.col.projects')}</th>
            <th scope="col" class="num">{t('rep.col.completed')}</th><th scope="col" class="num">{t('rep.col.budgetWan')}</th>
            <th scope="col" class="num">{t('rep.col.disbursedWan')}</th>
          </tr></thead>
          <tbody>
            <For each={r().byCategory}>{(c) => (
              <tr>
                <td>{c.category}</td><td class="num">{c.projects}</td><td class="num">{c.completed}</td>
                <td class="num">{wan(c.budgetYuan)}</td><td class="num">{wan(c.disbursedYuan)}</td>
              </tr>
            )}</For>
            <tr class="rep-total">
              <th scope="row">{t('rep.col.total')}</th><td class="num">{r().totals.projects}</td><td class="num">{r().totals.completed}</td>
              <td class="num">{wan(r().totals.budgetYuan)}</td><td class="num">{wan(r().totals.disbursedYuan)}</td>
            </tr>
          </tbody>
        </Table>
      </div>
    </section>
  );
}

/** What an approved decision changed, in words: the deadline and budget with their values, other terms by name. */
function changedText(c: ProjectChange): string {
  const changed = c.decision?.changed ?? {};
  return Object.entries(changed).map(([field, v]) => {
    const label = tMaybe(`rep.field.${field}`, field);
    const show = (x: unknown) => (field === 'budgetYuan' && typeof x === 'number' ? t('rep.f.wan', { amount: wan(x) })
      : field === 'deadline' && typeof x === 'string' ? longDate(x) : null);
    const from = show(v.from);
    const to = show(v.to);
    return from && to ? `${label}：${from} → ${to}` : label;
  }).join(isZh() ? '；' : '; ');
}

function ProjectSection(props: { project: ReportProject; n: number }) {
  const p = () => props.project.project;
  const latest = () => props.project.reports.find((x) => !x.correctedById) ?? null;
  const decided = () => props.project.changes.filter((c) => c.status !== 'withdrawn');
  const items = () => props.project.supervision.items;
  const kinds = (k: string) => items().filter((i) => i.kind === k).length;
  const headingId = () => `rep-p-${props.n}`;
  return (
    <section class="rep-project" aria-labelledby={headingId()}>
      <div class="rep-project-head">
        <h3 id={headingId()}>{projectNo(props.n)}{p().title}<Show when={p().code}><span class="rep-code">（{p().code}）</span></Show></h3>
        <table class="rep-facts">
          <tbody>
            <tr>
              <th scope="row">{t('rep.f.department')}</th><td>{p().departmentName ?? '—'}</td>
              <th scope="row">{t('rep.f.category')}</th><td>{p().category}</td>
            </tr>
            <tr>
              <th scope="row">{t('rep.f.budget')}</th>
              <td>{t('rep.f.wan', { amount: wan(p().budgetYuan) })}<Show when={p().originalBudgetYuan !== p().budgetYuan}>{t('rep.f.originalBudget', { amount: wan(p().originalBudgetYuan) })}</Show></td>
              <th scope="row">{t('rep.f.deadline')}</th>
              <td>{longDate(p().deadline)}<Show when={p().originalDeadline !== p().deadline}>{t('rep.f.originalDeadline', { date: longDate(p().originalDeadline) })}</Show></td>
            </tr>
            <tr>
              <th scope="row">{t('rep.f.progress')}</th><td>{p().percentComplete}%</td>
              <th scope="row">{t('rep.f.disbursed')}</th>
              <td>{t('rep.f.wan', { amount: wan(p().disbursedYuan) })}（{share(p().disbursedYuan, p().budgetYuan)}）</td>
            </tr>
            <tr>
              <th scope="row">{t('rep.f.status')}</th>
              <td>
                {projectStatusLabel(p().status)}
                <Show when={p().completedOn}>{(d) => t('rep.f.completedOn', { date: longDate(d()) })}</Show>
                <Show when={p().flags.overdue}>{isZh() ? '，' : ', '}{t('rep.f.overdue')}</Show>
              </td>
              <th scope="row">{t('rep.f.cadence')}</th><td>{pick(p().cadenceLabel)}</td>
            </tr>
            <tr>
              <th scope="row">{t('rep.f.vote')}</th>
              <td colSpan={3}>{t('rep.f.voteText', { for: props.project.vote.for, rank: props.project.vote.rank })}</td>
            </tr>
          </tbody>
        </table>
      </div>

      <h4>{t('rep.p.content')}</h4>
      <p class="rep-para">{p().content}</p>

      <Show when={p().targets.length}>
        <h4>{t('rep.p.targets')}</h4>
        <ol class="rep-list">
          <For each={p().targets}>{(x) => <li>{x.indicator}：{x.value}{x.unit}</li>}</For>
        </ol>
      </Show>

      <h4>{t('rep.p.milestones')}</h4>
      <Show when={p().plan.milestones.length} fallback={<p class="rep-para">{t('rep.p.noMilestones')}</p>}>
        <table class="rep-table rep-inner">
          <thead><tr>
            <th scope="col">{t('rep.col.milestone')}</th><th scope="col">{t('rep.col.dueOn')}</th><th scope="col">{t('rep.col.reachedOn')}</th>
          </tr></thead>
          <tbody>
            <For each={p().plan.milestones}>{(m) => (
              <tr>
                <td>{m.name}</td><td>{longDate(m.dueOn)}</td>
                <td>{m.reachedOn ? longDate(m.reachedOn) : t('rep.ms.open')}<Show when={m.late}>（{t('rep.ms.late')}）</Show></td>
              </tr>
            )}</For>
          </tbody>
        </table>
      </Show>

      <h4>{t('rep.p.latest')}</h4>
      <Show when={latest()} fallback={<p class="rep-para">{t('rep.p.noReports')}</p>}>
        {(x) => (
          <>
            <p class="rep-para">
              {t('rep.p.latestHead', { number: x().number, date: longDate(x().asOf), percent: x().percentComplete, disbursed: wan(x().disbursedYuan) })}
              {x().narrative}
            </p>
            <Show when={x().problems}>{(pr) => <p class="rep-para">{t('rep.p.problems', { text: pr() })}</p>}</Show>
          </>
        )}
      </Show>
      <p class="rep-para">{t('rep.p.reporting', { required: p().reporting.required, onTime: p().reporting.onTime, late: p().reporting.late, missing: p().reporting.missing })}</p>

      <Show when={decided().length}>
        <h4>{t('rep.p.changes')}</h4>
        <ol class="rep-list">
          <For each={decided()}>{(c) => (
            <li>
              {t('rep.p.change', { kind: pick(c.kindLabel), status: pick(c.statusLabel), reason: c.reason })}
              <Show when={c.decision}>{(d) => (
                <>
                  {t('rep.p.decision', { date: longDate(d().decidedOn), number: d().number ?? '—' })}
                  <Show when={c.status === 'approved' && changedText(c)}>{(text) => <span>{text()}{isZh() ? '。' : '.'}</span>}</Show>
                  <Show when={d().note}>{(note) => <span>{t('rep.p.decisionNote', { note: note() })}</span>}</Show>
                </>
              )}</Show>
            </li>
          )}</For>
        </ol>
      </Show>

      <h4>{t('rep.p.supervision')}</h4>
      <Show when={items().length || props.project.supervision.groups.length} fallback={<p class="rep-para">{t('rep.p.noSupervision')}</p>}>
        <p class="rep-para">{t('rep.p.supervisionText', {
          groups: props.project.supervision.groups.map((g) => g.name).join('、') || '—',
          inspection: kinds('inspection'), question: kinds('question'), recommendation: kinds('recommendation'),
          answered: items().filter((i) => i.answer).length, unanswered: props.project.supervision.unanswered,
        })}</p>
      </Show>

      <h4>{t('rep.p.evaluation')}</h4>
      <Show when={p().grade} fallback={<p class="rep-para">{t('rep.p.notEvaluated')}</p>}>
        {(g) => <p class="rep-para">{t('rep.p.evaluationText', { grade: gradeLabel(g()), rate: p().satisfactionRateText ?? '—' })}</p>}
      </Show>
      <For each={props.project.rectifications}>{(x) => (
        <p class="rep-para">{t('rep.p.rectification', { date: longDate(x.dueOn), status: pick(x.statusLabel) })}</p>
      )}</For>
    </section>
  );
}

function Evaluations(props: { evaluations: EvaluationResult[]; firstTable: number }) {
  return (
    <section class="rep-section" aria-labelledby="rep-s4">
      <h2 id="rep-s4">{sectionNo(4)}{t('rep.s.evaluation')}</h2>
      <Show when={props.evaluations.length} fallback={<p class="rep-para">{t('rep.noEvaluation')}</p>}>
        <For each={props.evaluations}>{(e, i) => (
          <>
            <p class="rep-para">{t('rep.evaluation', {
              date: instantDate(e.certifiedAt), title: e.title, roster: e.rosterCount, present: e.presentCount,
              valid: e.valid, invalid: e.invalid, threshold: e.threshold,
            })}</p>
            <Table caption={t('rep.evaluationCaption', { n: props.firstTable + i(), title: e.title })}>
              <thead><tr>
                <th scope="col">{t('rep.col.code')}</th><th scope="col">{t('rep.col.project')}</th>
                <th scope="col" class="num">{t('rep.col.satisfied')}</th><th scope="col" class="num">{t('rep.col.basically')}</th>
                <th scope="col" class="num">{t('rep.col.unsatisfied')}</th><th scope="col" class="num">{t('rep.col.abstain')}</th>
                <th scope="col">{t('rep.col.grade')}</th><th scope="col" class="num">{t('rep.col.rate')}</th>
              </tr></thead>
              <tbody>
                <For each={e.projects}>{(x) => (
                  <tr>
                    <td class="rep-nowrap">{x.code ?? '—'}</td><td>{x.title}</td>
                    <td class="num">{x.satisfied}</td><td class="num">{x.basically_satisfied}</td>
                    <td class="num">{x.unsatisfied}</td><td class="num">{x.abstain}</td>
                    <td>{gradeLabel(x.grade)}</td><td class="num">{x.satisfactionRateText}</td>
                  </tr>
                )}</For>
              </tbody>
            </Table>
          </>
        )}</For>
      </Show>
    </section>
  );
}
