// Field-level messages for the phase-1 forms. The API answers a wrong shape with 400 and
// details.issues (paths like body.funding.0.amountYuan) and a broken rule with 422 and
// details.problems (each {code, zh, en, field?}); both are put next to the field they concern.
// Messages are kept in both languages where the server gave both, so a language switch follows.
// As in ../app/form-errors.ts (and through its createSentValues, remaining and generalShown),
// messages do not outlive their cause: checks given as a function are re-run as the user types, a
// server message goes once its field differs from what was sent, a refusal of the whole form once
// any field does, and the summary goes when no field message is left.
import { createSignal } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { ApiError, errorMessage } from '../app/api';
import { createSentValues, generalShown, remaining, type FormValues } from '../app/form-errors';
import { lang, pickServerText, t } from '../app/i18n';
import type { Bilingual, Problem } from './types';

type Msg = Bilingual | string;

const show = (m: Msg) => (typeof m === 'string' ? pickServerText(m) : m[lang()]);

/** The 422 problems of an API error, if it has them. */
export function problemsOf(err: unknown): Problem[] {
  if (!(err instanceof ApiError) || err.status !== 422) return [];
  const list = (err.details as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(list) ? (list as Problem[]) : [];
}

/** A problem in the page's language. */
export const problemText = (p: Bilingual) => p[lang()];

type Found = Record<string, Msg | null | undefined>;

/** `values`: the form's current values by field name, so messages clear when the user edits them. */
export function createProblemErrors(known: readonly string[], values: FormValues) {
  const [fields, setFields] = createStore<Record<string, Msg[]>>({});
  const sent = createSentValues(values);
  const [rules, setRules] = createSignal<(() => Found) | null>(null);
  const [general, setGeneral] = createSignal<Msg[]>([]);
  // The general text is only the "fix the marked fields" summary.
  const [summary, setSummary] = createSignal(false);
  const snapshot = () => sent.snapshot();
  const shown = (): Record<string, Msg[]> => {
    const r = rules();
    const live = r ? Object.fromEntries(Object.entries(r()).map(([k, m]) => [k, m ? [m] : null])) : null;
    return remaining(known, { ...fields }, live, sent.sent(), values());
  };
  const generalNow = (): Msg[] =>
    generalShown(general(), [], { summary: summary(), fieldMessages: Object.keys(shown()).length, edited: sent.edited });
  // "funding.0.amountYuan" → "funding" unless the form shows the finer field.
  const place = (path: string): string | null => {
    if (known.includes(path)) return path;
    const top = path.split('.')[0]!;
    return known.includes(top) ? top : null;
  };

  return {
    field: (name: string): string | undefined => {
      const list = shown()[name];
      return list?.length ? list.map(show).join('；') : undefined;
    },
    general: () => generalNow().map(show).join('；'),
    /** Whether any message is shown. */
    any: () => generalNow().length > 0 || Object.keys(shown()).length > 0,
    clear() {
      setFields(reconcile({}));
      setRules(null);
      setGeneral([]);
      setSummary(false);
    },
    /**
     * Messages found in the browser, before sending; returns true when there are none. Give a
     * function (re-run as the user types) so a message disappears as soon as its field is valid.
     */
    local(found: Found | (() => Found)): boolean {
      const now = typeof found === 'function' ? found() : found;
      const failed = Object.entries(now).filter((e): e is [string, Msg] => !!e[1]);
      setFields(reconcile(Object.fromEntries(failed.map(([k, m]) => [k, [m]]))));
      setRules(() => (typeof found === 'function' ? found : null));
      snapshot();
      setGeneral(failed.length ? [t('common.fixFields')] : []);
      setSummary(failed.length > 0);
      return failed.length === 0;
    },
    capture(err: unknown) {
      setRules(null);
      const next: Record<string, Msg[]> = {};
      const unplaced: Msg[] = [];
      const add = (path: string | undefined, m: Msg) => {
        const key = path ? place(path) : null;
        if (key) (next[key] ??= []).push(m);
        else unplaced.push(m);
      };
      const problems = problemsOf(err);
      if (err instanceof ApiError && err.issues.length) {
        for (const issue of err.issues) {
          const path = issue.path.split('.').slice(1).join('.');
          const key = place(path);
          if (key) (next[key] ??= []).push(issue.message);
          else unplaced.push(path ? `${path}: ${pickServerText(issue.message)}` : issue.message);
        }
      } else if (problems.length) {
        for (const p of problems) add(p.field, p);
      } else {
        unplaced.push(errorMessage(err));
      }
      setFields(reconcile(next));
      snapshot();
      setGeneral(unplaced.length ? unplaced : [t('common.fixFields')]);
      setSummary(!unplaced.length);
    },
  };
}

export type ProblemErrors = ReturnType<typeof createProblemErrors>;
