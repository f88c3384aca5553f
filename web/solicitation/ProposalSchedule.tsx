// The proposal form's time section: the deadline, a milestone for each year when it runs past the
// cycle's year, and the targets.
import { For, Show } from 'solid-js';
import { produce } from 'solid-js/store';
import { TextAreaField } from '../app/fields';
import { t } from '../app/i18n';
import { InputField, TargetsEditor } from './inputs';
import type { ProposalFormState, SetProposalForm } from './proposal-form-state';
import type { ProblemErrors } from './problems';
import type { Cycle } from './types';

export function ProposalSchedule(props: { cycle: Cycle; years: number[]; form: ProposalFormState; setForm: SetProposalForm; errors: ProblemErrors }) {
  const years = () => props.years;
  return (
    <section class="card form-section">
      <h2 class="card-title">{t('sol.form.timeSection')}</h2>
      <InputField
        type="date"
        label={t('sol.field.deadline')}
        hint={t('sol.form.deadlineHint', { year: props.cycle.year })}
        min={`${props.cycle.year}-01-01`}
        value={props.form.deadline}
        onInput={(v) => props.setForm('deadline', v)}
        error={props.errors.field('deadline')}
      />
      <Show when={years().length > 0}>
        <fieldset class="fieldset milestones" classList={{ 'field-invalid': !!props.errors.field('milestones') }}>
          <legend class="field-label">{t('sol.field.milestones')}</legend>
          <p class="field-hint">{t('sol.form.milestonesHint', { from: years()[0]!, to: years()[years().length - 1]! })}</p>
          <For each={years()}>
            {(y) => (
              <TextAreaField
                label={t('sol.form.milestoneFor', { year: y })}
                rows={2}
                maxLength={500}
                value={props.form.milestones[y] ?? ''}
                onInput={(v) => props.setForm('milestones', y, v)}
              />
            )}
          </For>
          <Show when={props.errors.field('milestones')}>
            <p class="field-error">{props.errors.field('milestones')}</p>
          </Show>
        </fieldset>
      </Show>
      <TargetsEditor
        legend={t('sol.field.targets')}
        hint={t('sol.form.targetsHint')}
        targets={props.form.targets}
        error={props.errors.field('targets')}
        onEdit={(i, key, v) => props.setForm('targets', i, key, v)}
        onRemove={(i) => props.setForm('targets', (list) => list.filter((_, j) => j !== i))}
        onAdd={() =>
          props.setForm(
            'targets',
            produce((list) => {
              list.push({ indicator: '', value: '', unit: '' });
            }),
          )
        }
      />
    </section>
  );
}
