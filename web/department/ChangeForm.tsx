// A change request (变更申请) with its reasons: an adjustment (调整) of any of the scope (content,
// place, targets), the budget with funding parts that add up to it exactly, or the deadline; or a
// suspension (暂缓), resumption (恢复) or termination (终止). Only the standing committee's decision
// changes the project; until then the request is pending and may be withdrawn.
import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import { createStore, produce, type SetStoreFunction } from 'solid-js/store';
import { FormMessage, TextAreaField, TextField } from '../app/fields';
import { t } from '../app/i18n';
import { toasts } from '../app/toasts';
import { CheckboxField, InputField, RadioGroup, TargetsEditor } from '../solicitation/inputs';
import { fundingLabel } from '../solicitation/labels';
import { readWan, wan, wanText } from '../solicitation/money';
import { fundingFields, readFunding, type FundingFields } from '../solicitation/funding';
import { createProblemErrors, type ProblemErrors } from '../solicitation/problems';
import { FUNDING_SOURCES, type FundingSource, type Target } from '../solicitation/types';
import { departmentProjectsApi, type Adjustment, type ChangeKind, type StaffProjectRecord } from './projects';

const FIELDS = ['kind', 'reason', 'adjust', 'content', 'location', 'targets', 'budgetYuan', 'funding', 'deadline'];
type Aspect = 'content' | 'location' | 'targets' | 'budget' | 'deadline';
const ASPECTS: Aspect[] = ['content', 'location', 'targets', 'budget', 'deadline'];

/** The funding parts in 万元 with their running sum against the budget typed beside them. */
function FundingEditor(props: {
  budget: string;
  parts: FundingFields;
  onAmount: (src: FundingSource, v: string) => void;
  onNote: (v: string) => void;
  error?: string;
}) {
  const sum = createMemo(() => {
    const budget = readWan(props.budget);
    const { total, problem } = readFunding(props.parts);
    return { total, bad: problem !== null, diff: budget.kind === 'ok' ? total - budget.yuan : null };
  });
  return (
    <fieldset class="fieldset funding" classList={{ 'field-invalid': !!props.error }}>
      <legend class="field-label">{t('sol.field.funding')}</legend>
      <p class="field-hint">{t('dimp.change.fundingHint')}</p>
      <div class="funding-rows">
        <For each={[...FUNDING_SOURCES]}>
          {(src) => (
            <div class="funding-row">
              <InputField
                label={fundingLabel(src)}
                inputMode="decimal"
                suffix="万元"
                maxLength={24}
                value={props.parts[src].amount}
                onInput={(v) => props.onAmount(src, v)}
                optional
              />
              <Show when={src === 'other'}>
                <InputField label={t('sol.form.otherNote')} maxLength={100} value={props.parts.other.note} onInput={props.onNote} optional />
              </Show>
            </div>
          )}
        </For>
      </div>
      <div
        class="funding-sum"
        classList={{ 'sum-ok': sum().diff === 0 && !sum().bad, 'sum-off': sum().diff !== null && sum().diff !== 0 }}
        aria-live="polite"
        data-testid="change-funding-sum"
      >
        <span>{t('sol.form.fundingTotal', { total: wan(sum().total) })}</span>
        <Show when={sum().bad}>
          <span class="sum-note">{t('sol.form.fundingBad')}</span>
        </Show>
        <Show when={sum().diff !== null}>
          <span class="sum-note">
            {sum().diff === 0
              ? t('dimp.change.fundingMatches')
              : sum().diff! < 0
                ? t('dimp.change.fundingShort', { diff: wan(-sum().diff!) })
                : t('dimp.change.fundingOver', { diff: wan(sum().diff!) })}
          </span>
        </Show>
      </div>
      <Show when={props.error}>
        <p class="field-error" role="alert">
          {props.error}
        </p>
      </Show>
    </fieldset>
  );
}

