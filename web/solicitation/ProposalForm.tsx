// The proposal form (项目建议书) for departments, deputies (with 联名) and the secretariat's
// corrections. Amounts are typed in 万元 (up to 4 decimals) and sent as integer 元; the funding
// parts show their running sum and the difference to the estimate as they are typed. Whether a
// proposal is complete is the server's call: its messages land next to the fields.
import { createMemo, createSignal, Show, untrack } from 'solid-js';
import { TextAreaField, TextField, FormMessage } from '../app/fields';
import { t } from '../app/i18n';
import { readFunding } from './funding';
import { readWan } from './money';
import { createProblemErrors } from './problems';
import { ProposalBasics } from './ProposalBasics';
import { ProposalCoProposers } from './ProposalCoProposers';
import { createProposalFormState, type FormMode, type ProposalFormState, type SetProposalForm } from './proposal-form-state';
import type { ProblemErrors } from './problems';
import { ProposalFunding } from './ProposalFunding';
import { ProposalSchedule } from './ProposalSchedule';
import { proposalsApi } from './proposals';
import { type Cycle, type Proposal, type ProposalInput } from './types';

export type { FormMode };

const FIELDS = [
  'title',
  'category',
  'background',
  'content',
  'location',
  'departmentId',
  'estimateYuan',
  'funding',
  'deadline',
  'milestones',
  'targets',
  'contactName',
  'contactPhone',
  'coProposerDeputyIds',
] as const;

const yearOfDate = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? Number(d.slice(0, 4)) : null);

/** Years that need a milestone: none within the cycle's year, else each from it to the deadline's. */
export function milestoneYears(cycleYear: number, deadline: string): number[] {
  const last = yearOfDate(deadline);
  if (last === null || last <= cycleYear) return [];
  return Array.from({ length: Math.min(last - cycleYear + 1, 10) }, (_, i) => cycleYear + i);
}

/** What cannot be read as typed (a missing title, an amount that is not 万元), by field. */
function unreadable(form: ProposalFormState): Record<string, string | null> {
  const local: Record<string, string | null> = { title: null, estimateYuan: null, funding: null };
  if (!form.title.trim()) local.title = t('check.required');
  const e = readWan(form.estimate);
  if (e.kind === 'bad') local.estimateYuan = e.message;
  local.funding = readFunding(form.funding).problem;
  return local;
}

/** The form as the API takes it: amounts in 元, blank texts as null, the milestones of the years that need one. */
function proposalInput(form: ProposalFormState, years: number[], mode: FormMode): ProposalInput {
  const estimate = readWan(form.estimate);
  const text = (v: string) => v.trim() || null;
  const input: ProposalInput = {
    title: form.title.trim(),
    category: form.category || null,
    background: text(form.background),
    content: text(form.content),
    location: text(form.location),
    departmentId: form.departmentId || null,
    estimateYuan: estimate.kind === 'ok' ? estimate.yuan : null,
    funding: readFunding(form.funding).parts,
    deadline: form.deadline || null,
    milestones: years.filter((y) => form.milestones[y]?.trim()).map((y) => ({ year: y, goal: form.milestones[y]!.trim() })),
    targets: form.targets
      .filter((x) => x.indicator.trim() || x.value.trim() || x.unit.trim())
      .map((x) => ({ indicator: x.indicator.trim(), value: x.value.trim(), unit: x.unit.trim() })),
    contactName: text(form.contactName),
    contactPhone: text(form.contactPhone),
  };
  if (mode === 'deputy') input.coProposerDeputyIds = form.coProposers.map((d) => d.id);
  return input;
}

