// Field-level messages for one form: from the API's `details.issues` (paths like `body.name`),
// from a `details.field` hint (e.g. a seat already taken), or from checks made before sending.
// Messages do not outlive their cause: a check given as a function is re-run as the user types,
// so a field's message goes as soon as the field is valid; a server message about a field goes
// once that field differs from what was sent, and a refusal of the whole form (shown above the
// buttons) once any field does; the summary above the buttons goes when no field message is left.
// Every form says what its values are, so this holds in each of them (../solicitation/problems.ts
// keeps messages in both languages on the same rules, through createSentValues and remaining).
import { createSignal } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { ApiError, errorMessage } from './api';
import { pickServerText, t, type MessageKey } from './i18n';

/** A form's own checks: each field's failed check, or null. */
export type FieldChecks = Record<string, MessageKey | null>;

/** Comparable form of a field's value, to tell whether it changed since a message was given. */
export const valueKey = (v: unknown) => JSON.stringify(v ?? null);

/**
 * Which fields of `known` still have a message, with `live` (the checks re-run now) taking the
 * place of the stored message of a field it covers, and a stored message dropped once its field's
 * value differs from `sentValue`. Pure: shared by both error helpers.
 */
export function remaining<M>(
  known: readonly string[],
  stored: Record<string, M | undefined>,
  live: Record<string, M | null | undefined> | null,
  sentValue: Record<string, string>,
  values: Record<string, unknown> | null,
): Record<string, M> {
  const out: Record<string, M> = {};
  for (const name of known) {
    if (live && name in live && stored[name] !== undefined) {
      const m = live[name];
      if (m) out[name] = m;
      continue;
    }
    const m = stored[name];
    if (m === undefined) continue;
    if (values && name in sentValue && valueKey(values[name]) !== sentValue[name]) continue;
    out[name] = m;
  }
  return out;
}

/** A form's current values by field name (what the user has typed and chosen). */
export type FormValues = () => Record<string, unknown>;

/**
 * What a form's fields held when its messages were given, to tell what the user has changed
 * since: a field's server message goes once that field differs, a refusal of the whole form once
 * any field does. Shared by both error helpers.
 */
export function createSentValues(values: FormValues) {
  const [sent, setSent] = createStore<Record<string, string>>({});
  return {
    /** Remembers the values as they are now (when a message is given). */
    snapshot() {
      const v = values();
      setSent(reconcile(Object.fromEntries(Object.keys(v).map((k) => [k, valueKey(v[k])]))));
    },
    sent: (): Record<string, string> => ({ ...sent }),
    /** Some field differs from what it held at the snapshot. */
    edited(): boolean {
      const v = values();
      return Object.keys(sent).some((k) => valueKey(v[k]) !== sent[k]);
    },
  };
}

/**
 * The text above the buttons: the "fix the marked fields" summary while a field message is left,
 * a refusal of the whole form until the user changes a field. Shared by both error helpers.
 */
export function generalShown<M>(general: M, empty: M, o: { summary: boolean; fieldMessages: number; edited: () => boolean }): M {
  if (o.summary) return o.fieldMessages === 0 ? empty : general;
  return o.edited() ? empty : general;
}

/**
 * `known`: the fields the form shows; a message about any other field is shown above the buttons.
 * `values`: the form's current values by field name, so messages clear when the user edits them.
 */
export function createFormErrors(known: string[], values: FormValues) {
  const [fields, setFields] = createStore<Record<string, string>>({});
  const sent = createSentValues(values);
  const [rules, setRules] = createSignal<(() => FieldChecks) | null>(null);
  const [general, setGeneral] = createSignal('');
  // The general text is only the "fix the marked fields" summary (not a message of its own).
  const [summary, setSummary] = createSignal(false);
  const snapshot = () => sent.snapshot();
  const shown = () => {
    const r = rules();
    const live = r ? Object.fromEntries(Object.entries(r()).map(([k, key]) => [k, key ? t(key) : null])) : null;
    return remaining(known, { ...fields }, live, sent.sent(), values());
  };

  return {
    field: (name: string): string | undefined => shown()[name],
    general: () => generalShown(general(), '', { summary: summary(), fieldMessages: Object.keys(shown()).length, edited: sent.edited }),
    clear() {
      setFields(reconcile({}));
      setRules(null);
      setGeneral('');
      setSummary(false);
    },
    /**
     * Checks made in the browser; returns true when all passed. Give a function (re-run as the
     * user types) so a message disappears as soon as its field is valid.
     */
    check(checks: FieldChecks | (() => FieldChecks)): boolean {
      const now = typeof checks === 'function' ? checks() : checks;
      const failed = Object.entries(now).filter((e): e is [string, MessageKey] => e[1] !== null);
      setFields(reconcile(Object.fromEntries(failed.map(([k, key]) => [k, t(key)]))));
      setRules(() => (typeof checks === 'function' ? checks : null));
      snapshot();
      setGeneral(failed.length ? t('common.fixFields') : '');
      setSummary(failed.length > 0);
      return failed.length === 0;
    },
    /** Puts a failed request's messages next to the fields they are about. */
    capture(err: unknown) {
      const next: Record<string, string> = {};
      const unplaced: string[] = [];
      setRules(null);
      setSummary(false);
      if (err instanceof ApiError && err.issues.length) {
        for (const issue of err.issues) {
          // "body.admin.username" → "admin.username"
          const key = issue.path.split('.').slice(1).join('.');
          const text = pickServerText(issue.message);
          if (known.includes(key)) next[key] ??= text;
          else unplaced.push(key ? `${key}: ${text}` : text);
        }
        setGeneral(unplaced.length ? unplaced.join('；') : t('common.fixFields'));
        setSummary(!unplaced.length);
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
      snapshot();
    },
  };
}

export type FormErrors = ReturnType<typeof createFormErrors>;
