// The department's answer to a supervision item (视察、询问、督办建议), in a dialog that repeats the
// item. An answer is sent once and shown on the public pages, so the dialog says so before sending.
import { createSignal, Show } from 'solid-js';
import { FormDialog } from '../app/Dialog';
import { TextAreaField } from '../app/fields';
import { t } from '../app/i18n';
import { toasts } from '../app/toasts';
import { pick } from '../implementation/labels';
import { createProblemErrors } from '../solicitation/problems';
import { departmentProjectsApi, type SupervisionItem } from './projects';

export function AnswerDialog(props: { item: SupervisionItem | null; onClose: () => void; onDone: () => void }) {
  const [text, setText] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const errors = createProblemErrors(['text'], () => ({ text: text() }));
  const close = () => {
    setText('');
    errors.clear();
    props.onClose();
  };
  const send = async () => {
    const item = props.item;
    if (!item) return;
    const value = text().trim();
    if (!errors.local(() => ({ text: text().trim() ? null : t('check.required') }))) return;
    setBusy(true);
    try {
      await departmentProjectsApi.answer(item.id, value);
      toasts.success(t('dimp.sup.answered'));
      setText('');
      errors.clear();
      props.onDone();
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog
      open={props.item !== null}
      title={t('dimp.sup.dialogTitle')}
      submitLabel={t('dimp.sup.send')}
      busy={busy()}
      message={errors.general()}
      onSubmit={() => void send()}
      onClose={close}
    >
      <Show when={props.item}>
        {(i) => (
          <>
            <p class="dialog-text small muted">
              {pick(i().kindLabel)} · {i().occurredOn}
              <Show when={i().groupName}>{` · ${i().groupName}`}</Show>
            </p>
            <blockquote class="dimp-quote prose">{i().text}</blockquote>
            <TextAreaField
              label={t('dimp.sup.answer')}
              hint={t('dimp.sup.answerHint')}
              rows={4}
              maxLength={5000}
              value={text()}
              onInput={setText}
              error={errors.field('text')}
            />
          </>
        )}
      </Show>
    </FormDialog>
  );
}
