// The ballot cards as a PDF, written directly (no browser): A4 sheets of 8 cards (2 × 4, each
// 105 × 74.25 mm, the same layout as the print page), the QR codes drawn as vector rectangles from
// the `qrcode` package's module matrix. 3,000 cards take a second or two instead of minutes in a
// browser, and the file is produced page by page as the response streams, never stored.
//
// Chinese text uses the PDF standard CJK font STSong-Light (Adobe-GB1, UniGB-UTF16-H), not embedded:
// every PDF reader in use (Acrobat, the Chromium/Edge viewer, pdf.js, macOS Preview, poppler) maps it
// to the system's Song typeface (SimSun, Noto Serif CJK…). Embedding a subset of a CJK OpenType font
// would need a CFF subsetter (the installed Noto CJK fonts are CFF collections); the standard font
// keeps the file small, fast to write and independent of the server's fonts. The card code is in
// Courier-Bold, one of the PDF base fonts.
import { deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

export interface PdfCard {
  name: string;
  delegation: string;
  seatNo: string;
  /** Grouped card code, "7K2M-Q9XD-…" (Crockford base32 and dashes only). */
  code: string;
  url: string;
}

export interface CardsPdfInput {
  title: string;
  cards: PdfCard[];
  labels: { seat: (seat: string) => string; help: string };
}

export const CARDS_PER_SHEET = 8;
const MM = 72 / 25.4;
const PAGE_W = 210 * MM;
const PAGE_H = 297 * MM;
const CARD_W = 105 * MM;
const CARD_H = 74.25 * MM;
const PAD_X = 7 * MM;
const QR_MM = 36;
/** Pages written per pull of the stream: small enough to stream and report progress, large enough to be cheap. */
const PAGES_PER_CHUNK = 4;

// Object numbers: fixed ones first, then page k is 8 + 2k and its content 9 + 2k.
const CATALOG = 1,
  PAGES = 2,
  CJK = 3,
  CJK_CID = 4,
  CJK_DESC = 5,
  MONO = 6,
  INFO = 7;
const pageObj = (k: number) => 8 + 2 * k;

const num = (n: number) => {
  const s = n.toFixed(2);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
};

/** Advance of one UTF-16 code unit in the CJK font, in 1/1000 em (the /W entry below says the same). */
const cjkUnits = (s: string) => {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! < 0x7f ? 500 : 1000;
  return w;
};

/** UTF-16BE hex string: the bytes the UniGB-UTF16-H CMap reads. Hex, so no text can break out of the string. */
const cjkHex = (s: string) => {
  let out = '<';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(4, '0');
  return out + '>';
};

/** Cut to fit `maxWidth` points at `size`, with "…". */
function fitCjk(s: string, size: number, maxWidth: number): string {
  if ((cjkUnits(s) * size) / 1000 <= maxWidth) return s;
  const chars = [...s];
  while (chars.length > 0 && ((cjkUnits(chars.join('')) + 1000) * size) / 1000 > maxWidth) chars.pop();
  return chars.join('') + '…';
}

/** The largest size up to `size` (not below `min`) at which the text fits; a name is shrunk, never cut. */
function shrinkCjk(s: string, size: number, min: number, maxWidth: number, spacing = 0): number {
  const units = cjkUnits(s);
  // Each glyph advances size × (its units / 1000 + spacing).
  const fit = maxWidth / (units / 1000 + spacing * [...s].length);
  return Math.max(min, Math.min(size, fit));
}

interface TextOpts {
  size: number;
  x: number;
  y: number;
  rgb?: [number, number, number];
  bold?: number;
  charSpacing?: number;
}

function cjkText(s: string, o: TextOpts): string {
  const color = o.rgb ? `${o.rgb.map(num).join(' ')} rg ${o.rgb.map(num).join(' ')} RG ` : '0 g 0 G ';
  // No bold face in the standard font: bold is the glyph filled and stroked (render mode 2).
  const bold = o.bold ? `2 Tr ${num(o.bold)} w ` : '0 Tr ';
  const spacing = o.charSpacing ? `${num(o.charSpacing)} Tc ` : '0 Tc ';
  return `BT ${color}${bold}${spacing}/F1 ${num(o.size)} Tf ${num(o.x)} ${num(o.y)} Td ${cjkHex(s)} Tj ET\n`;
}

const monoLiteral = (s: string) => `(${s.replace(/[^0-9A-Za-z-]/g, '')})`;

/** The QR code of `url`, as one filled path of horizontal runs, its top-left corner at (x, yTop). */
export function qrPath(url: string, x: number, yTop: number, sizePt: number): string {
  const m = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
  const n = m.size;
  // One quiet module on each side within the square, as the print page's SVG (the card around it is white).
  const s = sizePt / (n + 2);
  let out = `q 0 g ${num(s)} 0 0 ${num(-s)} ${num(x + s)} ${num(yTop - s)} cm\n`;
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!m.data[r * n + c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && m.data[r * n + c]) c++;
      out += `${start} ${r} ${c - start} 1 re\n`;
    }
  }
  return out + 'f Q\n';
}

