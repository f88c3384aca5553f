// Reading ballots and their results. Results and the ballot ledger become public only when a
// scrutineer has certified them; before that, staff of the congress see tallied results.
import type { Executor } from '../../db/client';
import { findLedger, findLedgerHeads, readEntries } from '../core/ledger/ledger.repository';
import { keyRegistry } from '../core/signers/signers.service';
import { badRequest, conflict, notFound } from '../core/errors';
import type { Actor } from '../core/context';
import { findBallot, findBallotAnyCongress, listCandidates, listCandidatesOf, type BallotRow, type CandidateRow } from './ballots.repository';
import { findCastEntry, findInBoxByReceiptPrefix } from './ballot-box.repository';
import { normalizeReceiptCode } from './domain/sealed-casts';
import type { StoredRules, VoidRequest } from './ballots.service';
import { isEvaluationResult, type AnyTalliedData, type TalliedData } from './domain/recount';
import { evaluationCsv, resultsCsv, type CsvCertification } from './domain/results-csv';
import { can } from '../core/access/permissions';

export function describeBallot(b: BallotRow, candidates: CandidateRow[]) {
  return {
    id: b.id,
    title: b.title,
    kind: b.kind,
    state: b.state,
    cycleId: b.cycleId,
    sittingId: b.sittingId,
    parentBallotId: b.parentBallotId,
    ledgerId: b.ledgerId,
    rules: b.rules as StoredRules,
    rosterCount: b.rosterCount,
    presentCount: b.presentCount,
    cardsIssued: b.cardsIssued,
    castCount: b.castCount,
    openedAt: b.openedAt?.toISOString() ?? null,
    closedAt: b.closedAt?.toISOString() ?? null,
    talliedAt: b.talliedAt?.toISOString() ?? null,
    certifiedAt: b.certifiedAt?.toISOString() ?? null,
    certifiedBy: b.certifiedBy,
    voidReason: b.voidReason,
    voidRequest: b.voidRequest
      ? (({ reason, requestedByName, requestedAt }: VoidRequest) => ({ reason, requestedByName, requestedAt }))(b.voidRequest as VoidRequest)
      : null,
    candidates: candidates.map((c) => ({
      id: c.candidateId,
      position: c.position,
      title: c.title,
      departmentName: c.departmentName,
      estimateYuan: c.estimateYuan,
      summary: c.summary,
    })),
  };
}

export async function getBallot(ex: Executor, actor: Actor, id: string) {
  const b = await findBallot(ex, actor.congressId, id);
  if (!b) throw notFound({ zh: '未找到该表决', en: 'Ballot not found' });
  return describeBallot(b, await listCandidates(ex, id));
}

/** The public face of a ballot (the hall screen before results): no rules internals, no ids of people. */
export async function getPublicBallot(ex: Executor, id: string) {
  const b = await findBallotAnyCongress(ex, id);
  if (!b) throw notFound({ zh: '未找到该表决', en: 'Ballot not found' });
  const d = describeBallot(b, await listCandidates(ex, id));
  return {
    ...d,
    voidRequest: null,
    signers: b.state === 'certified' ? (await certifyingSigners(ex, b.ledgerId, b.congressId)).map(({ name, role }) => ({ name, role })) : [],
    rules: {
      form: d.rules.form,
      seats: d.rules.seats,
      maxFor: d.rules.maxFor,
      passBasis: d.rules.passBasis,
      secrecy: d.rules.secrecy,
      liveCounts: d.rules.liveCounts,
      allowAbstain: d.rules.allowAbstain === true,
      evaluators: d.rules.evaluators,
      grading: d.rules.grading ?? null,
    },
  };
}

/** The scrutineers whose signatures the ballot.certified entry carries, in its order (总监票人 first), with the role they signed in and their key. */
async function certifyingSigners(ex: Executor, ledgerId: string, congressId: string) {
  const certified = (await readEntries(ex, ledgerId)).findLast((e) => e.kind === 'ballot.certified');
  const signatures = (certified?.data.signatures ?? []) as Array<{ keyId: string }>;
  const keys = await keyRegistry(ex, congressId);
  return signatures.flatMap((s) => {
    const key = keys.get(s.keyId);
    return key ? [{ name: key.name, role: key.role, keyId: key.keyId, alg: key.alg }] : [];
  });
}

/** A tallied or certified ballot whose results `actor` may read (anyone once certified; its congress's staff before). */
async function readableResults(ex: Executor, actor: Actor | null, id: string) {
  const b = await findBallotAnyCongress(ex, id);
  // Staff of the ballot's own congress read the tally before it is certified.
  const staff = !!actor && !!b && actor.congressId === b.congressId && can(actor, 'ballot.read');
  if (!b || (b.state !== 'certified' && !staff)) throw notFound({ zh: '结果尚未公布', en: 'No published result' });
  if (b.state !== 'tallied' && b.state !== 'certified') throw conflict({ zh: '尚未计票', en: 'Not tallied yet' }, { state: b.state });
  const candidates = await listCandidates(ex, id);
  const ledger = (await findLedger(ex, b.ledgerId))!;
  return { b, ledger, results: resultsFrom(b, candidates, { seq: ledger.headSeq, hash: ledger.headHash }) };
}

