// After the cast: 投票成功, the receipt as a short code and a QR to the public verification page.
// On a hall tablet it goes back to the start by itself, so the next deputy finds a clean screen.
import { createResource, createSignal, onCleanup, onMount, Show } from 'solid-js';
import { t } from '../app/i18n';
import { shortReceipt } from './hall-types';
import { qrDataUrl } from './qr';

export const verifyUrl = (receipt: string) => `${location.origin}/verify#${receipt}`;

export function ReceiptView(props: { receipt: string; layout: 'tablet' | 'phone'; returnSeconds?: number; onDone?: () => void }) {
  const [qr] = createResource(() => props.receipt, (r) => qrDataUrl(verifyUrl(r)));
  const [left, setLeft] = createSignal(props.returnSeconds ?? 0);
  let timer: ReturnType<typeof setInterval> | undefined;
  let heading!: HTMLHeadingElement;
  onMount(() => {
    heading.focus();
    if (props.returnSeconds && props.onDone) {
      timer = setInterval(() => {
        const next = left() - 1;
        setLeft(next);
        if (next <= 0) {
          clearInterval(timer);
          props.onDone?.();
        }
      }, 1000);
    }
  });
  onCleanup(() => clearInterval(timer));
  return (
    <section class={`receipt receipt-${props.layout}`} aria-labelledby="receipt-title">
      <div class="receipt-check" aria-hidden="true">✓</div>
      <h1 class="receipt-title" id="receipt-title" ref={heading} tabindex="-1">{t('hall.receipt.title')}</h1>
      <p class="receipt-lead">{t('hall.receipt.lead')}</p>
      <div class="receipt-body">
        <div class="receipt-code-box">
          <p class="receipt-code-label">{t('hall.receipt.code')}</p>
          <p class="receipt-code" data-receipt={props.receipt}>{shortReceipt(props.receipt)}</p>
          <p class="receipt-help">{t('hall.receipt.help')}</p>
          <Show when={props.layout === 'phone'}>
            <p class="receipt-full"><span class="sr-only">{t('hall.receipt.full')}</span><span class="mono hash small">{props.receipt}</span></p>
            <a class="btn btn-big" href={`/verify#${props.receipt}`}>{t('hall.receipt.verifyLink')}</a>
          </Show>
        </div>
        <Show when={props.layout === 'tablet'}>
          <figure class="receipt-qr">
            <Show when={qr()} fallback={<div class="receipt-qr-wait" />}>
              {(src) => <img src={src()} alt={t('hall.receipt.qrAlt')} width="240" height="240" />}
            </Show>
            <figcaption>{t('hall.receipt.qrCaption')}</figcaption>
          </figure>
        </Show>
      </div>
      <Show when={props.onDone}>
        <div class="receipt-actions">
          <Show when={props.returnSeconds}><p class="receipt-return" aria-live="off">{t('hall.receipt.returning', { seconds: Math.max(0, left()) })}</p></Show>
          <button type="button" class="btn btn-primary btn-big" onClick={() => props.onDone?.()}>{t('hall.receipt.done')}</button>
        </div>
      </Show>
    </section>
  );
}
