// Open a cycle, or change its settings: title, year, the solicitation window (at least 30 days
// unless a reason is given), categories, seats M and the margin (差额).
import { createMemo, createSignal, Show, untrack } from 'solid-js';
import { createStore, type SetStoreFunction } from 'solid-js/store';
import { FormDialog } from '../../app/Dialog';
import { TextAreaField, TextField } from '../../app/fields';
import { t } from '../../app/i18n';
import { cyclesApi, DEFAULT_CATEGORIES, MIN_WINDOW_DAYS, windowDays } from '../../solicitation/cycles';
import { CheckboxField, InputField } from '../../solicitation/inputs';
import { createProblemErrors, type ProblemErrors } from '../../solicitation/problems';
import type { Cycle, CycleInput } from '../../solicitation/types';

const FIELDS = ['title', 'year', 'opensOn', 'closesOn', 'windowOverrideReason', 'categories', 'seats', 'minMargin', 'allowEqual'];

/** Today in China (UTC+8) as YYYY-MM-DD, plus `days`. */
function chinaDay(days = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

export function splitCategories(text: string): string[] {
  return text
    .split(/[\n,，、;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The form as a cycle fills it, or a new cycle's: next year, a 45-day window from today. */
function initialForm(c: Cycle | undefined) {
  const nextYear = new Date().getFullYear() + 1;
  return {
    title: c?.title ?? t('sol.cycle.defaultTitle', { year: nextYear }),
    year: String(c?.year ?? nextYear),
    opensOn: c?.opensOn ?? chinaDay(),
    closesOn: c?.closesOn ?? chinaDay(44),
    windowOverrideReason: c?.windowOverrideReason ?? '',
    categories: (c?.categories ?? DEFAULT_CATEGORIES).join('\n'),
    seats: String(c?.seats ?? 10),
    minMargin: String(c?.minMargin ?? 1),
    allowEqual: c?.allowEqual ?? false,
  };
}
type CycleForm = ReturnType<typeof initialForm>;

export function CycleDialog(props: { cycle?: Cycle; onClose: () => void; onSaved: (c: Cycle) => void }) {
  const c = untrack(() => props.cycle);
  const [form, setForm] = createStore(initialForm(c));
  // A new cycle's title follows its year until someone types a title of their own.
  const [titleTouched, setTitleTouched] = createSignal(!!c);
  const [busy, setBusy] = createSignal(false);
  const errors = createProblemErrors(FIELDS, () => ({ ...form }));
  const windowLocked = () => !!c && c.phase !== 'solicitation';
  const ruleLocked = () => !!c && c.listFixed;

  const submit = async () => {
    const int = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN);
    const local = (): Record<string, string | null> => ({
      title: form.title.trim() ? null : t('check.required'),
      year: !c && !(int(form.year) >= 2000 && int(form.year) <= 2100) ? t('sol.cycle.badYear') : null,
      seats: int(form.seats) >= 1 ? null : t('sol.cycle.badSeats'),
      minMargin: int(form.minMargin) >= 0 ? null : t('sol.cycle.badMargin'),
      categories: splitCategories(form.categories).length ? null : t('sol.cycle.noCategories'),
    });
    if (!errors.local(local)) return;
    const input: Omit<CycleInput, 'year'> = {
      title: form.title.trim(),
      opensOn: form.opensOn,
      closesOn: form.closesOn,
      windowOverrideReason: form.windowOverrideReason.trim() || null,
      categories: splitCategories(form.categories),
      seats: int(form.seats),
      minMargin: int(form.minMargin),
      allowEqual: form.allowEqual,
    };
    setBusy(true);
    try {
      if (c) {
        // Only what may still change: the window during solicitation, the rule while the list is open.
        const patch: Partial<CycleInput> = { title: input.title, categories: input.categories };
        if (!windowLocked())
          Object.assign(patch, { opensOn: input.opensOn, closesOn: input.closesOn, windowOverrideReason: input.windowOverrideReason });
        if (!ruleLocked()) Object.assign(patch, { seats: input.seats, minMargin: input.minMargin, allowEqual: input.allowEqual });
        props.onSaved(await cyclesApi.update(c.id, patch));
      } else {
        props.onSaved(await cyclesApi.create({ ...input, year: int(form.year) }));
      }
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open
      title={c ? t('sol.cycle.editTitle') : t('sol.cycle.createTitle')}
      submitLabel={c ? t('common.save') : t('sol.cycle.create')}
      busy={busy()}
      message={errors.general()}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <div class="field-row">
        <Show when={!c}>
          <InputField
            label={t('sol.cycle.year')}
            inputMode="numeric"
            maxLength={4}
            value={form.year}
            error={errors.field('year')}
            onInput={(v) => {
              setForm('year', v);
              if (!titleTouched() && /^\d{4}$/.test(v)) setForm('title', t('sol.cycle.defaultTitle', { year: v }));
            }}
          />
        </Show>
        <TextField
          label={t('sol.cycle.titleField')}
          maxLength={60}
          value={form.title}
          error={errors.field('title')}
          onInput={(v) => {
            setTitleTouched(true);
            setForm('title', v);
          }}
        />
      </div>
      <WindowFields form={form} setForm={setForm} errors={errors} locked={windowLocked()} />
      <RuleFields form={form} setForm={setForm} errors={errors} locked={ruleLocked()} />
      <TextAreaField
        label={t('sol.cycle.categories')}
        hint={t('sol.cycle.categoriesHint')}
        rows={4}
        value={form.categories}
        onInput={(v) => setForm('categories', v)}
        error={errors.field('categories')}
      />
    </FormDialog>
  );
}

/** The solicitation window with its length in days; shorter than the minimum needs a reason (fixed after solicitation). */
function WindowFields(props: { form: CycleForm; setForm: SetStoreFunction<CycleForm>; errors: ProblemErrors; locked: boolean }) {
  const days = createMemo(() => windowDays(props.form.opensOn, props.form.closesOn));
  return (
    <fieldset class="fieldset" disabled={props.locked}>
      <legend class="fieldset-legend">{t('sol.cycle.windowSection')}</legend>
      <Show when={props.locked}>
        <p class="field-hint">{t('sol.cycle.windowLocked')}</p>
      </Show>
      <div class="field-row">
        <InputField
          type="date"
          label={t('sol.cycle.opensOn')}
          value={props.form.opensOn}
          onInput={(v) => props.setForm('opensOn', v)}
          error={props.errors.field('opensOn')}
        />
        <InputField
          type="date"
          label={t('sol.cycle.closesOn')}
          value={props.form.closesOn}
          onInput={(v) => props.setForm('closesOn', v)}
          error={props.errors.field('closesOn')}
        />
      </div>
      <p class="field-hint" aria-live="polite">
        <Show when={days() !== null && days()! > 0} fallback={t('sol.cycle.windowInvalid')}>
          {t('sol.cycle.windowDays', { days: days()! })}
          <Show when={days()! < MIN_WINDOW_DAYS}>
            {' '}
            <strong class="text-warn">{t('sol.cycle.windowShort', { min: MIN_WINDOW_DAYS })}</strong>
          </Show>
        </Show>
      </p>
      <Show when={(days() ?? 0) < MIN_WINDOW_DAYS || props.form.windowOverrideReason || props.errors.field('windowOverrideReason')}>
        <TextAreaField
          label={t('sol.cycle.overrideReason')}
          hint={t('sol.cycle.overrideHint', { min: MIN_WINDOW_DAYS })}
          rows={2}
          maxLength={200}
          value={props.form.windowOverrideReason}
          onInput={(v) => props.setForm('windowOverrideReason', v)}
          error={props.errors.field('windowOverrideReason')}
        />
      </Show>
    </fieldset>
  );
}

/** The list's rule: seats M, the margin and whether an equal list is allowed (fixed once the list is). */
function RuleFields(props: { form: CycleForm; setForm: SetStoreFunction<CycleForm>; errors: ProblemErrors; locked: boolean }) {
  return (
    <fieldset class="fieldset" disabled={props.locked}>
      <legend class="fieldset-legend">{t('sol.cycle.ruleSection')}</legend>
      <Show when={props.locked}>
        <p class="field-hint">{t('sol.cycle.ruleLocked')}</p>
      </Show>
      <div class="field-row">
        <InputField
          label={t('sol.cycle.seats')}
          hint={t('sol.cycle.seatsHint')}
          inputMode="numeric"
          maxLength={4}
          value={props.form.seats}
          onInput={(v) => props.setForm('seats', v)}
          error={props.errors.field('seats')}
        />
        <InputField
          label={t('sol.cycle.minMargin')}
          hint={t('sol.cycle.minMarginHint')}
          inputMode="numeric"
          maxLength={4}
          value={props.form.minMargin}
          onInput={(v) => props.setForm('minMargin', v)}
          error={props.errors.field('minMargin')}
        />
      </div>
      <CheckboxField
        label={t('sol.cycle.allowEqual')}
        hint={t('sol.cycle.allowEqualHint')}
        checked={props.form.allowEqual}
        onChange={(v) => props.setForm('allowEqual', v)}
        error={props.errors.field('allowEqual')}
      />
    </fieldset>
  );
}
