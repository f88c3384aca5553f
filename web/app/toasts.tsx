// Short confirmations after an action ("已保存"), and errors that belong to no form field.
import { createEffect, For, on } from 'solid-js';
import { createStore, produce } from 'solid-js/store';
import { lang, t } from './i18n';

const MAX_SHOWN = 3;

interface Toast {
  id: number;
  kind: 'success' | 'error';
  text: string;
}

function createToasts() {
  const [items, setItems] = createStore<Toast[]>([]);
  let next = 1;
  const dismiss = (id: number) => setItems((list) => list.filter((x) => x.id !== id));
  const show = (kind: Toast['kind'], text: string) => {
    const id = next++;
    // Only the latest few: a stack of old confirmations would cover the page.
    setItems(
      produce((list) => {
        list.push({ id, kind, text });
        if (list.length > MAX_SHOWN) list.splice(0, list.length - MAX_SHOWN);
      }),
    );
    // Errors stay longer: they usually need reading.
    setTimeout(() => dismiss(id), kind === 'error' ? 10_000 : 4_000);
  };
  return {
    items,
    dismiss,
    clear: () => setItems([]),
    success: (text: string) => show('success', text),
    error: (text: string) => show('error', text),
  };
}

export const toasts = createToasts();

export function Toaster() {
  // A confirmation in the language just left behind would read as a glitch.
  createEffect(on(lang, () => toasts.clear(), { defer: true }));
  return (
    <div class="toaster" role="status" aria-live="polite">
      <For each={toasts.items}>
        {(toast) => (
          <div class={`toast toast-${toast.kind}`}>
            <span class="toast-text">{toast.text}</span>
            <button type="button" class="toast-close" aria-label={t('common.dismiss')} onClick={() => toasts.dismiss(toast.id)}>
              ×
            </button>
          </div>
        )}
      </For>
    </div>
  );
}
