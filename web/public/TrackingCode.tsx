// A tracking code (查询码) shown large enough to copy by hand or read out on the phone, with a
// copy button.
import { createSignal, Show } from 'solid-js';
import { t } from '../app/i18n';

async function copyText(text: string, el: HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to the old way */
  }
  // Plain http on a LAN has no clipboard API: select the code and copy the selection.
  const range = document.createRange();
  range.selectNodeContents(el);
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

export function TrackingCode(props: { code: string }) {
  let ref!: HTMLParagraphElement;
  const [copied, setCopied] = createSignal<'' | 'ok' | 'fail'>('');
  const copy = async () => {
    setCopied((await copyText(props.code, ref)) ? 'ok' : 'fail');
    setTimeout(() => setCopied(''), 4000);
  };
  return (
    <div class="tracking">
      <p class="tracking-label">{t('sol.suggest.code')}</p>
      <p class="tracking-code" ref={ref} data-testid="tracking-code">
        {props.code}
      </p>
      <button type="button" class="btn" onClick={() => void copy()}>
        {t('sol.track.copy')}
      </button>
      <p class="tracking-copied small" role="status">
        <Show when={copied() === 'ok'}>{t('sol.track.copied')}</Show>
        <Show when={copied() === 'fail'}>{t('sol.track.copyFailed')}</Show>
      </p>
    </div>
  );
}
