// The annual report's section 二、项目票决情况: each certified ballot in words and its table of
// candidates with their votes and results.
import { For, Show } from 'solid-js';
import { t } from '../../app/i18n';
import { rankLabel, ranksByFor, statusLabel } from '../../app/results';
import { instantDate, sectionNo } from './annual-report-format';
import { AnnualReportTable as Table } from './AnnualReportTable';
import type { AnnualReport } from './annual-report-data';

export function AnnualReportBallots(props: { report: AnnualReport; firstTable: number }) {
  const r = () => props.report;
  return (
    <section class="rep-section" aria-labelledby="rep-s2">
      <h2 id="rep-s2">
        {sectionNo(2)}
        {t('rep.s.ballot')}
      </h2>
      <Show when={r().ballots.length} fallback={<p class="rep-para">{t('rep.noBallot')}</p>}>
        <For each={r().ballots}>
          {(b, i) => (
            <>
              <p class="rep-para">
                {t('rep.ballot', {
                  date: instantDate(b.certifiedAt),
                  title: b.title,
                  roster: b.rosterCount,
                  present: b.presentCount,
                  issued: b.issued,
                  returned: b.returned,
                  valid: b.valid,
                  invalid: b.invalid,
                  seats: b.seats,
                  threshold: b.threshold,
                })}
              </p>
              <Table caption={t('rep.ballotCaption', { n: props.firstTable + i(), title: b.title })}>
                <thead>
                  <tr>
                    <th scope="col">{t('rep.col.rank')}</th>
                    <th scope="col">{t('rep.col.project')}</th>
                    <th scope="col">{t('rep.col.department')}</th>
                    <th scope="col" class="num">
                      {t('rep.col.for')}
                    </th>
                    <th scope="col" class="num">
                      {t('rep.col.against')}
                    </th>
                    <th scope="col" class="num">
                      {t('rep.col.abstain')}
                    </th>
                    <th scope="col">{t('rep.col.result')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={b.candidates}>
                    {(c, j) => (
                      <tr>
                        <td>{c.rank === null ? '—' : rankLabel(ranksByFor(b.candidates)[j()]!)}</td>
                        <td>{c.title}</td>
                        <td>{c.departmentName ?? '—'}</td>
                        <td class="num">{c.for}</td>
                        <td class="num">{c.against}</td>
                        <td class="num">{c.abstain}</td>
                        <td>{c.status ? statusLabel(c.status) : '—'}</td>
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
