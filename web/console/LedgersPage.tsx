// The ledgers this account may read, with their chain heads.
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { DataTable } from '../app/DataTable';
import { formatDateTime, t, tMaybe } from '../app/i18n';
import { Page } from '../app/Page';
import { createLedgerList } from './ledgers';

export function LedgersPage() {
  const list = createLedgerList();
  return (
    <Page title={t('ledgers.title')} intro={t('ledgers.intro')}>
      <Show when={list.error()}>
        <p class="form-message" role="alert">
          {list.error()}
        </p>
      </Show>
      <DataTable
        caption={t('ledgers.caption')}
        rows={list.data()}
        loading={list.loading()}
        empty={t('ledgers.empty')}
        columns={[
          {
            header: t('ledgers.name'),
            cell: (l) => (
              <A href={`/console/ledgers/${l.id}`} class="cell-strong">
                {l.title}
              </A>
            ),
            class: 'col-wrap',
          },
          { header: t('ledgers.kind'), cell: (l) => tMaybe(`ledgerKind.${l.kind}`, l.kind), class: 'col-nowrap' },
          { header: t('ledgers.visibility'), cell: (l) => (l.public ? t('ledgers.public') : t('ledgers.private')), class: 'col-nowrap' },
          { header: t('ledgers.entries'), cell: (l) => l.head.seq, class: 'col-num col-nowrap' },
          {
            header: t('ledger.head'),
            cell: (l) => (
              <span class="mono" title={l.head.hash}>
                {l.head.hash.slice(0, 12)}…
              </span>
            ),
            class: 'col-nowrap',
          },
          { header: t('ledgers.created'), cell: (l) => formatDateTime(l.createdAt), class: 'col-nowrap' },
        ]}
      />
    </Page>
  );
}
