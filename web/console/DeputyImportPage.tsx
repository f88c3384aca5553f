// CSV import of deputies: pick a file → the server checks every row (dry run) → either every
// problem is listed (row, column, reason) or "N 名代表可以导入" → confirm → imported.
import { A, Navigate } from '@solidjs/router';
import { Match, Show, Switch } from 'solid-js';
import { DataTable } from '../app/DataTable';
import { lang, t } from '../app/i18n';
import { Page } from '../app/Page';
import { session } from '../app/session';
import { toasts } from '../app/toasts';
import { createDeputyImport, type ImportRowError } from './deputy-import';
import { TEMPLATE_URL } from './deputies';

const COLUMN_KEYS = {
  name: 'deputy.name',
  delegation: 'deputy.delegation',
  seat: 'deputy.seat',
  gender: 'deputy.gender',
  phone: 'deputy.phone',
  note: 'deputy.note',
} as const;

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  gb18030: 'GB18030',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};

/**
 * The server's message starts with where the problem is (第3行“代表团”： / row 3, delegation: );
 * the table has its own row and column cells, so only the reason is shown.
 */
function reason(e: ImportRowError): string {
  const text = lang() === 'zh' ? e.message : e.messageEn;
  const stripped = lang() === 'zh' ? text.replace(/^第\d+行(“[^”]*”)?：/, '') : text.replace(/^row \d+(, [a-z]+)?: /, '');
  return stripped || text;
}

function columnLabel(column: string): string {
  return column in COLUMN_KEYS ? t(COLUMN_KEYS[column as keyof typeof COLUMN_KEYS]) : column || t('import.wholeFile');
}

export function DeputyImportPage() {
  const job = createDeputyImport();
  let input!: HTMLInputElement;

  const pick = (file: File | undefined) => {
    if (file) void job.check(file);
    // Choosing the same file again (after fixing it) must fire a change again.
    input.value = '';
  };

  const busy = () => job.state.phase === 'checking' || job.state.phase === 'importing';

  const commit = async () => {
    await job.commit();
    if (job.state.phase === 'done') toasts.success(t('import.done', { n: job.state.imported }));
  };

  return (
    <Show when={session.canEdit()} fallback={<Navigate href="/console/deputies" />}>
      <Page
        title={t('import.title')}
        actions={
          <A href="/console/deputies" class="btn">
            {t('import.back')}
          </A>
        }
      >
        <div class="card stack">
          <p>{t('import.intro')}</p>
          <p class="muted">
            {t('import.columns')}{' '}
            <a href={TEMPLATE_URL} download="deputies-template.csv">
              {t('deputies.template')}
            </a>
          </p>
          <div class="file-pick">
            <input ref={input} type="file" accept=".csv,text/csv" hidden onChange={(e) => pick(e.currentTarget.files?.[0])} />
            <button type="button" class="btn btn-primary" disabled={busy()} onClick={() => input.click()}>
              {t('import.chooseFile')}
            </button>
            <Show when={job.state.fileName}>
              <span class="file-name">{t('import.file', { name: job.state.fileName })}</span>
            </Show>
            <Show when={job.state.encoding}>
              <span class="muted">{t('import.encoding', { encoding: ENCODING_NAMES[job.state.encoding] ?? job.state.encoding })}</span>
            </Show>
          </div>
        </div>

        <Switch>
          <Match when={job.state.phase === 'checking'}>
            <p class="card" role="status">
              {t('import.checking')}
            </p>
          </Match>
          <Match when={job.state.message}>
            <p class="form-message" role="alert">
              {t('import.failed')}：{job.state.message}
            </p>
          </Match>
          <Match when={job.state.errors.length > 0}>
            <section class="card card-error" aria-labelledby="import-errors-title">
              <div role="alert">
                <h2 id="import-errors-title" class="card-title">
                  {t('import.errorsTitle', { n: job.state.errors.length })}
                </h2>
              </div>
              <p class="muted">{t('import.errorsHint')}</p>
              <DataTable
                caption={t('import.errorsCaption')}
                rows={[...job.state.errors]}
                empty=""
                columns={[
                  { header: t('import.col.row'), cell: (e) => e.row, class: 'col-num col-nowrap' },
                  { header: t('import.col.column'), cell: (e) => columnLabel(e.column), class: 'col-nowrap' },
                  { header: t('import.col.problem'), cell: (e) => reason(e), class: 'col-wrap' },
                ]}
              />
            </section>
          </Match>
          <Match when={job.state.phase === 'checked' && job.state.ready !== null}>
            <section class="card card-ok" aria-labelledby="import-ready-title">
              <div role="status">
                <h2 id="import-ready-title" class="card-title">
                  {t('import.ready', { n: job.state.ready! })}
                </h2>
              </div>
              <p class="muted">{t('import.readyHint')}</p>
              <div class="form-actions">
                <button type="button" class="btn btn-primary" onClick={() => void commit()}>
                  {t('import.confirm')}
                </button>
              </div>
            </section>
          </Match>
          <Match when={job.state.phase === 'importing'}>
            <p class="card" role="status">
              {t('import.importing')}
            </p>
          </Match>
          <Match when={job.state.phase === 'done'}>
            <section class="card card-ok">
              <div role="status">
                <h2 class="card-title">{t('import.done', { n: job.state.imported })}</h2>
              </div>
              <div class="form-actions">
                <A href="/console/deputies" class="btn btn-primary">
                  {t('import.back')}
                </A>
              </div>
            </section>
          </Match>
        </Switch>
      </Page>
    </Show>
  );
}
