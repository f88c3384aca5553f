// The annual report's data and exports, without a session: the report in one answer (ETag/304),
// the three CSVs (BOM, header, one row per project / report / evaluated project, exact figures,
// formulas neutralised, nothing private) and the PDF of the report page made by Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser';
import { MAX_RENDERS_PER_ADDRESS, reportPdf } from '../../server/phase3-implementation/annual-report-pdf';
import { DRIVERS, startTestServer, type TestServer } from '../support/harness';
import { ok } from '../support/implementation-fixtures';
import {
  buildReportCycle,
  CHANGE_REASON,
  DECISION_NUMBER,
  FORMULA_DEPARTMENT,
  FORMULA_MILESTONE,
  FORMULA_NOTE,
  type ReportCycle,
} from '../support/report-fixtures';
import { ensureWebBuild } from '../support/web-build';

const SOME_ID = '00000000-0000-4000-8000-000000000000';
const BOM = '\ufeff';

/** The body as sent: fetch's text() would drop the BOM we are checking for. */
async function rawText(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, text };
}

/** Parses the CSV these routes write: every cell quoted, "" for a quote, CRLF between rows. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

/** Rows as objects keyed by the header. */
const records = (rows: string[][]) => rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((h, i) => [h, r[i]])));

describe.each(DRIVERS)('annual report and exports [%s]', (driver) => {
  let server: TestServer;
  let rc: ReportCycle;
  const nobody = () => server.client();
  const base = () => `/api/public/cycles/${rc.impl.cycleId}`;

  beforeAll(async () => {
    // The server reads the built page at start, so the build comes first (the PDF prints that page).
    if (hasChromium) await ensureWebBuild();
    server = await startTestServer(driver);
    rc = await buildReportCycle(server, { evaluate: true });
  }, 120_000);
  afterAll(async () => server?.stop());

  it('gives the whole report in one answer, with an ETag and 304 on If-None-Match', async () => {
    const r = await nobody().get(`${base()}/report`);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('public, max-age=30');
    const etag = r.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    const again = await nobody().request('GET', `${base()}/report`, undefined, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');

    const rep = r.body;
    expect(rep.asOf).toBe('2027-12-20');
    expect(rep.cycle.id).toBe(rc.impl.cycleId);
    expect(rep.totals).toMatchObject({ projects: 3, disbursedYuan: 250_000 });
    expect(rep.projects.map((x: any) => x.project.id)).toEqual(rc.p);
    const [one, two] = rep.projects;
    // The correction replaced the first report's figures.
    expect(one.project).toMatchObject({
      percentComplete: 25,
      disbursedYuan: 200_000,
      departmentName: FORMULA_DEPARTMENT,
      grade: 'satisfied',
      satisfactionRateText: '80.0%',
    });
    expect(one.reports.map((x: any) => [x.number, x.percentComplete, x.correctionNote])).toEqual([
      [2, 25, FORMULA_NOTE],
      [1, 20, null],
    ]);
    expect(one.supervision.items).toHaveLength(1);
    expect(two.project).toMatchObject({ deadline: '2028-06-30', grade: 'basically_satisfied' });
    expect(two.changes[0]).toMatchObject({
      status: 'approved',
      reason: CHANGE_REASON,
      decision: { number: DECISION_NUMBER, decidedOn: '2027-03-05' },
    });
    expect(rep.projects[2].project.grade).toBe('unsatisfied');
    expect(rep.projects[2].rectifications).toHaveLength(1);
    expect(rep.projects[0].timeline).toBeUndefined();

    // The vote and the evaluation, with their ledgers and heads (anyone can verify them).
    expect(rep.ballots).toHaveLength(1);
    expect(rep.ballots[0].candidates.slice(0, 3).map((c: any) => c.for)).toEqual([5, 4, 3]);
    expect(rep.evaluations).toHaveLength(1);
    expect(rep.evaluations[0]).toMatchObject({ title: '2027年民生实事项目满意度测评', rosterCount: 5, valid: 5, threshold: 3 });
    expect(
      rep.evaluations[0].projects.map((x: any) => [
        x.projectId,
        x.satisfied,
        x.basically_satisfied,
        x.unsatisfied,
        x.gradeLabel,
        x.satisfactionRateText,
      ]),
    ).toEqual([
      [rc.p[0], 3, 1, 1, '满意', '80.0%'],
      [rc.p[1], 2, 1, 2, '基本满意', '60.0%'],
      [rc.p[2], 1, 1, 3, '不满意', '40.0%'],
    ]);
    const ledgerIds = rep.ledgers.map((l: any) => l.id);
    expect(ledgerIds).toEqual(expect.arrayContaining([rc.impl.cycleLedgerId, rep.ballots[0].ledgerId, rep.evaluations[0].ledgerId]));
    for (const l of rep.ledgers) {
      const exp = ok(await nobody().get(`/api/ledgers/${l.id}`));
      expect(exp.head).toEqual(l.head);
    }
    // Department record of this cycle: one department, 3 projects, 2 of 3 evaluated 满意 or 基本满意.
    expect(rep.departments).toHaveLength(1);
    expect(rep.departments[0]).toMatchObject({
      name: FORMULA_DEPARTMENT,
      record: { projects: 3, evaluation: { evaluated: 3, satisfiedShare: { text: '66.7%' } } },
    });
  });

  it("gives each department one set of figures for the year: the overview's departments are the report's", async () => {
    const overview = ok(await nobody().get(`${base()}/overview`));
    const report = ok(await nobody().get(`${base()}/report`));
    expect(overview.departments.length).toBeGreaterThan(0);
    expect(overview.departments).toEqual(report.departments);
    // Scoped to this cycle: each department listed has exactly its projects of this cycle counted.
    const list = ok(await nobody().get(`${base()}/projects`)).projects as Array<{ departmentId: string }>;
    for (const d of overview.departments as Array<{ id: string; record: { projects: number } }>) {
      expect(d.record.projects).toBe(list.filter((p) => p.departmentId === d.id).length);
    }
    expect(new Set(overview.departments.map((d: { id: string }) => d.id))).toEqual(new Set(list.map((p) => p.departmentId)));
  });

  it('says nothing private: no phones, contact names or account names', async () => {
    const texts = [
      (await nobody().get(`${base()}/report`)).text,
      (await nobody().get(`${base()}/projects.csv`)).text,
      (await nobody().get(`${base()}/progress.csv`)).text,
      (await nobody().get(`${base()}/evaluations.csv`)).text,
    ];
    for (const text of texts) {
      expect(text).not.toContain('0000-0000000'); // the proposals' contact phone
      expect(text).not.toContain('联系人');
      expect(text).not.toMatch(/mishu|jianpiao|daibiao1|"username"|contactPhone|passwordHash/);
    }
  });

  it('exports the projects as CSV: BOM, Chinese header, one row per project with exact figures in 元', async () => {
    const r = await rawText(`${server.url}${base()}/projects.csv`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('2027年民生实事项目清单.csv')}`);
    expect(r.headers.get('etag')).toMatch(/^"[0-9a-f]{40}"$/);
    expect((await nobody().request('GET', `${base()}/projects.csv`, undefined, { 'if-none-match': r.headers.get('etag')! })).status).toBe(304);
    const rows = parseCsv(r.text);
    expect(rows[0]!.slice(0, 9)).toEqual([
      '编号',
      '项目名称',
      '类别',
      '责任单位',
      '预算（元）',
      '原预算（元）',
      '已拨付资金（元）',
      '完成进度（%）',
      '状态',
    ]);
    const list = records(rows);
    expect(list).toHaveLength(3);
    const rep = (await nobody().get(`${base()}/report`)).body;
    list.forEach((row, i) => {
      const p = rep.projects[i].project;
      expect(row).toMatchObject({
        编号: p.code,
        项目名称: p.title,
        '预算（元）': String(p.budgetYuan),
        完成期限: p.deadline,
        原定期限: p.originalDeadline,
      });
    });
    expect(list[0]).toMatchObject({
      '已拨付资金（元）': '200000',
      '完成进度（%）': '25',
      测评结果: '满意',
      满意率: '80.0%',
      赞成票: '5',
      票决名次: '第 1 名',
    });
    expect(list[1]).toMatchObject({ '已拨付资金（元）': '50000', 完成期限: '2028-06-30', 测评结果: '基本满意', 赞成票: '4' });
    expect(list[2]).toMatchObject({ '已拨付资金（元）': '0', '完成进度（%）': '0', 测评结果: '不满意' });
    // A department name that Excel would run as a formula is written as text.
    expect(list[0]!['责任单位']).toBe(`'${FORMULA_DEPARTMENT}`);
    expect(r.text).not.toMatch(/(^|,)"[=+\-@]/m);
  });

  it('exports every progress report as CSV, with corrections and milestones, formulas neutralised', async () => {
    const r = await rawText(`${server.url}${base()}/progress.csv`);
    expect(r.status).toBe(200);
    const list = records(parseCsv(r.text));
    expect(list.map((x) => [x['项目编号'], x['报告序号'], x['完成进度（%）'], x['已拨付资金（元）']])).toEqual([
      [expect.any(String), '1', '20', '150000'],
      [expect.any(String), '2', '25', '200000'],
      [expect.any(String), '1', '10', '50000'],
    ]);
    const [first, correction, other] = list;
    expect(first).toMatchObject({
      截至日期: '2027-03-05',
      达成节点: `'${FORMULA_MILESTONE}`,
      已被更正: '已被第2号报告更正',
      报送情况: '逾期补报',
      '报送时间（北京时间）': '2027-03-05 10:00:00',
    });
    expect(correction).toMatchObject({ 更正第几号报告: '1', 更正说明: `'${FORMULA_NOTE}`, 报送情况: '更正报告' });
    expect(other).toMatchObject({ 项目名称: (await nobody().get(`${base()}/report`)).body.projects[1].project.title, 报送情况: '逾期补报' });
    expect(r.text).not.toMatch(/(^|,)"[=+\-@]/m);
  });

  it('exports the certified evaluations as CSV, one row per project', async () => {
    const r = await rawText(`${server.url}${base()}/evaluations.csv`);
    expect(r.status).toBe(200);
    const list = records(parseCsv(r.text));
    expect(list.map((x) => [x['满意'], x['基本满意'], x['不满意'], x['弃权'], x['测评结果'], x['满意率']])).toEqual([
      ['3', '1', '1', '0', '满意', '80.0%'],
      ['2', '1', '2', '0', '基本满意', '60.0%'],
      ['1', '1', '3', '0', '不满意', '40.0%'],
    ]);
    expect(list[0]).toMatchObject({ 测评: '2027年民生实事项目满意度测评', 应到: '5', 有效票: '5', 过半数票数: '3' });
  });

  it('answers 404 for an unknown cycle on every report route', async () => {
    for (const path of ['report', 'projects.csv', 'progress.csv', 'evaluations.csv', 'report.pdf']) {
      const r = await nobody().get(`/api/public/cycles/${SOME_ID}/${path}`);
      expect(r.status, path).toBe(404);
      expect(r.body.error.code).toBe('not_found');
    }
  });

  it.skipIf(!hasChromium)(
    'makes a PDF of the report page: A4 pages, a Chinese file name, cached by ETag',
    async () => {
      const res = await fetch(`${server.url}${base()}/report.pdf`);
      expect(
        res.status,
        await res
          .clone()
          .text()
          .catch(() => ''),
      ).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('某县2027年民生实事项目报告.pdf')}`);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = bytes.toString('latin1');
      const pages = text.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(2);
      // A4 is 595 × 842 points.
      const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
        Math.round(Number(m[1])),
        Math.round(Number(m[2])),
      ]);
      expect(boxes.length).toBeGreaterThanOrEqual(pages.length);
      for (const box of boxes) expect(box).toEqual([595, 842]);
      const again = await fetch(`${server.url}${base()}/report.pdf`, { headers: { 'if-none-match': res.headers.get('etag')! } });
      expect(again.status).toBe(304);
    },
    120_000,
  );

  it('caches key on documented parameters only: an unknown query parameter gets the same ETag', async () => {
    for (const path of ['report', 'projects.csv', 'overview', 'projects']) {
      const plain = await nobody().get(`${base()}/${path}`);
      expect(plain.status, path).toBe(200);
      const odd = await nobody().get(`${base()}/${path}?x=${Math.random()}&utm=1`);
      expect(odd.headers.get('etag'), path).toBe(plain.headers.get('etag'));
    }
    // A documented one does change it.
    const filtered = await nobody().get(`${base()}/projects?flag=overdue`);
    expect(filtered.headers.get('etag')).not.toBe((await nobody().get(`${base()}/projects`)).headers.get('etag'));
  });

  it.skipIf(!hasChromium)(
    'random query strings share one PDF render per (cycle, data version, language)',
    async () => {
      // Six concurrent requests from one address, each with its own junk parameter: were each a
      // render, four would be refused (two renders per address); all six get the same PDF.
      const replies = await Promise.all(
        Array.from({ length: 6 }, (_, i) => fetch(`${server.url}${base()}/report.pdf?lang=en&x=${i}-${Math.random()}`)),
      );
      expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
      const bodies = await Promise.all(replies.map(async (r) => Buffer.from(await r.arrayBuffer()).length));
      expect(new Set(bodies).size).toBe(1);
      expect(new Set(replies.map((r) => r.headers.get('etag'))).size).toBe(1);
    },
    120_000,
  );

  it.skipIf(!hasChromium)(
    'one client address may have two renders running; a third gets 429 with Retry-After',
    async () => {
      const page = `/public/cycles/${rc.impl.cycleId}/report`;
      const keys = ['k1', 'k2', 'k3'].map((k) => `allowance-${k}-${Math.random()}`);
      const results = await Promise.allSettled(keys.map((key) => reportPdf(server.deps, server.url, page, 'zh', key, '203.0.113.9')));
      expect(MAX_RENDERS_PER_ADDRESS).toBe(2);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
      const err = (results[2] as PromiseRejectedResult).reason;
      expect(err.code).toBe('rate_limited');
      expect(err.retryAfter).toBeGreaterThan(0);
      // Another address is not affected.
      await expect(reportPdf(server.deps, server.url, page, 'zh', `allowance-other-${Math.random()}`, '203.0.113.10')).resolves.toBeInstanceOf(
        Uint8Array,
      );
    },
    120_000,
  );
});
