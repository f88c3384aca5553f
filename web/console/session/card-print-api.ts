// Card printing calls: the address check, and the cards as a PDF read as a stream so the page can
// show the progress (the server writes a `%card-page k/N` comment before each page).
import { api, ApiError } from '../../app/api';
import { lang, t } from '../../app/i18n';
import type { CardOriginAnswer } from '@contract';

export type CardOrigin = CardOriginAnswer;

export const cardPrintApi = {
  origin: () => api.get('/api/cards/origin'),
};

export interface CardsPdf {
  blob: Blob;
  cards: number;
  pages: number;
  filename: string;
}

const PAGE_MARK = /%card-page (\d+)\/(\d+)/g;

/** Issues the cards and reads their PDF; `onProgress(done, total)` follows the pages as they arrive. */
export async function fetchCardsPdf(ballotId: string, onProgress: (done: number, total: number) => void): Promise<CardsPdf> {
  let res: Response;
  try {
    res = await fetch(`/api/ballots/${encodeURIComponent(ballotId)}/cards/pdf`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': lang() === 'en' ? 'en' : 'zh-CN' },
      body: '{}',
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', t('error.network'));
  }
  if (!res.ok || !res.body) {
    const data = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(res.status, data?.error?.code ?? `http_${res.status}`, data?.error?.message ?? t('error.http', { status: res.status }));
  }
  const pages = Number(res.headers.get('x-card-pages') ?? 0);
  const cards = Number(res.headers.get('x-card-count') ?? 0);
  const disposition = res.headers.get('content-disposition') ?? '';
  const named = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  const filename = named ? decodeURIComponent(named[1]!) : 'ballot-cards.pdf';
  onProgress(0, pages);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  const decoder = new TextDecoder('latin1');
  // The end of the previous chunk, in case a page mark is split between two chunks.
  let tail = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    const text = tail + decoder.decode(value);
    let last: RegExpExecArray | null = null;
    for (let m = PAGE_MARK.exec(text); m; m = PAGE_MARK.exec(text)) last = m;
    PAGE_MARK.lastIndex = 0;
    if (last) onProgress(Number(last[1]), Number(last[2]));
    tail = text.slice(-24);
  }
  onProgress(pages, pages);
  return { blob: new Blob(chunks as BlobPart[], { type: 'application/pdf' }), cards, pages, filename };
}
