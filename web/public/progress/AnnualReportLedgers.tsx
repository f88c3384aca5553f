// The annual report's section 六、公开账本: each public ledger with its id, entries and head hash.
import { For } from 'solid-js';
import { t } from '../../app/i18n';
import { sectionNo } from './annual-report-format';
import { AnnualReportTable as Table } from './AnnualReportTable';
import type { AnnualReport } from './annual-report-data';

export function AnnualReportLedgers(props: { report: AnnualReport; tableNo: number }) {
  const r = () => props.report;
  return (
    <section class="rep-section" aria-labelledby="rep-s6">
      <h2 id="rep-s6">
        {sectionNo(6)}
        {t('rep.s.ledgers')}
      </h2>
      <p class="rep-para">{t('rep.ledgersIntro')}</p>
      <Table caption={t('rep.ledgersCaption', { n: props.tableNo })} class="rep-ledgers">
        <thead>
          <tr>
            <th scope="col">{t('rep.col.ledger')}</th>
            <th scope="col">{t('rep.col.ledgerId')}</th>
            <th scope="col" class="num">
              {t('rep.col.entries')}
            </th>
            <th scope="col">{t('rep.col.head')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={r().ledgers}>
            {(l) => (
              <tr>
                <td>{l.title}</td>
                <td class="rep-mono">
                  <a href={`/api/ledgers/${l.id}`}>{l.id}</a>
                </td>
                <td class="num">{l.head.seq}</td>
                <td class="rep-mono rep-hash">{l.head.hash}</td>
              </tr>
            )}
          </For>
        </tbody>
      </Table>
    </section>
  );
}
