// The implementation plan (实施计划): a short summary and the milestones (name, due date) between the
// start of implementation and the deadline. A milestone a progress report has named is history:
// it is shown locked here, and the server refuses a change to it (its message at the field).
import { createSignal, Index, Show, untrack } from 'solid-js';
import { createStore, produce } from 'solid-js/store';
import { FormMessage, TextAreaField, TextField } from '../app/fields';
import { t } from '../app/i18n';
import { toasts } from '../app/toasts';
import { InputField } from '../solicitation/inputs';
import { createProblemErrors } from '../solicitation/problems';
import { departmentProjectsApi, type StaffProjectRecord } from './projects';

interface Row {
  id?: string;
  name: string;
  dueOn: string;
}

const MAX_MILESTONES = 30;

export function PlanForm(props: { record: StaffProjectRecord; onDone: () => void; onCancel?: () => void }) {
  const project = () => props.record.project;
  const plan = untrack(() => project().plan);
  const [form, setForm] = createStore({
    summary: plan.summary ?? '',
    rows: (plan.milestones.length ? plan.milestones.map((m) => ({ id: m.id, name: m.name, dueOn: m.dueOn })) : [{ name: '', dueOn: '' }]) as Row[],
  });
  const errors = createProblemErrors(['summary', 'milestones'], () => ({ summary: form.summary, milestones: form.rows }));
  const [busy, setBusy] = createSignal(false);
  // Milestones some report names (reached, or once reported reached): locked.
  const reported = untrack(() => new Set(props.record.reports.flatMap((r) => r.milestonesReached.map((m) => m.id))));
  const locked = (row: Row) => !!row.id && reported.has(row.id);

  const save = async () => {
    const filled = () => form.rows.filter((r) => r.name.trim() || r.dueOn);
    if (!errors.local(() => ({ milestones: filled().some((r) => !r.name.trim() || !r.dueOn) ? t('dimp.plan.checkRow') : null }))) return;
    const rows = filled();
    setBusy(true);
    try {
      await departmentProjectsApi.setPlan(project().id, {
        summary: form.summary.trim() || null,
        milestones: rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), name: r.name.trim(), dueOn: r.dueOn })),
      });
      toasts.success(t('dimp.plan.saved'));
      props.onDone();
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="dimp-form"
      novalidate
      aria-label={t('dimp.plan.title')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy()) void save();
      }}
    >
      <TextAreaField
        label={t('dimp.plan.summary')}
        optional
        rows={3}
        maxLength={2000}
        value={form.summary}
        onInput={(v) => setForm('summary', v)}
        error={errors.field('summary')}
      />
      <fieldset class="fieldset fieldset-plain dimp-plan" classList={{ 'field-invalid': !!errors.field('milestones') }}>
        <legend class="field-label">{t('dimp.plan.milestones')}</legend>
        <p class="field-hint">{t('dimp.plan.milestonesHint', { start: project().startedOn, deadline: project().deadline })}</p>
        <Index each={form.rows}>
          {(row, i) => (
            <div class="dimp-plan-row" classList={{ 'dimp-locked': locked(row()) }}>
              <TextField label={t('dimp.plan.name', { n: i + 1 })} maxLength={60} value={row().name} onInput={(v) => setForm('rows', i, 'name', v)} />
              <InputField
                type="date"
                label={t('dimp.plan.due')}
                min={project().startedOn}
                max={project().deadline}
                value={row().dueOn}
                onInput={(v) => setForm('rows', i, 'dueOn', v)}
              />
              <Show when={!locked(row())} fallback={<p class="muted small dimp-lock-note">{t('dimp.plan.locked')}</p>}>
                <button
                  type="button"
                  class="btn btn-quiet btn-small"
                  aria-label={t('dimp.plan.removeLabel', { n: i + 1 })}
                  onClick={() => setForm('rows', (list) => list.filter((_, j) => j !== i))}
                >
                  {t('sol.form.remove')}
                </button>
              </Show>
            </div>
          )}
        </Index>
        <Show when={errors.field('milestones')}>
          <p class="field-error" role="alert">
            {errors.field('milestones')}
          </p>
        </Show>
        <button
          type="button"
          class="btn btn-small"
          disabled={form.rows.length >= MAX_MILESTONES}
          onClick={() =>
            setForm(
              'rows',
              produce((list) => {
                list.push({ name: '', dueOn: '' });
              }),
            )
          }
        >
          {t('dimp.plan.add')}
        </button>
      </fieldset>
      <div class="form-footer">
        <FormMessage text={errors.general()} />
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={busy()}>
            {busy() ? t('common.saving') : t('dimp.plan.save')}
          </button>
          <Show when={props.onCancel}>
            <button type="button" class="btn btn-quiet" onClick={() => props.onCancel!()}>
              {t('common.cancel')}
            </button>
          </Show>
        </div>
      </div>
    </form>
  );
}
