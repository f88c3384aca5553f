// Run by `npm install` (postinstall): fixes in postgres.js 3.4.9 (porsager/postgres) that upstream
// has not released yet, found by scripts/reliability/pg-restart.ts (a PostgreSQL restart in the
// middle of a burst of casts crashed the server process):
//
// 1. nextWrite() on a closed connection: a small write is flushed from a setImmediate; when the
//    connection closes first, the callback dereferences a null socket and throws from the timer,
//    where nothing can catch it: the process dies (porsager/postgres#1154, #1208). Now the
//    pending queries are rejected with CONNECTION_CLOSED (a 503 for our clients) instead.
// 2. closed()/terminate() cancel that timer but leave nextWriteTimer set, so the connection,
//    once reconnected, never flushes a small write again: its queries wait forever.
// 3. A transaction whose connection closes between two statements: begin() rejects, but the
//    transaction's function runs on, and its next statements went to the same connection object,
//    which the pool may already have reconnected: they ran outside any transaction, and were
//    committed one by one (porsager/postgres#1155). For casting that could mean a ledger entry
//    without its card claim. Now every later statement of that transaction is refused.
//
// Idempotent (a marker says it is done); a different postgres version is left alone with a
// warning, and test/scripts/postgres-patch.test.ts fails until this file is reviewed for it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MARK = '/* minsheng: patched for porsager/postgres#1154 #1155 #1208 */';
export const PATCHED_VERSION = '3.4.9';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkgDir = path.join(root, 'node_modules/postgres');

const CONNECTION = [
  [
    `  function nextWrite(fn) {
    const x = socket.write(chunk, fn)`,
    `  function nextWrite(fn) {
    if (socket === null) { ${MARK}
      nextWriteTimer !== null && clearImmediate(nextWriteTimer)
      chunk = nextWriteTimer = null
      error(Errors.connection('CONNECTION_CLOSED', options))
      return false
    }
    const x = socket.write(chunk, fn)`,
  ],
  [
    `    clearImmediate(nextWriteTimer)
    if (socket) {`,
    `    clearImmediate(nextWriteTimer)
    chunk = nextWriteTimer = null
    if (socket) {`,
  ],
  [
    `    clearImmediate(nextWriteTimer)
    socket.removeListener('data', data)`,
    `    clearImmediate(nextWriteTimer)
    chunk = nextWriteTimer = null
    socket.removeListener('data', data)`,
  ],
];

const INDEX = [
  [
    `    let savepoints = 0
      , connection
      , prepare = null`,
    `    let savepoints = 0
      , connection
      , prepare = null
      , closedError = null ${MARK}`,
  ],
  [
    `        new Promise((_, reject) => connection.onclose = reject)`,
    `        new Promise((_, reject) => connection.onclose = e => (closedError = e || new Error('CONNECTION_CLOSED'), reject(closedError)))`,
  ],
  [
    `      function handler(q) {
        q.catch(e => uncaughtError || (uncaughtError = e))
        c.queue === full`,
    `      function handler(q) {
        q.catch(e => uncaughtError || (uncaughtError = e))
        if (closedError)
          return q.reject(closedError)
        c.queue === full`,
  ],
];

function patchFile(file, edits) {
  if (!existsSync(file)) return 'missing';
  let text = readFileSync(file, 'utf8');
  if (text.includes(MARK)) return 'already';
  for (const [from, to] of edits) {
    const n = text.split(from).length - 1;
    if (n !== 1) throw new Error(`${path.relative(root, file)}: expected the code to patch once, found it ${n} times`);
    text = text.replace(from, to);
  }
  writeFileSync(file, text);
  return 'patched';
}

export function patchPostgres() {
  if (!existsSync(path.join(pkgDir, 'package.json'))) return { status: 'absent' };
  const version = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
  if (version !== PATCHED_VERSION) return { status: 'other-version', version };
  const results = {};
  for (const dir of ['src', 'cjs/src']) {
    results[`${dir}/connection.js`] = patchFile(path.join(pkgDir, dir, 'connection.js'), CONNECTION);
    results[`${dir}/index.js`] = patchFile(path.join(pkgDir, dir, 'index.js'), INDEX);
  }
  return { status: 'ok', version, files: results };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = patchPostgres();
  if (r.status === 'other-version') {
    console.warn(
      `postgres ${r.version} is installed; scripts/reliability/patch-postgres.mjs patches ${PATCHED_VERSION} only: check that this version fixes porsager/postgres#1154, #1155 and #1208`,
    );
  } else if (r.status === 'ok') {
    const changed = Object.entries(r.files)
      .filter(([, s]) => s === 'patched')
      .map(([f]) => f);
    if (changed.length) console.log(`postgres ${r.version}: patched ${changed.join(', ')} (scripts/reliability/patch-postgres.mjs)`);
  }
}
