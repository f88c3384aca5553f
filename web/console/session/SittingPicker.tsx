// Which sitting (全体会议) the session pages work on: kept in the address (?sitting=), the most
// recent by default; the secretariat can add one.
import { useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, Show } from 'solid-js';
import { FormDialog } from '../../app/Dialog';
import { SelectField, TextField } from '../../app/fields';
import { createFormErrors } from '../../app/form-errors';
import { t } from '../../app/i18n';
import { session } from '../../app/session';
import { toasts } from '../../app/toasts';
import { createSittingList, sittingsApi } from './hall-api';

export function useSittingChoice() {
  const [params, setParams] = useSearchParams<{ sitting?: string }>();
  const list = createSittingList();
  createEffect(() => {
    const all = list.data();
    if (all?.length && !all.some((s) => s.id === params.sitting)) setParams({ sitting: all[0]!.id }, { replace: true });
  });
  return {
    list,
    id: () => (list.data()?.some((s) => s.id === params.sitting) ? params.sitting! : ''),
    set: (id: string) => setParams({ sitting: id }),
  };
}

export function SittingPicker(props: { choice: ReturnType<typeof useSittingChoice> }) {
  const [adding, setAdding] = createSignal(false);
  return (
    <div class="ses-sitting">
      <SelectField
        class="ses-sitting-select"
        label={t('hall.sitting.label')}
        value={props.choice.id()}
        placeholder={props.choice.list.data()?.length ? undefined : t('hall.sitting.none')}
        options={(props.choice.list.data() ?? []).map((s) => ({ value: s.id, label: `${s.title}（${s.date}）` }))}
        onChange={props.choice.set}
      />
      <Show when={session.canEdit()}>
        <button type="button" class="btn" onClick={() => setAdding(true)}>
          {t('hall.sitting.add')}
        </button>
      </Show>
      <Show when={adding()}>
        <NewSittingDialog
          onClose={() => setAdding(false)}
          onSaved={(id) => {
            setAdding(false);
            // eslint-disable-next-line solid/reactivity -- onSaved runs once the dialog saved, not in a tracked scope
            void props.choice.list.reload().then(() => props.choice.set(id));
          }}
        />
      </Show>
    </div>
  );
}

function NewSittingDialog(props: { onClose: () => void; onSaved: (id: string) => void }) {
  const [title, setTitle] = createSignal('');
  const [date, setDate] = createSignal(new Date().toISOString().slice(0, 10));
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors(['title', 'date'], () => ({ title: title(), date: date() }));
  const save = async () => {
    if (
      !errors.check(() => ({
        title: title().trim() ? null : 'check.required',
        date: /^\d{4}-\d{2}-\d{2}$/.test(date()) ? null : 'hall.sitting.dateFormat',
      }))
    )
      return;
    setBusy(true);
    try {
      const s = await sittingsApi.create({ title: title().trim(), date: date() });
      toasts.success(t('hall.sitting.added', { title: s.title }));
      props.onSaved(s.id);
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog
      open
      title={t('hall.sitting.add')}
      submitLabel={t('hall.sitting.add')}
      busy={busy()}
      message={errors.general()}
      onSubmit={save}
      onClose={props.onClose}
    >
      <TextField
        label={t('hall.sitting.title')}
        hint={t('hall.sitting.titleHint')}
        value={title()}
        onInput={setTitle}
        error={errors.field('title')}
        maxLength={100}
      />
      <TextField
        label={t('hall.sitting.date')}
        hint={t('hall.sitting.dateHint')}
        value={date()}
        onInput={setDate}
        error={errors.field('date')}
        maxLength={10}
      />
    </FormDialog>
  );
}
