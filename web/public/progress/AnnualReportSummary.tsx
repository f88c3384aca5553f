// The annual report's section 一、总体情况: the year's figures in words, then the projects by
// status and by category.
import { For } from 'solid-js';
import { t } from '../../app/i18n';
import { PROJECT_STATUSES } from '../../implementation/types';
import { projectStatusLabel } from '../../implementation/labels';
import { wan } from '../../solicitation/money';
import { longDate, sectionNo, share } from './annual-report-format';
import { AnnualReportTable as Table } from './AnnualReportTable';
import type { AnnualReport } from './annual-report-data';

export function AnnualReportSummary(props: { report: AnnualReport }) {
  const r = () => props.report;
  const count = (s: string) => r().byStatus.find((x) => x.status === s)?.projects ?? 0;
  return (
    <section class="rep-section" aria-labelledby="rep-s1">
      <h2 id="rep-s1">
        {sectionNo(1)}
        {t('rep.s.summary')}
      </h2>
      <p class="rep-para">
        {t('rep.summary', {
          year: r().cycle.year,
          congress: r().congress.name,
          projects: r().totals.projects,
          budget: wan(r().totals.budgetYuan),
          date: longDate(r().asOf),
          disbursed: wan(r().totals.disbursedYuan),
          share: share(r().totals.disbursedYuan, r().totals.budgetYuan),
        })}
      </p>
      <p class="rep-para">
        {t('rep.summaryStatus', {
          completed: count('completed'),
          onTime: r().record.completion.onTime,
          inProgress: count('in_progress'),
          notStarted: count('not_started'),
          delayed: count('delayed'),
          suspended: count('suspended'),
          terminated: count('terminated'),
          overdue: r().totals.overdue,
        })}
      </p>
      <p class="rep-para">
        {t('rep.summarySupervision', {
          groups: r().supervision.groups,
          items: r().supervision.items,
          unanswered: r().supervision.unanswered,
          notices: r().notices.length,
        })}
      </p>
      <div class="rep-pair">
        <Table caption={t('rep.byStatusCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('rep.col.status')}</th>
              <th scope="col" class="num">
                {t('rep.col.projects')}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={PROJECT_STATUSES}>
              {(s) => (
                <tr>
                  <td>{projectStatusLabel(s)}</td>
                  <td class="num">{count(s)}</td>
                </tr>
              )}
            </For>
            <tr class="rep-total">
              <th scope="row">{t('rep.col.total')}</th>
              <td class="num">{r().totals.projects}</td>
            </tr>
          </tbody>
        </Table>
        <Table caption={t('rep.byCategoryCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('rep.col.category')}</th>
              <th scope="col" class="num">
                {t('rep.col.projects')}
              </th>
              <th scope="col" class="num">
                {t('rep.col.completed')}
              </th>
              <th scope="col" class="num">
                {t('rep.col.budgetWan')}
              </th>
              <th scope="col" class="num">
                {t('rep.col.disbursedWan')}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={r().byCategory}>
              {(c) => (
                <tr>
                  <td>{c.category}</td>
                  <td class="num">{c.projects}</td>
                  <td class="num">{c.completed}</td>
                  <td class="num">{wan(c.budgetYuan)}</td>
                  <td class="num">{wan(c.disbursedYuan)}</td>
                </tr>
              )}
            </For>
            <tr class="rep-total">
              <th scope="row">{t('rep.col.total')}</th>
              <td class="num">{r().totals.projects}</td>
              <td class="num">{r().totals.completed}</td>
              <td class="num">{wan(r().totals.budgetYuan)}</td>
              <td class="num">{wan(r().totals.disbursedYuan)}</td>
            </tr>
          </tbody>
        </Table>
      </div>
    </section>
  );
}
