// A cycle's settings as the secretariat set them: year, submission window (and why it is short),
// whether it takes submissions, seats M, the margin, the candidate list's state, ledger, categories.
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../app/i18n';
import type { Cycle } from '../../solicitation/types';

export function CycleSettingsCard(props: { cycle: Cycle }) {
  const c = () => props.cycle;
  return (
    <section class="card" aria-labelledby="cy-settings">
      <h2 class="card-title" id="cy-settings">
        {t('sol.cycle.settings')}
      </h2>
      <dl class="summary">
        <div>
          <dt>{t('sol.cycle.year')}</dt>
          <dd>{c().year}</dd>
        </div>
        <div>
          <dt>{t('sol.cycle.windowSection')}</dt>
          <dd>
            {c().opensOn} – {c().closesOn}（{t('sol.cycle.windowDays', { days: c().windowDays })}）
          </dd>
        </div>
        <Show when={c().windowOverrideReason}>
          <div>
            <dt>{t('sol.cycle.overrideReason')}</dt>
            <dd>{c().windowOverrideReason}</dd>
          </div>
        </Show>
        <div>
          <dt>{t('sol.cycle.windowState')}</dt>
          <dd>{t(c().acceptingSubmissions ? 'sol.cycle.accepting' : c().windowState === 'before' ? 'sol.cycle.notYetOpen' : 'sol.cycle.closed')}</dd>
        </div>
        <div>
          <dt>{t('sol.cycle.seats')}</dt>
          <dd>{c().seats}</dd>
        </div>
        <div>
          <dt>{t('sol.cycle.minMargin')}</dt>
          <dd>{c().minMargin === 0 ? t('sol.cycle.equal') : c().minMargin}</dd>
        </div>
        <div>
          <dt>{t('sol.cycle.list')}</dt>
          <dd>{c().listFixed ? t('sol.list.fixedShort') : t('sol.list.openShort')}</dd>
        </div>
        <div>
          <dt>{t('sol.cycle.ledger')}</dt>
          <dd>
            <A href={`/console/ledgers/${c().ledgerId}`}>{t('sol.cycle.ledgerLink')}</A>
          </dd>
        </div>
        <div class="summary-wide">
          <dt>{t('sol.cycle.categories')}</dt>
          <dd>{c().categories.join('、')}</dd>
        </div>
      </dl>
    </section>
  );
}
