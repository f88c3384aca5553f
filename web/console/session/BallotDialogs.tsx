// The ballot page's dialogs: closing the ballot (with the paper cards issued) and issuing one
// deputy a card while the ballot is open.
import { createResource, createSignal } from 'solid-js';
import { FormDialog } from '../../app/Dialog';
import { SelectField, TextField } from '../../app/fields';
import { createFormErrors } from '../../app/form-errors';
import { t } from '../../app/i18n';
import type { BallotView } from '../../tablet/hall-types';
import { ballotsApi, sittingsApi } from './hall-api';

export function CloseDialog(props: {
  /** The turnout as the clerk closes: said in the question, with the cards that can then no longer vote. */
  counts: { cards: number; cast: number; present: number | null };
  onClose: () => void;
  onConfirm: (paperIssued: number) => Promise<void>;
}) {
  const [paper, setPaper] = createSignal('0');
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors(['paperIssued'], () => ({ paperIssued: paper() }));
  const save = async () => {
    if (!errors.check(() => ({ paperIssued: /^\d+$/.test(paper().trim()) ? null : 'hall.ballots.needNumber' }))) return;
    setBusy(true);
    try {
      await props.onConfirm(Number(paper().trim()));
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog
      open
      danger
      title={t('hall.control.closeTitle')}
      submitLabel={t('hall.control.close')}
      busy={busy()}
      message={errors.general()}
      onSubmit={save}
      onClose={props.onClose}
    >
      <p class="dialog-text">{t('hall.control.closeMessage')}</p>
      <p class="dialog-text" data-testid="close-numbers">
        {t('ask.close.numbers', {
          cards: props.counts.cards,
          cast: props.counts.cast,
          present: props.counts.present ?? '—',
          unused: Math.max(0, props.counts.cards - props.counts.cast),
        })}
      </p>
      <TextField
        label={t('hall.control.paperIssued')}
        hint={t('hall.control.paperIssuedHint')}
        value={paper()}
        onInput={setPaper}
        inputMode="numeric"
        error={errors.field('paperIssued')}
      />
    </FormDialog>
  );
}

export function IssueDialog(props: {
  ballot: BallotView;
  onClose: () => void;
  onIssued: (doc: { ballot: { id: string; title: string }; cards: import('./hall-api').PrintedCard[] }) => void;
}) {
  const [deputies] = createResource(
    () => props.ballot.sittingId,
    (id) => sittingsApi.attendance(id).then((rows) => rows.filter((r) => r.present)),
  );
  const [deputyId, setDeputyId] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors(['deputyId'], () => ({ deputyId: deputyId() }));
  const save = async () => {
    if (!errors.check(() => ({ deputyId: deputyId() ? null : 'check.required' }))) return;
    setBusy(true);
    try {
      const r = await ballotsApi.issue(props.ballot.id, deputyId());
      props.onIssued({ ballot: r.ballot, cards: [r.card] });
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog
      open
      title={t('hall.cards.issue')}
      submitLabel={t('hall.cards.issueSubmit')}
      busy={busy()}
      message={errors.general()}
      onSubmit={save}
      onClose={props.onClose}
    >
      <p class="dialog-text">{props.ballot.rules.secrecy === 'recorded' ? t('hall.cards.issueRecorded') : t('hall.cards.issueSecret')}</p>
      <SelectField
        label={t('hall.cards.deputy')}
        value={deputyId()}
        onChange={setDeputyId}
        error={errors.field('deputyId')}
        placeholder={deputies.loading ? t('common.loading') : t('hall.cards.pickDeputy')}
        options={(deputies() ?? []).map((d) => ({ value: d.id, label: `${d.seatNo} ${d.name}（${d.delegationName}）` }))}
      />
    </FormDialog>
  );
}
