// Field-level messages for one form: from the API's `details.issues` (paths like `body.name`),
// from a `details.field` hint (e.g. a seat already taken), or from checks made before sending.
import { createSignal } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { ApiError, errorMessage } from './api';
import { pickServerText, t, type MessageKey } from './i18n';

/** `known`: the fields the form shows; a message about any other field is shown above the buttons. */
export function createFormErrors(known: string[]) {
  const [fields, setFields] = createStore<Record<string, string>>({});
  const [general, setGeneral] = createSignal('');

  return {
    field: (name: string): string | undefined => fields[name],
    general,
    clear() {
      setFields(reconcile({}));
      setGeneral('');
    },
    /** Checks made in the browser; returns true when all passed. */
    check(checks: Record<string, MessageKey | null>): boolean {
      const failed = Object.entries(checks).filter((e): e is [string, MessageKey] => e[1] !== null);
      setFields(reconcile(Object.fromEntries(failed.map(([k, key]) => [k, t(key)]))));
      setGeneral(failed.length ? t('common.fixFields') : '');
      return failed.length === 0;
    },
    /** Puts a failed request's messages next to the fields they are about. */
    capture(err: unknown) {
      const next: Record<string, string> = {};
      const unplaced: string[] = [];
      if (err instanceof ApiError && err.issues.length) {
        for (const issue of err.issues) {
          // "body.admin.username" → "admin.username"
          const key = issue.path.split('.').slice(1).join('.');
          const text = pickServerText(issue.message);
          if (known.includes(key)) next[key] ??= text;
          else unplaced.push(key ? `${key}: ${text}` : text);
        }
        setGeneral(unplaced.length ? unplaced.join('；') : t('common.fixFields'));
      } else {
        const field = (err as ApiError | undefined)?.details && ((err as ApiError).details as { field?: unknown }).field;
        if (typeof field === 'string' && known.includes(field)) {
          next[field] = errorMessage(err);
          setGeneral('');
        } else {
          setGeneral(errorMessage(err));
        }
      }
      setFields(reconcile(next));
    },
  };
}

export type FormErrors = ReturnType<typeof createFormErrors>;
