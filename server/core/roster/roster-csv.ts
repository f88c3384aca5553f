/**
 * Deputies CSV import — the pure part (no database).
 *
 *   bytes ──decodeCsvBytes──▶ text ──parseCsv──▶ string[][] ──mapDeputyRows──▶ deputies | errors
 *
 * `readDeputiesCsv` chains the three and turns a CSV syntax error into an ordinary error list, so
 * an HTTP route only has to pass the uploaded bytes plus the congress's delegations and the seats
 * of its active deputies, and then insert `deputies` in one transaction (all-or-nothing).
 *
 * Row numbers are spreadsheet row numbers: the header is row 1, the first data row is row 2, and a
 * cell with an embedded newline does not shift the numbering (one CSV record = one spreadsheet row).
 */
import iconv from 'iconv-lite';
import type { ImportRowError } from './roster.contract';

// ───────────────────────────────────────── decoding ─────────────────────────────────────────

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * Decode an uploaded CSV file.
 * - UTF-8 BOM → stripped, `utf-8-bom` (invalid sequences become U+FFFD rather than failing: the BOM
 *   says what the file is);
 * - UTF-16 LE/BE BOM (Excel "Unicode text") → `utf-16le` / `utf-16be`, BOM stripped;
 * - otherwise valid UTF-8 → `utf-8`;
 * - otherwise GB18030 (a superset of GBK/GB2312 — what Excel in a Chinese locale writes).
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(b.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(b.subarray(2)), encoding: 'utf-16le' };
  }
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
    return { text: iconv.decode(b.subarray(2), 'utf-16be', { stripBOM: false }), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(b, 'gb18030', { stripBOM: false }), encoding: 'gb18030' };
  }
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const isUtf8 = (b: Uint8Array) => {
  try {
    utf8Strict.decode(b);
    return true;
  } catch {
    return false;
  }
};
const isGb18030 = (b: Uint8Array) =>
  Buffer.from(iconv.encode(iconv.decode(Buffer.from(b), 'gb18030', { stripBOM: false }), 'gb18030')).equals(Buffer.from(b));

/**
 * Line numbers (1-based) holding bytes that are not text in the file's encoding, which decoding
 * would turn into U+FFFD (a name must not be imported as "张�"). A file is UTF-8 when any line
 * with non-ASCII bytes is valid UTF-8 (a BOM says so too), else GB18030: its bad lines are those
 * that do not survive decoding and encoding again. In both, byte 0x0A only ever ends a line.
 * UTF-16 files (with a BOM) are not checked line by line.
 */
export function undecodableLines(bytes: Uint8Array): number[] {
  let b = bytes;
  const bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  if (bom) b = b.subarray(3);
  else if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return [];
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= b.length; i++) {
    if (i === b.length || b[i] === 0x0a) {
      lines.push(b.subarray(start, i));
      start = i + 1;
    }
  }
  const nonAscii = lines.map((l, i) => ({ l, n: i + 1 })).filter(({ l }) => l.some((x) => x >= 0x80));
  const utf8 = bom || nonAscii.some(({ l }) => isUtf8(l));
  return nonAscii.filter(({ l }) => !(utf8 ? isUtf8(l) : isGb18030(l))).map(({ n }) => n);
}

/** The undecodable lines as import errors (nothing is imported while there is one). */
export function undecodableErrors(bytes: Uint8Array): RosterCsvError[] {
  return undecodableLines(bytes).map((n) =>
    makeError(
      n,
      '',
      'undecodable',
      '含有无法识别的字符（文件编码错误或已损坏），请另存为 UTF-8 或 GB18030 后重试',
      'contains bytes that are not text (wrong encoding or a damaged file); save as UTF-8 or GB18030 and retry',
    ),
  );
}

// ───────────────────────────────────────── CSV syntax ─────────────────────────────────────────

