// /v#<token>: the same ballot on a deputy's phone, opened by scanning the card's QR code with the
// phone's camera. The token is taken out of the address bar at once (it must not stay in the
// browser's history); without one the page asks for the code.
import { createSignal, Match, onMount, Switch } from 'solid-js';
import { usePageTitle } from '../app/Page';
import { t } from '../app/i18n';
import { normalizeToken } from '../../server/phase2-balloting/domain/card-token';
import { BallotForm } from './BallotForm';
import { CameraBox, CodeField } from './CodeEntry';
import { hallApi } from './device';
import type { CardBallot } from './hall-types';
import { ReceiptView } from './Receipt';
import { lookupProblem, stateProblem } from './TabletPage';
import './hall.css';

type Screen =
  | { kind: 'ask' }
  | { kind: 'looking' }
  | { kind: 'ballot'; ballot: CardBallot; token: string }
  | { kind: 'receipt'; receipt: string }
  | { kind: 'notice'; message: string };

export function PhonePage() {
  usePageTitle(() => t('hall.phone.title'));
  const [screen, setScreen] = createSignal<Screen>({ kind: 'ask' });

  const open = async (raw: string) => {
    const token = normalizeToken(raw);
    if (!token) { setScreen({ kind: 'notice', message: t('hall.card.notACard') }); return; }
    setScreen({ kind: 'looking' });
    try {
      const ballot = await hallApi.lookup(token);
      const problem = stateProblem(ballot);
      setScreen(problem ? { kind: 'notice', message: problem } : { kind: 'ballot', ballot, token });
    } catch (err) {
      setScreen({ kind: 'notice', message: lookupProblem(err) });
    }
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
              <CameraBox onText={(text) => { if (!normalizeToken(text)) return false; void open(text); return true; }} startLabel={t('hall.camera.start')} />
              <CodeField label={t('hall.code.label')} submitLabel={t('hall.code.submit')} onToken={(tk) => void open(tk)} />
            </section>
          </Match>
          <Match when={screen().kind === 'looking'}>
            <p class="kiosk-wait" role="status">{t('hall.card.looking')}</p>
          </Match>
          <Match when={screen().kind === 'notice' && (screen() as Extract<Screen, { kind: 'notice' }>)}>
            {(n) => (
              <section class="phone-panel notice-panel notice-error">
                <h1 class="phone-title" role="alert">{n().message}</h1>
                <p>{t('hall.phone.noticeHelp')}</p>
                <button type="button" class="btn btn-primary btn-big" onClick={() => setScreen({ kind: 'ask' })}>{t('hall.phone.again')}</button>
              </section>
            )}
          </Match>
          <Match when={screen().kind === 'ballot' && (screen() as Extract<Screen, { kind: 'ballot' }>)}>
            {(b) => (
              <BallotForm
                ballot={b().ballot}
                layout="phone"
                cast={(choices) => hallApi.cast(b().ballot.id, b().token, choices)}
                onDone={(receipt) => { setScreen({ kind: 'receipt', receipt }); window.scrollTo(0, 0); }}
                onLeave={() => setScreen({ kind: 'ask' })}
              />
            )}
          </Match>
          <Match when={screen().kind === 'receipt' && (screen() as Extract<Screen, { kind: 'receipt' }>)}>
            {(r) => <ReceiptView receipt={r().receipt} layout="phone" />}
          </Match>
        </Switch>
      </main>
    </div>
  );
}
