// "Are you sure?" for actions that change a record's standing (deactivate, reactivate), with an
// optional reason. `confirmAction.ask()` resolves to the reason, or null when cancelled.
import { createSignal, Show } from 'solid-js';
import { FormDialog } from './Dialog';
import { TextAreaField } from './fields';
import { errorMessage } from './api';

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  reason?: { label: string; hint?: string };
  /** Runs on confirm; an error keeps the dialog open and shows the message. */
  run: (reason: string) => Promise<void>;
}

function createConfirm() {
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  return {
    request,
    ask: (r: ConfirmRequest) => setRequest(r),
    close: () => setRequest(null),
  };
}

export const confirmAction = createConfirm();

export function ConfirmHost() {
  const [reason, setReason] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal('');
  const close = () => {
    confirmAction.close();
    setReason('');
    setMessage('');
  };
  const run = async () => {
    const r = confirmAction.request();
    if (!r) return;
    setBusy(true);
    setMessage('');
    try {
      await r.run(reason().trim());
      close();
    } catch (err) {
      setMessage(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog
      open={confirmAction.request() !== null}
      title={confirmAction.request()?.title ?? ''}
      submitLabel={confirmAction.request()?.confirmLabel ?? ''}
      danger={confirmAction.request()?.danger}
      busy={busy()}
      message={message()}
      onSubmit={run}
      onClose={close}
    >
      <p class="dialog-text">{confirmAction.request()?.message}</p>
      <Show when={confirmAction.request()?.reason}>
        {(r) => <TextAreaField label={r().label} hint={r().hint} optional value={reason()} maxLength={200} rows={2} onInput={setReason} />}
      </Show>
    </FormDialog>
  );
}
