// Importing deputies from a CSV file: check first (dry run), then import the very same bytes.
// The server decides the encoding (UTF-8 with or without BOM, or GB18030), so the file is sent as it is.
import type { ImportRefusal, ImportRowError } from '@contract';
import { createStore } from 'solid-js/store';
import { api, ApiError, errorMessage } from '../app/api';

export type { ImportRowError };

type Phase = 'idle' | 'checking' | 'checked' | 'importing' | 'done';

interface ImportState {
  phase: Phase;
  fileName: string;
  encoding: string;
  /** Rows that passed the check (dry run), when every row did. */
  ready: number | null;
  errors: ImportRowError[];
  /** A failure with no row list (file too large, network …). */
  message: string;
  imported: number;
}

const initial: ImportState = { phase: 'idle', fileName: '', encoding: '', ready: null, errors: [], message: '', imported: 0 };

export function createDeputyImport() {
  const [state, setState] = createStore<ImportState>({ ...initial });
  let bytes: ArrayBuffer | null = null;

  const send = (dryRun: boolean) =>
    api.upload('/api/deputies/import', { body: bytes!, contentType: 'text/csv' }, { query: dryRun ? { dryRun: '1' } : undefined });

  const fail = (err: unknown, back: Phase) => {
    // A refusal's details are the server's ImportRefusal; any other failure has none.
    const details = err instanceof ApiError ? (err.details as Partial<ImportRefusal> | undefined) : undefined;
    setState({
      phase: back,
      ready: null,
      errors: details?.errors ?? [],
      encoding: details?.encoding ?? state.encoding,
      message: details?.errors?.length ? '' : errorMessage(err),
    });
  };

  return {
    state,
    async check(file: File) {
      setState({ ...initial, phase: 'checking', fileName: file.name });
      try {
        bytes = await file.arrayBuffer();
        const r = await send(true);
        setState({ phase: 'checked', ready: r.wouldImport ?? 0, encoding: r.encoding });
      } catch (err) {
        fail(err, 'checked');
      }
    },
    async commit() {
      if (!bytes || state.ready === null) return;
      setState({ phase: 'importing', message: '' });
      try {
        const r = await send(false);
        setState({ phase: 'done', imported: r.imported });
        bytes = null;
      } catch (err) {
        // The roster may have changed since the check (a seat taken meanwhile): show why.
        fail(err, 'checked');
      }
    },
    reset() {
      bytes = null;
      setState({ ...initial });
    },
  };
}