export async function getResults(ex: Executor, actor: Actor | null, id: string) {
  return (await readableResults(ex, actor, id)).results;
}

/**
 * The result sheet as CSV (same visibility as the results): the table, then for a certified ballot
 * who signed it and the ballot ledger's head with its hash algorithm; for a tallied one, that it
 * awaits the scrutineers' signatures.
 */
export async function getResultsCsv(ex: Executor, actor: Actor | null, id: string): Promise<string> {
  const { b, ledger, results: r } = await readableResults(ex, actor, id);
  const certification: CsvCertification | null =
    b.state === 'certified' ? { signers: await certifyingSigners(ex, b.ledgerId, b.congressId), head: { ...r.head, alg: ledger.hashAlg } } : null;
  return isEvaluationResult(r.tally)
    ? evaluationCsv(r.ballot.title, r.ballot.candidates, r.tally, certification)
    : resultsCsv(r.ballot.title, r.ballot.candidates, r.tally as TalliedData, certification);
}

/**
 * The results of several certified ballots (a cycle's public page), in order: one query for all
 * their candidates and one for their ledger heads, however many ballots. Others are left out.
 */
export async function certifiedResultsOf(ex: Executor, rows: readonly BallotRow[]) {
  const certified = rows.filter((b) => b.state === 'certified');
  const candidates = await listCandidatesOf(
    ex,
    certified.map((b) => b.id),
  );
  const heads = await findLedgerHeads(
    ex,
    certified.map((b) => b.ledgerId),
  );
  return certified.map((b) => resultsFrom(b, candidates.get(b.id)!, heads.get(b.ledgerId)!));
}

/** A tallied ballot's results from its row, candidates and ledger head. */
function resultsFrom(b: BallotRow, candidates: CandidateRow[], head: { seq: number; hash: string }) {
  const tally = b.result as AnyTalliedData;
  const base = (c: CandidateRow) => ({
    id: c.candidateId,
    position: c.position,
    title: c.title,
    departmentName: c.departmentName,
    estimateYuan: c.estimateYuan,
  });
  if (isEvaluationResult(tally)) {
    // An evaluation: every project keeps its ballot order, with its counts and grade.
    return {
      ballot: describeBallot(b, candidates),
      tally,
      head,
      candidates: candidates.map((c) => ({ ...base(c), ...tally.perCandidate[c.candidateId]! })),
    };
  }
  const rankOf = new Map(tally.ranking.map((r) => [r.id, r]));
  return {
    ballot: describeBallot(b, candidates),
    tally,
    candidates: candidates
      .map((c) => ({
        ...base(c),
        ...(tally.perCandidate[c.candidateId] ?? { for: 0, against: 0, abstain: 0 }),
        rank: rankOf.get(c.candidateId)?.rank ?? null,
        status: rankOf.get(c.candidateId)?.status ?? null,
      }))
      .sort((a, b2) => (a.rank ?? 1e9) - (b2.rank ?? 1e9) || a.position - b2.position),
    head,
  };
}

/**
 * 回执查询: a receipt, as the tablet shows it ("723E 8F21 4454", any case, spaces or dashes) or in
 * full. It is found in the ballot box (secret and recorded alike), then in the published ledger
 * once the scrutineers have certified; before that the answer says only that it was recorded.
 */
export async function lookupReceipt(ex: Executor, code: string) {
  const wanted = normalizeReceiptCode(code);
  if (!wanted)
    throw badRequest({
      zh: '回执码应为 12 至 64 位十六进制字符（0–9、A–F），空格和短横可有可无',
      en: 'A receipt code is 12 to 64 hex digits (0–9, A–F); spaces and dashes are ignored',
    });
  const found = await findInBoxByReceiptPrefix(ex, wanted);
  if (found.length > 1) throw conflict({ zh: '回执码不唯一，请输入更多位数', en: 'Several ballots match; enter more digits' });
  const box = found[0];
  const ballot = box ? await findBallotAnyCongress(ex, box.ballotId) : undefined;
  if (!box || !ballot) throw notFound({ zh: '账本中没有这张回执', en: 'No ballot with this receipt' });
  const ledger = await findLedger(ex, ballot.ledgerId);
  const entry = ledger?.isPublic ? await findCastEntry(ex, ledger.id, box.receipt) : undefined;
  if (!ledger || !entry) {
    return {
      status: 'pending' as const,
      message: { zh: '该票已记入账本；结果经监票人确认后即可查看', en: 'Recorded; visible once the scrutineers certify the result' },
    };
  }
  return {
    status: 'published' as const,
    receipt: box.receipt,
    ledger: { id: ledger.id, title: ledger.title, subjectId: ledger.subjectId },
    entry: { seq: entry.seq, prev: entry.prev, at: entry.at, kind: entry.kind, data: entry.data, hash: entry.hash },
    head: { seq: ledger.headSeq, hash: ledger.headHash },
  };
}
