// After the cast: 投票成功, the receipt as a short code and a QR to the public verification page.
// It stays until the deputy taps 完成; a hall tablet goes back to the start by itself after a
// minute, so the next deputy finds a clean screen. On a phone the deputy can copy the code or save
// the receipt as an image, to check it at /verify once the result is certified.
import { createResource, createSignal, onCleanup, onMount, Show, untrack } from 'solid-js';
import { t } from '../app/i18n';
import { shortReceipt } from './hall-types';
import { qrDataUrl } from './qr';

export const verifyUrl = (receipt: string) => `${location.origin}/verify#${receipt}`;

export function ReceiptView(props: { receipt: string; layout: 'tablet' | 'phone'; returnSeconds?: number; onDone?: () => void }) {
  const [qr] = createResource(
    () => props.receipt,
    (r) => qrDataUrl(verifyUrl(r)),
  );
  const [left, setLeft] = createSignal(untrack(() => props.returnSeconds ?? 0));
  const [copied, setCopied] = createSignal('');
  const [image] = createResource(
    () => (props.layout === 'phone' ? qr() : undefined),
    (src) => receiptImage(props.receipt, src).catch(() => undefined),
  );
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shortReceipt(props.receipt));
      setCopied(t('hall.receipt.copied'));
    } catch {
      setCopied(t('hall.receipt.copyFailed'));
    }
  };
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
      <div class="receipt-check" aria-hidden="true">
        ✓
      </div>
      <h1 class="receipt-title" id="receipt-title" ref={heading} tabindex="-1">
        {t('hall.receipt.title')}
      </h1>
      <p class="receipt-lead">{t('hall.receipt.lead')}</p>
      <div class="receipt-body">
        <div class="receipt-code-box">
          <p class="receipt-code-label">{t('hall.receipt.code')}</p>
          <p class="receipt-code" data-receipt={props.receipt}>
            {shortReceipt(props.receipt)}
          </p>
          <p class="receipt-help">{t('hall.receipt.help')}</p>
          <Show when={props.layout === 'phone'}>
            <p class="receipt-full">
              <span class="sr-only">{t('hall.receipt.full')}</span>
              <span class="mono hash small">{props.receipt}</span>
            </p>
            <p class="receipt-keep">{t('hall.receipt.keep')}</p>
            <div class="receipt-keep-actions">
              <button type="button" class="btn btn-big" onClick={() => void copy()}>
                {copied() || t('hall.receipt.copy')}
              </button>
              <Show when={image()}>
                {(href) => (
                  <a class="btn btn-big" href={href()} download={`receipt-${props.receipt.slice(0, 12)}.png`}>
                    {t('hall.receipt.save')}
                  </a>
                )}
              </Show>
            </div>
            <a class="btn btn-big" href={`/verify#${props.receipt}`}>
              {t('hall.receipt.verifyLink')}
            </a>
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
          <Show when={props.returnSeconds}>
            <p class="receipt-return" aria-live="off">
              {t('hall.receipt.returning', { seconds: Math.max(0, left()) })}
            </p>
          </Show>
          <button type="button" class="btn btn-primary btn-big" onClick={() => props.onDone?.()}>
            {t('hall.receipt.done')}
          </button>
        </div>
      </Show>
    </section>
  );
}

/** The receipt as a picture a phone can keep: title, code, full receipt and the QR to /verify. */
async function receiptImage(receipt: string, qrSrc: string): Promise<string> {
  const qr = new Image();
  qr.src = qrSrc;
  await qr.decode();
  const canvas = document.createElement('canvas');
  canvas.width = 720;
  canvas.height = 1000;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#111111';
  g.textAlign = 'center';
  g.font = 'bold 44px sans-serif';
  g.fillText(t('hall.receipt.imageTitle'), 360, 90);
  g.font = '28px sans-serif';
  g.fillText(t('hall.receipt.code'), 360, 170);
  g.font = 'bold 64px monospace';
  g.fillText(shortReceipt(receipt), 360, 250);
  g.font = '22px monospace';
  g.fillText(receipt.slice(0, 32), 360, 310);
  g.fillText(receipt.slice(32), 360, 342);
  g.drawImage(qr, 160, 380, 400, 400);
  g.font = '26px sans-serif';
  g.fillText(t('hall.receipt.qrCaption'), 360, 840);
  g.font = '22px sans-serif';
  g.fillText(verifyUrl(receipt).replace(/#.*/, ''), 360, 890);
  return canvas.toDataURL('image/png');
}
