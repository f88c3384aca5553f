// The annual report of a cycle and its exports, public like the other progress pages: the report's
// data in one answer, three CSVs (UTF-8 with BOM for Excel) and the PDF of the report page. Every
// answer carries the ETag of the cycle's data version (public-cache.ts).
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { z } from 'zod';
import { findCongress } from '../core/accounts/accounts.repository';
import { NoBody, raw } from '../http/contract';
import { defineRoute } from '../http/route';
import { PublicReportAnswer } from './annual-report.contract';
import { idParam } from '../http/schemas';
import type { AppEnv } from '../core/context';
import { cachedJson, cachedText, cycleVersionOf, etagOf, PUBLIC_CACHE_CONTROL } from '../core/public-cache';
import { publicCycleOf } from './public-progress.service';
import { pdfAvailable, PdfUnavailable, reportPdf } from './annual-report-pdf';
import { evaluationsCsvOf, progressCsvOf, projectsCsvOf, publicReport } from './annual-report.service';

export const publicReportRoute = defineRoute({
  method: 'get',
  path: '/api/public/cycles/:id/report',
  access: 'public',
  summary: "The annual report of a cycle in one answer: the overview, every project's record, evaluations, department records, ledgers",
  responses: { 200: PublicReportAnswer, 304: NoBody },
  params: idParam,
  handler: async ({ c, deps, params }) => {
    const now = deps.clock();
    const cycle = await publicCycleOf(deps, params.id);
    return cachedJson(c, deps, await cycleVersionOf(deps, cycle, now), async () => ({
      ...(await publicReport(deps.db, cycle.id, now)),
      pdfAvailable: pdfAvailable(),
    }));
  },
});

const CSV_TYPE = 'text/csv; charset=utf-8';

/** `attachment` with an ASCII fallback name and the Chinese one per RFC 5987. */
const attachment = (ascii: string, name: string) => `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

function csvRoute<File extends string>(
  file: File,
  zhName: string,
  summary: string,
  build: (deps: AppEnv['Variables']['deps'], cycleId: string, now: Date) => Promise<string>,
) {
  return defineRoute({
    method: 'get',
    path: `/api/public/cycles/:id/${file}.csv`,
    access: 'public',
    summary,
    params: idParam,
    responses: { 200: raw(CSV_TYPE, 'UTF-8 with BOM, for Excel'), 304: NoBody },
    handler: async ({ c, deps, params }) => {
      const now = deps.clock();
      const cycle = await publicCycleOf(deps, params.id);
      return cachedText(c, deps, await cycleVersionOf(deps, cycle, now), () => build(deps, cycle.id, now), CSV_TYPE, {
        'Content-Disposition': attachment(`${file}-${cycle.year}.csv`, `${cycle.year}年民生实事项目${zhName}.csv`),
      });
    },
  });
}

export const publicProjectsCsvRoute = csvRoute(
  'projects',
  '清单',
  "A cycle's projects as CSV (UTF-8 with BOM): 编号, 责任单位, budget and disbursed in 元, progress, status, flags, evaluation, vote",
  (deps, id, now) => projectsCsvOf(deps.db, id, now),
);
export const publicProgressCsvRoute = csvRoute(
  'progress',
  '进展报告',
  "Every progress report of a cycle's projects as CSV: as-of date, percent, disbursed 元, milestones reached, corrections, on time or late",
  (deps, id, now) => progressCsvOf(deps.db, id, now),
);
export const publicEvaluationsCsvRoute = csvRoute(
  'evaluations',
  '满意度测评结果',
  'The certified satisfaction evaluations of a cycle as CSV: per project 满意/基本满意/不满意/弃权, grade and satisfaction rate',
  (deps, id) => evaluationsCsvOf(deps.db, id),
);

/**
 * Where this server can reach itself: the local end of the socket this request came in on — the
 * address and port the server is listening on, as the operating system reports it. Not the Host
 * header: a client chooses that, and a spoofed Host would make the server's browser open (and
 * print into a public PDF) a page of the client's choosing. Not env PORT/HOST either: PORT may be
 * 0 (any free port) and HOST 0.0.0.0, neither of which can be dialled as such.
 */
function ownOrigin(c: Context<AppEnv>): string | null {
  const socket = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket;
  if (!socket?.localAddress || !socket.localPort) return null;
  const host = socket.localAddress.replace(/^::ffff:/, '');
  return `http://${host.includes(':') ? `[${host}]` : host}:${socket.localPort}`;
}

export const publicReportPdfRoute = defineRoute({
  method: 'get',
  path: '/api/public/cycles/:id/report.pdf',
  access: 'public',
  summary:
    "The annual report as an A4 PDF: the report page printed by the server's headless Chromium (503 pdf_unavailable without one); ?lang=en for English",
  responses: { 200: raw('application/pdf', 'The report page printed to A4'), 304: NoBody },
  params: idParam,
  query: z.object({ lang: z.enum(['zh', 'en']).optional() }),
  handler: async ({ c, deps, params, query }) => {
    const cycle = await publicCycleOf(deps, params.id);
    const { etag, fresh } = etagOf(c, await cycleVersionOf(deps, cycle, deps.clock()));
    const cache = { ETag: etag, 'Cache-Control': PUBLIC_CACHE_CONTROL };
    if (fresh) return c.body(null, 304, cache);
    const lang = query.lang ?? 'zh';
    const origin = ownOrigin(c);
    let pdf: Uint8Array;
    try {
      if (!origin) throw new PdfUnavailable('not on a network socket');
      pdf = await reportPdf(deps, origin, `/public/cycles/${cycle.id}/report`, lang, etag, c.get('clientIp'));
    } catch (err) {
      if (!(err instanceof PdfUnavailable)) throw err;
      deps.log('info', `report PDF unavailable: ${err.message}`);
      const message =
        c.get('lang') === 'en'
          ? 'This server cannot make PDFs (no Chromium). Open the report page and use its Print button, then "Save as PDF".'
          : '本服务器无法生成 PDF（未安装 Chromium）。请打开报告页面，点击“打印”，选择“另存为 PDF”。';
      return c.json({ error: { code: 'pdf_unavailable', message, details: { page: `/public/cycles/${cycle.id}/report` } } }, 503);
    }
    const congress = await findCongress(deps.db, cycle.congressId);
    const name = `${congress?.jurisdiction ?? ''}${cycle.year}年民生实事项目报告.pdf`;
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
      ...cache,
      'Content-Type': 'application/pdf',
      'Content-Disposition': attachment(`report-${cycle.year}.pdf`, name),
    });
  },
});
