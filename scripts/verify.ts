/**
 * Offline ledger verifier.
 *
 *   npm run verify -- ./export.json
 *   npm run verify -- https://example.org/api/ledgers/L1
 *   npm run verify -- --json ./export.json
 *   npm run verify -- BALLOT.json --keys CONGRESS.json   # also check the scrutineers' signatures
 *   npm run verify -- URL --keys https://example.org/api/public/congresses/C1/signing-keys
 *
 * Exit codes: 0 chain valid, 1 invalid, 2 usage / read / parse error.
 * The core is runVerify(argv, io) so it can be tested without spawning a process.
 */
import { defaultCheckers } from '../server/phase2-balloting/domain/recount';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { verifyExport, type ExportChecker, type ExportVerification } from '../server/core/domain/ledger-chain.js';
import { readKeyRegister, type KeyRegister } from '../server/core/domain/key-register';
import type { SignerKey } from '../server/core/domain/signatures';
import { signatureChecker, type SignedReport } from '../server/phase2-balloting/domain/certification';

export interface VerifyIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  fetchText: (url: string) => Promise<string>;
}

/**
 * A ballot ledger is also checked for its publication format (a secret ballot's choices appear
 * only at the close, in receipt order, at the close's time) and recounted from its entries and
 * compared with its `ballot.tallied` entry — the same checkers the /verify page runs in the browser.
 */
export { ballotRecount, defaultCheckers } from '../server/phase2-balloting/domain/recount';

export const USAGE = `Usage: npm run verify -- [--json] FILE|URL [--keys CONGRESS_FILE|URL]

Verifies a ledger export (GET /api/ledgers/:id) offline: every entry's hash (SHA-256 or SM3,
as ledger.hash says), the chain of prev hashes, seq numbering and the head. 校验账本导出文件的哈希链。

  FILE   path of a saved export (JSON)
  URL    http:// or https:// address of an export
  --keys the congress's key register: its public register (GET /api/public/congresses/:id/
         signing-keys: the signer entries, each hash recomputed) or the whole congress ledger's
         export (staff; the chain proves no revocation was left out). Checks each certification's
         and each paper-totals entry's signatures against keys registered and not revoked at the
         congress-ledger position the entry recorded, and says who signed 核验监票人签名
  --json print a machine-readable result
  -h, --help

Exit codes: 0 valid, 1 invalid, 2 usage/read/parse error.`;

class UsageError extends Error {}

