// A QR code for posters (二维码海报) that opens the public suggestion form on a phone.
import { createResource, Show } from 'solid-js';
import { t } from '../../app/i18n';

export function PosterQr(props: { url: string; label: string }) {
  const [src] = createResource(
    () => props.url,
    async (url) => {
      const QRCode = (await import('qrcode')).default;
      return QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
    },
  );
  return (
    <figure class="poster-qr">
      <Show when={src()} fallback={<div class="poster-qr-placeholder" aria-hidden="true" />}>
        <img src={src()} width="160" height="160" alt={t('sol.cycle.qrAlt', { label: props.label })} />
      </Show>
      <figcaption class="small muted">{props.label}</figcaption>
    </figure>
  );
}
