// What the hall screens show for this ballot (auto, welcome, candidates, turnout, results): one
// button per mode, the current one pressed.
import { For } from 'solid-js';
import { t } from '../../app/i18n';
import type { BallotView, ScreenMode } from '../../tablet/hall-types';
import { isEvaluationBallot } from './evaluation';

const MODES: ScreenMode[] = ['auto', 'welcome', 'candidates', 'turnout', 'results'];

export function ScreenModeCard(props: { ballot: BallotView; mode: ScreenMode | undefined; busy: boolean; onMode: (m: ScreenMode) => void }) {
  return (
    <section class="card" aria-labelledby="ses-screen-title">
      <h2 class="card-title" id="ses-screen-title">
        {t('hall.control.screen')}
      </h2>
      <p class="muted">{t('hall.control.screenHelp')}</p>
      <div class="ses-modes" role="group" aria-label={t('hall.control.screen')}>
        <For each={MODES}>
          {(m) => (
            <button
              type="button"
              class="btn"
              classList={{ 'btn-primary': props.mode === m }}
              aria-pressed={props.mode === m}
              disabled={props.busy}
              onClick={() => props.onMode(m)}
            >
              {m === 'candidates' && isEvaluationBallot(props.ballot) ? t('eval.mode.candidates') : t(`hall.mode.${m}`)}
            </button>
          )}
        </For>
      </div>
    </section>
  );
}
