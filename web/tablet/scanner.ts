// Three ways a code comes in: the camera (BarcodeDetector where the browser has it, else jsQR on
// video frames, loaded only when needed), a USB/Bluetooth scanner that types like a keyboard and
// ends with Enter, and typing by hand (CodeField). The camera fails gracefully: no camera, no
// permission, or an insecure page each get a plain message and the other two ways still work.
import { onCleanup, onMount } from 'solid-js';

export type CameraProblem = 'unsupported' | 'denied' | 'nocamera' | 'failed';

type Decoder = (video: HTMLVideoElement) => Promise<string | null>;

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (opts: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats?: () => Promise<string[]>;
}

async function nativeDecoder(): Promise<Decoder | null> {
  const BD = (globalThis as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!BD) return null;
  try {
    const formats = await BD.getSupportedFormats?.();
    if (formats && !formats.includes('qr_code')) return null;
    const detector = new BD({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  } catch {
    return null;
  }
}

async function jsqrDecoder(): Promise<Decoder> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2d canvas');
  return async (video) => {
    const w = video.videoWidth;
    const h = video.videoHeight;
    if (!w || !h) return null;
    // A card's QR fills much of the frame: 640 px is plenty and keeps each pass cheap.
    const scale = Math.min(1, 640 / Math.max(w, h));
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(h * scale);
    ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
    const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(img.data, img.width, img.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
  };
}

export interface CameraScan {
  stop(): void;
}

/**
 * Starts the camera into `video` and decodes frames until `onText` returns true (accepted) or
 * stop() is called. Problems are reported once through `onProblem`; the camera is then off.
 */
export async function startCameraScan(
  video: HTMLVideoElement,
  onText: (text: string) => boolean,
  onProblem: (p: CameraProblem) => void,
): Promise<CameraScan> {
  let stopped = false;
  let stream: MediaStream | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    stream?.getTracks().forEach((tr) => tr.stop());
    stream = null;
    video.srcObject = null;
  };
  if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) {
    onProblem('unsupported');
    return { stop };
  }
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1280 } }, audio: false });
  } catch (err) {
    const name = (err as DOMException)?.name;
    onProblem(
      name === 'NotAllowedError' || name === 'SecurityError'
        ? 'denied'
        : name === 'NotFoundError' || name === 'OverconstrainedError'
          ? 'nocamera'
          : 'failed',
    );
    return { stop };
  }
  if (stopped) {
    stop();
    return { stop };
  }
  video.srcObject = stream;
  video.muted = true;
  video.setAttribute('playsinline', '');
  try {
    await video.play();
  } catch {
    /* autoplay of a muted stream is allowed; frames still come */
  }
  let decode: Decoder;
  try {
    decode = (await nativeDecoder()) ?? (await jsqrDecoder());
  } catch {
    stop();
    onProblem('failed');
    return { stop };
  }
  const tick = async () => {
    if (stopped) return;
    let text: string | null;
    try {
      text = await decode(video);
    } catch {
      text = null;
    }
    if (stopped) return;
    if (text && onText(text)) {
      stop();
      return;
    }
    timer = setTimeout(() => void tick(), 150);
  };
  void tick();
  return { stop };
}

/**
 * A scanner that types: printable keys gathered while no form field has focus, sent on Enter.
 * Keys more than two seconds apart start afresh, so stray taps do not pile up.
 */
export function useKeyboardWedge(onCode: (text: string) => void, enabled: () => boolean) {
  let buffer = '';
  let last = 0;
  const onKey = (e: KeyboardEvent) => {
    if (!enabled() || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const now = Date.now();
    if (now - last > 2000) buffer = '';
    last = now;
    if (e.key === 'Enter') {
      const text = buffer;
      buffer = '';
      if (text.length >= 8) {
        e.preventDefault();
        onCode(text);
      }
    } else if (e.key.length === 1 && buffer.length < 300) {
      buffer += e.key;
    }
  };
  onMount(() => document.addEventListener('keydown', onKey, true));
  onCleanup(() => {
    document.removeEventListener('keydown', onKey, true);
    buffer = '';
  });
}
