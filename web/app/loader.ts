// Loads data for a page whenever its inputs change. Unlike createResource it never suspends the
// page (the table keeps its rows while the next search runs), keeps the last good data on error,
// and ignores answers that arrive after a newer request was sent.
import { createEffect, createSignal, on, untrack } from 'solid-js';
import { errorMessage } from './api';

export function createLoader<T, S>(source: () => S, fetcher: (input: S) => Promise<T>) {
  const [data, setData] = createSignal<T>();
  const [loading, setLoading] = createSignal(true);
  const [error, setError] = createSignal('');
  let latest = 0;

  const run = async (input: S) => {
    const mine = ++latest;
    setLoading(true);
    try {
      const value = await fetcher(input);
      if (mine === latest) {
        setData(() => value);
        setError('');
      }
    } catch (err) {
      if (mine === latest) setError(errorMessage(err));
    } finally {
      if (mine === latest) setLoading(false);
    }
  };

  createEffect(on(source, (input) => void run(input)));

  return { data, loading, error, reload: () => run(untrack(source)) };
}
