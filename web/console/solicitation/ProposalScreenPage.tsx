// One proposal under screening: its full materials beside the secretariat's internal notes (必要性,
// 可行性, 财政承受能力, 合法性, 群众意愿 — never shown outside, never ledgered) and the outcome:
// shortlist (with its 责任单位), reject (reason, read by the proposer), merge into another, or
// return for revision.
import { A, useParams } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, on, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import { OUTCOME_FROM } from '@contract/domain';
import { FormMessage, SelectField, TextAreaField } from '../../app/fields';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { Page } from '../../app/Page';
import { session } from '../../app/session';
import { toasts } from '../../app/toasts';
import { departmentsApi } from '../departments';
import { aspectLabel, suggestionStatusLabel } from '../../solicitation/labels';
import { RadioGroup } from '../../solicitation/inputs';
import { StatusPanel } from '../../solicitation/portal/OwnProposalPage';
import { createProblemErrors } from '../../solicitation/problems';
import { ProposalMaterials } from '../../solicitation/ProposalMaterials';
import { createProposal, listAllProposals, proposalsApi } from '../../solicitation/proposals';
import { formatTrackingCode } from '../../solicitation/suggestions';
import { SCREENING_ASPECTS, SCREENING_OUTCOMES, type Proposal, type ScreeningNotes, type ScreeningOutcome } from '../../solicitation/types';

type NotesDraft = Record<string, string>;

const notesBody = (notes: NotesDraft): ScreeningNotes => Object.fromEntries(SCREENING_ASPECTS.map((a) => [a, notes[a]?.trim() || null]));