/** Thrown by `parseCsv` on an unclosed quoted field. `line` is the physical line of the opening quote. */
export class CsvSyntaxError extends Error {
  readonly code = 'unclosed_quote' as const;
  /** 1-based physical line (counting every line break) where the unclosed quote opened. */
  readonly line: number;
  /** 1-based record (spreadsheet row) number where the unclosed quote opened. */
  readonly row: number;
  readonly messageZh: string;
  constructor(line: number, row: number) {
    super(`CSV syntax error: unclosed quote starting on line ${line} (row ${row})`);
    this.name = 'CsvSyntaxError';
    this.line = line;
    this.row = row;
    this.messageZh = `第${line}行：引号未闭合（从该行开始的带引号的内容没有结束引号）`;
  }
}

/**
 * RFC 4180 CSV parser (lenient in the way Excel is).
 * - separator: comma; a tab when the first line contains a tab and no comma (or `options.delimiter`);
 * - `"…"` quoted fields with `""` escapes; separators and line breaks inside quotes are data
 *   (CRLF/CR inside quotes are normalised to LF);
 * - CRLF, LF and CR line ends; a leading U+FEFF is dropped;
 * - a quote inside an unquoted field, or text after a closing quote, is kept literally;
 * - trailing empty lines (and trailing rows made only of separators) are dropped; blank lines in the
 *   middle are kept (as `['']`) so that record index + 1 = spreadsheet row number;
 * - throws `CsvSyntaxError` on an unclosed quote.
 */
export function parseCsv(text: string, options: { delimiter?: ',' | '\t' } = {}): string[][] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let atFieldStart = true;
  let inQuotes = false;
  let quoteLine = 0;
  let quoteRow = 0;
  let line = 1;
  const n = text.length;
  let i = 0;

  const endField = () => {
    row.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };

  while (i < n) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else {
          inQuotes = false;
          i += 1;
        }
      } else if (c === '\r' || c === '\n') {
        field += '\n';
        line += 1;
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      } else {
        field += c;
        i += 1;
      }
      continue;
    }
    if (c === delimiter) {
      endField();
      i += 1;
    } else if (c === '\r' || c === '\n') {
      endRow();
      line += 1;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else if (c === '"' && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
      quoteLine = line;
      quoteRow = rows.length + 1;
      i += 1;
    } else {
      field += c;
      atFieldStart = false;
      i += 1;
    }
  }
  if (inQuotes) throw new CsvSyntaxError(quoteLine, quoteRow);
  if (!atFieldStart || field !== '' || row.length > 0) endRow();

  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === '')) rows.pop();
  return rows;
}

function detectDelimiter(text: string): ',' | '\t' {
  const m = /[\r\n]/.exec(text);
  const first = m ? text.slice(0, m.index) : text;
  return first.includes('\t') && !first.includes(',') ? '\t' : ',';
}

// ───────────────────────────────────────── mapping ─────────────────────────────────────────

// The problems are the import's answer (the details of its 422), so their shape is declared once,
// in roster.contract.ts, and the web reads the same type.
export type DeputyColumn = Exclude<ImportRowError['column'], ''>;
export type RosterCsvErrorCode = ImportRowError['code'];
export type RosterCsvError = ImportRowError;

export interface ImportedDeputy {
  rowNumber: number;
  name: string;
  delegationId: string;
  /** Trimmed and NFKC-normalised (full-width → half-width); case preserved. */
  seatNo: string;
  gender: 'male' | 'female' | null;
  phone: string | null;
  note: string | null;
}

export type DeputyRowsResult = { ok: true; deputies: ImportedDeputy[] } | { ok: false; errors: RosterCsvError[] };

export interface DeputyImportContext {
  /** Delegations of the congress; matched by name after trimming. */
  delegations: ReadonlyArray<{ id: string; name: string }>;
  /** Seat numbers of the congress's active deputies (raw or normalised — they are normalised here). */
  existingSeats: ReadonlySet<string>;
  /** Defaults to MAX_DEPUTY_ROWS. */
  maxRows?: number;
}

export const MAX_DEPUTY_ROWS = 5000;
export const DEPUTY_FIELD_LIMITS = { name: 50, seat: 20, phone: 30, note: 200 } as const;

