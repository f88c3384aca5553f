// /tablet: a hall tablet in kiosk mode, all day. Unpaired, it shows only the pairing screen.
// Paired, it waits on "请扫描您的表决卡" for a card (camera, a scanner typing like a keyboard, or
// the code typed by hand), shows the ballot, then the receipt, and returns to the start by itself
// with nothing of the previous ballot left on screen or in memory.
import { createSignal, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import { ApiError } from '../app/api';
import { usePageTitle } from '../app/Page';
import { t } from '../app/i18n';
import { normalizeToken } from '@contract/domain';
import { CardEntry, CardVote, readCard, type CardStep } from './card-flow';
import { hallApi, storeDeviceToken, storedDeviceToken, type TabletIdentity } from './device';
import { useKeyboardWedge } from './scanner';
import { endCardSession } from './large-text';
import { TabletPairing } from './TabletPairing';
import './hall.css';

const HEARTBEAT_MS = 15_000;
/** Seconds the receipt stays (unless the deputy taps 完成) before the tablet clears itself for the next deputy. */
export const RECEIPT_SECONDS = 60;
/** A ballot left untouched this long goes away (the card is unused and can be scanned again). */
const ABANDON_MS = 180_000;
const NOTICE_SECONDS = 8;

type Screen = { kind: 'checking' } | { kind: 'pairing' } | { kind: 'idle' } | CardStep;

export function TabletPage() {
  usePageTitle(() => t('hall.tablet.title'));
  const [screen, setScreen] = createSignal<Screen>({ kind: storedDeviceToken() ? 'checking' : 'pairing' });
  const [me, setMe] = createSignal<TabletIdentity | null>(null);
  const [online, setOnline] = createSignal(true);
  const [unpaired, setUnpaired] = createSignal(false);
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  let abandonTimer: ReturnType<typeof setTimeout> | undefined;

  const toIdle = () => {
    clearTimeout(noticeTimer);
    clearTimeout(abandonTimer);
    endCardSession();
    // A revoked tablet finishes the ballot in hand, then pairs again.
    setScreen(unpaired() ? { kind: 'pairing' } : { kind: 'idle' });
    window.scrollTo(0, 0);
  };

  const notice = (message: string, tone: 'warn' | 'error') => {
    setScreen({ kind: 'notice', message, tone });
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(toIdle, NOTICE_SECONDS * 1000);
  };

  const beat = async () => {
    if (!storedDeviceToken()) return;
    try {
      setMe(await hallApi.me());
      setOnline(true);
      if (screen().kind === 'checking') setScreen({ kind: 'idle' });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        storeDeviceToken(null);
        setMe(null);
        setUnpaired(true);
        const k = screen().kind;
        if (k === 'checking' || k === 'idle' || k === 'notice') setScreen({ kind: 'pairing' });
      } else {
        setOnline(false);
        if (screen().kind === 'checking') setScreen({ kind: 'idle' });
      }
    }
  };

  onMount(() => {
    void beat();
    heartbeat = setInterval(() => void beat(), HEARTBEAT_MS);
    window.addEventListener('online', onOnline);
  });
  const onOnline = () => void beat();
  onCleanup(() => {
    clearInterval(heartbeat);
    clearTimeout(noticeTimer);
    clearTimeout(abandonTimer);
    window.removeEventListener('online', onOnline);
  });

  const open = async (raw: string) => {
    if (normalizeToken(raw)) setScreen({ kind: 'looking' });
    const next = await readCard(raw);
    if (next.kind === 'notice') {
      notice(next.message, next.tone);
      return;
    }
    setScreen(next);
    armAbandon();
    window.scrollTo(0, 0);
  };

  // A deputy who walks away mid-ballot must not leave their choices for the next one.
  const armAbandon = () => {
    clearTimeout(abandonTimer);
    if (screen().kind === 'ballot')
      abandonTimer = setTimeout(() => {
        if (screen().kind === 'ballot' && !sending) toIdle();
      }, ABANDON_MS);
  };
  let sending = false;

  useKeyboardWedge(
    (text) => void open(text),
    () => screen().kind === 'idle' || screen().kind === 'notice',
  );

  return (
    <div class="kiosk" onPointerDown={armAbandon} onKeyDown={armAbandon}>
      <KioskHeader me={me()} online={online()} />
      <main class="kiosk-main" id="main">
        <Switch>
          <Match when={screen().kind === 'checking'}>
            <p class="kiosk-wait" role="status">
              {t('app.loading')}
            </p>
          </Match>
          <Match when={screen().kind === 'pairing'}>
            <TabletPairing
              onPaired={(r) => {
                setMe({ tablet: r.tablet, congress: r.congress });
                setUnpaired(false);
                setOnline(true);
                setScreen({ kind: 'idle' });
              }}
            />
          </Match>
          <Match when={screen().kind === 'idle'}>
            <IdlePanel onCard={(raw) => void open(raw)} />
          </Match>
          <Match when={screen().kind === 'looking'}>
            <p class="kiosk-wait" role="status">
              {t('hall.card.looking')}
            </p>
          </Match>
          <Match when={screen().kind === 'notice' && (screen() as Extract<Screen, { kind: 'notice' }>)}>
            {(n) => <NoticePanel notice={n()} onBack={toIdle} />}
          </Match>
          <Match when={screen().kind === 'ballot' || screen().kind === 'receipt'}>
            <CardVote
              step={screen() as CardStep}
              layout="tablet"
              onSending={() => {
                sending = true;
              }}
              onReceipt={(receipt) => {
                sending = false;
                clearTimeout(abandonTimer);
                setScreen({ kind: 'receipt', receipt });
              }}
              onLeave={() => {
                sending = false;
                toIdle();
              }}
              returnSeconds={RECEIPT_SECONDS}
              onReceiptDone={toIdle}
            />
          </Match>
        </Switch>
      </main>
    </div>
  );
}

