// The secretariat sets a project's implementation plan on the department's behalf: a summary and
// milestones (name, due date, within the project's time). A milestone a report has named as reached
// is fixed: it can be neither changed nor removed.
import { createSignal, For, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import { FormDialog } from '../../app/Dialog';
import { TextAreaField, TextField } from '../../app/fields';
import { t } from '../../app/i18n';
import { InputField } from '../../solicitation/inputs';
import { createProblemErrors } from '../../solicitation/problems';
import { implementationApi, type ProjectDetail } from './implementation';

interface Row {
  id?: string;
  name: string;
  dueOn: string;
  reached: boolean;
}

export function PlanDialog(props: { project: ProjectDetail['project']; onClose: () => void; onSaved: () => void }) {
  const plan = untrack(() => props.project.plan);
  const [summary, setSummary] = createSignal(plan.summary ?? '');
  const [rows, setRows] = createStore<Row[]>(plan.milestones.map((m) => ({ id: m.id, name: m.name, dueOn: m.dueOn, reached: m.reachedOn !== null })));
  const [busy, setBusy] = createSignal(false);
  const errors = createProblemErrors(['summary', 'milestones'], () => ({ summary: summary(), milestones: [...rows] }));

  const add = () => setRows(rows.length, { name: '', dueOn: '', reached: false });
  const remove = (i: number) => setRows((list) => list.filter((_, k) => k !== i));

  const save = async () => {
    if (!errors.local(() => ({ milestones: rows.some((r) => !r.name.trim() || !r.dueOn) ? t('sup.plan.rowIncomplete') : null }))) return;
    setBusy(true);
    try {
      await implementationApi.setPlan(props.project.id, {
        summary: summary().trim() || null,
        milestones: rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), name: r.name.trim(), dueOn: r.dueOn })),
      });
      props.onSaved();
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open
      title={t('sup.plan.title', { project: props.project.title })}
      submitLabel={t('sup.plan.save')}
      busy={busy()}
      message={errors.general()}
      onSubmit={save}
      onClose={props.onClose}
    >
      <p class="muted small">{t('sup.plan.explain', { start: props.project.startedOn, deadline: props.project.deadline })}</p>
      <TextAreaField
        label={t('sup.plan.summary')}
        optional
        value={summary()}
        onInput={setSummary}
        maxLength={2000}
        rows={3}
        error={errors.field('summary')}
      />
      <fieldset class="fieldset fieldset-plain" classList={{ 'field-invalid': !!errors.field('milestones') }}>
        <legend class="field-label">{t('sup.plan.milestones')}</legend>
        <Show when={rows.length} fallback={<p class="muted small">{t('sup.plan.noMilestones')}</p>}>
          <ol class="plain-list plan-rows">
            <For each={rows}>
              {(r, i) => (
                <li class="plan-row">
                  <TextField
                    label={t('sup.plan.milestoneName', { n: i() + 1 })}
                    value={r.name}
                    maxLength={60}
                    onInput={(v) => setRows(i(), 'name', v)}
                    hint={r.reached ? t('sup.plan.reachedFixed') : undefined}
                  />
                  <InputField
                    type="date"
                    label={t('sup.plan.due')}
                    value={r.dueOn}
                    min={props.project.startedOn}
                    max={props.project.deadline}
                    onInput={(v) => setRows(i(), 'dueOn', v)}
                  />
                  <button
                    type="button"
                    class="btn btn-danger-quiet plan-remove"
                    disabled={r.reached}
                    aria-label={t('sup.plan.remove', { n: i() + 1 })}
                    onClick={() => remove(i())}
                  >
                    {t('sup.plan.removeShort')}
                  </button>
                </li>
              )}
            </For>
          </ol>
        </Show>
        <Show when={errors.field('milestones')}>
          <p class="field-error">{errors.field('milestones')}</p>
        </Show>
        <button type="button" class="btn" onClick={add}>
          {t('sup.plan.add')}
        </button>
      </fieldset>
    </FormDialog>
  );
}
