// A private PostgreSQL instance for fault tests: initdb into a temporary directory, start it on
// a free port, stop or restart it at will, delete it afterwards. Never the machine's shared
// cluster (other tests use that concurrently). PostgreSQL refuses to run as root, so when we are
// root the binaries run as the `postgres` OS user (runuser).
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface PrivatePg {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  dir: string;
  start(): Promise<void>;
  /** mode fast (default): terminate sessions, clean shutdown; immediate: like a crash (recovery at start). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  restart(mode?: 'fast' | 'immediate'): Promise<void>;
  destroy(): void;
}

export function findPgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin/initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

/** Why a private instance cannot be started here, or null when it can. */
export function privatePgUnavailable(): string | null {
  const bin = findPgBin();
  if (!bin) return 'no PostgreSQL server binaries under /usr/lib/postgresql/*/bin';
  if (process.getuid?.() === 0) {
    const id = spawnSync('id', ['-u', 'postgres']);
    if (id.status !== 0) return 'running as root and there is no postgres OS user to run PostgreSQL as';
  }
  return null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export async function startPrivatePg(): Promise<PrivatePg> {
  const bin = findPgBin();
  if (!bin) throw new Error('no PostgreSQL server binaries found');
  const asRoot = process.getuid?.() === 0;
  const argv = (cmd: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]] : [path.join(bin, cmd), args];
  const run = (cmd: string, args: string[]) => {
    const [file, a] = argv(cmd, args);
    execFileSync(file, a, { stdio: ['ignore', 'pipe', 'pipe'], cwd: os.tmpdir() });
  };
  const runAsync = async (cmd: string, args: string[]) => {
    const [file, a] = argv(cmd, args);
    await promisify(execFile)(file, a, { cwd: os.tmpdir() });
  };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'minsheng-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200 -c shared_buffers=64MB`;
  const log = path.join(dir, 'log');
  const pg: PrivatePg = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    start: () => runAsync('pg_ctl', ['-D', data, '-o', opts, '-l', log, '-w', '-t', '60', 'start']),
    stop: (mode = 'fast') => runAsync('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']),
    restart: (mode = 'fast') => runAsync('pg_ctl', ['-D', data, '-o', opts, '-l', log, '-m', mode, '-w', '-t', '60', 'restart']),
    destroy: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        /* not running */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  // However this process ends (an error, Ctrl-C, a closed stdout pipe), the instance goes with it.
  let destroyed = false;
  const destroyOnce = () => {
    if (!destroyed) {
      destroyed = true;
      destroy();
    }
  };
  const onSignal = (sig: NodeJS.Signals) => {
    destroyOnce();
    process.kill(process.pid, sig);
  };
  const destroy = pg.destroy;
  pg.destroy = () => {
    process.removeListener('exit', destroyOnce);
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    destroyOnce();
  };
  process.once('exit', destroyOnce);
  for (const s of SIGNALS) process.once(s, onSignal);
  try {
    await pg.start();
  } catch (err) {
    pg.destroy();
    throw err;
  }
  return pg;
}
