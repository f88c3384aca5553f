// The imperative shell: open the database, build the app, listen. Used by npm start, tests and benchmarks.
import type { AddressInfo } from 'node:net';
import { createAdaptorServer, type ServerType } from '@hono/node-server';
import { openDatabase, type Database } from '../db/client';
import { createApp } from './app';
import { EventHub } from './core/events';
import type { Env } from './env';
import type { Deps } from './core/context';
import { closeReportPdf } from './phase3-implementation/annual-report-pdf';

export interface RunningServer {
  url: string;
  port: number;
  deps: Deps;
  close(): Promise<void>;
}

export async function openDatabaseFor(env: Env, opts: { memory?: boolean } = {}): Promise<Database> {
  return env.DATABASE_URL
    ? openDatabase({ driver: 'postgres', url: env.DATABASE_URL })
    : openDatabase({ driver: 'pglite', dataDir: opts.memory ? null : env.DATA_DIR });
}

export function makeDeps(database: Database, env: Env, overrides: Partial<Deps> = {}): Deps {
  return {
    database,
    db: database.db,
    env,
    clock: () => new Date(),
    events: new EventHub(database),
    log: (level, msg, extra) => {
      if (env.LOG_LEVEL === 'silent' || (env.LOG_LEVEL === 'error' && level !== 'error')) return;
      (level === 'error' ? console.error : console.log)(`[${level}] ${msg}`, extra ?? '');
    },
    ...overrides,
  };
}

export async function startServer(deps: Deps, port = deps.env.PORT, host = deps.env.HOST): Promise<RunningServer> {
  await deps.events.start();
  const app = createApp(deps);
  const server: ServerType = createAdaptorServer({ fetch: app.fetch });
  // A hall of tablets connects at once when a vote opens: a deep accept queue (Node's default is
  // 511) keeps a burst from being reset.
  await new Promise<void>((resolve) => server.listen({ port, host, backlog: 4096 }, () => resolve()));
  const addr = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${addr.port}`,
    port: addr.port,
    deps,
    close: () =>
      new Promise<void>((resolve) => {
        // SSE streams keep connections open: close them instead of waiting for clients.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        // The report PDF's browser, if one was launched.
        server.close(() => {
          void Promise.all([deps.events.stop(), closeReportPdf(deps)]).then(() => resolve());
        });
      }),
  };
}