/** The form as the project stands: nothing asked yet, the current terms ready to be changed. */
function initialChangeForm(project: StaffProjectRecord['project']) {
  return {
    kind: '' as ChangeKind | '',
    reason: '',
    aspects: [] as Aspect[],
    content: project.content,
    location: project.location ?? '',
    targets: project.targets.map((x) => ({ ...x })) as Target[],
    budget: wanText(project.budgetYuan),
    funding: fundingFields(project.funding),
    deadline: project.deadline,
  };
}
type ChangeFormState = ReturnType<typeof initialChangeForm>;

/** The request as typed (the adjustment of the aspects ticked) and what is wrong with it, by field. */
function draftOf(form: ChangeFormState): { local: Record<string, string | null>; adjust: Adjustment } {
  const has = (a: Aspect) => form.aspects.includes(a);
  const local: Record<string, string | null> = {};
  if (!form.kind) local.kind = t('dimp.change.checkKind');
  if (!form.reason.trim()) local.reason = t('dimp.change.checkReason');
  const adjust: Adjustment = {};
  if (form.kind === 'adjust') {
    if (!form.aspects.length) local.adjust = t('dimp.change.checkAspect');
    if (has('content')) adjust.content = form.content.trim();
    if (has('location')) adjust.location = form.location.trim();
    if (has('targets')) {
      adjust.targets = form.targets
        .filter((x) => x.indicator.trim() || x.value.trim() || x.unit.trim())
        .map((x) => ({ indicator: x.indicator.trim(), value: x.value.trim(), unit: x.unit.trim() }));
    }
    if (has('budget')) {
      const b = readWan(form.budget);
      if (b.kind === 'bad') local.budgetYuan = b.message;
      else if (b.kind === 'empty') local.budgetYuan = t('check.required');
      else adjust.budgetYuan = b.yuan;
      const funding = readFunding(form.funding);
      if (funding.problem) local.funding = funding.problem;
      adjust.funding = funding.parts;
    }
    if (has('deadline')) adjust.deadline = form.deadline;
  }
  return { local: { kind: null, reason: null, adjust: null, budgetYuan: null, funding: null, ...local }, adjust };
}

