// The public suggestion form: a title and a few words, optionally a category, a place, a name and
// a phone (seen only by the congress's staff). The answer is a tracking code, shown large, with the
// way to the tracking page.
import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { FormMessage, SelectField, TextAreaField, TextField } from '../app/fields';
import { t } from '../app/i18n';
import { createLoader } from '../app/loader';
import { createProblemErrors } from '../solicitation/problems';
import { publicApi } from '../solicitation/public-api';
import type { Cycle, SuggestionReceipt } from '../solicitation/types';
import { congressName } from './public-data';
import { PublicFrame } from './PublicFrame';
import { TrackingCode } from './TrackingCode';
import { useCyclePath, usePageCycleId } from './portal/year-address';

const FIELDS = ['title', 'content', 'category', 'location', 'name', 'phone'];

export function SuggestPage() {
  const cycleId = usePageCycleId();
  const cyclePath = useCyclePath();
  const cycle = createLoader(
    () => cycleId(),
    (id) => publicApi.cycle(id),
  );
  const name = congressName(() => cycle.data()?.congressId);
  const [receipt, setReceipt] = createSignal<SuggestionReceipt | null>(null);
  const sent = (r: SuggestionReceipt) => {
    setReceipt(r);
    window.scrollTo(0, 0);
    // Screen readers hear the outcome: focus goes to the receipt's heading.
    queueMicrotask(() => document.getElementById('receipt-title')?.focus());
  };
  return (
    <PublicFrame
      title={receipt() ? t('sol.suggest.thanksTitle') : t('sol.suggest.title')}
      congressName={name()}
      congressId={cycle.data()?.congressId}
    >
      <Show when={cycle.error()}>
        <p class="form-message" role="alert">
          {cycle.error()}
        </p>
      </Show>
      <Show
        when={cycle.data()}
        fallback={
          <Show when={!cycle.error()}>
            <p class="muted">{t('common.loading')}</p>
          </Show>
        }
      >
        {(c) => (
          <Show when={!receipt()} fallback={<SuggestReceipt receipt={receipt()!} onAgain={() => setReceipt(null)} />}>
            <h1 class="public-title">{t('sol.suggest.title')}</h1>
            <p class="public-sub">{c().title}</p>
            <Show
              when={c().acceptingSubmissions}
              fallback={
                <div class="notice">
                  <p>
                    {c().windowState === 'before'
                      ? t('sol.suggest.notYet', { opens: c().opensOn, closes: c().closesOn })
                      : t('sol.suggest.closed', { opens: c().opensOn, closes: c().closesOn })}
                  </p>
                  <A href={cyclePath(c().id, 'candidates')}>{t('sol.public.details')}</A>
                </div>
              }
            >
              <p class="muted small">{t('sol.suggest.intro', { closes: c().closesOn, year: c().year })}</p>
              <SuggestForm cycle={c()} onSent={sent} />
            </Show>
          </Show>
        )}
      </Show>
    </PublicFrame>
  );
}

/** The suggestion itself; a new one starts empty (the form is made anew after a receipt). */
function SuggestForm(props: { cycle: Cycle; onSent: (receipt: SuggestionReceipt) => void }) {
  const [form, setForm] = createStore({ title: '', content: '', category: '', location: '', name: '', phone: '' });
  const [busy, setBusy] = createSignal(false);
  const errors = createProblemErrors(FIELDS, () => ({ ...form }));

  const submit = async () => {
    const required = (v: string) => (v.trim() ? null : t('check.required'));
    if (!errors.local(() => ({ title: required(form.title), content: required(form.content) }))) return;
    setBusy(true);
    try {
      const r = await publicApi.suggest(props.cycle.id, {
        title: form.title.trim(),
        content: form.content.trim(),
        category: form.category || null,
        location: form.location.trim() || null,
        name: form.name.trim() || null,
        phone: form.phone.trim() || null,
      });
      errors.clear();
      props.onSent(r);
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="card public-form"
      novalidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TextField
        label={t('sol.suggest.titleField')}
        hint={t('sol.suggest.titleHint')}
        maxLength={60}
        value={form.title}
        onInput={(v) => setForm('title', v)}
        error={errors.field('title')}
      />
      <TextAreaField
        label={t('sol.suggest.content')}
        hint={t('sol.suggest.contentHint', { n: Array.from(form.content).length })}
        rows={6}
        maxLength={2000}
        value={form.content}
        onInput={(v) => setForm('content', v)}
        error={errors.field('content')}
      />
      <SelectField
        label={t('sol.field.category')}
        optional
        value={form.category}
        placeholder={t('sol.suggest.noCategory')}
        options={props.cycle.categories.map((x) => ({ value: x, label: x }))}
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
      <fieldset class="fieldset fieldset-plain">
        <legend class="field-label">{t('sol.suggest.aboutYou')}</legend>
        <p class="field-hint">{t('sol.suggest.privacy')}</p>
        <TextField
          label={t('sol.suggest.name')}
          optional
          maxLength={30}
          autocomplete="name"
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
          autocomplete="tel"
          value={form.phone}
          onInput={(v) => setForm('phone', v)}
          error={errors.field('phone')}
        />
      </fieldset>
      <FormMessage text={errors.general()} />
      <button type="submit" class="btn btn-primary btn-wide" disabled={busy()}>
        {busy() ? t('sol.suggest.sending') : t('sol.suggest.submit')}
      </button>
    </form>
  );
}

/** The tracking code, shown large, with the way to the tracking page or to another suggestion. */
function SuggestReceipt(props: { receipt: SuggestionReceipt; onAgain: () => void }) {
  return (
    <div class="card card-ok receipt">
      <h1 class="public-title" id="receipt-title" tabindex="-1">
        {t('sol.suggest.thanksTitle')}
      </h1>
      <p>{t('sol.suggest.thanks', { cycle: props.receipt.cycle.title, date: props.receipt.receivedOn })}</p>
      <TrackingCode code={props.receipt.trackingCode} />
      <p class="small">{t('sol.suggest.keepCode')}</p>
      <div class="public-actions">
        <A href={`/public/track/${props.receipt.trackingCode}`} class="btn btn-primary">
          {t('sol.suggest.trackNow')}
        </A>
        <button type="button" class="btn" onClick={() => props.onAgain()}>
          {t('sol.suggest.another')}
        </button>
      </div>
    </div>
  );
}
