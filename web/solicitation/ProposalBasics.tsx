// The proposal form's first section (基本情况): title, category, place, and the responsible
// department (which a deputy leaves to the secretariat).
import { SelectField, TextField } from '../app/fields';
import { t } from '../app/i18n';
import { createLoader } from '../app/loader';
import { departmentsApi } from '../console/departments';
import type { FormMode, ProposalFormState, SetProposalForm } from './proposal-form-state';
import type { ProblemErrors } from './problems';
import type { Cycle } from './types';

export function ProposalBasics(props: { cycle: Cycle; mode: FormMode; form: ProposalFormState; setForm: SetProposalForm; errors: ProblemErrors }) {
  const departments = createLoader(
    () => true,
    () => departmentsApi.listActive(),
  );
  const departmentOptions = () => (departments.data() ?? []).map((d) => ({ value: d.id, label: d.name }));
  return (
    <section class="card form-section">
      <h2 class="card-title">{t('sol.form.basic')}</h2>
      <TextField
        label={t('sol.field.title')}
        hint={t('sol.form.titleHint')}
        maxLength={60}
        value={props.form.title}
        onInput={(v) => props.setForm('title', v)}
        error={props.errors.field('title')}
      />
      <div class="field-row">
        <SelectField
          label={t('sol.field.category')}
          value={props.form.category}
          placeholder={t('sol.form.chooseCategory')}
          options={props.cycle.categories.map((c) => ({ value: c, label: c }))}
          onChange={(v) => props.setForm('category', v)}
          error={props.errors.field('category')}
        />
        <TextField
          label={t('sol.field.location')}
          hint={t('sol.form.locationHint')}
          maxLength={200}
          value={props.form.location}
          onInput={(v) => props.setForm('location', v)}
          error={props.errors.field('location')}
        />
      </div>
      <SelectField
        label={t('sol.field.department')}
        value={props.form.departmentId}
        placeholder={props.mode === 'deputy' ? t('sol.form.departmentBySecretariat') : t('sol.form.chooseDepartment')}
        hint={props.mode === 'deputy' ? t('sol.form.departmentDeputyHint') : undefined}
        options={departmentOptions()}
        onChange={(v) => props.setForm('departmentId', v)}
        error={props.errors.field('departmentId')}
      />
    </section>
  );
}
