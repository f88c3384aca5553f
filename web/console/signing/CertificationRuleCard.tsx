// The congress's certification rule on the signing keys page: how many 总监票人 and scrutineers in
// all must sign before a result is certified. Everyone who certifies reads it; the secretariat
// changes it (with a confirmation that spells out the consequence), except while a ballot is
// tallied and collecting signatures.
import { CERTIFICATION_TOTAL_MAX, certificationRuleProblems } from '@contract/domain';
import type { SigningKey } from '@contract';
import { createEffect, createSignal, on, Show } from 'solid-js';
import { api } from '../../app/api';
import { confirmAction } from '../../app/confirm';
import { FormMessage, TextField } from '../../app/fields';
import { lang, t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { session } from '../../app/session';
import { toasts } from '../../app/toasts';

/** Scrutineers (accounts) with a registered key, and how many of them as 总监票人. */
function registeredSigners(keys: readonly SigningKey[]) {
  const live = keys.filter((k) => k.status === 'registered');
  return {
    registered: new Set(live.map((k) => k.accountId)).size,
    chiefs: new Set(live.filter((k) => k.role === 'chief').map((k) => k.accountId)).size,
  };
}

export function CertificationRuleCard(props: { keys: readonly SigningKey[] }) {
  const state = createLoader(
    () => true,
    () => api.get('/api/congress/certification-rule'),
  );
  const [chief, setChief] = createSignal('');
  const [total, setTotal] = createSignal('');
  const [error, setError] = createSignal('');
  // The form starts from the rule in force, and again after each change.
  createEffect(
    on(state.data, (d) => {
      if (!d) return;
      setChief(String(d.rule.chief));
      setTotal(String(d.rule.total));
    }),
  );

  const ask = () => {
    setError('');
    const s = state.data();
    if (!s) return;
    const next = { chief: Number(chief()), total: Number(total()) };
    if (chief().trim() === '' || total().trim() === '' || !Number.isInteger(next.chief) || !Number.isInteger(next.total))
      return setError(t('rule.whole'));
    const problems = certificationRuleProblems(next);
    if (problems.length) return setError(problems.map((p) => p[lang()]).join(lang() === 'zh' ? '；' : '; '));
    if (next.chief === s.rule.chief && next.total === s.rule.total) return setError(t('rule.unchanged'));
    const have = registeredSigners(props.keys);
    confirmAction.ask({
      title: t('rule.askTitle'),
      message: t('rule.askMessage', {
        chief: next.chief,
        total: next.total,
        fromChief: s.rule.chief,
        fromTotal: s.rule.total,
        registered: have.registered,
        chiefs: have.chiefs,
        short: have.registered < next.total || have.chiefs < next.chief ? t('rule.askShort') : '',
      }),
      confirmLabel: t('rule.save'),
      run: async () => {
        await api.put('/api/congress/certification-rule', { body: next });
        toasts.success(t('rule.saved', next));
        await state.reload();
      },
    });
  };

  return (
    <Show when={state.data()}>
      {(s) => (
        <section class="card stack" aria-labelledby="certification-rule-heading">
          <h2 class="card-title" id="certification-rule-heading">
            {t('rule.heading')}
          </h2>
          <p class="cell-strong" data-testid="certification-rule">
            {t('signing.rule', { chief: s().rule.chief, total: s().rule.total })}
          </p>
          <p class="small muted">{t('rule.help')}</p>
          <Show when={session.may('congress.manage')}>
            <Show
              when={s().pending.length === 0}
              fallback={
                <p class="form-message" role="status">
                  {t('rule.pending', {
                    titles: s()
                      .pending.map((b) => `“${b.title}”`)
                      .join('、'),
                  })}
                </p>
              }
            >
              <form
                class="stack narrow"
                novalidate
                onSubmit={(e) => {
                  e.preventDefault();
                  ask();
                }}
              >
                <TextField label={t('rule.chief')} type="number" inputMode="numeric" value={chief()} onInput={setChief} />
                <TextField
                  label={t('rule.total')}
                  hint={t('rule.totalHint', { max: CERTIFICATION_TOTAL_MAX })}
                  type="number"
                  inputMode="numeric"
                  value={total()}
                  onInput={setTotal}
                />
                <FormMessage text={error()} />
                <div class="form-actions">
                  <button type="submit" class="btn btn-primary">
                    {t('rule.save')}
                  </button>
                </div>
              </form>
            </Show>
          </Show>
        </section>
      )}
    </Show>
  );
}