function NotesForm(props: {
  proposal: Proposal;
  notes: NotesDraft;
  setNote: (aspect: string, text: string) => void;
  onSaved: (p: Proposal) => void;
}) {
  const [busy, setBusy] = createSignal(false);
  const errors = createProblemErrors([...SCREENING_ASPECTS], () => ({ ...props.notes }));
  const save = async () => {
    setBusy(true);
    try {
      props.onSaved(await proposalsApi.saveNotes(props.proposal.id, notesBody(props.notes)));
      errors.clear();
      toasts.success(t('sol.screen.notesSaved'));
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      class="card"
      novalidate
      aria-labelledby="notes-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 class="card-title" id="notes-title">
        {t('sol.screen.notes')}
      </h2>
      <p class="field-hint">{t('sol.screen.notesHint')}</p>
      <For each={[...SCREENING_ASPECTS]}>
        {(a) => (
          <TextAreaField
            label={aspectLabel(a)}
            rows={2}
            maxLength={2000}
            value={props.notes[a] ?? ''}
            onInput={(v) => props.setNote(a, v)}
            error={errors.field(a)}
          />
        )}
      </For>
      <FormMessage text={errors.general()} />
      <div class="form-actions">
        <button type="submit" class="btn" disabled={busy()}>
          {busy() ? t('common.saving') : t('sol.screen.saveNotes')}
        </button>
      </div>
    </form>
  );
}

function OutcomeForm(props: { proposal: Proposal; notes: NotesDraft; onDone: (p: Proposal) => void }) {
  const p = () => props.proposal;
  const allowed = createMemo(() => SCREENING_OUTCOMES.filter((o) => OUTCOME_FROM[o].includes(p().status)));
  const [outcome, setOutcome] = createSignal<ScreeningOutcome | ''>('');
  const [form, setForm] = createStore({ reason: '', departmentId: untrack(() => p().departmentId) ?? '', mergeIntoId: '' });
  const [busy, setBusy] = createSignal(false);
  const errors = createProblemErrors(['reason', 'departmentId', 'mergeIntoId', 'outcome'], () => ({ ...form, outcome: outcome() }));
  const departments = createLoader(
    () => true,
    () => departmentsApi.listActive(),
  );
  // Proposals it may be merged into: still in the running, not itself.
  const targets = createLoader(
    () => (outcome() === 'merge' ? p().cycleId : ''),
    async (cycleId) =>
      (cycleId ? await listAllProposals(cycleId) : []).filter((x) => x.id !== p().id && (x.status === 'submitted' || x.status === 'shortlisted')),
  );
  createEffect(
    on(
      () => p().id,
      () => {
        setOutcome('');
        setForm({ reason: '', departmentId: p().departmentId ?? '', mergeIntoId: '' });
        errors.clear();
      },
      { defer: true },
    ),
  );

  const submit = async () => {
    const o = outcome();
    if (!o) {
      errors.local(() => ({ outcome: outcome() ? null : t('sol.screen.chooseOutcome') }));
      return;
    }
    setBusy(true);
    try {
      const done = await proposalsApi.screen(p().id, {
        outcome: o,
        reason: form.reason.trim() || null,
        ...(o === 'shortlist' && form.departmentId ? { departmentId: form.departmentId } : {}),
        ...(o === 'merge' && form.mergeIntoId ? { mergeIntoId: form.mergeIntoId } : {}),
        // The notes typed so far are kept with the outcome.
        notes: notesBody(props.notes),
      });
      errors.clear();
      toasts.success(t(`sol.screen.done.${o}` as const));
      setOutcome('');
      setForm('reason', '');
      props.onDone(done);
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  const options = () => allowed().map((o) => ({ value: o, label: t(`sol.outcome.${o}` as const), hint: t(`sol.outcome.${o}Hint` as const) }));

  return (
    <form
      class="card outcome-form"
      novalidate
      aria-labelledby="outcome-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 class="card-title" id="outcome-title">
        {t('sol.screen.outcome')}
      </h2>
      <Show
        when={allowed().length}
        fallback={<p class="muted">{p().status === 'draft' ? t('sol.screen.draftNoOutcome') : t('sol.screen.mergedFinal')}</p>}
      >
        <RadioGroup
          legend={t('sol.screen.outcomeLegend')}
          value={outcome()}
          options={options()}
          onChange={setOutcome}
          error={errors.field('outcome')}
        />
        <Show when={outcome() === 'shortlist'}>
          <SelectField
            label={t('sol.field.department')}
            hint={t('sol.screen.departmentHint')}
            value={form.departmentId}
            placeholder={t('sol.form.chooseDepartment')}
            options={(departments.data() ?? []).map((d) => ({ value: d.id, label: d.name }))}
            onChange={(v) => setForm('departmentId', v)}
            error={errors.field('departmentId')}
          />
        </Show>
        <Show when={outcome() === 'merge'}>
          <SelectField
            label={t('sol.screen.mergeInto')}
            value={form.mergeIntoId}
            placeholder={t('sol.screen.chooseMergeTarget')}
            options={(targets.data() ?? []).map((x) => ({ value: x.id, label: `${x.code ?? ''} ${x.title}` }))}
            onChange={(v) => setForm('mergeIntoId', v)}
            error={errors.field('mergeIntoId')}
          />
        </Show>
        <Show when={outcome()}>
          <TextAreaField
            label={outcome() === 'return' ? t('sol.screen.revisionNote') : t('sol.screen.reason')}
            hint={
              outcome() === 'reject'
                ? t('sol.screen.reasonPublicHint')
                : outcome() === 'return'
                  ? t('sol.screen.revisionHint')
                  : t('sol.screen.reasonOptionalHint')
            }
            optional={outcome() === 'shortlist' || outcome() === 'merge'}
            rows={3}
            maxLength={500}
            value={form.reason}
            onInput={(v) => setForm('reason', v)}
            error={errors.field('reason')}
          />
        </Show>
        <FormMessage text={errors.general()} />
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" classList={{ 'btn-danger': outcome() === 'reject' }} disabled={busy()}>
            {busy() ? t('common.saving') : t('sol.screen.record')}
          </button>
        </div>
      </Show>
    </form>
  );
}

/** The outcome and the notes side by side; an outcome also keeps the notes typed so far. */
function ScreeningPanel(props: { proposal: Proposal; onChange: () => void }) {
  const [notes, setNotes] = createStore<NotesDraft>(
    untrack(() => Object.fromEntries(SCREENING_ASPECTS.map((a) => [a, props.proposal.notes?.[a] ?? '']))),
  );
  return (
    <div class="screen-side">
      <OutcomeForm proposal={props.proposal} notes={notes} onDone={props.onChange} />
      <NotesForm proposal={props.proposal} notes={notes} setNote={(a, v) => setNotes(a, v)} onSaved={props.onChange} />
    </div>
  );
}

export function ProposalScreenPage() {
  const params = useParams<{ id: string }>();
  const proposal = createProposal(() => params.id);
  const manage = () => session.canEdit() && proposal.data()?.view === 'manage';
  const correctable = () => manage() && !['draft', 'merged'].includes(proposal.data()?.status ?? 'draft');
  const update = () => void proposal.reload();
  return (
    <Page
      title={proposal.data()?.title ?? t('sol.own.proposal')}
      actions={
        <Show when={proposal.data()}>
          {(p) => (
            <>
              <A href={`/console/cycles/${p().cycleId}/screening`} class="btn">
                {t('sol.screen.backToQueue')}
              </A>
              <Show when={correctable()}>
                <A href={`/console/proposals/${p().id}/edit`} class="btn">
                  {t('sol.screen.correct')}
                </A>
              </Show>
            </>
          )}
        </Show>
      }
    >
      <Show when={proposal.error()}>
        <p class="form-message" role="alert">
          {proposal.error()}
        </p>
      </Show>
      <Show
        when={proposal.data()}
        fallback={
          <Show when={!proposal.error()}>
            <p class="muted">{t('common.loading')}</p>
          </Show>
        }
      >
        {(p) => (
          <div class="screen-layout">
            <div class="screen-main">
              <StatusPanel proposal={p()} />
              <section class="card" aria-labelledby="screen-materials">
                <h2 class="card-title" id="screen-materials">
                  {t('sol.own.materials')}
                </h2>
                <ProposalMaterials proposal={p()} showContact />
              </section>
              <Show when={p().mergedFrom.length || p().suggestions?.length}>
                <section class="card" aria-labelledby="screen-links">
                  <h2 class="card-title" id="screen-links">
                    {t('sol.screen.links')}
                  </h2>
                  <Show when={p().mergedFrom.length}>
                    <h3 class="subhead">{t('sol.screen.mergedFrom')}</h3>
                    <ul class="plain-list">
                      <For each={p().mergedFrom}>
                        {(m) => (
                          <li>
                            <A href={`/console/proposals/${m.id}`}>
                              {m.code ?? ''} {m.title}
                            </A>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                  <Show when={p().suggestions?.length}>
                    <h3 class="subhead">{t('sol.screen.fromSuggestions')}</h3>
                    <ul class="plain-list">
                      <For each={p().suggestions}>
                        {(s) => (
                          <li>
                            <A href={`/console/suggestions/${s.id}`}>
                              <span class="mono">{formatTrackingCode(s.trackingCode)}</span> {s.title}
                            </A>
                            <span class="muted small">（{suggestionStatusLabel(s.status)}）</span>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                </section>
              </Show>
            </div>
            <Show when={manage()}>
              {/* One panel per proposal: typed notes never carry over to another. */}
              <Show when={p().id} keyed>
                {(_id: string) => <ScreeningPanel proposal={p()} onChange={update} />}
              </Show>
            </Show>
          </div>
        )}
      </Show>
    </Page>
  );
}
