// The margin check of the candidate list (差额): candidates against the seats M, the margin the
// cycle asks for, the minimum it makes, and whether the list meets it.
import { Show } from 'solid-js';
import { t } from '../../app/i18n';

export function MarginCheck(props: { count: number; seats: number; minMargin: number; need: number }) {
  const marginOk = () => props.count >= props.need;
  return (
    <section class="card margin-check" classList={{ 'margin-bad': !marginOk() }} aria-labelledby="margin-title">
      <h2 class="card-title" id="margin-title">
        {t('sol.list.marginTitle')}
      </h2>
      <div class="margin-figures">
        <div>
          <span class="figure">{props.count}</span>
          <span class="figure-label">{t('sol.list.candidates')}</span>
        </div>
        <div>
          <span class="figure">{props.seats}</span>
          <span class="figure-label">{t('sol.list.seats')}</span>
        </div>
        <div>
          <span class="figure">{props.minMargin === 0 ? t('sol.cycle.equal') : `≥ ${props.minMargin}`}</span>
          <span class="figure-label">{t('sol.list.margin')}</span>
        </div>
        <div>
          <span class="figure">{props.need}</span>
          <span class="figure-label">{t('sol.list.minimum')}</span>
        </div>
      </div>
      <p class="margin-verdict" aria-live="polite">
        <Show
          when={marginOk()}
          fallback={
            <>
              <span aria-hidden="true">✗ </span>
              {t('sol.list.marginShort', { n: props.need - props.count })}
            </>
          }
        >
          <span aria-hidden="true">✓ </span>
          {t('sol.list.marginOk', { n: props.count, seats: props.seats })}
        </Show>
      </p>
    </section>
  );
}
