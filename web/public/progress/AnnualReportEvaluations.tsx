// The annual report's section 四、监督评议情况: each certified evaluation in words and its table of
// projects with their counts, grade and satisfaction rate.
import { For, Show } from 'solid-js';
import { gradeLabel } from '../../implementation/labels';
import { t } from '../../app/i18n';
import { instantDate, sectionNo } from './annual-report-format';
import { AnnualReportTable as Table } from './AnnualReportTable';
import type { EvaluationResult } from './annual-report-data';

export function AnnualReportEvaluations(props: { evaluations: EvaluationResult[]; firstTable: number }) {
  return (
    <section class="rep-section" aria-labelledby="rep-s4">
      <h2 id="rep-s4">
        {sectionNo(4)}
        {t('rep.s.evaluation')}
      </h2>
      <Show when={props.evaluations.length} fallback={<p class="rep-para">{t('rep.noEvaluation')}</p>}>
        <For each={props.evaluations}>
          {(e, i) => (
            <>
              <p class="rep-para">
                {t('rep.evaluation', {
                  date: instantDate(e.certifiedAt),
                  title: e.title,
                  roster: e.rosterCount,
                  present: e.presentCount,
                  valid: e.valid,
                  invalid: e.invalid,
                  threshold: e.threshold,
                })}
              </p>
              <Table caption={t('rep.evaluationCaption', { n: props.firstTable + i(), title: e.title })}>
                <thead>
                  <tr>
                    <th scope="col">{t('rep.col.code')}</th>
                    <th scope="col">{t('rep.col.project')}</th>
                    <th scope="col" class="num">
                      {t('rep.col.satisfied')}
                    </th>
                    <th scope="col" class="num">
                      {t('rep.col.basically')}
                    </th>
                    <th scope="col" class="num">
                      {t('rep.col.unsatisfied')}
                    </th>
                    <th scope="col" class="num">
                      {t('rep.col.abstain')}
                    </th>
                    <th scope="col">{t('rep.col.grade')}</th>
                    <th scope="col" class="num">
                      {t('rep.col.rate')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <For each={e.projects}>
                    {(x) => (
                      <tr>
                        <td class="rep-nowrap">{x.code ?? '—'}</td>
                        <td>{x.title}</td>
                        <td class="num">{x.satisfied}</td>
                        <td class="num">{x.basically_satisfied}</td>
                        <td class="num">{x.unsatisfied}</td>
                        <td class="num">{x.abstain}</td>
                        <td>{gradeLabel(x.grade)}</td>
                        <td class="num">{x.satisfactionRateText}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </Table>
            </>
          )}
        </For>
      </Show>
    </section>
  );
}
