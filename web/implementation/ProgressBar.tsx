// A project's progress at a glance: percent complete, and funds disbursed against the budget in
// 万元. Both are real <meter>-like bars drawn with CSS; the numbers are written out beside them, so
// the bar is decoration and screen readers read the text.
import { Show } from 'solid-js';
import { t } from '../app/i18n';
import { wanWithUnit } from '../solicitation/money';
import './implementation.css';

const clamp = (n: number) => Math.max(0, Math.min(100, n));

/** Share of the budget disbursed, in whole percent (floor: never shows 100% before it is). */
export function disbursedShare(disbursedYuan: number, budgetYuan: number): number {
  return budgetYuan > 0 ? Math.floor((disbursedYuan * 100) / budgetYuan) : 0;
}

export function Bar(props: { percent: number; tone?: 'funds' | 'done' }) {
  return (
    <span class={`imp-bar ${props.tone === 'funds' ? 'imp-bar-funds' : ''}`} aria-hidden="true">
      <span class="imp-bar-fill" style={{ width: `${clamp(props.percent)}%` }} />
    </span>
  );
}

/**
 * Percent complete, and (when `budgetYuan` is given) funds disbursed of the budget. `compact`
 * writes each on one line for a list card.
 */
export function ProgressBar(props: { percent: number; disbursedYuan?: number; budgetYuan?: number; compact?: boolean }) {
  const share = () => disbursedShare(props.disbursedYuan ?? 0, props.budgetYuan ?? 0);
  return (
    <div class={`imp-progress ${props.compact ? 'imp-progress-compact' : ''}`}>
      <div class="imp-progress-row">
        <span class="imp-progress-label">{t('prog.bar.percent')}</span>
        <Bar percent={props.percent} tone="done" />
        <span class="imp-progress-value">{t('prog.bar.percentValue', { p: props.percent })}</span>
      </div>
      <Show when={props.budgetYuan !== undefined}>
        <div class="imp-progress-row">
          <span class="imp-progress-label">{t('prog.bar.funds')}</span>
          <Bar percent={share()} tone="funds" />
          <span class="imp-progress-value">{t('prog.bar.fundsShare', { p: share() })}</span>
        </div>
        <p class="imp-progress-money small muted">
          {t('prog.bar.fundsValue', { paid: wanWithUnit(props.disbursedYuan ?? 0), budget: wanWithUnit(props.budgetYuan) })}
        </p>
      </Show>
    </div>
  );
}
