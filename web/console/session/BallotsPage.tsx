// 票决: the ballots of the congress, a new ballot on a cycle's fixed candidate list, and a new
// satisfaction evaluation (满意度测评) of a cycle's projects (./evaluation.tsx).
import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { DataTable } from '../../app/DataTable';
import { SelectField, TextField } from '../../app/fields';
import { createFormErrors, type FormErrors } from '../../app/form-errors';
import { t } from '../../app/i18n';
import { Page } from '../../app/Page';
import { session } from '../../app/session';
import type { BallotView } from '../../tablet/hall-types';
import { createNewBallot, LiveCountsField, NewBallotFrame, SecrecyField } from './ballot-basics';
import { isEvaluationBallot } from './evaluation';
import { NewEvaluationDialog } from './evaluation-dialog';
import { ballotsApi, createBallotList, createSittingList } from './hall-api';
import './session.css';

export function StateBadge(props: { state: BallotView['state'] }) {
  return <span class={`badge ses-state ses-state-${props.state}`}>{t(`hall.state.${props.state}`)}</span>;
}

export function BallotsPage() {
  const ballots = createBallotList();
  const sittings = createSittingList();
  const [adding, setAdding] = createSignal(false);
  const [evaluating, setEvaluating] = createSignal(false);
  const sittingTitle = (id: string) => sittings.data()?.find((s) => s.id === id)?.title ?? '';
  return (
    <Page
      title={t('hall.ballots.title')}
      intro={t('hall.ballots.intro')}
      actions={
        <Show when={session.canEdit()}>
          <button type="button" class="btn" onClick={() => setEvaluating(true)}>
            {t('eval.ballots.add')}
          </button>
          <button type="button" class="btn btn-primary" onClick={() => setAdding(true)}>
            {t('hall.ballots.add')}
          </button>
        </Show>
      }
    >
      <Show when={ballots.error()}>
        <p class="form-message" role="alert">
          {ballots.error()}
        </p>
      </Show>
      <DataTable<BallotView>
        caption={t('hall.ballots.caption')}
        rows={ballots.data()}
        loading={ballots.loading()}
        empty={t('hall.ballots.empty')}
        columns={[
          {
            header: t('hall.ballots.name'),
            cell: (b) => (
              <A href={`/console/session/ballots/${b.id}`} class="cell-strong">
                {b.title}
              </A>
            ),
            class: 'col-wrap',
          },
          { header: t('hall.ballots.state'), cell: (b) => <StateBadge state={b.state} />, class: 'col-nowrap' },
          { header: t('hall.sitting.label'), cell: (b) => sittingTitle(b.sittingId), class: 'col-nowrap' },
          {
            header: t('hall.ballots.candidates'),
            cell: (b) =>
              isEvaluationBallot(b)
                ? `${t('eval.kind')} · ${t('eval.ballots.projectsOf', { n: b.candidates.length })}`
                : t('hall.ballots.candidatesOf', { n: b.candidates.length, seats: b.rules.seats }),
            class: 'col-nowrap',
          },
          { header: t('hall.count.cast'), cell: (b) => (b.state === 'draft' ? '—' : `${b.castCount} / ${b.presentCount ?? '—'}`), class: 'col-num' },
        ]}
      />
      <Show when={adding()}>
        <NewBallotDialog
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            void ballots.reload();
          }}
        />
      </Show>
      <Show when={evaluating()}>
        <NewEvaluationDialog
          onClose={() => setEvaluating(false)}
          onSaved={() => {
            setEvaluating(false);
            void ballots.reload();
          }}
        />
      </Show>
    </Page>
  );
}

const NEW_BALLOT = {
  cycleId: '',
  sittingId: '',
  title: '',
  form: 'approve-reject-abstain',
  seats: '',
  maxFor: '',
  passBasis: 'roster',
  secrecy: 'secret',
  liveCounts: false,
};
type BallotForm = typeof NEW_BALLOT;

