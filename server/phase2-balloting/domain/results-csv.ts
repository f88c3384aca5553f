// The result sheet as CSV (UTF-8 with BOM so Excel shows Chinese): one row per candidate in rank
// order, then the totals; after the table, who certified it (each signer with role, key id and
// algorithm) and the ballot ledger's head, or that it awaits the scrutineers' signatures. Pure.
import { competitionRanks } from './ranking';
import type { EvaluationTalliedData, TalliedData } from './recount';
import { RESULT_WORDS, STATUS_WORD, rankTextZh } from './result-words';
import type { CandidateStatus } from './tally';

const statusZh = (s: string) => RESULT_WORDS[STATUS_WORD[s as CandidateStatus]]?.[0] ?? s;

function cell(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  // Quote always; neutralise spreadsheet formulas in texts that start with = + - @.
  const safe = /^[=+\-@]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Rows to CSV text with the BOM, every cell quoted and formula-safe (the report exports use it too). */
export function toCsv(rows: Array<Array<string | number | null>>): string {
  return '\ufeff' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** What the rows after the table say: null while the result is tallied and not yet certified. */
export interface CsvCertification {
  /** The scrutineers whose signatures the ballot.certified entry carries, in its order (总监票人 first). */
  signers: ReadonlyArray<{ name: string; role: 'chief' | 'member'; keyId: string; alg: 'ed25519' | 'sm2' }>;
  /** The ballot ledger's head, and the hash algorithm of its entries. */
  head: { seq: number; hash: string; alg: 'sha256' | 'sm3' };
}

const ROLE_ZH = { chief: '总监票人', member: '监票人' } as const;
const SIGNATURE_ALG_NAME = { ed25519: 'Ed25519', sm2: 'SM2' } as const;
const HASH_ALG_NAME = { sha256: 'SHA-256', sm3: 'SM3' } as const;

/** The rows after the table: 监票人签名确认 (or 待监票人签名确认) and 账本链头. */
export function certificationRows(c: CsvCertification | null): Array<Array<string | number | null>> {
  if (!c) return [[], ['监票人签名确认', '待监票人签名确认：结果尚未确认，不得公布']];
  const rows: Array<Array<string | number | null>> = [[], ['监票人签名确认']];
  if (c.signers.length === 0) rows.push(['未附签名（确认于签名确认启用之前）']);
  else {
    rows.push(['姓名', '身份', '密钥编号', '签名算法']);
    for (const s of c.signers) rows.push([s.name, ROLE_ZH[s.role], s.keyId, SIGNATURE_ALG_NAME[s.alg]]);
  }
  rows.push([], ['账本链头', '序号', c.head.seq, '哈希', c.head.hash, '哈希算法', HASH_ALG_NAME[c.head.alg]]);
  return rows;
}

const GRADE_ZH: Record<string, string> = { satisfied: '满意', basically_satisfied: '基本满意', unsatisfied: '不满意' };

/** The evaluation sheet: per project 满意/基本满意/不满意/弃权, the grade and the satisfaction rate. */
export function evaluationCsv(
  title: string,
  candidates: Array<{ id: string; position: number; title: string; departmentName: string | null }>,
  t: EvaluationTalliedData,
  certification: CsvCertification | null,
): string {
  const rows: Array<Array<string | number | null>> = [
    ['测评', title],
    ['应到', t.rosterCount, '实到', t.presentCount, '发出', t.issued, '收回', t.returned, '有效', t.valid, '无效', t.invalid],
    ['过半数票数', t.threshold, '是否有效', t.void ? '无效（收回多于发出，须重新测评）' : '有效'],
    [],
    ['序号', '项目', '责任单位', '满意', '基本满意', '不满意', '弃权', '测评结果', '满意率'],
  ];
  for (const c of candidates) {
    const g = t.perCandidate[c.id];
    if (!g) continue;
    rows.push([
      c.position,
      c.title,
      c.departmentName,
      g.satisfied,
      g.basically_satisfied,
      g.unsatisfied,
      g.abstain,
      GRADE_ZH[g.grade] ?? g.grade,
      g.satisfactionRateText,
    ]);
  }
  return toCsv([...rows, ...certificationRows(certification)]);
}

export function resultsCsv(
  title: string,
  candidates: Array<{ id: string; position: number; title: string; departmentName: string | null }>,
  t: TalliedData,
  certification: CsvCertification | null,
): string {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const rows: Array<Array<string | number | null>> = [
    ['表决', title],
    ['应到', t.rosterCount, '实到', t.presentCount, '发出', t.issued, '收回', t.returned, '有效', t.valid, '无效', t.invalid],
    ['通过票数（过半数）', t.threshold, '应选', t.seats, '是否有效', t.void ? '无效（收回多于发出，须重新表决）' : '有效'],
    [],
    ['名次', '序号', '项目', '责任单位', '赞成', '反对', '弃权', '结果'],
  ];
  // The rank as every page writes it (并列第 1 名), from the same competition ranking.
  const ranks = competitionRanks(t.ranking.map((r) => r.for));
  t.ranking.forEach((r, i) => {
    const c = byId.get(r.id);
    const counts = t.perCandidate[r.id] ?? { for: 0, against: 0, abstain: 0 };
    rows.push([
      t.void ? null : rankTextZh(ranks[i]!),
      c?.position ?? null,
      c?.title ?? r.id,
      c?.departmentName ?? null,
      counts.for,
      counts.against,
      counts.abstain,
      statusZh(r.status),
    ]);
  });
  if (t.runoff) rows.push([], [RESULT_WORDS['result.runoff'][0], `${t.runoff.candidates.length} 个项目争 ${t.runoff.seats} 个名额`]);
  if (t.shortfall > 0) rows.push([], [RESULT_WORDS['result.vacant'][0], `${t.shortfall} 个名额因过半数的项目不足而空缺`]);
  return toCsv([...rows, ...certificationRows(certification)]);
}
