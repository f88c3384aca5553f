import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import {
  CsvSyntaxError,
  decodeCsvBytes,
  deputiesCsvTemplate,
  mapDeputyRows,
  normalizeSeatNo,
  parseCsv,
  readDeputiesCsv,
  type DeputyImportContext,
  type RosterCsvError,
} from '../../server/core/roster/roster-csv';

const ctx = (existingSeats: string[] = []): DeputyImportContext => ({
  delegations: [
    { id: 'd-cgz', name: '城关镇代表团' },
    { id: 'd-xhx', name: '西湖乡代表团 ' },
    { id: 'd-pla', name: '驻军代表团' },
  ],
  existingSeats: new Set(existingSeats),
});

const SAMPLE = [
  '姓名,代表团,座位号,性别,联系电话,备注',
  '张伟,城关镇代表团,A-012,男,13800000000,',
  '欧阳娜娜,西湖乡代表团,12,女,,连任',
  '李 明,驻军代表团,B-001,,0931-8123456,',
].join('\r\n');

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (b: Uint8Array) => {
  const out = new Uint8Array(b.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(b, 3);
  return out;
};
const codes = (errors: RosterCsvError[]) => errors.map((e) => [e.row, e.column, e.code]);

describe('decodeCsvBytes', () => {
  it('UTF-8 without BOM, UTF-8 with BOM and GB18030 decode to the same text and rows', () => {
    const plain = decodeCsvBytes(utf8(SAMPLE));
    const bom = decodeCsvBytes(withBom(utf8(SAMPLE)));
    const gbBytes = iconv.encode(SAMPLE, 'gb18030');
    const gb = decodeCsvBytes(gbBytes);

    expect(plain.encoding).toBe('utf-8');
    expect(bom.encoding).toBe('utf-8-bom');
    expect(gb.encoding).toBe('gb18030');
    expect(plain.text).toBe(SAMPLE);
    expect(bom.text).toBe(SAMPLE);
    expect(gb.text).toBe(SAMPLE);
    expect(bom.text.charCodeAt(0)).not.toBe(0xfeff);

    const rows = parseCsv(plain.text);
    expect(parseCsv(bom.text)).toEqual(rows);
    expect(parseCsv(gb.text)).toEqual(rows);
    expect(rows[2]).toEqual(['欧阳娜娜', '西湖乡代表团', '12', '女', '', '连任']);
  });

  it('the GB18030 bytes really are not UTF-8', () => {
    const gbBytes = iconv.encode('张伟,欧阳娜娜,城关镇代表团', 'gb18030');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbBytes)).toThrow();
    expect(decodeCsvBytes(gbBytes).text).toBe('张伟,欧阳娜娜,城关镇代表团');
  });

  it('UTF-16 LE and BE with BOM (Excel "Unicode text")', () => {
    const le = iconv.encode(SAMPLE, 'utf16le');
    const leBytes = new Uint8Array([0xff, 0xfe, ...le]);
    expect(decodeCsvBytes(leBytes)).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    const be = iconv.encode(SAMPLE, 'utf16be');
    const beBytes = new Uint8Array([0xfe, 0xff, ...be]);
    expect(decodeCsvBytes(beBytes)).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('empty input', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('parseCsv', () => {
  it('Excel-style quoting: commas, "" escapes and newlines inside quotes', () => {
    const text =
      '姓名,代表团,座位号,备注\r\n"张伟","城关镇代表团",A-012,"住址：城关镇, 东街 ""3号""\r\n第二行"\r\n王芳,城关镇代表团,A-013,"a\nb"\r\n';
    expect(parseCsv(text)).toEqual([
      ['姓名', '代表团', '座位号', '备注'],
      ['张伟', '城关镇代表团', 'A-012', '住址：城关镇, 东街 "3号"\n第二行'],
      ['王芳', '城关镇代表团', 'A-013', 'a\nb'],
    ]);
  });

  it('CRLF, LF and CR line ends give the same rows; trailing empty lines are ignored', () => {
    const lines = ['a,b,c', '1,2,3', '4,,6'];
    const expected = [
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '', '6'],
    ];
    expect(parseCsv(lines.join('\r\n'))).toEqual(expected);
    expect(parseCsv(lines.join('\n') + '\n')).toEqual(expected);
    expect(parseCsv(lines.join('\r'))).toEqual(expected);
    expect(parseCsv(lines.join('\r\n') + '\r\n\r\n\r\n')).toEqual(expected);
    expect(parseCsv(lines.join('\r\n') + '\r\n,,\r\n')).toEqual(expected);
  });

  it('keeps blank lines in the middle so record index + 1 is the spreadsheet row', () => {
    expect(parseCsv('a,b\n\n1,2\n')).toEqual([['a', 'b'], [''], ['1', '2']]);
  });

  it('empty fields, quoted empty fields and a trailing separator', () => {
    expect(parseCsv('a,"",c,\n')).toEqual([['a', '', 'c', '']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('a quote inside an unquoted field is literal', () => {
    expect(parseCsv('a"b,c\n')).toEqual([['a"b', 'c']]);
  });

  it('tab-separated when the header has tabs and no commas', () => {
    expect(parseCsv('姓名\t代表团\t座位号\n张伟\t城关镇代表团\t"A,1"\n')).toEqual([
      ['姓名', '代表团', '座位号'],
      ['张伟', '城关镇代表团', 'A,1'],
    ]);
    // a comma in the header keeps comma as separator
    expect(parseCsv('a,b\tc\n1,2\n')).toEqual([
      ['a', 'b\tc'],
      ['1', '2'],
    ]);
  });

  it('throws CsvSyntaxError with the line number on an unclosed quote', () => {
    const text = 'a,b\n1,2\n3,"unterminated\nmore text\n';
    let caught: unknown;
    try {
      parseCsv(text);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CsvSyntaxError);
    expect((caught as CsvSyntaxError).line).toBe(3);
    expect((caught as CsvSyntaxError).row).toBe(3);
    expect((caught as CsvSyntaxError).message).toMatch(/line 3/);
  });

  it('unclosed-quote line counts physical lines, row counts records', () => {
    const text = 'a,b\n"x\ny",1\n2,"oops\n';
    try {
      parseCsv(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvSyntaxError);
      expect((e as CsvSyntaxError).line).toBe(4);
      expect((e as CsvSyntaxError).row).toBe(3);
    }
  });
});

describe('mapDeputyRows', () => {
  it('maps a valid file', () => {
    const r = mapDeputyRows(parseCsv(SAMPLE), ctx());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.deputies).toEqual([
      { rowNumber: 2, name: '张伟', delegationId: 'd-cgz', seatNo: 'A-012', gender: 'male', phone: '13800000000', note: null },
      { rowNumber: 3, name: '欧阳娜娜', delegationId: 'd-xhx', seatNo: '12', gender: 'female', phone: null, note: '连任' },
      { rowNumber: 4, name: '李 明', delegationId: 'd-pla', seatNo: 'B-001', gender: null, phone: '0931-8123456', note: null },
    ]);
  });

  it('the same file in any of the three encodings imports identically', () => {
    const a = readDeputiesCsv(utf8(SAMPLE), ctx());
    const b = readDeputiesCsv(withBom(utf8(SAMPLE)), ctx());
    const c = readDeputiesCsv(iconv.encode(SAMPLE, 'gb18030'), ctx());
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (!a.ok || !b.ok || !c.ok) return;
    expect(b.deputies).toEqual(a.deputies);
    expect(c.deputies).toEqual(a.deputies);
    expect([a.encoding, b.encoding, c.encoding]).toEqual(['utf-8', 'utf-8-bom', 'gb18030']);
  });

  it('reports every bad row with the right row number and column', () => {
    const text = [
      '姓名,代表团,座位号,性别,联系电话,备注', // 1
      '张伟,城关镇代表团,A-012,男,,', // 2 ok
      ',城关镇代表团,A-013,女,,', // 3 missing name
      '王芳,城关镇代表团,a-012,女,,', // 4 duplicate of row 2 (case-insensitive)
      '赵强,西湖乡代表团,B-100,男,,', // 5 seat taken
      '钱军,城关镇,A-020,男,,', // 6 unknown delegation
      '孙丽,驻军代表团,A-021,未知,,', // 7 bad gender
      '', // 8 blank, skipped
      ',城关镇,Ａ－０１２,x,,', // 9 missing name + unknown delegation + duplicate (full-width) + bad gender
      '周杰,驻军代表团,A-030,M,,', // 10 ok
    ].join('\r\n');
    const r = mapDeputyRows(parseCsv(text), ctx(['b-100']));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(codes(r.errors)).toEqual([
      [3, 'name', 'missing_name'],
      [4, 'seat', 'duplicate_seat'],
      [5, 'seat', 'seat_taken'],
      [6, 'delegation', 'unknown_delegation'],
      [7, 'gender', 'bad_gender'],
      [9, 'name', 'missing_name'],
      [9, 'delegation', 'unknown_delegation'],
      [9, 'seat', 'duplicate_seat'],
      [9, 'gender', 'bad_gender'],
    ]);
    const unknown = r.errors.find((e) => e.row === 6)!;
    expect(unknown.message).toBe('第6行“代表团”：未知的代表团“城关镇”');
    expect(unknown.messageEn).toBe('row 6, delegation: unknown delegation "城关镇"');
    expect(unknown.value).toBe('城关镇');
    const dup = r.errors.find((e) => e.row === 4)!;
    expect(dup.message).toContain('第2行');
    expect(dup.messageEn).toContain('row 2');
    expect(r.errors.find((e) => e.row === 9 && e.column === 'seat')!.message).toContain('第2行');
    expect(r.errors.find((e) => e.row === 7)!.value).toBe('未知');
  });

  it('row numbers follow spreadsheet rows even with multi-line cells', () => {
    const text = '姓名,代表团,座位号,备注\n张伟,城关镇代表团,1,"多行\n备注\n内容"\n,城关镇代表团,2,\n';
    const r = mapDeputyRows(parseCsv(text), ctx());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(codes(r.errors)).toEqual([[3, 'name', 'missing_name']]);
  });

  it('accepts English headers in any case and spacing, and ignores unknown columns', () => {
    const text = ' Name ,DELEGATION,Seat No,Sex?,Gender,Phone,Note,Extra\n张伟,城关镇代表团,A-1,zzz,female,110,hi,whatever\n';
    const r = mapDeputyRows(parseCsv(text), ctx());
    expect(r).toEqual({
      ok: true,
      deputies: [{ rowNumber: 2, name: '张伟', delegationId: 'd-cgz', seatNo: 'A-1', gender: 'female', phone: '110', note: 'hi' }],
    });
    for (const seatHeader of ['seat', 'seatNo', 'seat_no', 'SEAT_NO', '座号', '座位号']) {
      const rr = mapDeputyRows(parseCsv(`name,delegation,${seatHeader}\n张伟,城关镇代表团,7\n`), ctx());
      expect(rr.ok, seatHeader).toBe(true);
    }
    expect(mapDeputyRows(parseCsv('姓名,代表团,座位号,电话\n张伟,城关镇代表团,7,123\n'), ctx())).toMatchObject({
      ok: true,
      deputies: [{ phone: '123' }],
    });
  });

  it('reports missing required header columns on row 1', () => {
    const r = mapDeputyRows(parseCsv('姓名,性别,备注\n张伟,男,\n'), ctx());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(codes(r.errors)).toEqual([
      [1, 'delegation', 'missing_column'],
      [1, 'seat', 'missing_column'],
    ]);
    expect(r.errors[0].message).toBe('第1行“代表团”：缺少“代表团”列');
  });

  it('a title row above the header is skipped and the header row is reported correctly', () => {
    const r = mapDeputyRows(parseCsv('某某县第十八届人民代表大会代表名单,,\n姓名,代表团,座位号\n,城关镇代表团,1\n'), ctx());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(codes(r.errors)).toEqual([[3, 'name', 'missing_name']]);
  });

  it('duplicate header column', () => {
    const r = mapDeputyRows(parseCsv('姓名,name,代表团,座位号\n张伟,张伟,城关镇代表团,1\n'), ctx());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(codes(r.errors)).toEqual([[1, 'name', 'duplicate_column']]);
  });

  it('empty file and header-only file', () => {
    for (const text of ['', '\r\n\r\n', ' , ,\n']) {
      const r = mapDeputyRows(parseCsv(text), ctx());
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(codes(r.errors)).toEqual([[1, '', 'empty_file']]);
    }
    const bomOnly = readDeputiesCsv(new Uint8Array([0xef, 0xbb, 0xbf]), ctx());
    expect(bomOnly.ok).toBe(false);
    if (!bomOnly.ok) expect(bomOnly.errors[0].code).toBe('empty_file');

    const h = mapDeputyRows(parseCsv('姓名,代表团,座位号\n\n'), ctx());
    expect(h.ok).toBe(false);
    if (!h.ok) expect(codes(h.errors)).toEqual([[1, '', 'no_data_rows']]);
  });

  it('blank lines are skipped but still counted', () => {
    const text = '姓名,代表团,座位号\n\n张伟,城关镇代表团,1\n  ,  ,  \n\n欧阳娜娜,西湖乡代表团,2\n\n\n';
    const r = mapDeputyRows(parseCsv(text), ctx());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.deputies.map((d) => [d.rowNumber, d.name])).toEqual([
      [3, '张伟'],
      [6, '欧阳娜娜'],
    ]);
  });

  it('trims whitespace (including full-width spaces) and matches delegations after trimming', () => {
    const r = mapDeputyRows(parseCsv('姓名,代表团,座位号,性别\n\u3000张伟 ,  西湖乡代表团\t, Ａ１２ , 男 \n'), ctx());
    expect(r).toEqual({
      ok: true,
      deputies: [{ rowNumber: 2, name: '张伟', delegationId: 'd-xhx', seatNo: 'A12', gender: 'male', phone: null, note: null }],
    });
  });

  it('missing seat / delegation, malformed seat and field lengths', () => {
    const long = (n: number) => '字'.repeat(n);
    const text = [
      '姓名,代表团,座位号,联系电话,备注',
      `${long(50)},城关镇代表团,,${'1'.repeat(30)},${long(200)}`,
      `${long(51)},,${'1'.repeat(21)},${'1'.repeat(31)},${long(201)}`,
      '张伟,城关镇代表团,"A,1",,',
    ].join('\n');
    const r = mapDeputyRows(parseCsv(text), ctx());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(codes(r.errors)).toEqual([
      [2, 'seat', 'missing_seat'],
      [3, 'name', 'too_long'],
      [3, 'delegation', 'missing_delegation'],
      [3, 'seat', 'too_long'],
      [3, 'phone', 'too_long'],
      [3, 'note', 'too_long'],
      [4, 'seat', 'bad_seat'],
    ]);
  });

  it('seat taken wins over in-file duplicate; existing seats are compared normalised', () => {
    const text = '姓名,代表团,座位号\n甲,城关镇代表团,ａ-1\n乙,城关镇代表团,A-1\n丙,城关镇代表团,A-2\n丁,城关镇代表团,a-2\n';
    const r = mapDeputyRows(parseCsv(text), ctx(['Ａ-1']));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(codes(r.errors)).toEqual([
      [2, 'seat', 'seat_taken'],
      [3, 'seat', 'seat_taken'],
      [5, 'seat', 'duplicate_seat'],
    ]);
    expect(normalizeSeatNo(' ａ－０１２ ')).toBe('A-012');
  });

  it('rejects more than 5,000 data rows', () => {
    const lines = ['姓名,代表团,座位号'];
    for (let i = 1; i <= 5001; i++) lines.push(`代表${i},城关镇代表团,${i}`);
    const r = mapDeputyRows(parseCsv(lines.join('\n')), ctx());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(codes(r.errors)).toEqual([[5002, '', 'too_many_rows']]);

    const ok = mapDeputyRows(parseCsv(lines.slice(0, 5001).join('\n')), ctx());
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.deputies).toHaveLength(5000);
  });

  it('readDeputiesCsv turns an unclosed quote into a csv_syntax error', () => {
    const r = readDeputiesCsv(utf8('姓名,代表团,座位号\n张伟,"城关镇代表团,1\n'), ctx());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(codes(r.errors)).toEqual([[2, '', 'csv_syntax']]);
  });
});

describe('deputiesCsvTemplate', () => {
  it('is a header plus one example row that imports cleanly', () => {
    const t = deputiesCsvTemplate();
    const rows = parseCsv(t);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(['姓名', '代表团', '座位号', '性别', '联系电话', '备注']);
    expect(mapDeputyRows(rows, ctx()).ok).toBe(true);
    expect(t.endsWith('\r\n')).toBe(true);
  });

  it('optional BOM and example delegation', () => {
    const t = deputiesCsvTemplate({ bom: true, exampleDelegation: '驻军代表团' });
    expect(t.charCodeAt(0)).toBe(0xfeff);
    const d = readDeputiesCsv(utf8(t), ctx());
    expect(d.ok && d.deputies[0].delegationId).toBe('d-pla');
    expect(d.encoding).toBe('utf-8-bom');
  });
});