export function ProposalForm(props: {
  cycle: Cycle;
  mode: FormMode;
  /** Editing this one; a new proposal when absent. */
  proposal?: Proposal;
  onDone: (proposal: Proposal, action: 'saved' | 'submitted') => void;
  onCancel: () => void;
}) {
  const p = untrack(() => props.proposal);
  const [form, setForm] = createProposalFormState(
    p,
    untrack(() => props.mode),
  );
  const errors = createProblemErrors(FIELDS, () => ({ ...form, estimateYuan: form.estimate }));
  const [busy, setBusy] = createSignal<'' | 'save' | 'submit'>('');

  const years = createMemo(() => milestoneYears(props.cycle.year, form.deadline));

  /** The input for the API, or null when something typed cannot be read (marked at its field). */
  const build = (): ProposalInput | null => {
    // Re-run as the user types once a submit has shown what cannot be read.
    if (!errors.local(() => unreadable(form))) return null;
    return proposalInput(form, years(), props.mode);
  };

  const save = async (action: 'save' | 'submit') => {
    const input = build();
    if (!input) return;
    setBusy(action);
    let saved: Proposal;
    try {
      if (!p) {
        saved = await proposalsApi.create(props.cycle.id, { ...input, title: input.title!, submit: action === 'submit' });
      } else {
        saved = await proposalsApi.update(p.id, input);
        if (action === 'submit') saved = await proposalsApi.submit(p.id);
      }
      errors.clear();
      props.onDone(saved, action === 'submit' ? 'submitted' : 'saved');
    } catch (err) {
      errors.capture(err);
      // The fields are where the messages are; bring the first one into view.
      queueMicrotask(() =>
        document.querySelector<HTMLElement>('.proposal-form .field-invalid, .proposal-form .form-message')?.scrollIntoView({ block: 'center' }),
      );
    } finally {
      setBusy('');
    }
  };

  return (
    <form
      class="proposal-form"
      novalidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(props.mode === 'manage' ? 'save' : 'submit');
      }}
    >
      <Show when={p?.status === 'returned' && p.feedback}>
        <div class="card card-warn" role="note">
          <h2 class="card-title">{t('sol.form.returnedTitle')}</h2>
          <p class="prose">{p!.feedback}</p>
        </div>
      </Show>
      <Show when={!props.cycle.acceptingSubmissions && props.mode !== 'manage' && (!p || (p.status === 'draft' && !p.suggestionId))}>
        <p class="notice">{t('sol.form.windowNotice', { opens: props.cycle.opensOn, closes: props.cycle.closesOn })}</p>
      </Show>

      <ProposalBasics cycle={props.cycle} mode={props.mode} form={form} setForm={setForm} errors={errors} />

      <ProposalContent form={form} setForm={setForm} errors={errors} />

      <ProposalFunding form={form} setForm={setForm} errors={errors} />

      <ProposalSchedule cycle={props.cycle} years={years()} form={form} setForm={setForm} errors={errors} />

      <Show when={props.mode === 'deputy'}>
        <ProposalCoProposers form={form} setForm={setForm} errors={errors} />
      </Show>

      <ProposalContact mode={props.mode} form={form} setForm={setForm} errors={errors} />

      <div class="form-footer">
        <FormMessage text={errors.general()} />
        <div class="form-actions">
          <Show
            when={props.mode !== 'manage'}
            fallback={
              <button type="submit" class="btn btn-primary" disabled={!!busy()}>
                {busy() ? t('common.saving') : t('sol.form.saveCorrection')}
              </button>
            }
          >
            <button type="submit" class="btn btn-primary" disabled={!!busy()}>
              {busy() === 'submit' ? t('sol.form.submitting') : p?.status === 'returned' ? t('sol.form.resubmit') : t('sol.form.submit')}
            </button>
            <button type="button" class="btn" disabled={!!busy()} onClick={() => void save('save')}>
              {busy() === 'save' ? t('common.saving') : t('sol.form.saveDraft')}
            </button>
          </Show>
          <button type="button" class="btn btn-quiet" onClick={() => props.onCancel()}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </form>
  );
}

/** The proposal's background and content, as free text. */
function ProposalContent(props: { form: ProposalFormState; setForm: SetProposalForm; errors: ProblemErrors }) {
  return (
    <section class="card form-section">
      <h2 class="card-title">{t('sol.form.contentSection')}</h2>
      <TextAreaField
        label={t('sol.field.background')}
        rows={5}
        maxLength={5000}
        value={props.form.background}
        onInput={(v) => props.setForm('background', v)}
        error={props.errors.field('background')}
      />
      <TextAreaField
        label={t('sol.field.content')}
        rows={5}
        maxLength={5000}
        value={props.form.content}
        onInput={(v) => props.setForm('content', v)}
        error={props.errors.field('content')}
      />
    </section>
  );
}

/** Whom to ask about the proposal (a deputy's own contact is on file, so the section says so). */
function ProposalContact(props: { mode: FormMode; form: ProposalFormState; setForm: SetProposalForm; errors: ProblemErrors }) {
  return (
    <section class="card form-section">
      <h2 class="card-title">{t('sol.form.contactSection')}</h2>
      <Show when={props.mode === 'deputy'}>
        <p class="field-hint">{t('sol.form.contactDeputyHint')}</p>
      </Show>
      <div class="field-row">
        <TextField
          label={t('sol.field.contactName')}
          maxLength={30}
          value={props.form.contactName}
          onInput={(v) => props.setForm('contactName', v)}
          error={props.errors.field('contactName')}
        />
        <TextField
          label={t('sol.field.contactPhone')}
          type="tel"
          inputMode="tel"
          maxLength={30}
          value={props.form.contactPhone}
          onInput={(v) => props.setForm('contactPhone', v)}
          error={props.errors.field('contactPhone')}
        />
      </div>
    </section>
  );
}