export function ChangeForm(props: { record: StaffProjectRecord; onDone: () => void; onCancel: () => void }) {
  const p = () => props.record.project;
  const [form, setForm] = createStore(untrack(() => initialChangeForm(p())));
  const errors = createProblemErrors(FIELDS, () => ({ ...form, adjust: form.aspects, budgetYuan: form.budget }));
  const [busy, setBusy] = createSignal(false);

  // Only what the project's state allows: a suspended project may resume, an active one be suspended.
  const kinds = () => [
    { value: 'adjust' as const, label: t('dimp.change.kind.adjust'), hint: t('dimp.change.kindHint.adjust') },
    ...(p().state === 'active' ? [{ value: 'suspend' as const, label: t('dimp.change.kind.suspend'), hint: t('dimp.change.kindHint.suspend') }] : []),
    ...(p().state === 'suspended' ? [{ value: 'resume' as const, label: t('dimp.change.kind.resume'), hint: t('dimp.change.kindHint.resume') }] : []),
    { value: 'terminate' as const, label: t('dimp.change.kind.terminate'), hint: t('dimp.change.kindHint.terminate') },
  ];

  const build = (): { kind: ChangeKind; reason: string; adjust?: Adjustment } | null => {
    // Re-run as the user types once a submit has shown the messages.
    if (!errors.local(() => draftOf(form).local)) return null;
    const { adjust } = draftOf(form);
    return { kind: form.kind as ChangeKind, reason: form.reason.trim(), ...(form.kind === 'adjust' ? { adjust } : {}) };
  };

  const send = async () => {
    const input = build();
    if (!input) return;
    setBusy(true);
    try {
      await departmentProjectsApi.requestChange(p().id, input);
      toasts.success(t('dimp.change.requested'));
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
      aria-label={t('dimp.change.formTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy()) void send();
      }}
    >
      <RadioGroup
        legend={t('dimp.change.kind')}
        value={form.kind}
        options={kinds()}
        onChange={(v) => setForm('kind', v)}
        error={form.kind ? undefined : errors.field('kind')}
      />
      <Show when={form.kind === 'adjust'}>
        <AdjustmentFields project={p()} form={form} setForm={setForm} errors={errors} />
      </Show>
      <TextAreaField
        label={t('dimp.change.reason')}
        hint={t('dimp.change.reasonHint')}
        rows={4}
        maxLength={2000}
        value={form.reason}
        onInput={(v) => setForm('reason', v)}
        error={errors.field('reason')}
      />
      <div class="form-footer">
        <FormMessage text={errors.general()} />
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={busy()}>
            {busy() ? t('dimp.change.sending') : t('dimp.change.send')}
          </button>
          <button type="button" class="btn btn-quiet" onClick={() => props.onCancel()}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </form>
  );
}

/** What an adjustment changes: the aspects ticked, and for each the new value beside the project's current one. */
function AdjustmentFields(props: {
  project: StaffProjectRecord['project'];
  form: ChangeFormState;
  setForm: SetStoreFunction<ChangeFormState>;
  errors: ProblemErrors;
}) {
  const has = (a: Aspect) => props.form.aspects.includes(a);
  return (
    <>
      <fieldset class="fieldset fieldset-plain" classList={{ 'field-invalid': !!props.errors.field('adjust') }}>
        <legend class="field-label">{t('dimp.change.aspects')}</legend>
        <div class="dimp-aspects">
          <For each={ASPECTS}>
            {(a) => (
              <CheckboxField
                label={t(`dimp.change.aspect.${a}`)}
                checked={has(a)}
                onChange={(on) => props.setForm('aspects', (list) => (on ? [...list, a] : list.filter((x) => x !== a)))}
              />
            )}
          </For>
        </div>
        <Show when={props.errors.field('adjust')}>
          <p class="field-error">{props.errors.field('adjust')}</p>
        </Show>
      </fieldset>
      <Show when={has('content')}>
        <TextAreaField
          label={t('dimp.change.newContent')}
          rows={4}
          maxLength={5000}
          value={props.form.content}
          onInput={(v) => props.setForm('content', v)}
          error={props.errors.field('content')}
        />
      </Show>
      <Show when={has('location')}>
        <TextField
          label={t('dimp.change.newLocation')}
          maxLength={200}
          value={props.form.location}
          onInput={(v) => props.setForm('location', v)}
          error={props.errors.field('location')}
        />
      </Show>
      <Show when={has('targets')}>
        <TargetsEditor
          legend={t('dimp.change.newTargets')}
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
      </Show>
      <Show when={has('budget')}>
        <InputField
          class="dimp-narrow"
          label={t('dimp.change.newBudget')}
          hint={t('dimp.change.budgetHint', { now: wan(props.project.budgetYuan), disbursed: wan(props.project.disbursedYuan) })}
          inputMode="decimal"
          suffix="万元"
          maxLength={24}
          value={props.form.budget}
          onInput={(v) => props.setForm('budget', v)}
          error={props.errors.field('budgetYuan')}
        />
        <FundingEditor
          budget={props.form.budget}
          parts={props.form.funding}
          error={props.errors.field('funding')}
          onAmount={(src, v) => props.setForm('funding', src, 'amount', v)}
          onNote={(v) => props.setForm('funding', 'other', 'note', v)}
        />
      </Show>
      <Show when={has('deadline')}>
        <InputField
          class="dimp-narrow"
          type="date"
          label={t('dimp.change.newDeadline')}
          hint={t('dimp.change.deadlineHint', { now: props.project.deadline })}
          value={props.form.deadline}
          onInput={(v) => props.setForm('deadline', v)}
          error={props.errors.field('deadline')}
        />
      </Show>
    </>
  );
}