function cardContent(input: CardsPdfInput, card: PdfCard, slot: number): string {
  const x0 = (slot % 2) * CARD_W;
  const top = PAGE_H - Math.floor(slot / 2) * CARD_H;
  const inner = CARD_W - 2 * PAD_X;
  const y = (mm: number) => top - mm * MM;
  let out = '';
  // Ballot title, dark red, with a red rule under it.
  out += cjkText(fitCjk(input.title, 8.5, inner), { size: 8.5, x: x0 + PAD_X, y: y(9.2), rgb: [0.5, 0.11, 0.11], bold: 0.2 });
  out += `0.72 0.08 0.12 RG ${num(0.4 * MM)} w [] 0 d ${num(x0 + PAD_X)} ${num(y(11))} m ${num(x0 + CARD_W - PAD_X)} ${num(y(11))} l S\n`;
  // Who: name large, delegation and seat; the QR code on the right.
  const qrX = x0 + CARD_W - PAD_X - QR_MM * MM;
  const whoW = qrX - 4 * MM - (x0 + PAD_X);
  const nameSize = shrinkCjk(card.name, 20, 9, whoW, 0.08);
  out += cjkText(card.name, { size: nameSize, x: x0 + PAD_X, y: y(27), bold: nameSize / 40, charSpacing: nameSize * 0.08 });
  const delegationSize = shrinkCjk(card.delegation, 10, 7, whoW);
  out += cjkText(fitCjk(card.delegation, delegationSize, whoW), { size: delegationSize, x: x0 + PAD_X, y: y(34) });
  out += cjkText(fitCjk(input.labels.seat(card.seatNo), 10, whoW), { size: 10, x: x0 + PAD_X, y: y(39.5) });
  out += qrPath(card.url, qrX, y(13.5), QR_MM * MM);
  // The code, centred, for typing on a tablet; then how to use the card.
  const code = monoLiteral(card.code);
  const codeW = (code.length - 2) * 0.6 * 12.5;
  out += `BT 0 g 0 Tr 0 Tc /F2 12.5 Tf ${num(x0 + (CARD_W - codeW) / 2)} ${num(y(57))} Td ${code} Tj ET\n`;
  const help = fitCjk(input.labels.help, 7, inner);
  out += cjkText(help, { size: 7, x: x0 + (CARD_W - (cjkUnits(help) * 7) / 1000) / 2, y: y(62.5), rgb: [0.22, 0.25, 0.32] });
  return out;
}

/** Dashed cut lines between the cards. */
function cutLines(): string {
  let out = `q 0.61 0.64 0.69 RG ${num(0.2 * MM)} w [${num(2 * MM)} ${num(1.5 * MM)}] 0 d\n`;
  out += `${num(CARD_W)} 0 m ${num(CARD_W)} ${num(PAGE_H)} l S\n`;
  for (let r = 1; r < 4; r++) out += `0 ${num(PAGE_H - r * CARD_H)} m ${num(PAGE_W)} ${num(PAGE_H - r * CARD_H)} l S\n`;
  return out + 'Q\n';
}

