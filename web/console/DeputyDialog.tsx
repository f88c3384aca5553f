// Add or edit one deputy.
import { A } from '@solidjs/router';
import { createSignal, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import { checkRequired } from '../app/credentials';
import { CheckboxField } from '../solicitation/inputs';
import { FormDialog } from '../app/Dialog';
import { SelectField, TextAreaField, TextField } from '../app/fields';
import { createFormErrors } from '../app/form-errors';
import { t } from '../app/i18n';
import type { Delegation } from './delegations';
import { deputiesApi, type Deputy, type Gender } from './deputies';

export function DeputyDialog(props: {
  /** The deputy to edit, or null to add one. */
  deputy: Deputy | null;
  delegations: Delegation[];
  onClose: () => void;
  onSaved: (deputy: Deputy, added: boolean) => void;
}) {
  const d = untrack(() => props.deputy);
  const [form, setForm] = createStore({
    name: d?.name ?? '',
    delegationId: d?.delegationId ?? untrack(() => (props.delegations.length === 1 ? props.delegations[0]!.id : '')),
    seatNo: d?.seatNo ?? '',
    gender: (d?.gender ?? '') as Gender | '',
    phone: d?.phone ?? '',
    note: d?.note ?? '',
    standingCommittee: d?.standingCommittee ?? false,
  });
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors(['name', 'delegationId', 'seatNo', 'gender', 'phone', 'note'], () => ({ ...form }));

  const submit = async () => {
    const ok = errors.check(() => ({
      name: checkRequired(form.name),
      delegationId: form.delegationId ? null : 'deputies.chooseDelegation',
      seatNo: checkRequired(form.seatNo),
    }));
    if (!ok) return;
    setBusy(true);
    try {
      const input = { ...form, gender: form.gender || null };
      const saved = d ? await deputiesApi.update(d.id, input) : await deputiesApi.create(input);
      props.onSaved(saved, !d);
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open
      title={d ? t('deputies.editTitle', { name: d.name }) : t('deputies.addTitle')}
      submitLabel={d ? t('common.save') : t('deputies.add')}
      busy={busy()}
      message={errors.general()}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <Show when={props.delegations.length === 0}>
        <p class="notice">
          {t('deputies.needDelegation')} <A href="/console/delegations">{t('nav.delegations')}</A>
        </p>
      </Show>
      <div class="field-row">
        <TextField label={t('deputy.name')} maxLength={50} value={form.name} onInput={(v) => setForm('name', v)} error={errors.field('name')} />
        <TextField
          label={t('deputy.seat')}
          hint={t('deputy.seatHint')}
          maxLength={20}
          value={form.seatNo}
          onInput={(v) => setForm('seatNo', v)}
          error={errors.field('seatNo')}
        />
      </div>
      <div class="field-row">
        <SelectField
          label={t('deputy.delegation')}
          value={form.delegationId}
          placeholder={t('deputies.chooseDelegation')}
          options={props.delegations.map((x) => ({ value: x.id, label: x.name }))}
          onChange={(v) => setForm('delegationId', v)}
          error={errors.field('delegationId')}
        />
        <SelectField
          label={t('deputy.gender')}
          value={form.gender}
          placeholder={t('gender.unset')}
          options={[
            { value: 'male', label: t('gender.male') },
            { value: 'female', label: t('gender.female') },
          ]}
          onChange={(v) => setForm('gender', v as Gender | '')}
          error={errors.field('gender')}
        />
      </div>
      <TextField
        label={t('deputy.phone')}
        type="tel"
        inputMode="tel"
        optional
        maxLength={30}
        value={form.phone}
        onInput={(v) => setForm('phone', v)}
        error={errors.field('phone')}
      />
      <TextAreaField
        label={t('deputy.note')}
        optional
        maxLength={200}
        rows={2}
        value={form.note}
        onInput={(v) => setForm('note', v)}
        error={errors.field('note')}
      />
      <CheckboxField
        label={t('deputy.standingCommittee')}
        hint={t('deputy.standingCommitteeHint')}
        checked={form.standingCommittee}
        onChange={(v) => setForm('standingCommittee', v)}
      />
    </FormDialog>
  );
}