export const DEPUTY_COLUMN_LABELS: Record<DeputyColumn, { zh: string; en: string }> = {
  name: { zh: '姓名', en: 'name' },
  delegation: { zh: '代表团', en: 'delegation' },
  seat: { zh: '座位号', en: 'seat' },
  gender: { zh: '性别', en: 'gender' },
  phone: { zh: '联系电话', en: 'phone' },
  note: { zh: '备注', en: 'note' },
};

const COLUMN_ORDER: DeputyColumn[] = ['name', 'delegation', 'seat', 'gender', 'phone', 'note'];
const REQUIRED_COLUMNS: DeputyColumn[] = ['name', 'delegation', 'seat'];

const HEADER_ALIASES: Record<string, DeputyColumn> = {};
for (const [col, aliases] of Object.entries({
  name: ['姓名', '代表姓名', 'name'],
  delegation: ['代表团', '所属代表团', 'delegation'],
  seat: ['座位号', '座号', '座位', 'seat', 'seatno', 'seatnumber'],
  gender: ['性别', 'gender', 'sex'],
  phone: ['联系电话', '电话', '手机', '手机号', '手机号码', 'phone', 'mobile', 'tel'],
  note: ['备注', 'note', 'notes', 'remark', 'remarks'],
}) as Array<[DeputyColumn, string[]]>) {
  for (const a of aliases) HEADER_ALIASES[normalizeHeader(a)] = col;
}

/**
 * Header cell → lookup key: NFKC, lower case, without whitespace, `_`, `-`, `*` (required-marker)
 * or a parenthesised hint, so "Seat No", "seat_no", "seatNo", "姓名*", "性别（男/女）" all match.
 */
function normalizeHeader(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\uFEFF/g, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/[\s_\-*]/g, '')
    .toLowerCase();
}

/** Comparison key for seat numbers: trimmed, NFKC (full-width → half-width), upper case. */
export function normalizeSeatNo(seat: string): string {
  return seat.normalize('NFKC').trim().toUpperCase();
}