export function pageCount(cards: number): number {
  return Math.max(1, Math.ceil(cards / CARDS_PER_SHEET));
}

/**
 * The PDF, piece by piece: the header and fonts, then PAGES_PER_CHUNK pages per piece, then the
 * cross-reference table. `onPage(done, total)` is called as pages are written. Each page is
 * preceded by a comment `%card-page k/N` that a client reading the stream can count.
 */
export function* cardsPdf(input: CardsPdfInput, onPage?: (done: number, total: number) => void): Generator<Buffer> {
  const total = pageCount(input.cards.length);
  const offsets: number[] = [];
  let written = 0;
  let parts: Buffer[] = [];
  const put = (s: string | Buffer) => {
    const b = typeof s === 'string' ? Buffer.from(s, 'latin1') : s;
    parts.push(b);
    written += b.length;
  };
  const obj = (n: number, body: string) => {
    offsets[n] = written;
    put(`${n} 0 obj\n${body}\nendobj\n`);
  };
  const flush = () => {
    const out = Buffer.concat(parts);
    parts = [];
    return out;
  };

  put('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  obj(CATALOG, `<< /Type /Catalog /Pages ${PAGES} 0 R /ViewerPreferences << /PrintScaling /None >> >>`);
  const kids = Array.from({ length: total }, (_, k) => `${pageObj(k)} 0 R`).join(' ');
  obj(PAGES, `<< /Type /Pages /Count ${total} /Kids [${kids}] >>`);
  obj(CJK, `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H /DescendantFonts [${CJK_CID} 0 R] >>`);
  obj(
    CJK_CID,
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${CJK_DESC} 0 R /DW 1000 /W [1 95 500] >>`,
  );
  obj(
    CJK_DESC,
    `<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>`,
  );
  obj(MONO, '<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>');
  // The title in the document info, UTF-16 with BOM, hex: readers show it as the window title.
  obj(INFO, `<< /Title <feff${cjkHex(input.title).slice(1, -1)}> /Producer (minsheng-vote) >>`);
  yield flush();

  for (let k = 0; k < total; k++) {
    const cards = input.cards.slice(k * CARDS_PER_SHEET, (k + 1) * CARDS_PER_SHEET);
    let content = cutLines();
    cards.forEach((card, slot) => (content += cardContent(input, card, slot)));
    const data = deflateSync(Buffer.from(content, 'latin1'), { level: 6 });
    put(`%card-page ${k + 1}/${total}\n`);
    obj(
      pageObj(k),
      `<< /Type /Page /Parent ${PAGES} 0 R /MediaBox [0 0 ${num(PAGE_W)} ${num(PAGE_H)}] /Resources << /Font << /F1 ${CJK} 0 R /F2 ${MONO} 0 R >> >> /Contents ${pageObj(k) + 1} 0 R >>`,
    );
    offsets[pageObj(k) + 1] = written;
    put(`${pageObj(k) + 1} 0 obj\n<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`);
    put(data);
    put('\nendstream\nendobj\n');
    onPage?.(k + 1, total);
    if ((k + 1) % PAGES_PER_CHUNK === 0 || k === total - 1) yield flush();
  }

  const size = pageObj(total);
  const xref = written;
  let table = `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let n = 1; n < size; n++) {
    table += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  }
  put(table);
  put(`trailer\n<< /Size ${size} /Root ${CATALOG} 0 R /Info ${INFO} 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  yield flush();
}

/** The PDF as a web stream: one piece per pull, so a slow reader slows the writer (backpressure). */
export function cardsPdfStream(input: CardsPdfInput, onPage?: (done: number, total: number) => void): ReadableStream<Uint8Array> {
  const pieces = cardsPdf(input, onPage);
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.length));
    },
    cancel() {
      pieces.return(undefined);
    },
  });
}
