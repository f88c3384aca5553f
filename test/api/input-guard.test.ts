// The one input guard every route shares: ill-formed Unicode refused with 400 naming the field,
// dates that are real and in range, CSV lines that are not text refused with their numbers, and an
// oversized body that always gets its 413 JSON. Real server, both drivers.
import http from 'node:http';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isIsoDate } from '../../server/core/domain/china-date';
import { undecodableLines } from '../../server/core/roster/roster-csv';
import { buildHall, type Hall } from '../support/ballot-fixtures';
import { DRIVERS, startTestServer, type TestServer } from '../support/harness';

describe('dates and undecodable lines (pure)', () => {
  it('a date is real and between 2000-01-01 and 2100-12-31', () => {
    for (const bad of ['2027-02-30', '2027-13-01', '0001-01-01', '9999-12-31', '1999-12-31', '2101-01-01', '2027-2-3', '2027-02-29'])
      expect(isIsoDate(bad), bad).toBe(false);
    for (const good of ['2000-01-01', '2028-02-29', '2100-12-31', '2027-03-01']) expect(isIsoDate(good), good).toBe(true);
  });

  it('finds the lines that are not UTF-8, or not GB18030', () => {
    const utf8 = Buffer.concat([
      Buffer.from('姓名,代表团,座位号\n张三,城关镇代表团,1\n'),
      Buffer.from([0xe5, 0xbc, 0xff, 0x2c, 0x31, 0x0a]),
      Buffer.from('李四,城关镇代表团,3\n'),
    ]);
    expect(undecodableLines(utf8)).toEqual([3]);
    const gb = Buffer.concat([
      iconv.encode('姓名,代表团,座位号\r\n张三,城关镇代表团,1\r\n李四,城关镇代表团,2\r\n', 'gb18030'),
      Buffer.from([0x81, 0x2c, 0x31, 0x0d, 0x0a]),
    ]);
    expect(undecodableLines(gb)).toEqual([4]);
    expect(undecodableLines(iconv.encode('姓名,代表团\r\n张三,城关镇\r\n', 'gb18030'))).toEqual([]);
  });
});

/** A raw request of `size` bytes over its own connection; resolves with the status and body, or the socket error. */
function sendLarge(base: string, path: string, size: number, cookie: string): Promise<{ status: number; body: string } | { error: string }> {
  const u = new URL(base);
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: u.hostname,
        port: Number(u.port),
        path,
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': size, cookie, origin: base },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode!, body }));
        res.on('error', (e) => resolve({ error: String(e) }));
      },
    );
    req.on('error', (e) => resolve({ error: (e as NodeJS.ErrnoException).code ?? String(e) }));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const write = () => {
      while (sent < size) {
        const n = Math.min(chunk.length, size - sent);
        sent += n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
          req.once('drain', write);
          return;
        }
      }
      req.end();
    };
    write();
  });
}

describe.each(DRIVERS)('input guard [%s]', (driver) => {
  let server: TestServer;
  let hall: Hall;

  beforeAll(async () => {
    server = await startTestServer(driver);
    hall = await buildHall(server, { deputies: 3, candidates: 3, seats: 2 });
  });
  afterAll(async () => server?.stop());

  it('lone surrogates get 400 naming the field, on every route that used to 500', async () => {
    const me = (await hall.admin.get('/api/auth/me')).body.account;
    const lone = 'x\ud800';
    const cases: Array<[string, string, unknown, string]> = [
      ['PATCH', `/api/deputies/${hall.deputyIds[0]}`, { name: lone }, 'body.name'],
      ['PATCH', `/api/accounts/${me.id}`, { displayName: lone }, 'body.displayName'],
      ['POST', '/api/ballots', { cycleId: hall.cycleId, sittingId: hall.sittingId, title: lone, rules: {} }, 'body.title'],
      ['POST', '/api/tablets/pairing-codes', { name: lone }, 'body.name'],
      ['POST', '/api/delegations', { name: `\udc00${'a'}` }, 'body.name'],
      ['POST', '/api/sittings', { title: '会议', date: '2027-03-01', extra: { deep: ['ok', 'y\udfff'] } }, 'body.extra.deep.1'],
    ];
    for (const [method, path, body, field] of cases) {
      const r = await hall.admin.request(method, path, body);
      expect(r.status, `${method} ${path}`).toBe(400);
      expect(r.body.error.code).toBe('bad_request');
      expect(r.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(field);
    }
    // A paired surrogate (an emoji) is fine.
    expect((await hall.admin.post('/api/delegations', { name: '代表团😀' })).status).toBe(201);
  });

  it('dates must be real calendar dates from 2000-01-01 to 2100-12-31', async () => {
    for (const date of ['2027-02-30', '2027-13-01', '0001-01-01', '9999-12-31']) {
      const r = await hall.admin.post('/api/sittings', { title: '会议', date });
      expect(r.status, date).toBe(400);
      expect(r.body.error.details.issues[0].path).toBe('body.date');
    }
    expect((await hall.admin.post('/api/sittings', { title: '会议', date: '2028-02-29' })).status).toBe(201);
  });

  it('a CSV import with undecodable lines is refused with their line numbers, nothing imported', async () => {
    const before = (await hall.admin.get('/api/deputies?pageSize=500')).body.deputies.length;
    const utf8 = Buffer.concat([
      Buffer.from('姓名,代表团,座位号\n王五,城关镇代表团,21\n'),
      Buffer.from([0xe7, 0x8e, 0x8b, 0xff, 0x2c]),
      Buffer.from('城关镇代表团,22\n'),
    ]);
    const r = await hall.admin.request('POST', '/api/deputies/import', new Uint8Array(utf8), { 'content-type': 'text/csv' });
    expect(r.status).toBe(422);
    expect(r.body.error.details.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([[3, 'undecodable']]);
    const gb = Buffer.concat([
      iconv.encode('姓名,代表团,座位号\r\n', 'gb18030'),
      Buffer.from([0x81, 0x2c]),
      iconv.encode('城关镇代表团,23\r\n赵六,城关镇代表团,24\r\n', 'gb18030'),
    ]);
    const g = await hall.admin.request('POST', '/api/deputies/import', new Uint8Array(gb), { 'content-type': 'text/csv' });
    expect(g.status).toBe(422);
    expect(g.body.error.details.errors.map((e: { row: number }) => e.row)).toEqual([2]);
    expect((await hall.admin.get('/api/deputies?pageSize=500')).body.deputies.length).toBe(before);
  });

  it('a 10 MB body always gets its 413 JSON before the connection closes (5 times)', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await sendLarge(server.url, '/api/delegations', 10 * 1024 * 1024, hall.admin.cookie!);
      expect(r, `attempt ${i + 1}`).toHaveProperty('status', 413);
      expect(JSON.parse((r as { body: string }).body).error.code).toBe('payload_too_large');
    }
  });
});
