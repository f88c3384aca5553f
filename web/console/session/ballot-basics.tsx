// The first three fields of a new ballot of either kind (project ballot or satisfaction
// evaluation): the cycle, the sitting and the title.
import { Show } from 'solid-js';
import { SelectField, TextField } from '../../app/fields';
import type { FormErrors } from '../../app/form-errors';
import { t } from '../../app/i18n';
import type { Cycle, Sitting } from './hall-api';

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
