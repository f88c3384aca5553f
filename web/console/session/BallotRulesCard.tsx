// A project ballot's rules (form, seats, most 赞成 per card, pass basis, secrecy, quorum) and its
// candidates, as the ballot page shows them (an evaluation's rules: EvaluationRulesCard).
import { For } from 'solid-js';
import { t } from '../../app/i18n';
import { DEFAULT_QUORUM } from '@contract/domain';
import { wan } from '../../tablet/BallotForm';
import type { BallotView } from '../../tablet/hall-types';

export function BallotRulesCard(props: { ballot: BallotView }) {
  const r = () => props.ballot.rules;
  return (
    <section class="card" aria-labelledby="ses-rules-title">
      <h2 class="card-title" id="ses-rules-title">
        {t('hall.rules.title')}
      </h2>
      <dl class="summary">
        <div>
          <dt>{t('hall.rules.form')}</dt>
          <dd>{r().form === 'choose-up-to' ? t('hall.rules.formChoose') : t('hall.rules.formAra')}</dd>
        </div>
        <div>
          <dt>{t('hall.rules.seats')}</dt>
          <dd>{r().seats}</dd>
        </div>
        <div>
          <dt>{t('hall.rules.maxFor')}</dt>
          <dd>{r().maxFor}</dd>
        </div>
        <div>
          <dt>{t('hall.rules.passBasis')}</dt>
          <dd>{t(`hall.basis.${r().passBasis}`)}</dd>
        </div>
        <div>
          <dt>{t('hall.rules.secrecy')}</dt>
          <dd>{r().secrecy === 'recorded' ? t('hall.rules.recorded') : t('hall.rules.secret')}</dd>
        </div>
        <div>
          <dt>{t('hall.rules.quorum')}</dt>
          <dd>{t('hall.rules.quorumOf', { n: (r().quorum ?? DEFAULT_QUORUM).numerator, d: (r().quorum ?? DEFAULT_QUORUM).denominator })}</dd>
        </div>
      </dl>
      <h3 class="ses-h3">{t('hall.ballots.candidates')}</h3>
      <ol class="ses-cands">
        <For each={props.ballot.candidates}>
          {(c) => (
            <li>
              <span class="ses-cand-title">{c.title}</span>{' '}
              <span class="muted">
                {c.departmentName ?? ''} · {wan(c.estimateYuan)}
              </span>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}
