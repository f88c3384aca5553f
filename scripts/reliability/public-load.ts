// `npm run reliability:public-load` — the public pages under load, measured with autocannon:
// requests per second and latency (p50, p99) for the API answers behind the public pages (the
// congress overview, the cycle overview and a project page once the cycle is in implementation,
// the candidate list, the hall screen's ballot, the congress by its public code that the year's
// readable address /public/<code>/<year> loads) and for the page shell at that address; no errors
// allowed.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run reliability:public-load -- --connections 50 --seconds 10
//
// Prepares a county congress through the API (231 deputies, 15 candidates for 12 seats, every card
// cast, tallied and certified, the cycle moved to implementation) on a fresh database (PostgreSQL
// beside DATABASE_URL, or PGlite in a temporary directory), then loads one endpoint at a time.
// The load generator runs on the same machine as the server. Prints JSON; exit 1 on any error.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Client } from '../../test/support/harness';
import { certifyResult } from '../../test/support/signing';
import { castBurst, createScratchDatabase, freePort, Http, isMain, prepareHall, spawnServer, type ServerProcess } from './lib';

export interface PublicLoadOptions {
  databaseUrl?: string;
  connections: number;
  seconds: number;
  deputies?: number;
}

export interface EndpointLoad {
  page: string;
  path: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  bytesPerResponse: number;
}