async function defaultFetchText(url: string): Promise<string> {
  const res = await fetch(url, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(30_000),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`.trim());
  return await res.text();
}

export const nodeIO: VerifyIO = {
  stdout: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  stderr: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  readFile: (p) => readFile(p, 'utf8'),
  fetchText: defaultFetchText,
};

function parseArgs(argv: string[]): { json: boolean; help: boolean; source?: string; keys?: string } {
  let json = false;
  let help = false;
  let keys: string | undefined;
  const positional: string[] = [];
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!onlyPositional && arg === '--') onlyPositional = true;
    else if (!onlyPositional && arg === '--json') json = true;
    else if (!onlyPositional && arg === '--keys') {
      keys = argv[++i];
      if (!keys) throw new UsageError('--keys needs the congress ledger export (FILE or URL)');
    } else if (!onlyPositional && (arg === '-h' || arg === '--help')) help = true;
    else if (!onlyPositional && arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (help) return { json, help };
  if (positional.length === 0) throw new UsageError('no FILE or URL given');
  if (positional.length > 1) throw new UsageError(`expected one FILE or URL, got ${positional.length}`);
  return { json, help, source: positional[0], keys };
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

const ROLE_ZH = { chief: '总监票人', member: '监票人' } as const;
const signerText = (k: SignerKey) => `${k.name} (${ROLE_ZH[k.role]}, ${k.alg} key ${k.keyId})`;

function humanReport(source: string, r: ExportVerification, signed?: SignedReport, keysSource?: KeyRegister['source']): string {
  const lines: string[] = [`Source 来源: ${source}`];
  if (r.ledger) {
    const title = str(r.ledger.title) ?? '(no title)';
    const kind = str(r.ledger.kind) ?? '?';
    const id = str(r.ledger.id) ?? '?';
    lines.push(`Ledger 账本: ${title}  (kind 类型: ${kind}, id: ${id})`);
  }
  if (r.count !== undefined) lines.push(`Entries 条目数: ${r.count}`);
  if (r.hashAlg) lines.push(`Hash 哈希算法: ${r.hashAlg === 'sm3' ? 'SM3 (GB/T 32905)' : 'SHA-256'}`);
  if (r.head) lines.push(`Head 链头: seq ${r.head.seq}  hash ${r.head.hash}`);
  for (const p of signed?.papers ?? []) {
    lines.push(`Paper totals 纸质票统计 (seq ${p.seq}) entered and confirmed by: ${p.signers.map(signerText).join('; ') || '(no valid signature)'}`);
  }
  for (const c of signed?.certifications ?? []) {
    lines.push(`Certified 监票人签名确认 (seq ${c.seq}, ${c.at}) by: ${c.signers.map(signerText).join('; ') || '(no valid signature)'}`);
  }
  if (keysSource === 'register') {
    lines.push('Keys 密钥: from the public key register (each signer entry as sealed; the congress ledger export also proves none was left out)');
  }
  if (signed?.unchecked) lines.push('Signatures 签名: not checked — give --keys with the congress key register (see --help)');
  if (r.ok) {
    lines.push('OK — chain valid (哈希链完整有效)');
  } else {
    if (r.firstBad) {
      lines.push(`FAIL at seq ${r.firstBad.seq}: ${r.firstBad.reason}`);
      if (r.computedHead) {
        lines.push(
          `  valid prefix 有效前缀: seq 1–${r.computedHead.seq}` + (r.computedHead.seq > 0 ? `, ending at hash ${r.computedHead.hash}` : ' (none)'),
        );
      }
    }
    const others = r.problems.filter((p) => !r.firstBad || !p.startsWith(`entry seq ${r.firstBad.seq}:`));
    for (const p of others) lines.push(`FAIL: ${p}`);
    lines.push('INVALID — do not trust this export (校验未通过)');
  }
  return lines.join('\n');
}

/** Run the verifier; resolves to the exit code (0 valid, 1 invalid, 2 usage/read/parse error). */
export async function runVerify(argv: string[], io: VerifyIO = nodeIO, checkers: ExportChecker[] = defaultCheckers): Promise<number> {
  const wantsJson = argv.includes('--json');
  const fail = (msg: string, usage = false): number => {
    if (wantsJson) io.stdout(JSON.stringify({ ok: false, error: msg }, null, 2));
    io.stderr(`verify: ${msg}${usage ? `\n\n${USAGE}` : ''}`);
    return 2;
  };

  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (err) {
    return fail(message(err), true);
  }
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  const source = args.source as string;

  let text: string;
  try {
    text = /^https?:\/\//i.test(source) ? await io.fetchText(source) : await io.readFile(source);
  } catch (err) {
    return fail(`cannot read ${source}: ${message(err)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return fail(`${source} is not valid JSON: ${message(err)}`);
  }

  let register: KeyRegister | undefined;
  if (args.keys) {
    let keysDoc: unknown;
    try {
      let keysText = /^https?:\/\//i.test(args.keys) ? await io.fetchText(args.keys) : await io.readFile(args.keys);
      if (keysText.charCodeAt(0) === 0xfeff) keysText = keysText.slice(1);
      keysDoc = JSON.parse(keysText);
    } catch (err) {
      return fail(`cannot read the keys ${args.keys}: ${message(err)}`);
    }
    const read = readKeyRegister(keysDoc);
    if (!read.ok) {
      io.stderr(`verify: the keys ${args.keys} cannot be trusted: ${read.problems.join('; ')}`);
      return 1;
    }
    register = read.register;
  }
  const signatures = signatureChecker(register);
  const signed = signatures.report;

  const result = verifyExport(doc, { checkers: [...checkers, signatures.checker] });
  if (args.json) {
    const ledger = result.ledger ? { id: result.ledger.id, kind: result.ledger.kind, title: result.ledger.title } : undefined;
    io.stdout(
      JSON.stringify(
        {
          ok: result.ok,
          source,
          ledger,
          count: result.count,
          head: result.head,
          computedHead: result.computedHead,
          firstBad: result.firstBad,
          hash: result.hashAlg,
          certifications: signed.certifications.map((c) => ({ seq: c.seq, at: c.at, signers: c.signers })),
          papers: signed.papers.map((p) => ({ seq: p.seq, at: p.at, signers: p.signers })),
          keys: register?.source,
          problems: result.problems,
        },
        null,
        2,
      ),
    );
  } else {
    io.stdout(humanReport(source, result, signed, register?.source));
  }
  return result.ok ? 0 : 1;
}

const invokedDirectly = typeof process.argv[1] === 'string' && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (invokedDirectly) {
  runVerify(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`verify: ${message(err)}\n`);
      process.exitCode = 2;
    },
  );
}
