// Staff type in a suggestion received by the hotline or a letter, then read the tracking code
// back to the caller (or write it in the reply).
import { createSignal, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { Dialog, FormDialog } from '../../app/Dialog';
import { SelectField, TextAreaField, TextField } from '../../app/fields';
import { t } from '../../app/i18n';
import { CheckboxField, InputField, RadioGroup } from '../../solicitation/inputs';
import { createProblemErrors } from '../../solicitation/problems';
import { suggestionsApi } from '../../solicitation/suggestions';
import type { Cycle, Suggestion } from '../../solicitation/types';
import { TrackingCode } from '../../public/TrackingCode';

export function EnterSuggestionDialog(props: { cycle: Cycle; onClose: () => void; onSaved: () => void }) {
  const [form, setForm] = createStore({
    channel: 'hotline' as 'hotline' | 'letter',
    receivedOn: '',
    title: '',
    content: '',
    category: '',
    location: '',
    name: '',
    phone: '',
  });
  const [another, setAnother] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [saved, setSaved] = createSignal<Suggestion | null>(null);
  const errors = createProblemErrors(['channel', 'receivedOn', 'title', 'content', 'category', 'location', 'name', 'phone'], () => ({ ...form }));

  const submit = async () => {
    if (!errors.local(() => ({ title: form.title.trim() ? null : t('check.required'), content: form.content.trim() ? null : t('check.required') })))
      return;
    setBusy(true);
    try {
      const s = await suggestionsApi.enter(props.cycle.id, {
        channel: form.channel,
        receivedOn: form.receivedOn || undefined,
        title: form.title.trim(),
        content: form.content.trim(),
        category: form.category || null,
        location: form.location.trim() || null,
        name: form.name.trim() || null,
        phone: form.phone.trim() || null,
      });
      errors.clear();
      setSaved(s);
      props.onSaved();
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  const startAnother = () => {
    setForm({ title: '', content: '', category: '', location: '', name: '', phone: '' });
    setSaved(null);
  };

  return (
    <Show
      when={!saved()}
      fallback={
        <Dialog open title={t('sol.enter.doneTitle')} onClose={props.onClose}>
          <div class="dialog-form">
            <p>{t('sol.enter.readBack')}</p>
            <TrackingCode code={saved()!.trackingCode} />
            <CheckboxField label={t('sol.enter.another')} checked={another()} onChange={setAnother} />
            <div class="dialog-actions">
              <button type="button" class="btn btn-primary" onClick={() => (another() ? startAnother() : props.onClose())}>
                {another() ? t('sol.enter.next') : t('common.close')}
              </button>
            </div>
          </div>
        </Dialog>
      }
    >
      <FormDialog
        open
        title={t('sol.enter.title')}
        submitLabel={t('sol.enter.submit')}
        busy={busy()}
        message={errors.general()}
        onSubmit={submit}
        onClose={props.onClose}
      >
        <RadioGroup
          legend={t('sol.enter.channel')}
          value={form.channel}
          onChange={(v) => setForm('channel', v)}
          options={[
            { value: 'hotline', label: t('sol.channel.hotline') },
            { value: 'letter', label: t('sol.channel.letter') },
          ]}
        />
        <InputField
          type="date"
          label={t('sol.enter.receivedOn')}
          hint={t('sol.enter.receivedOnHint')}
          optional
          value={form.receivedOn}
          onInput={(v) => setForm('receivedOn', v)}
          error={errors.field('receivedOn')}
        />
        <TextField
          label={t('sol.suggest.titleField')}
          maxLength={60}
          value={form.title}
          onInput={(v) => setForm('title', v)}
          error={errors.field('title')}
        />
        <TextAreaField
          label={t('sol.suggest.content')}
          rows={4}
          maxLength={2000}
          value={form.content}
          onInput={(v) => setForm('content', v)}
          error={errors.field('content')}
        />
        <div class="field-row">
          <SelectField
            label={t('sol.field.category')}
            optional
            value={form.category}
            placeholder={t('sol.suggest.noCategory')}
            options={props.cycle.categories.map((c) => ({ value: c, label: c }))}
            onChange={(v) => setForm('category', v)}
            error={errors.field('category')}
          />
          <TextField
            label={t('sol.suggest.location')}
            optional
            maxLength={100}
            value={form.location}
            onInput={(v) => setForm('location', v)}
            error={errors.field('location')}
          />
        </div>
        <div class="field-row">
          <TextField
            label={t('sol.suggest.name')}
            optional
            maxLength={30}
            value={form.name}
            onInput={(v) => setForm('name', v)}
            error={errors.field('name')}
          />
          <TextField
            label={t('sol.suggest.phone')}
            optional
            type="tel"
            inputMode="tel"
            maxLength={30}
            value={form.phone}
            onInput={(v) => setForm('phone', v)}
            error={errors.field('phone')}
          />
        </div>
      </FormDialog>
    </Show>
  );
}
