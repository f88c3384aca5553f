// Getting a card's code in: the camera box and the typed-code field. Shared by the tablet's idle
// screen, the phone page (when opened without a code) and the verification page (receipts).
import { createSignal, createUniqueId, onCleanup, Show } from 'solid-js';
import { t } from '../app/i18n';
import { normalizeToken } from '@contract/domain';
import { startCameraScan, type CameraProblem, type CameraScan } from './scanner';

/** "7k2mq9" → "7K2M-Q9": upper case, groups of four, nothing but letters and digits. */
export function groupInput(raw: string, max = 20): string {
  const s = raw
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .slice(0, max);
  return s.match(/.{1,4}/g)?.join('-') ?? '';
}

const CAMERA_MINUTES = 2;

/**
 * A button that turns the camera on and a preview while it looks for a QR code. `onText` gets
 * every decoded text and returns true when it was what we wanted (the camera then stops).
 */
export function CameraBox(props: { onText: (text: string) => boolean; startLabel: string; class?: string }) {
  let video!: HTMLVideoElement;
  const [on, setOn] = createSignal(false);
  const [problem, setProblem] = createSignal<CameraProblem | null>(null);
  let scan: CameraScan | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(idle);
    scan?.stop();
    scan = null;
    setOn(false);
  };
  const start = async () => {
    setProblem(null);
    setOn(true);
    // Nobody scanning for a while: the camera goes off again (a hall tablet runs all day).
    idle = setTimeout(stop, CAMERA_MINUTES * 60_000);
    scan = await startCameraScan(
      video,
      // eslint-disable-next-line solid/reactivity -- the scanner calls back per decoded frame; props.onText is read at each call
      (text) => {
        const accepted = props.onText(text);
        if (accepted) stop();
        return accepted;
      },
      (p) => {
        setProblem(p);
        stop();
      },
    );
    if (!on()) scan.stop();
  };
  onCleanup(stop);
  return (
    <div class={`camera ${props.class ?? ''}`}>
      <div class="camera-view" classList={{ 'camera-off': !on() }}>
        <video ref={video} class="camera-video" muted playsinline aria-hidden="true" />
        <Show when={on()}>
          <div class="camera-frame" aria-hidden="true" />
        </Show>
      </div>
      <Show
        when={on()}
        fallback={
          <button type="button" class="btn btn-big camera-button" onClick={() => void start()}>
            {props.startLabel}
          </button>
        }
      >
        <p class="camera-hint" role="status">
          {t('hall.camera.looking')}
        </p>
        <button type="button" class="btn camera-button" onClick={stop}>
          {t('hall.camera.stop')}
        </button>
      </Show>
      <Show when={problem()}>
        {(p) => (
          <p class="camera-problem" role="alert">
            {t(`hall.camera.${p()}`)}
          </p>
        )}
      </Show>
    </div>
  );
}

/** The printed code typed by hand: grouped as typed, forgiving of case, O/0 and I/L/1. */
export function CodeField(props: { onToken: (token: string) => void; busy?: boolean; label: string; submitLabel: string; autofocus?: boolean }) {
  const id = createUniqueId();
  const [value, setValue] = createSignal('');
  const [error, setError] = createSignal('');
  onCleanup(() => setValue(''));
  const submit = (e: Event) => {
    e.preventDefault();
    const token = normalizeToken(value());
    if (!token) {
      setError(t('hall.code.invalid'));
      return;
    }
    setError('');
    setValue('');
    props.onToken(token);
  };
  return (
    <form class="code-form" onSubmit={submit} novalidate>
      <label class="code-label" for={id}>
        {props.label}
      </label>
      <div class="code-row">
        <input
          id={id}
          class="input code-input"
          value={value()}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          inputMode="text"
          maxLength={300}
          placeholder="XXXX-XXXX-XXXX-XXXX-XXXX"
          autofocus={props.autofocus}
          aria-invalid={error() ? 'true' : undefined}
          aria-describedby={`${id}-hint`}
          onInput={(e) => {
            const raw = e.currentTarget.value;
            // A scanner typing the card's QR text (a /v#… address) into the field: keep it as it
            // is, normalizeToken reads the code after '#'. Anything else is grouped as typed.
            const shown = /[/#:]/.test(raw) ? raw : groupInput(raw);
            setValue(shown);
            if (raw !== shown) e.currentTarget.value = shown;
            if (error()) setError('');
          }}
        />
        <button type="submit" class="btn btn-primary btn-big" disabled={props.busy}>
          {props.submitLabel}
        </button>
      </div>
      <p class="code-hint" id={`${id}-hint`} classList={{ 'code-error': !!error() }} role={error() ? 'alert' : undefined}>
        {error() || t('hall.code.hint')}
      </p>
    </form>
  );
}
