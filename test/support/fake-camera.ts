// A camera for the browser tests: Chromium can read a Y4M file as its webcam
// (--use-file-for-fake-video-capture). This writes one showing a QR code, so the pages' real
// scanning code (getUserMedia, then BarcodeDetector or jsQR on the frames) runs end to end.
import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';

export function writeQrY4m(file: string, text: string, opts: { width?: number; height?: number; frames?: number } = {}) {
  const w = opts.width ?? 640;
  const h = opts.height ?? 480;
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const quiet = 4;
  const scale = Math.floor((Math.min(w, h) - 40) / (size + 2 * quiet));
  const side = (size + 2 * quiet) * scale;
  const left = Math.floor((w - side) / 2);
  const top = Math.floor((h - side) / 2);
  const y = Buffer.alloc(w * h, 200); // a light grey room
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      const mr = Math.floor(r / scale) - quiet;
      const mc = Math.floor(c / scale) - quiet;
      const dark = mr >= 0 && mc >= 0 && mr < size && mc < size && qr.modules.get(mr, mc);
      y[(top + r) * w + left + c] = dark ? 16 : 250;
    }
  }
  const chroma = Buffer.alloc((w / 2) * (h / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
  const frames = Array.from({ length: opts.frames ?? 2 }, () => frame);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F5:1 Ip A1:1 C420jpeg\n`), ...frames]));
}
