// The proposal form (项目建议书) for departments, deputies (with 联名) and the secretariat's
// corrections. Amounts are typed in 万元 (up to 4 decimals) and sent as integer 元; the funding
// parts show their running sum and the difference to the estimate as they are typed. Whether a
// proposal is complete is the server's call: its messages land next to the fields.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { createStore, produce } from 'solid-js/store';
import { SelectField, TextAreaField, TextField, FormMessage } from '../app/fields';
import { t } from '../app/i18n';
import { createLoader } from '../app/loader';
import { session } from '../app/session';
import { departmentsApi } from '../console/departments';
import { InputField, TargetsEditor, type TargetRow } from './inputs';
import { fundingLabel } from './labels';
import { formatYuan, readWan, wan, wanText } from './money';
import { createProblemErrors } from './problems';
import { deputyDirectory, proposalsApi, type DirectoryDeputy } from './proposals';
import { FUNDING_SOURCES, type Cycle, type FundingPart, type FundingSource, type Proposal, type ProposalInput } from './types';

export type FormMode = 'department' | 'deputy' | 'manage';

const FIELDS = [
  'title', 'category', 'background', 'content', 'location', 'departmentId', 'estimateYuan', 'funding', 'deadline',
  'milestones', 'targets', 'contactName', 'contactPhone', 'coProposerDeputyIds',
] as const;

const yearOfDate = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? Number(d.slice(0, 4)) : null);

/** Years that need a milestone: none within the cycle's year, else each from it to the deadline's. */
export function milestoneYears(cycleYear: number, deadline: string): number[] {
  const last = yearOfDate(deadline);
  if (last === null || last <= cycleYear) return [];
  return Array.from({ length: Math.min(last - cycleYear + 1, 10) }, (_, i) => cycleYear + i);
}

