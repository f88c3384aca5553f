// The tablet's pairing screen: the code shown in the console's tablet list (XXXX-XXXX) pairs this
// tablet with the congress; the device token is kept and the page goes on to wait for cards.
import { createSignal } from 'solid-js';
import { ApiError } from '../app/api';
import { t } from '../app/i18n';
import { hallApi, storeDeviceToken } from './device';

export type Paired = Awaited<ReturnType<typeof hallApi.pair>>;

export function TabletPairing(props: { onPaired: (r: Paired) => void }) {
  const [pairBusy, setPairBusy] = createSignal(false);
  const [pairError, setPairError] = createSignal('');
  const [pairCode, setPairCode] = createSignal('');

  const pair = async (e: Event) => {
    e.preventDefault();
    if (!pairCode().trim()) {
      setPairError(t('hall.pair.empty'));
      return;
    }
    setPairBusy(true);
    setPairError('');
    try {
      const r = await hallApi.pair(pairCode());
      storeDeviceToken(r.deviceToken);
      props.onPaired(r);
      setPairCode('');
    } catch (err) {
      setPairError(err instanceof ApiError && err.status === 0 ? t('hall.card.network') : (err as Error).message);
    } finally {
      setPairBusy(false);
    }
  };

  return (
    <section class="kiosk-panel pair">
      <h1 class="kiosk-title">{t('hall.pair.title')}</h1>
      <p class="kiosk-lead">{t('hall.pair.lead')}</p>
      <form class="code-form" onSubmit={pair} novalidate>
        <label class="code-label" for="pair-code">
          {t('hall.pair.code')}
        </label>
        <div class="code-row">
          <input
            id="pair-code"
            class="input code-input"
            value={pairCode()}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            maxLength={12}
            placeholder="XXXX-XXXX"
            aria-invalid={pairError() ? 'true' : undefined}
            aria-describedby="pair-hint"
            onInput={(e) => setPairCode(e.currentTarget.value)}
          />
          <button type="submit" class="btn btn-primary btn-big" disabled={pairBusy()}>
            {t('hall.pair.submit')}
          </button>
        </div>
        <p id="pair-hint" class="code-hint" classList={{ 'code-error': !!pairError() }} role={pairError() ? 'alert' : undefined}>
          {pairError() || t('hall.pair.hint')}
        </p>
      </form>
    </section>
  );
}
