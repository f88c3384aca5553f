// Setting the reporting cadence (报送周期) of the chosen projects. The server starts a new cadence at
// the next boundary both cadences share (the next quarter), so the period under way runs to its end
// and past periods never change — said here before anything is sent.
import { createSignal, Show } from 'solid-js';
import { confirmAction } from '../../app/confirm';
import { SelectField } from '../../app/fields';
import { t } from '../../app/i18n';
import { toasts } from '../../app/toasts';
import { CheckboxField } from '../../solicitation/inputs';
import { CADENCES, implementationApi, type Cadence } from './implementation';
import { cadenceLabel } from './labels';

export function CadenceBar(props: {
  cycleId: string;
  selected: string[];
  allShownSelected: boolean;
  shownCount: number;
  onSelectAllShown: (on: boolean) => void;
  onClear: () => void;
  onDone: () => void;
}) {
  const [cadence, setCadence] = createSignal<Cadence>('quarterly');
  const apply = () => {
    const ids = props.selected;
    if (!ids.length) return;
    confirmAction.ask({
      title: t('sup.cadence.confirmTitle'),
      message: t('sup.cadence.confirmMessage', { n: ids.length, cadence: cadenceLabel(cadence()) }),
      confirmLabel: t('sup.cadence.apply'),
      run: async () => {
        const r = await implementationApi.setCadence(props.cycleId, cadence(), ids);
        toasts.success(
          r.changed.length ? t('sup.cadence.done', { n: r.changed.length, cadence: cadenceLabel(r.cadence) }) : t('sup.cadence.unchanged'),
        );
        props.onDone();
      },
    });
  };
  return (
    <section class="card cadence-bar" aria-labelledby="cadence-title">
      <h2 class="card-title" id="cadence-title">
        {t('sup.cadence.title')}
      </h2>
      <p class="muted small">{t('sup.cadence.explain')}</p>
      <div class="cadence-row">
        <CheckboxField
          label={t('sup.cadence.selectAllShown', { n: props.shownCount })}
          checked={props.allShownSelected}
          onChange={props.onSelectAllShown}
        />
        <SelectField
          label={t('sup.cadence.to')}
          value={cadence()}
          onChange={(v) => setCadence(v as Cadence)}
          options={CADENCES.map((c) => ({ value: c, label: cadenceLabel(c) }))}
        />
        <div class="cadence-go">
          <p class="cadence-count" aria-live="polite">
            {t('sup.cadence.selected', { n: props.selected.length })}
          </p>
          <button type="button" class="btn btn-primary" disabled={!props.selected.length} onClick={apply}>
            {t('sup.cadence.apply')}
          </button>
          <Show when={props.selected.length}>
            <button type="button" class="btn btn-quiet" onClick={() => props.onClear()}>
              {t('sup.cadence.clear')}
            </button>
          </Show>
        </div>
      </div>
    </section>
  );
}
