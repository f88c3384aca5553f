// A plain table that scrolls sideways on a narrow screen instead of squeezing its columns, and
// says so (ScrollFrame: a hint and a shadow on the side where columns hide).
import { For, Show, type JSX } from 'solid-js';
import { t } from './i18n';
import { ScrollFrame } from './ScrollFrame';

export interface Column<T> {
  header: string;
  cell: (row: T) => JSX.Element;
  /** e.g. "col-num" (right-aligned, tabular digits), "col-actions", "col-nowrap" */
  class?: string;
}

export function DataTable<T>(props: {
  caption: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  loading?: boolean;
  empty: string;
  rowClass?: (row: T) => string;
}) {
  return (
    <ScrollFrame class="table-wrap" label={props.caption}>
      <table class="table">
        <caption class="sr-only">{props.caption}</caption>
        <thead>
          <tr>
            <For each={props.columns}>
              {(c) => (
                <th scope="col" class={c.class}>
                  {c.header}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows ?? []}>
            {(row) => (
              <tr class={props.rowClass?.(row)}>
                <For each={props.columns}>{(c) => <td class={c.class}>{c.cell(row)}</td>}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={!props.rows?.length}>
        <p class="table-empty">{props.loading || props.rows === undefined ? t('common.loading') : props.empty}</p>
      </Show>
    </ScrollFrame>
  );
}