export function ProposalForm(props: {
  cycle: Cycle;
  mode: FormMode;
  /** Editing this one; a new proposal when absent. */
  proposal?: Proposal;
  onDone: (proposal: Proposal, action: 'saved' | 'submitted') => void;
  onCancel: () => void;
}) {
  const p = props.proposal;
  const departments = createLoader(() => true, () => departmentsApi.listActive());
  const fundingOf = (src: FundingSource) => p?.funding.find((f) => f.source === src);
  const [form, setForm] = createStore({
    title: p?.title ?? '',
    category: p?.category ?? '',
    background: p?.background ?? '',
    content: p?.content ?? '',
    location: p?.location ?? '',
    departmentId: p ? p.departmentId ?? '' : props.mode === 'department' ? session.state.account?.departmentId ?? '' : '',
    estimate: wanText(p?.estimateYuan),
    funding: Object.fromEntries(FUNDING_SOURCES.map((src) => [src, { amount: wanText(fundingOf(src)?.amountYuan), note: fundingOf(src)?.note ?? '' }])) as
      Record<FundingSource, { amount: string; note: string }>,
    deadline: p?.deadline ?? '',
    milestones: Object.fromEntries((p?.milestones ?? []).map((m) => [m.year, m.goal])) as Record<number, string>,
    targets: (p?.targets.length ? p.targets.map((x) => ({ ...x })) : [{ indicator: '', value: '', unit: '' }]) as TargetRow[],
    contactName: p?.contactName ?? '',
    contactPhone: p?.contactPhone ?? '',
    coProposers: (p?.proposer.deputies.filter((d) => !d.lead).map((d) => ({ id: d.id, name: d.name ?? '', delegationName: null })) ?? []) as DirectoryDeputy[],
  });
  const errors = createProblemErrors(FIELDS);
  const [busy, setBusy] = createSignal<'' | 'save' | 'submit'>('');

  const years = createMemo(() => milestoneYears(props.cycle.year, form.deadline));

  // The running sum of the funding parts against the estimate, as they are typed.
  const funding = createMemo(() => {
    const estimate = readWan(form.estimate);
    let total = 0;
    let bad = false;
    let parts = 0;
    for (const src of FUNDING_SOURCES) {
      const r = readWan(form.funding[src].amount);
      if (r.kind === 'bad') bad = true;
      if (r.kind === 'ok') { total += r.yuan; parts++; }
    }
    const diff = estimate.kind === 'ok' ? total - estimate.yuan : null;
    return { estimate, total, bad, parts, diff };
  });

  /** The input for the API, or null when something typed cannot be read (marked at its field). */
  const build = (): ProposalInput | null => {
    const local: Record<string, string | null> = {};
    if (!form.title.trim()) local.title = t('check.required');
    const estimate = readWan(form.estimate);
    if (estimate.kind === 'bad') local.estimateYuan = estimate.message;
    const parts: FundingPart[] = [];
    for (const src of FUNDING_SOURCES) {
      const r = readWan(form.funding[src].amount);
      if (r.kind === 'bad') local.funding = `${fundingLabel(src)}：${r.message}`;
      else if (r.kind === 'ok') parts.push({ source: src, amountYuan: r.yuan, note: src === 'other' ? form.funding.other.note.trim() || null : null });
    }
    if (!errors.local(local)) return null;
    const text = (v: string) => v.trim() || null;
    const input: ProposalInput = {
      title: form.title.trim(),
      category: form.category || null,
      background: text(form.background),
      content: text(form.content),
      location: text(form.location),
      departmentId: form.departmentId || null,
      estimateYuan: estimate.kind === 'ok' ? estimate.yuan : null,
      funding: parts,
      deadline: form.deadline || null,
      milestones: years().filter((y) => form.milestones[y]?.trim()).map((y) => ({ year: y, goal: form.milestones[y]!.trim() })),
      targets: form.targets
        .filter((x) => x.indicator.trim() || x.value.trim() || x.unit.trim())
        .map((x) => ({ indicator: x.indicator.trim(), value: x.value.trim(), unit: x.unit.trim() })),
      contactName: text(form.contactName),
      contactPhone: text(form.contactPhone),
    };
    if (props.mode === 'deputy') input.coProposerDeputyIds = form.coProposers.map((d) => d.id);
    return input;
  };

  const save = async (action: 'save' | 'submit') => {
    const input = build();
    if (!input) return;
    setBusy(action);
    let saved: Proposal | undefined = p;
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
      queueMicrotask(() => document.querySelector<HTMLElement>('.proposal-form .field-invalid, .proposal-form .form-message')?.scrollIntoView({ block: 'center' }));
    } finally {
      setBusy('');
    }
  };

  // ---- 联名 (deputies) ----
  const [coQuery, setCoQuery] = createSignal('');
  const coMatches = createLoader(coQuery, (q) => (q.trim() ? deputyDirectory.find(q.trim()) : Promise.resolve([] as DirectoryDeputy[])));
  const me = () => session.state.account?.deputyId;
  const addCo = (d: DirectoryDeputy) => {
    if (d.id === me() || form.coProposers.some((x) => x.id === d.id)) return;
    setForm('coProposers', (list) => [...list, d]);
  };

  const departmentOptions = () => (departments.data() ?? []).map((d) => ({ value: d.id, label: d.name }));

  return (
    <form class="proposal-form" novalidate onSubmit={(e) => { e.preventDefault(); void save(props.mode === 'manage' ? 'save' : 'submit'); }}>
      <Show when={p?.status === 'returned' && p.feedback}>
        <div class="card card-warn" role="note">
          <h2 class="card-title">{t('sol.form.returnedTitle')}</h2>
          <p class="prose">{p!.feedback}</p>
        </div>
      </Show>
      <Show when={!props.cycle.acceptingSubmissions && props.mode !== 'manage' && (!p || (p.status === 'draft' && !p.suggestionId))}>
        <p class="notice">{t('sol.form.windowNotice', { opens: props.cycle.opensOn, closes: props.cycle.closesOn })}</p>
      </Show>

      <section class="card form-section">
        <h2 class="card-title">{t('sol.form.basic')}</h2>
        <TextField label={t('sol.field.title')} hint={t('sol.form.titleHint')} maxLength={60} value={form.title}
          onInput={(v) => setForm('title', v)} error={errors.field('title')} />
        <div class="field-row">
          <SelectField label={t('sol.field.category')} value={form.category} placeholder={t('sol.form.chooseCategory')}
            options={props.cycle.categories.map((c) => ({ value: c, label: c }))} onChange={(v) => setForm('category', v)} error={errors.field('category')} />
          <TextField label={t('sol.field.location')} hint={t('sol.form.locationHint')} maxLength={200} value={form.location}
            onInput={(v) => setForm('location', v)} error={errors.field('location')} />
        </div>
        <SelectField label={t('sol.field.department')} value={form.departmentId}
          placeholder={props.mode === 'deputy' ? t('sol.form.departmentBySecretariat') : t('sol.form.chooseDepartment')}
          hint={props.mode === 'deputy' ? t('sol.form.departmentDeputyHint') : undefined}
          options={departmentOptions()} onChange={(v) => setForm('departmentId', v)} error={errors.field('departmentId')} />
      </section>

      <section class="card form-section">
        <h2 class="card-title">{t('sol.form.contentSection')}</h2>
        <TextAreaField label={t('sol.field.background')} rows={5} maxLength={5000} value={form.background}
          onInput={(v) => setForm('background', v)} error={errors.field('background')} />
        <TextAreaField label={t('sol.field.content')} rows={5} maxLength={5000} value={form.content}
          onInput={(v) => setForm('content', v)} error={errors.field('content')} />
      </section>

      <section class="card form-section">
        <h2 class="card-title">{t('sol.form.moneySection')}</h2>
        <div class="field-row">
          <InputField label={t('sol.field.estimateWan')} hint={t('sol.form.wanHint')} inputMode="decimal" suffix="万元" maxLength={24}
            value={form.estimate} onInput={(v) => setForm('estimate', v)} error={errors.field('estimateYuan')} />
          <Show when={funding().estimate.kind === 'ok'}>
            <p class="yuan-echo" aria-live="polite">= {formatYuan((funding().estimate as { yuan: number }).yuan)} {t('sol.unit.yuan')}</p>
          </Show>
        </div>
        <fieldset class="fieldset funding" classList={{ 'field-invalid': !!errors.field('funding') }} aria-describedby="pf-funding-sum">
          <legend class="field-label">{t('sol.field.funding')}</legend>
          <p class="field-hint">{t('sol.form.fundingHint')}</p>
          <div class="funding-rows">
            <For each={[...FUNDING_SOURCES]}>
              {(src) => (
                <div class="funding-row">
                  <InputField label={fundingLabel(src)} inputMode="decimal" suffix="万元" maxLength={24} value={form.funding[src].amount}
                    onInput={(v) => setForm('funding', src, 'amount', v)} optional />
                  <Show when={src === 'other'}>
                    <InputField label={t('sol.form.otherNote')} maxLength={100} value={form.funding.other.note}
                      onInput={(v) => setForm('funding', 'other', 'note', v)} optional />
                  </Show>
                </div>
              )}
            </For>
          </div>
          <div id="pf-funding-sum" class="funding-sum" classList={{
            'sum-ok': funding().diff === 0 && funding().parts > 0 && !funding().bad,
            'sum-off': funding().diff !== null && funding().diff !== 0,
          }} aria-live="polite" data-testid="funding-sum">
            <span>{t('sol.form.fundingTotal', { total: wan(funding().total) })}</span>
            <Show when={funding().bad}><span class="sum-note">{t('sol.form.fundingBad')}</span></Show>
            <Show when={funding().diff !== null} fallback={<span class="sum-note">{t('sol.form.fundingNoEstimate')}</span>}>
              <Show when={funding().diff === 0} fallback={
                <span class="sum-note">
                  {funding().diff! < 0
                    ? t('sol.form.fundingShort', { diff: wan(-funding().diff!) })
                    : t('sol.form.fundingOver', { diff: wan(funding().diff!) })}
                </span>
              }>
                <span class="sum-note">{t('sol.form.fundingMatches')}</span>
              </Show>
            </Show>
          </div>
          <Show when={errors.field('funding')}><p class="field-error" role="alert">{errors.field('funding')}</p></Show>
        </fieldset>
      </section>

      <section class="card form-section">
        <h2 class="card-title">{t('sol.form.timeSection')}</h2>
        <InputField type="date" label={t('sol.field.deadline')} hint={t('sol.form.deadlineHint', { year: props.cycle.year })}
          min={`${props.cycle.year}-01-01`} value={form.deadline} onInput={(v) => setForm('deadline', v)} error={errors.field('deadline')} />
        <Show when={years().length > 0}>
          <fieldset class="fieldset milestones" classList={{ 'field-invalid': !!errors.field('milestones') }}>
            <legend class="field-label">{t('sol.field.milestones')}</legend>
            <p class="field-hint">{t('sol.form.milestonesHint', { from: years()[0]!, to: years()[years().length - 1]! })}</p>
            <For each={years()}>
              {(y) => (
                <TextAreaField label={t('sol.form.milestoneFor', { year: y })} rows={2} maxLength={500} value={form.milestones[y] ?? ''}
                  onInput={(v) => setForm('milestones', y, v)} />
              )}
            </For>
            <Show when={errors.field('milestones')}><p class="field-error">{errors.field('milestones')}</p></Show>
          </fieldset>
        </Show>
        <TargetsEditor legend={t('sol.field.targets')} hint={t('sol.form.targetsHint')} targets={form.targets} error={errors.field('targets')}
          onEdit={(i, key, v) => setForm('targets', i, key, v)} onRemove={(i) => setForm('targets', (list) => list.filter((_, j) => j !== i))}
          onAdd={() => setForm('targets', produce((list) => { list.push({ indicator: '', value: '', unit: '' }); }))} />
      </section>

      <Show when={props.mode === 'deputy'}>
        <section class="card form-section">
          <h2 class="card-title">{t('sol.form.jointSection')}</h2>
          <p class="field-hint">{t('sol.form.jointHint')}</p>
          <Show when={form.coProposers.length} fallback={<p class="muted">{t('sol.form.jointNone')}</p>}>
            <ul class="chips" aria-label={t('sol.form.jointChosen')}>
              <For each={form.coProposers}>
                {(d) => (
                  <li class="chip">
                    <span>{d.name}<Show when={d.delegationName}><span class="muted">（{d.delegationName}）</span></Show></span>
                    <button type="button" class="chip-remove" aria-label={t('sol.form.jointRemove', { name: d.name })}
                      onClick={() => setForm('coProposers', (list) => list.filter((x) => x.id !== d.id))}>×</button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <TextField type="search" label={t('sol.form.jointSearch')} placeholder={t('sol.form.jointSearchPlaceholder')}
            value={coQuery()} onInput={setCoQuery} error={errors.field('coProposerDeputyIds')} />
          <Show when={coQuery().trim() && coMatches.data()}>
            <ul class="pick-list" aria-label={t('sol.form.jointMatches')}>
              <For each={(coMatches.data() ?? []).filter((d) => d.id !== me())} fallback={<li class="muted">{t('sol.form.jointNoMatch')}</li>}>
                {(d) => (
                  <li>
                    <span>{d.name}<span class="muted">（{d.delegationName ?? ''}）</span></span>
                    <button type="button" class="btn btn-small" disabled={form.coProposers.some((x) => x.id === d.id)}
                      aria-label={t('sol.form.jointAddLabel', { name: d.name })} onClick={() => addCo(d)}>{t('sol.form.jointAdd')}</button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </section>
      </Show>

      <section class="card form-section">
        <h2 class="card-title">{t('sol.form.contactSection')}</h2>
        <Show when={props.mode === 'deputy'}><p class="field-hint">{t('sol.form.contactDeputyHint')}</p></Show>
        <div class="field-row">
          <TextField label={t('sol.field.contactName')} maxLength={30} value={form.contactName}
            onInput={(v) => setForm('contactName', v)} error={errors.field('contactName')} />
          <TextField label={t('sol.field.contactPhone')} type="tel" inputMode="tel" maxLength={30} value={form.contactPhone}
            onInput={(v) => setForm('contactPhone', v)} error={errors.field('contactPhone')} />
        </div>
      </section>

      <div class="form-footer">
        <FormMessage text={errors.general()} />
        <div class="form-actions">
          <Show when={props.mode !== 'manage'} fallback={
            <button type="submit" class="btn btn-primary" disabled={!!busy()}>{busy() ? t('common.saving') : t('sol.form.saveCorrection')}</button>
          }>
            <button type="submit" class="btn btn-primary" disabled={!!busy()}>
              {busy() === 'submit' ? t('sol.form.submitting') : p?.status === 'returned' ? t('sol.form.resubmit') : t('sol.form.submit')}
            </button>
            <button type="button" class="btn" disabled={!!busy()} onClick={() => void save('save')}>
              {busy() === 'save' ? t('common.saving') : t('sol.form.saveDraft')}
            </button>
          </Show>
          <button type="button" class="btn btn-quiet" onClick={() => props.onCancel()}>{t('common.cancel')}</button>
        </div>
      </div>
    </form>
  );
}
