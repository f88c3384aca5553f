// The annual report's section 五、责任单位履职情况: each responsible department's projects and rates.
import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { t } from '../../app/i18n';
import { sectionNo } from './annual-report-format';
import { AnnualReportTable as Table } from './AnnualReportTable';
import type { AnnualReport } from './annual-report-data';

export function AnnualReportDepartments(props: { report: AnnualReport; tableNo: number }) {
  const r = () => props.report;
  return (
    <section class="rep-section" aria-labelledby="rep-s5">
      <h2 id="rep-s5">
        {sectionNo(5)}
        {t('rep.s.departments')}
      </h2>
      <p class="rep-para">{t('rep.departmentsIntro')}</p>
      <Table caption={t('rep.departmentsCaption', { n: props.tableNo })}>
        <thead>
          <tr>
            <th scope="col">{t('rep.col.department')}</th>
            <th scope="col" class="num">
              {t('rep.col.projects')}
            </th>
            <th scope="col" class="num">
              {t('rep.col.completed')}
            </th>
            <th scope="col" class="num">
              {t('rep.col.onTimeCompletion')}
            </th>
            <th scope="col" class="num">
              {t('rep.col.onTimeReporting')}
            </th>
            <th scope="col" class="num">
              {t('rep.col.satisfiedShare')}
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={r().departments}>
            {(d) => (
              <tr>
                <td>
                  <A href={`/public/departments/${d.id}`}>{d.name ?? '—'}</A>
                </td>
                <td class="num">{d.record.projects}</td>
                <td class="num">{d.record.completion.completed}</td>
                <td class="num">{d.record.completion.onTimeRate.text}</td>
                <td class="num">{d.record.reporting.onTimeRate.text}</td>
                <td class="num">{d.record.evaluation.satisfiedShare.text}</td>
              </tr>
            )}
          </For>
        </tbody>
      </Table>
    </section>
  );
}
