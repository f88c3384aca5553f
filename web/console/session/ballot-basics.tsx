// What a new ballot of either kind (project ballot or satisfaction evaluation) shares: its form's
// start (the cycles it may be for, the sittings, the defaults) and its sending, the dialog with its
// first three fields (the cycle, the sitting and the title), and the live-counts switch. Each
// dialog adds its own rules (BallotsPage.tsx, evaluation-dialog.tsx).
import { useNavigate } from '@solidjs/router';
import { createEffect, createSignal, on, Show, type JSX } from 'solid-js';
import { FormDialog } from '../../app/Dialog';
import { SelectField, TextField } from '../../app/fields';
import type { FormErrors } from '../../app/form-errors';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { toasts } from '../../app/toasts';
import { createSittingList, cyclesApi, type Cycle, type Sitting } from './hall-api';

type Basics = { cycleId: string; sittingId: string; title: string };

/**
 * A new ballot's form: `initial` plus the defaults once the lists are in (the first usable cycle
 * with what `fromCycle` takes from it, the latest sitting), and `send`, which creates the ballot,
 * says so and opens its page (a refusal goes to the form's errors).
 */
export function createNewBallot<F extends Basics>(opts: {
  initial: F;
  usable: (c: Cycle) => boolean;
  fromCycle: (c: Cycle, f: F) => Partial<F>;
  onSaved: () => void;
}) {
  const navigate = useNavigate();
  const cycles = createLoader(
    () => true,
    () => cyclesApi.list(),
  );
  const sittings = createSittingList();
  const [f, setF] = createSignal<F>({ ...opts.initial });
  const set = (patch: Partial<F>) => setF((x) => ({ ...x, ...patch }));
  const [busy, setBusy] = createSignal(false);
  const usable = () => (cycles.data() ?? []).filter(opts.usable);

  createEffect(
    on(
      () => [usable(), sittings.data()] as const,
      ([cs, ss]) => {
        if (!f().cycleId && cs.length) set({ cycleId: cs[0]!.id, ...opts.fromCycle(cs[0]!, f()) });
        if (!f().sittingId && ss?.length) set({ sittingId: ss[0]!.id } as Partial<F>);
      },
    ),
  );

  const send = async (errors: FormErrors, create: () => Promise<{ id: string; title: string }>, added: (title: string) => string) => {
    setBusy(true);
    try {
      const b = await create();
      toasts.success(added(b.title));
      opts.onSaved();
      navigate(`/console/session/ballots/${b.id}`);
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return { f, set, busy, cycles, usable, sittings, send };
}

export type NewBallot<F extends Basics> = ReturnType<typeof createNewBallot<F>>;

/** The dialog of a new ballot: its first three fields, then the kind's own (children). */
export function NewBallotFrame<F extends Basics>(props: {
  title: string;
  cycleHint: string;
  noCycle: string;
  form: NewBallot<F>;
  errors: FormErrors;
  onCycle: (id: string) => void;
  onSubmit: () => void;
  onClose: () => void;
  children: JSX.Element;
}) {
  return (
    <FormDialog
      open
      title={props.title}
      submitLabel={t('hall.ballots.create')}
      busy={props.form.busy()}
      message={props.errors.general()}
      onSubmit={() => props.onSubmit()}
      onClose={() => props.onClose()}
    >
      <BallotBasicsFields
        cycles={props.form.usable()}
        cyclesLoading={props.form.cycles.loading()}
        cycleHint={props.cycleHint}
        noCycle={props.noCycle}
        sittings={props.form.sittings.data()}
        value={props.form.f()}
        errors={props.errors}
        onCycle={(v) => props.onCycle(v)}
        onSitting={(v) => props.form.set({ sittingId: v } as Partial<F>)}
        onTitle={(v) => props.form.set({ title: v } as Partial<F>)}
      />
      {props.children}
    </FormDialog>
  );
}

export function BallotBasicsFields(props: {
  cycles: Cycle[];
  cyclesLoading: boolean;
  cycleHint: string;
  noCycle: string;
  sittings: Sitting[] | undefined;
  value: { cycleId: string; sittingId: string; title: string };
  errors: FormErrors;
  onCycle: (id: string) => void;
  onSitting: (id: string) => void;
  onTitle: (title: string) => void;
}) {
  return (
    <>
      <SelectField
        label={t('hall.ballots.cycle')}
        value={props.value.cycleId}
        error={props.errors.field('cycleId')}
        placeholder={props.cyclesLoading ? t('common.loading') : props.cycles.length ? undefined : props.noCycle}
        hint={props.cycleHint}
        options={props.cycles.map((c) => ({ value: c.id, label: c.title }))}
        onChange={(v) => props.onCycle(v)}
      />
      <SelectField
        label={t('hall.sitting.label')}
        value={props.value.sittingId}
        error={props.errors.field('sittingId')}
        placeholder={props.sittings?.length ? undefined : t('hall.sitting.none')}
        options={(props.sittings ?? []).map((s) => ({ value: s.id, label: `${s.title}（${s.date}）` }))}
        onChange={(v) => props.onSitting(v)}
      />
      <TextField
        label={t('hall.ballots.name')}
        value={props.value.title}
        onInput={(v) => props.onTitle(v)}
        error={props.errors.field('title')}
        maxLength={100}
      />
    </>
  );
}

/** Secret (无记名) or recorded (记名): the same choice on either kind of ballot. */
export function SecrecyField(props: { value: string; onChange: (secrecy: string) => void }) {
  return (
    <SelectField
      label={t('hall.rules.secrecy')}
      value={props.value}
      onChange={(v) => props.onChange(v)}
      options={[
        { value: 'secret', label: t('hall.rules.secret') },
        { value: 'recorded', label: t('hall.rules.recorded') },
      ]}
    />
  );
}

/**
 * Running counts on the hall screen: offered only for a recorded (记名) ballot, since anyone noting
 * who voted when could read a secret ballot's choices off them; the hint says so.
 */
export function LiveCountsField(props: { secrecy: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const secret = () => props.secrecy !== 'recorded';
  return (
    <>
      <label class="ses-check">
        <input
          type="checkbox"
          checked={props.checked && !secret()}
          disabled={secret()}
          aria-describedby={secret() ? 'live-counts-hint' : undefined}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        <span>{t('hall.rules.liveCounts')}</span>
      </label>
      <Show when={secret()}>
        <p class="field-hint" id="live-counts-hint">
          {t('hall.rules.liveCountsSecret')}
        </p>
      </Show>
    </>
  );
}
