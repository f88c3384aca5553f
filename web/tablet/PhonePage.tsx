// /v#<token>: the same ballot on a deputy's phone, opened by scanning the card's QR code with the
// phone's camera. The token is taken out of the address bar at once (it must not stay in the
// browser's history); without one the page asks for the code.
import { createSignal, Match, onMount, Switch } from 'solid-js';
import { usePageTitle } from '../app/Page';
import { t } from '../app/i18n';
import { normalizeToken } from '@contract/domain';
import { CardEntry, CardVote, readCard, type CardStep } from './card-flow';
import './hall.css';

type Screen = { kind: 'ask' } | CardStep;

export function PhonePage() {
  usePageTitle(() => t('hall.phone.title'));
  const [screen, setScreen] = createSignal<Screen>({ kind: 'ask' });

  const open = async (raw: string) => {
    if (normalizeToken(raw)) setScreen({ kind: 'looking' });
    setScreen(await readCard(raw));
  };

  onMount(() => {
    const fromUrl = location.hash.slice(1);
    if (fromUrl) {
      history.replaceState(history.state, '', location.pathname);
      void open(decodeURIComponent(fromUrl));
    }
  });

  return (
    <div class="phone">
      <main class="phone-main" id="main">
        <Switch>
          <Match when={screen().kind === 'ask'}>
            <section class="phone-panel">
              <h1 class="phone-title">{t('hall.phone.ask')}</h1>
              <p>{t('hall.phone.askLead')}</p>
              <CardEntry onCard={(raw) => void open(raw)} />
            </section>
          </Match>
          <Match when={screen().kind === 'looking'}>
            <p class="kiosk-wait" role="status">
              {t('hall.card.looking')}
            </p>
          </Match>
          <Match when={screen().kind === 'notice' && (screen() as Extract<Screen, { kind: 'notice' }>)}>
            {(n) => (
              <section class="phone-panel notice-panel notice-error">
                <h1 class="phone-title" role="alert">
                  {n().message}
                </h1>
                <p>{t('hall.phone.noticeHelp')}</p>
                <button type="button" class="btn btn-primary btn-big" onClick={() => setScreen({ kind: 'ask' })}>
                  {t('hall.phone.again')}
                </button>
              </section>
            )}
          </Match>
          <Match when={screen().kind === 'ballot' || screen().kind === 'receipt'}>
            <CardVote
              step={screen() as CardStep}
              layout="phone"
              onReceipt={(receipt) => setScreen({ kind: 'receipt', receipt })}
              onLeave={() => setScreen({ kind: 'ask' })}
            />
          </Match>
        </Switch>
      </main>
    </div>
  );
}
