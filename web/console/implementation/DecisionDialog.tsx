// Recording the standing committee's decision (常委会决定) on a change request: approved or not,
// the decision's date and 文号, a note. Before it is sent the clerk confirms what follows: an
// approval changes the project at once and is published as a notice; either way it is ledgered
// for good.
import { createSignal, Show } from 'solid-js';
import { FormDialog } from '../../app/Dialog';
import { TextAreaField, TextField } from '../../app/fields';
import { t } from '../../app/i18n';
import { InputField, RadioGroup } from '../../solicitation/inputs';
import { createProblemErrors } from '../../solicitation/problems';
import { ChangeDiff, type Terms } from './ChangeDiff';
import { implementationApi, type Change } from './implementation';
import { changeKindLabel, chinaDay, chinaToday } from './labels';

type Outcome = 'approved' | 'rejected';

export function DecisionDialog(props: { change: Change; current?: Partial<Terms> | null; onClose: () => void; onDecided: (c: Change) => void }) {
  const [outcome, setOutcome] = createSignal<Outcome | ''>('');
  const [decidedOn, setDecidedOn] = createSignal(chinaToday());
  const [number, setNumber] = createSignal('');
  const [note, setNote] = createSignal('');
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const errors = createProblemErrors(['outcome', 'decidedOn', 'decisionNumber', 'note'], () => ({
    outcome: outcome(),
    decidedOn: decidedOn(),
    decisionNumber: number(),
    note: note(),
  }));
  const requestedOn = () => chinaDay(props.change.requestedAt);

  const check = () =>
    errors.local(() => ({
      outcome: outcome() ? null : t('sup.decision.outcomeRequired'),
      decidedOn: !decidedOn() ? t('check.required') : decidedOn() < requestedOn() ? t('sup.decision.beforeRequest', { date: requestedOn() }) : null,
      decisionNumber: number().trim() ? null : t('check.required'),
    }));

  const submit = async () => {
    if (!confirming()) {
      if (check()) setConfirming(true);
      return;
    }
    setBusy(true);
    try {
      props.onDecided(
        await implementationApi.decide(props.change.id, {
          outcome: outcome() as Outcome,
          decidedOn: decidedOn(),
          decisionNumber: number().trim(),
          note: note().trim() || null,
        }),
      );
    } catch (err) {
      // Back to the form, where the messages sit at their fields.
      setConfirming(false);
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  const approving = () => outcome() === 'approved';
  return (
    <FormDialog
      open
      title={t('sup.decision.title', { kind: changeKindLabel(props.change.kind), project: props.change.projectTitle ?? '' })}
      submitLabel={confirming() ? (approving() ? t('sup.decision.confirmApprove') : t('sup.decision.confirmReject')) : t('sup.decision.next')}
      danger={confirming() && approving()}
      busy={busy()}
      message={errors.general()}
      onSubmit={submit}
      onClose={() => (confirming() ? setConfirming(false) : props.onClose())}
    >
      <Show
        when={!confirming()}
        fallback={
          <div class="decision-confirm" role="alert">
            <h3 class="subhead">{t('sup.decision.confirmHeading')}</h3>
            <p>{approving() ? t('sup.decision.approveEffect') : t('sup.decision.rejectEffect')}</p>
            <dl class="summary summary-compact">
              <div>
                <dt>{t('sup.decision.outcome')}</dt>
                <dd>
                  <strong>{approving() ? t('sup.decision.approved') : t('sup.decision.rejected')}</strong>
                </dd>
              </div>
              <div>
                <dt>{t('sup.decision.date')}</dt>
                <dd>{decidedOn()}</dd>
              </div>
              <div>
                <dt>{t('sup.decision.number')}</dt>
                <dd>{number().trim()}</dd>
              </div>
            </dl>
            <Show when={approving()}>
              <ChangeDiff change={props.change} current={props.current} />
            </Show>
            <p class="muted small">{t('sup.decision.backHint')}</p>
          </div>
        }
      >
        <section class="decision-request" aria-label={t('sup.decision.request')}>
          <p class="muted small">{t('sup.change.requestedOn', { date: requestedOn() })}</p>
          <ChangeDiff change={props.change} current={props.current} />
          <p class="sup-text">
            <strong>{t('sup.change.reason')}：</strong>
            {props.change.reason}
          </p>
        </section>
        <RadioGroup
          legend={t('sup.decision.outcome')}
          value={outcome()}
          onChange={setOutcome}
          error={errors.field('outcome')}
          options={[
            { value: 'approved', label: t('sup.decision.approved'), hint: t('sup.decision.approvedHint') },
            { value: 'rejected', label: t('sup.decision.rejected'), hint: t('sup.decision.rejectedHint') },
          ]}
        />
        <div class="field-row">
          <InputField
            type="date"
            label={t('sup.decision.date')}
            value={decidedOn()}
            onInput={setDecidedOn}
            min={requestedOn()}
            max={chinaToday()}
            error={errors.field('decidedOn')}
          />
          <TextField
            label={t('sup.decision.number')}
            value={number()}
            onInput={setNumber}
            maxLength={60}
            placeholder={t('sup.decision.numberPlaceholder')}
            error={errors.field('decisionNumber')}
          />
        </div>
        <TextAreaField
          label={t('sup.decision.note')}
          optional
          value={note()}
          onInput={setNote}
          maxLength={2000}
          rows={3}
          error={errors.field('note')}
        />
      </Show>
    </FormDialog>
  );
}