/** Letters (any script) and digits, with - _ . / # or single spaces between them. */
const SEAT_PATTERN = /^[\p{L}\p{N}](?:[\p{L}\p{N}\-_./# ]*[\p{L}\p{N}])?$/u;

const GENDERS: Record<string, 'male' | 'female'> = {
  男: 'male',
  男性: 'male',
  male: 'male',
  m: 'male',
  man: 'male',
  女: 'female',
  女性: 'female',
  female: 'female',
  f: 'female',
  woman: 'female',
};

function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n += 1;
  return n;
}

function isBlankRow(row: readonly string[]): boolean {
  return row.every((c) => c.trim() === '');
}

function makeError(row: number, column: DeputyColumn | '', code: RosterCsvErrorCode, zh: string, en: string, value?: string): RosterCsvError {
  const where = column
    ? { zh: `第${row}行“${DEPUTY_COLUMN_LABELS[column].zh}”：`, en: `row ${row}, ${DEPUTY_COLUMN_LABELS[column].en}: ` }
    : { zh: `第${row}行：`, en: `row ${row}: ` };
  const e: RosterCsvError = { row, column, code, message: where.zh + zh, messageEn: where.en + en };
  if (value !== undefined) e.value = value;
  return e;
}

/** Scan at most this many leading rows for the header (a title row above the header is common). */
const HEADER_SEARCH_ROWS = 10;

type ColumnIndex = Partial<Record<DeputyColumn, number>>;

/**
 * Validate and map parsed CSV rows to deputies. All-or-nothing: returns either every deputy or every
 * error found (all rows, all columns), ordered by row then column.
 *
 * The header is the first row (among the first few) with a recognised column name — rows above it
 * (e.g. a title like “某某县人大代表名单”) are ignored; normally it is row 1. Unknown columns are
 * ignored; fully blank rows are skipped (but still counted for row numbers).
 *
 * Within the file, a repeated seat is reported on each later row as `duplicate_seat` naming the
 * first row. A seat held by an existing active deputy is reported on every row that uses it as
 * `seat_taken` (and not additionally as duplicate_seat).
 */
export function mapDeputyRows(rows: readonly (readonly string[])[], ctx: DeputyImportContext): DeputyRowsResult {
  const firstNonBlank = rows.findIndex((r) => !isBlankRow(r));
  if (firstNonBlank < 0) {
    return { ok: false, errors: [makeError(1, '', 'empty_file', '文件为空', 'the file is empty')] };
  }
  const header = readHeader(rows, firstNonBlank);
  if (header.errors.length > 0) return { ok: false, errors: sortErrors(header.errors) };
  const data = dataRowsOf(rows, header.rowIndex, ctx.maxRows ?? MAX_DEPUTY_ROWS);
  if (!data.ok) return data;

  const findDelegation = delegationFinder(ctx.delegations);
  const seats: SeatBook = { taken: new Set([...ctx.existingSeats].map(normalizeSeatNo)), firstRow: new Map() };
  const errors: RosterCsvError[] = [];
  const deputies: ImportedDeputy[] = [];
  for (const i of data.indexes) {
    const row = mapDeputyRow(i + 1, rows[i], header.columns, findDelegation, seats);
    if (row.ok) deputies.push(row.deputy);
    else errors.push(...row.errors);
  }
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  return { ok: true, deputies };
}

/** The header row: where each known column is, or the header's errors (a column twice, a required one missing). */
function readHeader(
  rows: readonly (readonly string[])[],
  firstNonBlank: number,
): { rowIndex: number; columns: ColumnIndex; errors: RosterCsvError[] } {
  let headerIdx = firstNonBlank;
  for (let i = firstNonBlank; i < Math.min(rows.length, firstNonBlank + HEADER_SEARCH_ROWS); i++) {
    if (rows[i].some((c) => HEADER_ALIASES[normalizeHeader(c)] !== undefined)) {
      headerIdx = i;
      break;
    }
  }
  const headerRowNo = headerIdx + 1;
  const colIndex: ColumnIndex = {};
  const errors: RosterCsvError[] = [];
  rows[headerIdx].forEach((cell, idx) => {
    const col = HEADER_ALIASES[normalizeHeader(cell)];
    if (!col) return;
    if (colIndex[col] !== undefined) {
      const label = DEPUTY_COLUMN_LABELS[col];
      errors.push(
        makeError(
          headerRowNo,
          col,
          'duplicate_column',
          `表头中“${label.zh}”列出现了多次`,
          `column "${label.en}" appears more than once in the header`,
          cell.trim(),
        ),
      );
      return;
    }
    colIndex[col] = idx;
  });
  for (const col of REQUIRED_COLUMNS) {
    if (colIndex[col] === undefined) {
      const label = DEPUTY_COLUMN_LABELS[col];
      errors.push(makeError(headerRowNo, col, 'missing_column', `缺少“${label.zh}”列`, `missing column "${label.en}"`));
    }
  }
  return { rowIndex: headerIdx, columns: colIndex, errors };
}

/** The indexes of the non-blank rows under the header, or the file's error when there are none or too many. */
function dataRowsOf(
  rows: readonly (readonly string[])[],
  headerIdx: number,
  maxRows: number,
): { ok: true; indexes: number[] } | { ok: false; errors: RosterCsvError[] } {
  const dataIdx: number[] = [];
  for (let i = headerIdx + 1; i < rows.length; i++) if (!isBlankRow(rows[i])) dataIdx.push(i);
  if (dataIdx.length === 0) {
    return {
      ok: false,
      errors: [makeError(headerIdx + 1, '', 'no_data_rows', '文件中只有表头，没有代表数据', 'the file has a header but no deputies')],
    };
  }
  if (dataIdx.length > maxRows) {
    const rowNo = dataIdx[maxRows] + 1;
    return {
      ok: false,
      errors: [
        makeError(
          rowNo,
          '',
          'too_many_rows',
          `代表数据共${dataIdx.length}行，超过一次最多导入${maxRows}行的限制`,
          `${dataIdx.length} data rows exceed the limit of ${maxRows} per import`,
        ),
      ],
    };
  }
  return { ok: true, indexes: dataIdx };
}

/** A delegation's id by its name as written: exact after trimming, else by looseName when that is unambiguous. */
function delegationFinder(delegations: DeputyImportContext['delegations']): (name: string) => string | undefined {
  const delegationExact = new Map<string, string>();
  const delegationLoose = new Map<string, string | null>(); // null = ambiguous
  for (const d of delegations) {
    const exact = d.name.trim();
    if (!delegationExact.has(exact)) delegationExact.set(exact, d.id);
    const loose = looseName(d.name);
    const prev = delegationLoose.get(loose);
    delegationLoose.set(loose, prev === undefined || prev === d.id ? d.id : null);
  }
  return (name) => delegationExact.get(name) ?? delegationLoose.get(looseName(name)) ?? undefined;
}

/** The seats already held by active deputies, and the first row of the file that used each seat key. */
interface SeatBook {
  taken: Set<string>;
  firstRow: Map<string, number>;
}

/** One data row's cells by column, and the errors found on it so far. */
interface RowCheck {
  rowNo: number;
  cell(col: DeputyColumn): string;
  errors: RosterCsvError[];
  /** Records a too_long error when the value is over max characters. */
  tooLong(col: DeputyColumn, value: string, max: number): boolean;
}

function mapDeputyRow(
  rowNo: number,
  raw: readonly string[],
  colIndex: ColumnIndex,
  findDelegation: (name: string) => string | undefined,
  seats: SeatBook,
): { ok: true; deputy: ImportedDeputy } | { ok: false; errors: RosterCsvError[] } {
  const row: RowCheck = {
    rowNo,
    errors: [],
    cell: (col) => {
      const idx = colIndex[col];
      return idx === undefined ? '' : (raw[idx] ?? '').trim();
    },
    tooLong: (col, value, max) => {
      const len = charCount(value);
      if (len <= max) return false;
      row.errors.push(
        makeError(rowNo, col, 'too_long', `内容过长（${len}个字符，最多${max}个）`, `too long (${len} characters, at most ${max})`, value),
      );
      return true;
    },
  };

  const name = row.cell('name');
  if (name === '') row.errors.push(makeError(rowNo, 'name', 'missing_name', '姓名不能为空', 'name is required'));
  else row.tooLong('name', name, DEPUTY_FIELD_LIMITS.name);
  const delegationId = readDelegation(row, findDelegation);
  const seatNo = readSeat(row, seats);
  const gender = readGender(row);
  const phone = row.cell('phone');
  row.tooLong('phone', phone, DEPUTY_FIELD_LIMITS.phone);
  const note = row.cell('note');
  row.tooLong('note', note, DEPUTY_FIELD_LIMITS.note);

  if (row.errors.length > 0) return { ok: false, errors: row.errors };
  return {
    ok: true,
    deputy: {
      rowNumber: rowNo,
      name,
      delegationId: delegationId!,
      seatNo,
      gender,
      phone: phone === '' ? null : phone,
      note: note === '' ? null : note,
    },
  };
}

function readDelegation(row: RowCheck, findDelegation: (name: string) => string | undefined): string | undefined {
  const delegationName = row.cell('delegation');
  if (delegationName === '') {
    row.errors.push(makeError(row.rowNo, 'delegation', 'missing_delegation', '代表团不能为空', 'delegation is required'));
    return undefined;
  }
  const delegationId = findDelegation(delegationName);
  if (delegationId === undefined) {
    row.errors.push(
      makeError(
        row.rowNo,
        'delegation',
        'unknown_delegation',
        `未知的代表团“${delegationName}”`,
        `unknown delegation "${delegationName}"`,
        delegationName,
      ),
    );
  }
  return delegationId;
}

/** The row's seat, checked for form and against the seats taken and the earlier rows; notes the seat's first row. */
function readSeat(row: RowCheck, seats: SeatBook): string {
  const { rowNo } = row;
  const seatNo = row.cell('seat').normalize('NFKC').trim();
  if (seatNo === '') {
    row.errors.push(makeError(rowNo, 'seat', 'missing_seat', '座位号不能为空', 'seat number is required'));
    return seatNo;
  }
  if (row.tooLong('seat', seatNo, DEPUTY_FIELD_LIMITS.seat)) return seatNo;
  if (!SEAT_PATTERN.test(seatNo)) {
    row.errors.push(
      makeError(
        rowNo,
        'seat',
        'bad_seat',
        `座位号“${seatNo}”格式不正确，只能包含字母、数字和 - _ . / #`,
        `seat number "${seatNo}" is malformed (letters, digits and - _ . / # only)`,
        seatNo,
      ),
    );
    return seatNo;
  }
  const key = normalizeSeatNo(seatNo);
  const first = seats.firstRow.get(key);
  if (seats.taken.has(key)) {
    row.errors.push(
      makeError(rowNo, 'seat', 'seat_taken', `座位号“${seatNo}”已被现有代表占用`, `seat "${seatNo}" is already taken by an existing deputy`, seatNo),
    );
  } else if (first !== undefined) {
    row.errors.push(
      makeError(rowNo, 'seat', 'duplicate_seat', `座位号“${seatNo}”与第${first}行重复`, `seat "${seatNo}" duplicates row ${first}`, seatNo),
    );
  }
  if (first === undefined) seats.firstRow.set(key, rowNo);
  return seatNo;
}

function readGender(row: RowCheck): 'male' | 'female' | null {
  const genderRaw = row.cell('gender');
  if (genderRaw === '') return null;
  const g = GENDERS[genderRaw.normalize('NFKC').toLowerCase()];
  if (g) return g;
  row.errors.push(
    makeError(
      row.rowNo,
      'gender',
      'bad_gender',
      `无法识别的性别“${genderRaw}”，请填写“男”或“女”`,
      `unrecognized gender "${genderRaw}" (use 男/女 or male/female)`,
      genderRaw,
    ),
  );
  return null;
}

/** Delegation fallback key: NFKC without any whitespace (so “城关镇 代表团” finds “城关镇代表团”). */
function looseName(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

function sortErrors(errors: RosterCsvError[]): RosterCsvError[] {
  const order = (c: DeputyColumn | '') => (c === '' ? -1 : COLUMN_ORDER.indexOf(c));
  return errors
    .map((e, k) => ({ e, k }))
    .sort((a, b) => a.e.row - b.e.row || order(a.e.column) - order(b.e.column) || a.k - b.k)
    .map((x) => x.e);
}

/**
 * decode → parse → map, in one call. A CSV syntax error (unclosed quote) becomes a `csv_syntax`
 * error on the row where the quote opened.
 */
export function readDeputiesCsv(bytes: Uint8Array, ctx: DeputyImportContext): DeputyRowsResult & { encoding: CsvEncoding } {
  const { text, encoding } = decodeCsvBytes(bytes);
  const undecodable = undecodableErrors(bytes);
  if (undecodable.length) return { ok: false, encoding, errors: undecodable };
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError) {
      return {
        ok: false,
        encoding,
        errors: [
          makeError(err.row, '', 'csv_syntax', '引号未闭合（带引号的内容缺少结束引号）', 'unclosed quote (a quoted cell has no closing quote)'),
        ],
      };
    }
    throw err;
  }
  return { ...mapDeputyRows(rows, ctx), encoding };
}

// ───────────────────────────────────────── template ─────────────────────────────────────────

/**
 * The "download template" file: header line plus one example row, CRLF line ends.
 * Serve it as `text/csv; charset=utf-8` with `{ bom: true }` (or prepend U+FEFF) so that Excel
 * opens it as UTF-8 instead of the ANSI code page.
 */
export function deputiesCsvTemplate(options: { bom?: boolean; exampleDelegation?: string } = {}): string {
  const header = COLUMN_ORDER.map((c) => DEPUTY_COLUMN_LABELS[c].zh);
  const example = ['张伟', options.exampleDelegation ?? '城关镇代表团', 'A-012', '男', '0931-8123456', '示例行，导入前请删除'];
  const line = (cells: string[]) => cells.map(csvCell).join(',');
  return (options.bom ? '\uFEFF' : '') + line(header) + '\r\n' + line(example) + '\r\n';
}

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
