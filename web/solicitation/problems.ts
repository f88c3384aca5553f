// Field-level messages for the phase-1 forms. The API answers a wrong shape with 400 and
// details.issues (paths like body.funding.0.amountYuan) and a broken rule with 422 and
// details.problems (each {code, zh, en, field?}); both are put next to the field they concern.
// Messages are kept in both languages where the server gave both, so a language switch follows.
import { createSignal } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { ApiError, errorMessage } from '../app/api';
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

export function createProblemErrors(known: readonly string[]) {
  const [fields, setFields] = createStore<Record<string, Msg[]>>({});
  const [general, setGeneral] = createSignal<Msg[]>([]);
  // "funding.0.amountYuan" → "funding" unless the form shows the finer field.
  const place = (path: string): string | null => {
    if (known.includes(path)) return path;
    const top = path.split('.')[0]!;
    return known.includes(top) ? top : null;
  };

  return {
    field: (name: string): string | undefined => {
      const list = fields[name];
      return list?.length ? list.map(show).join('；') : undefined;
    },
    general: () => general().map(show).join('；'),
    /** Whether any message is shown. */
    any: () => general().length > 0 || Object.values(fields).some((l) => l?.length),
    clear() {
      setFields(reconcile({}));
      setGeneral([]);
    },
    /** Messages found in the browser, before sending; returns true when there are none. */
    local(found: Record<string, Msg | null | undefined>): boolean {
      const failed = Object.entries(found).filter((e): e is [string, Msg] => !!e[1]);
      setFields(reconcile(Object.fromEntries(failed.map(([k, m]) => [k, [m]]))));
      setGeneral(failed.length ? [t('common.fixFields')] : []);
      return failed.length === 0;
    },
    capture(err: unknown) {
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
      setGeneral(unplaced.length ? unplaced : [t('common.fixFields')]);
    },
  };
}

export type ProblemErrors = ReturnType<typeof createProblemErrors>;
