// Reads back the cards PDF the server writes (server/phase2-balloting/cards-pdf.ts) the way a test
// needs it: checks the cross-reference table, inflates the page contents, rebuilds each QR code's
// module matrix from its rectangles and decodes it with jsQR, and reads the CJK text (UTF-16 hex).
import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';

/** Problems with the file's structure: header, every xref offset landing on its object, trailer. */
export function pdfStructureProblems(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const problems: string[] = [];
  if (!text.startsWith('%PDF-1.')) problems.push('no %PDF header');
  if (!text.trimEnd().endsWith('%%EOF')) problems.push('no %%EOF');
  const startxref = /startxref\n(\d+)\n%%EOF\s*$/.exec(text);
  if (!startxref) return [...problems, 'no startxref'];
  const xrefAt = Number(startxref[1]);
  if (!text.startsWith('xref\n', xrefAt)) return [...problems, `startxref ${xrefAt} does not point at the xref table`];
  const head = /^xref\n0 (\d+)\n/.exec(text.slice(xrefAt))!;
  const size = Number(head[1]);
  const rows = text
    .slice(xrefAt + head[0].length)
    .split('\n')
    .slice(0, size);
  rows.forEach((row, n) => {
    if (n === 0) return;
    const offset = Number(row.slice(0, 10));
    if (!text.startsWith(`${n} 0 obj`, offset)) problems.push(`object ${n}: offset ${offset} does not start it`);
  });
  return problems;
}

/** The inflated content stream of every page, in page order. */
export function pageContents(pdf: Buffer): string[] {
  const out: string[] = [];
  const text = pdf.toString('latin1');
  const re = /<< \/Length (\d+) \/Filter \/FlateDecode >>\nstream\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    out.push(inflateSync(pdf.subarray(start, start + Number(m[1]))).toString('latin1'));
  }
  return out;
}

/** Each QR code of a page, as its module matrix (true = dark), from `q 0 g s 0 0 -s x y cm … re … f Q`. */
export function qrMatrices(content: string): boolean[][][] {
  const out: boolean[][][] = [];
  const re = /q 0 g [\d.]+ 0 0 -[\d.]+ [\d.]+ [\d.]+ cm\n((?:\d+ \d+ \d+ 1 re\n)+)f Q/g;
  for (let m = re.exec(content); m; m = re.exec(content)) {
    const runs = m[1]!
      .trim()
      .split('\n')
      .map((l) => l.split(' ').map(Number) as [number, number, number, number]);
    const size = Math.max(...runs.map(([c, , w]) => c + w), ...runs.map(([, r]) => r + 1));
    const matrix = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
    for (const [c, r, w] of runs) for (let i = 0; i < w; i++) matrix[r]![c + i] = true;
    out.push(matrix);
  }
  return out;
}

/** What a phone camera would read: the matrix drawn 4 px a module with a 4-module quiet zone, decoded by jsQR. */
export function decodeMatrix(matrix: boolean[][]): string | null {
  const scale = 4,
    quiet = 4;
  const side = (matrix.length + 2 * quiet) * scale;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let y = 0; y < scale; y++)
        for (let x = 0; x < scale; x++) {
          const p = (((r + quiet) * scale + y) * side + (c + quiet) * scale + x) * 4;
          rgba[p] = rgba[p + 1] = rgba[p + 2] = 0;
        }
    }),
  );
  return jsQR(rgba, side, side)?.data ?? null;
}

/** The CJK strings drawn on a page (hex UTF-16BE in `<…> Tj`), in drawing order. */
export function cjkTexts(content: string): string[] {
  return [...content.matchAll(/<([0-9a-f]+)> Tj/g)].map(([, hex]) => {
    let s = '';
    for (let i = 0; i < hex!.length; i += 4) s += String.fromCharCode(parseInt(hex!.slice(i, i + 4), 16));
    return s;
  });
}

/** The card codes drawn in Courier (`(7K2M-…) Tj`). */
export function cardCodes(content: string): string[] {
  return [...content.matchAll(/\(([0-9A-Z-]+)\) Tj/g)].map(([, code]) => code!);
}

/** Everything a test checks in one go: per card, in print order, its decoded URL and code. */
export function readCardsPdf(pdf: Buffer) {
  const pages = pageContents(pdf);
  const cards = pages.flatMap((content) => {
    const urls = qrMatrices(content).map(decodeMatrix);
    const codes = cardCodes(content);
    return urls.map((url, i) => ({ url, code: codes[i] ?? null }));
  });
  return { pages, cards, texts: pages.flatMap(cjkTexts) };
}
