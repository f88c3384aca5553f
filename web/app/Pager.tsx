import { Show } from 'solid-js';
import { t } from './i18n';

export function Pager(props: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const pages = () => Math.max(1, Math.ceil(props.total / props.pageSize));
  return (
    <nav class="pager" aria-label={t('common.pageInfo', { total: props.total, page: props.page, pages: pages() })}>
      <span class="pager-info">{t('common.pageInfo', { total: props.total, page: props.page, pages: pages() })}</span>
      <Show when={pages() > 1}>
        <span class="pager-buttons">
          <button type="button" class="btn" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>
            {t('common.prev')}
          </button>
          <button type="button" class="btn" disabled={props.page >= pages()} onClick={() => props.onPage(props.page + 1)}>
            {t('common.next')}
          </button>
        </span>
      </Show>
    </nav>
  );
}
