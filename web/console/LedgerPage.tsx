// One ledger's entries in chain order, its head, and the export file for offline verification.
import { A, useParams } from '@solidjs/router';
import { createMemo, createSignal, Show } from 'solid-js';
import { DataTable } from '../app/DataTable';
import { formatDateAndTime, t, tMaybe } from '../app/i18n';
import { Page } from '../app/Page';
import { Pager } from '../app/Pager';
import { createLedgerExport, exportUrl, type LedgerEntry } from './ledgers';

const PAGE_SIZE = 100;

export function LedgerPage() {
  const params = useParams<{ id: string }>();
  const exported = createLedgerExport(() => params.id);
  const [page, setPage] = createSignal(1);
  const entries = createMemo(() => exported.data()?.entries ?? []);
  const shown = createMemo(() => entries().slice((page() - 1) * PAGE_SIZE, page() * PAGE_SIZE));

  return (
    <Page
      title={exported.data()?.ledger.title ?? t('ledgers.title')}
      actions={
        <>
          <A href="/console/ledgers" class="btn">
            {t('ledger.back')}
          </A>
          <a href={exportUrl(params.id)} class="btn btn-primary" download={`ledger-${params.id}.json`}>
            {t('ledger.download')}
          </a>
        </>
      }
    >
      <Show when={exported.error()}>
        <p class="form-message" role="alert">
          {exported.error()}
        </p>
      </Show>
      <Show when={exported.data()}>
        {(x) => (
          <dl class="card summary">
            <div>
              <dt>{t('ledgers.kind')}</dt>
              <dd>{tMaybe(`ledgerKind.${x().ledger.kind}`, x().ledger.kind)}</dd>
            </div>
            <div>
              <dt>{t('ledgers.visibility')}</dt>
              <dd>{x().ledger.public ? t('ledgers.public') : t('ledgers.private')}</dd>
            </div>
            <div>
              <dt>
                {t('ledger.head')} · {t('ledger.headSeq')}
              </dt>
              <dd class="mono">{x().head.seq}</dd>
            </div>
            <div class="summary-wide">
              <dt>
                {t('ledger.head')} · {t('ledger.headHash')}
              </dt>
              <dd class="mono hash">{x().head.hash}</dd>
            </div>
          </dl>
        )}
      </Show>
      <DataTable<LedgerEntry>
        caption={t('ledger.caption')}
        rows={exported.data() ? shown() : undefined}
        loading={exported.loading()}
        empty={t('ledger.empty')}
        columns={[
          { header: t('ledger.seq'), cell: (e) => e.seq, class: 'col-num col-nowrap' },
          {
            header: t('ledger.at'),
            cell: (e) => {
              const at = formatDateAndTime(e.at);
              return (
                <time datetime={e.at}>
                  {at.date}
                  <br />
                  <span class="muted">{at.time}</span>
                </time>
              );
            },
            class: 'col-nowrap',
          },
          {
            header: t('ledger.kind'),
            cell: (e) => (
              <>
                <span>{tMaybe(`entry.${e.kind}`, e.kind)}</span>
                <br />
                <span class="mono muted small">{e.kind}</span>
              </>
            ),
            class: 'col-nowrap',
          },
          {
            header: t('ledger.hash'),
            cell: (e) => (
              <span class="mono" title={e.hash}>
                {e.hash.slice(0, 10)}…
              </span>
            ),
            class: 'col-nowrap',
          },
          { header: t('ledger.data'), cell: (e) => <pre class="json">{JSON.stringify(e.data, null, 2)}</pre>, class: 'col-data' },
        ]}
      />
      <Show when={entries().length > PAGE_SIZE}>
        <Pager page={page()} pageSize={PAGE_SIZE} total={entries().length} onPage={setPage} />
      </Show>
    </Page>
  );
}