function NewBallotDialog(props: { onClose: () => void; onSaved: () => void }) {
  const form = createNewBallot<BallotForm>({
    initial: NEW_BALLOT,
    usable: (c) => c.phase === 'balloting' && c.listFixed,
    // A title from the cycle, and its seats.
    fromCycle: (c, f) => ({ title: f.title || t('hall.ballots.defaultTitle', { cycle: c.title }), seats: String(c.seats) }),
    onSaved: () => props.onSaved(),
  });
  const { f, set } = form;
  const errors = createFormErrors(['cycleId', 'sittingId', 'title', 'rules.seats', 'rules.maxFor'], () => ({
    ...f(),
    'rules.seats': f().seats,
    'rules.maxFor': f().maxFor,
  }));

  const num = (s: string) => (s.trim() === '' ? undefined : Number(s));
  const save = async () => {
    const x = f();
    const whole = (s: string) => s === '' || /^\d+$/.test(s);
    if (
      !errors.check(() => ({
        cycleId: f().cycleId ? null : 'hall.ballots.needCycle',
        sittingId: f().sittingId ? null : 'hall.sitting.needOne',
        title: f().title.trim() ? null : 'check.required',
        'rules.seats': whole(f().seats) ? null : 'hall.ballots.needNumber',
        'rules.maxFor': whole(f().maxFor) ? null : 'hall.ballots.needNumber',
      }))
    )
      return;
    await form.send(
      errors,
      () =>
        ballotsApi.create({
          cycleId: x.cycleId,
          sittingId: x.sittingId,
          title: x.title.trim(),
          rules: {
            form: x.form,
            seats: num(x.seats),
            maxFor: num(x.maxFor),
            passBasis: x.passBasis,
            secrecy: x.secrecy,
            liveCounts: x.liveCounts && x.secrecy === 'recorded',
          },
        }),
      (title) => t('hall.ballots.added', { title }),
    );
  };

  return (
    <NewBallotFrame
      title={t('hall.ballots.add')}
      cycleHint={t('hall.ballots.cycleHint')}
      noCycle={t('hall.ballots.noCycle')}
      form={form}
      errors={errors}
      onCycle={(v) => {
        const c = form.usable().find((x) => x.id === v);
        set({ cycleId: v, seats: c ? String(c.seats) : f().seats });
      }}
      onSubmit={save}
      onClose={props.onClose}
    >
      <BallotRulesFields value={f()} errors={errors} set={set} />
    </NewBallotFrame>
  );
}

/** A project ballot's rules: the form, seats and most choices, the basis of a pass, secrecy and live counts. */
function BallotRulesFields(props: { value: BallotForm; errors: FormErrors; set: (patch: Partial<BallotForm>) => void }) {
  return (
    <fieldset class="fieldset">
      <legend class="fieldset-legend">{t('hall.rules.title')}</legend>
      <SelectField
        label={t('hall.rules.form')}
        value={props.value.form}
        onChange={(v) => props.set({ form: v })}
        options={[
          { value: 'approve-reject-abstain', label: t('hall.rules.formAra') },
          { value: 'choose-up-to', label: t('hall.rules.formChoose') },
        ]}
      />
      <div class="field-row">
        <TextField
          label={t('hall.rules.seats')}
          value={props.value.seats}
          onInput={(v) => props.set({ seats: v })}
          inputMode="numeric"
          error={props.errors.field('rules.seats')}
        />
        <TextField
          label={t('hall.rules.maxFor')}
          hint={t('hall.rules.maxForHint')}
          optional
          value={props.value.maxFor}
          onInput={(v) => props.set({ maxFor: v })}
          inputMode="numeric"
          error={props.errors.field('rules.maxFor')}
        />
      </div>
      <div class="field-row">
        <SelectField
          label={t('hall.rules.passBasis')}
          value={props.value.passBasis}
          onChange={(v) => props.set({ passBasis: v })}
          options={[
            { value: 'roster', label: t('hall.basis.roster') },
            { value: 'present', label: t('hall.basis.present') },
          ]}
        />
        <SecrecyField value={props.value.secrecy} onChange={(v) => props.set({ secrecy: v })} />
      </div>
      <LiveCountsField secrecy={props.value.secrecy} checked={props.value.liveCounts} onChange={(v) => props.set({ liveCounts: v })} />
    </fieldset>
  );
}
