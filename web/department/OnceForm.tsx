// A text the department sends once and cannot change afterwards — an answer to a supervision item,
// a rectification report — so it confirms before sending. The server's message lands at the field.
import { createSignal } from 'solid-js';
import { confirmAction } from '../app/confirm';
import { FormMessage, TextAreaField } from '../app/fields';
import { t } from '../app/i18n';
import { toasts } from '../app/toasts';
import { createProblemErrors } from '../solicitation/problems';

export function OnceForm(props: {
  label: string;
  hint?: string;
  submitLabel: string;
  confirmTitle: string;
  confirmMessage: string;
  done: string;
  send: (text: string) => Promise<unknown>;
  onDone: () => void;
}) {
  const [text, setText] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const errors = createProblemErrors(['text'], () => ({ text: text() }));
  const send = async (value: string) => {
    setBusy(true);
    try {
      await props.send(value);
      toasts.success(props.done);
      setText('');
      props.onDone();
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };
  const submit = () => {
    const value = text().trim();
    if (!errors.local(() => ({ text: text().trim() ? null : t('check.required') }))) return;
    confirmAction.ask({
      title: props.confirmTitle,
      message: props.confirmMessage,
      confirmLabel: props.submitLabel,
      run: async () => {
        void send(value);
      },
    });
  };
  return (
    <form
      class="dimp-once"
      novalidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy()) submit();
      }}
    >
      <TextAreaField label={props.label} hint={props.hint} rows={3} maxLength={5000} value={text()} onInput={setText} error={errors.field('text')} />
      <FormMessage text={errors.general()} />
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" disabled={busy()}>
          {busy() ? t('common.saving') : props.submitLabel}
        </button>
      </div>
    </form>
  );
}
