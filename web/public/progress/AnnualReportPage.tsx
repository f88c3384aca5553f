// 年度民生实事项目实施情况报告: a cycle's annual report as an official document — title block,
// numbered sections (总体情况, 票决, 各项目, 测评, 责任单位, 账本) and numbered tables. On screen it
// sits centred like a sheet of paper under a toolbar (打印, 下载 PDF, the CSV exports); printed (or
// rendered to PDF by the server, which opens this same page) it is A4 with page numbers and
// nothing but the document. All figures come from one public answer (/api/public/cycles/:id/report).
// Each numbered section is its own component beside this file (AnnualReportSummary, …Ballots,
// …ProjectSection, …Evaluations, …Departments, …Ledgers); annual-report-format.ts writes the numbers.
import { For, Match, Show, Switch, createMemo } from 'solid-js';
import { createLoader } from '../../app/loader';
import { t } from '../../app/i18n';
import { PublicFrame } from '../PublicFrame';
import { isZh, longDate, sectionNo } from './annual-report-format';
import { AnnualReportBallots } from './AnnualReportBallots';
import { AnnualReportDepartments } from './AnnualReportDepartments';
import { AnnualReportEvaluations } from './AnnualReportEvaluations';
import { AnnualReportLedgers } from './AnnualReportLedgers';
import { AnnualReportProjectSection } from './AnnualReportProjectSection';
import { AnnualReportSummary } from './AnnualReportSummary';
import { AnnualReportToolbar } from './AnnualReportToolbar';
import { annualReportApi, type AnnualReport } from './annual-report-data';
import './annual-report.css';
import { usePageCycleId } from '../portal/year-address';

export { zhNumber } from './annual-report-format';

export function AnnualReportPage() {
  const pageCycleId = usePageCycleId();
  const report = createLoader(
    () => pageCycleId(),
    (id) => annualReportApi.load(id),
  );
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
            <p class="rep-status" role="alert" data-report-state="error">
              {t('rep.loadFailed', { message: report.error() })}
            </p>
          </Match>
          <Match when={report.loading()}>
            <p class="rep-status" role="status">
              {t('rep.loading')}
            </p>
          </Match>
        </Switch>
      </div>
    </PublicFrame>
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
      <AnnualReportToolbar report={r()} />
      <article class="rep-paper" lang={isZh() ? 'zh-CN' : 'en'} data-report-state="ready" aria-labelledby="rep-title">
        <header class="rep-head">
          <p class="rep-issuer">{r().congress.name}</p>
          <h1 id="rep-title" class="rep-title">
            {t('rep.title', { place: place(), year: r().cycle.year })}
          </h1>
          <p class="rep-date">{t('rep.asOf', { date: longDate(r().asOf) })}</p>
        </header>

        <AnnualReportSummary report={r()} />

        <AnnualReportBallots report={r()} firstTable={tableNo().ballots} />

        <section class="rep-section" aria-labelledby="rep-s3">
          <h2 id="rep-s3">
            {sectionNo(3)}
            {t('rep.s.projects')}
          </h2>
          <Show when={r().projects.length} fallback={<p class="rep-para">{t('rep.noProjects')}</p>}>
            <For each={r().projects}>{(p, i) => <AnnualReportProjectSection project={p} n={i() + 1} />}</For>
          </Show>
        </section>

        <AnnualReportEvaluations evaluations={r().evaluations} firstTable={tableNo().evaluations} />

        <AnnualReportDepartments report={r()} tableNo={tableNo().departments} />

        <AnnualReportLedgers report={r()} tableNo={tableNo().ledgers} />

        <footer class="rep-foot">
          <p>{t('rep.footer', { date: longDate(r().asOf) })}</p>
        </footer>
      </article>
    </>
  );
}