/** The congress, the tablet's name and whether it reaches the server. */
function KioskHeader(props: { me: TabletIdentity | null; online: boolean }) {
  return (
    <header class="kiosk-top">
      <span class="kiosk-congress">{props.me?.congress.name ?? t('app.title')}</span>
      <span class="kiosk-status">
        <Show when={props.me}>{(m) => <span class="kiosk-name">{m().tablet.name}</span>}</Show>
        <span class="kiosk-dot" classList={{ 'kiosk-dot-off': !props.online }} role="status">
          {props.online ? t('hall.tablet.online') : t('hall.tablet.offline')}
        </span>
      </span>
    </header>
  );
}

/** Waiting for a card: scanned by the camera or a scanner, or its code typed by hand. */
function IdlePanel(props: { onCard: (raw: string) => void }) {
  return (
    <section class="kiosk-panel idle">
      <div class="idle-card" aria-hidden="true">
        <span class="idle-qr" />
      </div>
      <h1 class="kiosk-title idle-title">{t('hall.idle.title')}</h1>
      <p class="kiosk-lead">{t('hall.idle.lead')}</p>
      <div class="idle-ways">
        <CardEntry onCard={(raw) => props.onCard(raw)} />
      </div>
    </section>
  );
}

/** Why the card was not taken (used, unknown, closed ballot…), until the tablet clears itself or the deputy taps back. */
function NoticePanel(props: { notice: Extract<Screen, { kind: 'notice' }>; onBack: () => void }) {
  return (
    <section class={`kiosk-panel notice-panel notice-${props.notice.tone}`}>
      <h1 class="kiosk-title" role="alert">
        {props.notice.message}
      </h1>
      <p class="kiosk-lead">{t('hall.notice.help')}</p>
      <button type="button" class="btn btn-primary btn-big" onClick={() => props.onBack()}>
        {t('hall.notice.back')}
      </button>
    </section>
  );
}