export async function runPublicLoad(o: PublicLoadOptions) {
  let env: Record<string, string | undefined>;
  let cleanup: () => Promise<void>;
  if (o.databaseUrl) {
    const db = await createScratchDatabase(o.databaseUrl, 'pubload');
    env = { DATABASE_URL: db.url };
    cleanup = () => db.drop();
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'minsheng-pubload-'));
    env = { DATABASE_URL: undefined, DATA_DIR: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  let server: ServerProcess | null = null;
  const http = new Http(50);
  try {
    server = await spawnServer(env, await freePort());
    const hall = await prepareHall(server.base, { deputies: o.deputies ?? 231, scrutineers: true });
    // Most deputies for the first M candidates, so they pass and become projects.
    const choices = (i: number) =>
      Object.fromEntries(hall.candidateIds.map((id, k) => [id, k < hall.seats && (i + k) % 5 !== 0 ? 'for' : 'against']));
    await castBurst({ bases: [server.base], ballotId: hall.ballotId, tokens: hall.tokens, choices, clients: 20, http });
    const ok = async (p: Promise<{ status: number; text: string }>, what: string) => {
      const r = await p;
      if (r.status !== 200) throw new Error(`${what}: ${r.status} ${r.text.slice(0, 300)}`);
    };
    await ok(hall.clerk.post(`/api/ballots/${hall.ballotId}/close`, {}), 'close');
    await ok(hall.clerk.post(`/api/ballots/${hall.ballotId}/tally`), 'tally');
    // The 总监票人 and a 监票人 sign the tally with keys made and registered as in the console.
    const scrutineers = [
      await new Client(server.base).login('jianpiao1', 'reliability-1'),
      await new Client(server.base).login('jianpiao2', 'reliability-1'),
    ];
    const certified = await certifyResult({ admin: hall.clerk, scrutineers }, hall.ballotId);
    if (certified.status !== 200 || certified.body.ballot.state !== 'certified')
      throw new Error(`certify: ${certified.status} ${certified.text.slice(0, 300)}`);
    const moved = await hall.clerk.post(`/api/cycles/${hall.cycleId}/phase`, { to: 'implementation' });
    const pages: Array<{ page: string; path: string }> = [
      { page: 'congress overview (API)', path: `/api/public/congresses/${hall.congressId}/cycles` },
      { page: 'candidate list (API)', path: `/api/public/cycles/${hall.cycleId}/candidates` },
      { page: 'hall screen ballot (API)', path: `/api/public/ballots/${hall.ballotId}` },
      { page: 'ballot results (API)', path: `/api/ballots/${hall.ballotId}/results` },
    ];
    let implementation = false;
    if (moved.status === 200) {
      const projects = await new Client(server.base).get(`/api/public/cycles/${hall.cycleId}/projects`);
      const first = projects.status === 200 ? (projects.body.projects?.[0]?.id as string | undefined) : undefined;
      const overview = await new Client(server.base).get(`/api/public/cycles/${hall.cycleId}/overview`);
      if (overview.status === 200) pages.unshift({ page: 'cycle overview (API)', path: `/api/public/cycles/${hall.cycleId}/overview` });
      if (first) pages.splice(1, 0, { page: 'project page (API)', path: `/api/public/projects/${first}` });
      pages.splice(
        2,
        0,
        { page: 'project list (API)', path: `/api/public/cycles/${hall.cycleId}/projects` },
        { page: 'annual report (API)', path: `/api/public/cycles/${hall.cycleId}/report` },
        { page: 'projects CSV', path: `/api/public/cycles/${hall.cycleId}/projects.csv` },
      );
      implementation = overview.status === 200 && !!first;
      if (!first) console.error(`no project found: ${projects.status} ${projects.text.slice(0, 400)}`);
    }
    // The readable public address of the year (/public/<code>/<year>) and what its page loads.
    const cycles = await new Client(server.base).get(`/api/public/congresses/${hall.congressId}/cycles`);
    const code = cycles.body?.congress?.code as string | undefined;
    const year = (cycles.body?.cycles as Array<{ id: string; year: number }> | undefined)?.find((c) => c.id === hall.cycleId)?.year;
    if (!code || !year) throw new Error(`no public code or year: ${cycles.status} ${cycles.text.slice(0, 300)}`);
    pages.push({ page: 'portal by code (API, behind /public/<code>/<year>)', path: `/api/public/portal/${code}` });
    const shell = await new Client(server.base).get(`/public/${code}/${year}`);
    // The shell needs the built web app (npm run build); without it (503) only the API is measured.
    if (shell.status === 200) pages.push({ page: 'page shell (index.html)', path: `/public/${code}/${year}` });
    else console.error(`page shell not measured: ${shell.status} (build the web app first)`);

    const results: EndpointLoad[] = [];
    for (const p of pages) {
      await autocannon({ url: server.base + p.path, connections: 10, duration: 1 }); // warm up
      const r = await autocannon({ url: server.base + p.path, connections: o.connections, duration: o.seconds, timeout: 10 });
      results.push({
        page: p.page,
        path: p.path,
        requestsPerSecond: Math.round(r.requests.average),
        latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
        requests: r.requests.total,
        non2xx: r.non2xx,
        errors: r.errors,
        timeouts: r.timeouts,
        bytesPerResponse: r.requests.total ? Math.round((r.throughput.average * r.duration) / r.requests.total) : 0,
      });
    }
    const okAll = results.every((r) => r.non2xx === 0 && r.errors === 0 && r.timeouts === 0);
    return {
      test: 'public-load',
      driver: o.databaseUrl ? 'postgres' : 'pglite',
      connections: o.connections,
      secondsPerEndpoint: o.seconds,
      implementationPhase: implementation,
      phaseMove: moved.status === 200 ? 'ok' : `${moved.status} ${moved.text.slice(0, 200)}`,
      endpoints: results,
      ok: okAll,
    };
  } finally {
    http.close();
    await (server as ServerProcess | null)?.kill('SIGTERM');
    await cleanup();
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '50' },
      seconds: { type: 'string', default: '10' },
      deputies: { type: 'string', default: '231' },
    },
  });
  const result = await runPublicLoad({
    databaseUrl: process.env.DATABASE_URL,
    connections: Number(values.connections),
    seconds: Number(values.seconds),
    deputies: Number(values.deputies),
  });
  console.log(JSON.stringify(result, null, 2));
  process.exit(result.ok ? 0 : 1);
}
