// The proposal form's money section: the estimate in 万元 (echoed in 元), and the funding parts by
// source with their running sum and its difference to the estimate, as they are typed.
import { createMemo, For, Show } from 'solid-js';
import { t } from '../app/i18n';
import { InputField } from './inputs';
import { fundingLabel } from './labels';
import { formatYuan, readWan, wan } from './money';
import type { ProposalFormState, SetProposalForm } from './proposal-form-state';
import type { ProblemErrors } from './problems';
import { readFunding } from './funding';
import { FUNDING_SOURCES } from './types';

export function ProposalFunding(props: { form: ProposalFormState; setForm: SetProposalForm; errors: ProblemErrors }) {
  // The running sum of the funding parts against the estimate, as they are typed.
  const funding = createMemo(() => {
    const estimate = readWan(props.form.estimate);
    const { parts, total, problem } = readFunding(props.form.funding);
    const diff = estimate.kind === 'ok' ? total - estimate.yuan : null;
    return { estimate, total, bad: problem !== null, parts: parts.length, diff };
  });

  return (
    <section class="card form-section">
      <h2 class="card-title">{t('sol.form.moneySection')}</h2>
      <div class="field-row">
        <InputField
          label={t('sol.field.estimateWan')}
          hint={t('sol.form.wanHint')}
          inputMode="decimal"
          suffix="万元"
          maxLength={24}
          value={props.form.estimate}
          onInput={(v) => props.setForm('estimate', v)}
          error={props.errors.field('estimateYuan')}
        />
        <Show when={funding().estimate.kind === 'ok'}>
          <p class="yuan-echo" aria-live="polite">
            = {formatYuan((funding().estimate as { yuan: number }).yuan)} {t('sol.unit.yuan')}
          </p>
        </Show>
      </div>
      <fieldset class="fieldset funding" classList={{ 'field-invalid': !!props.errors.field('funding') }} aria-describedby="pf-funding-sum">
        <legend class="field-label">{t('sol.field.funding')}</legend>
        <p class="field-hint">{t('sol.form.fundingHint')}</p>
        <div class="funding-rows">
          <For each={[...FUNDING_SOURCES]}>
            {(src) => (
              <div class="funding-row">
                <InputField
                  label={fundingLabel(src)}
                  inputMode="decimal"
                  suffix="万元"
                  maxLength={24}
                  value={props.form.funding[src].amount}
                  onInput={(v) => props.setForm('funding', src, 'amount', v)}
                  optional
                />
                <Show when={src === 'other'}>
                  <InputField
                    label={t('sol.form.otherNote')}
                    maxLength={100}
                    value={props.form.funding.other.note}
                    onInput={(v) => props.setForm('funding', 'other', 'note', v)}
                    optional
                  />
                </Show>
              </div>
            )}
          </For>
        </div>
        <div
          id="pf-funding-sum"
          class="funding-sum"
          classList={{
            'sum-ok': funding().diff === 0 && funding().parts > 0 && !funding().bad,
            'sum-off': funding().diff !== null && funding().diff !== 0,
          }}
          aria-live="polite"
          data-testid="funding-sum"
        >
          <span>{t('sol.form.fundingTotal', { total: wan(funding().total) })}</span>
          <Show when={funding().bad}>
            <span class="sum-note">{t('sol.form.fundingBad')}</span>
          </Show>
          <Show when={funding().diff !== null} fallback={<span class="sum-note">{t('sol.form.fundingNoEstimate')}</span>}>
            <Show
              when={funding().diff === 0}
              fallback={
                <span class="sum-note">
                  {funding().diff! < 0
                    ? t('sol.form.fundingShort', { diff: wan(-funding().diff!) })
                    : t('sol.form.fundingOver', { diff: wan(funding().diff!) })}
                </span>
              }
            >
              <span class="sum-note">{t('sol.form.fundingMatches')}</span>
            </Show>
          </Show>
        </div>
        <Show when={props.errors.field('funding')}>
          <p class="field-error" role="alert">
            {props.errors.field('funding')}
          </p>
        </Show>
      </fieldset>
    </section>
  );
}
