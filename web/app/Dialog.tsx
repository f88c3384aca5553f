// Modal dialogs on the native <dialog>: the browser keeps focus inside and Esc closes it.
import { createEffect, createUniqueId, onCleanup, Show, type JSX } from 'solid-js';
import { FormMessage } from './fields';
import { t } from './i18n';

export function Dialog(props: { open: boolean; title: string; onClose: () => void; children: JSX.Element; wide?: boolean }) {
  let ref!: HTMLDialogElement;
  const titleId = createUniqueId();
  // Keyboard users go back to the button that opened the dialog, not to the top of the page.
  let opener: HTMLElement | null = null;
  const restoreFocus = () => {
    if (opener?.isConnected) opener.focus();
    opener = null;
  };
  createEffect(() => {
    if (props.open && !ref.open) {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      ref.showModal();
    } else if (!props.open && ref.open) {
      ref.close();
      restoreFocus();
    }
  });
  onCleanup(restoreFocus);
  return (
    <dialog
      ref={ref}
      class="dialog"
      classList={{ 'dialog-wide': props.wide }}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <Show when={props.open}>
        <div class="dialog-head">
          <h2 id={titleId} class="dialog-title">
            {props.title}
          </h2>
          <button type="button" class="icon-button" aria-label={t('common.close')} onClick={() => props.onClose()}>
            ×
          </button>
        </div>
        {props.children}
      </Show>
    </dialog>
  );
}

/** A dialog holding one form: fields, the form-level message, then Cancel and the action. */
export function FormDialog(props: {
  open: boolean;
  title: string;
  submitLabel: string;
  busy: boolean;
  message: string;
  danger?: boolean;
  onSubmit: () => void;
  onClose: () => void;
  children: JSX.Element;
}) {
  return (
    <Dialog open={props.open} title={props.title} onClose={props.onClose}>
      <form
        class="dialog-form"
        novalidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!props.busy) props.onSubmit();
        }}
      >
        <div class="dialog-body">{props.children}</div>
        <FormMessage text={props.message} />
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={() => props.onClose()}>
            {t('common.cancel')}
          </button>
          <button type="submit" class="btn" classList={{ 'btn-primary': !props.danger, 'btn-danger': props.danger }} disabled={props.busy}>
            {props.busy ? t('common.saving') : props.submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
