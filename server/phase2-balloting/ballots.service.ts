// The ballot's life: created from a fixed candidate list (or a tally that needs a runoff),
// opened with the quorum checked and its rules frozen in `ballot.opened`, closed, tallied by the
// pure count, certified by a scrutineer. Each step is one transaction with its ledger entry.
import type { Db, Executor, Tx } from '../../db/client';
import { appendEntries, appendEntry, createLedger, readEntries, setLedgerPublic } from '../core/ledger/ledger.repository';
import { conflict, notFound, ruleViolation } from '../core/errors';
import type { Actor, Deps } from '../core/context';
import { getFixedCandidateList } from '../phase1-solicitation';
import { findCycle } from '../cycle/cycles.repository';
import { DEFAULT_QUORUM, openProblems, type Quorum } from './domain/ballot-lifecycle';
import { isEvaluation, offeredChoices, type AnyOpenedData, type EvaluationOpenedData, type Evaluators } from './domain/ballot-forms';
import {
  LIVE_COUNTS_SECRET,
  liveCountsRefused,
  resolveRules,
  validateRules,
  type BallotRules,
  type BallotRulesInput,
  type OpenedData,
} from './domain/ballot-rules';
import { liveProjectBallot, liveRunoffOf, type BallotLink } from './domain/authoritative';
import { publishedCasts } from './domain/sealed-casts';
import { tallyFromEntries, type TalliedData } from './domain/recount';
import { DEFAULT_GRADING, type GradingRule } from './domain/grading';
import {
  deleteDraftBallot,
  findBallot,
  insertBallotRow,
  insertCandidates,
  insertSignature,
  listBallots,
  listSignatures,
  listCandidates,
  lockBallot,
  lockCycleBallots,
  lockLedgerHead,
  setBallotScreenMode,
  updateBallot,
  type BallotRow,
} from './ballots.repository';
import { clearSealedChoices, sealedCasts } from './ballot-box.repository';
import { countLiveCards } from './cards.repository';
import { listPaper } from './paper.repository';
import { countPresent, countRoster, findSitting, type Electorate } from './sittings.repository';
import { certifiedHooks } from './certified-hooks';
import { formatAt } from '../core/domain/ledger-chain';
import { keyValidAt, SIGNER_ORDER, type KeyMoment, type SignerKey } from '../core/domain/signatures';
import { congressHashAlg } from '../core/signers/signers.repository';
import { keyRegistry, keyRegisterNow, ownSignature } from '../core/signers/signers.service';
import { certificationShortfall, DEFAULT_CERTIFICATION_RULE, isCertificationRule } from './domain/certification';
import { publishBallot } from './live';

/** Rules as stored on the ballot row; an evaluation has no seats and adds its evaluators. */
export type StoredRules = BallotRules & { quorum: Quorum; allowAbstain?: boolean; evaluators?: Evaluators; grading?: GradingRule };

export const electorateOf = (rules: { evaluators?: Evaluators }): Electorate => rules.evaluators ?? 'deputies';

export const ballotNotFound = () => notFound({ zh: '未找到该表决', en: 'Ballot not found' });

const wrongState = (b: BallotRow, wanted: string) =>
  conflict(
    {
      zh: `表决当前为“${STATE_ZH[b.state]}”状态，不能${wanted}`,
      en: `The ballot is ${b.state}; cannot ${wanted}`,
    },
    { state: b.state },
  );

export const STATE_ZH: Record<BallotRow['state'], string> = {
  draft: '草稿',
  open: '投票中',
  closed: '已截止',
  tallied: '已计票',
  certified: '已确认',
  void: '已作废',
};

export const asLink = (b: BallotRow): BallotLink => ({
  id: b.id,
  kind: b.kind,
  state: b.state,
  parentBallotId: b.parentBallotId,
  createdAt: b.createdAt,
  result: b.result as BallotLink['result'],
});

export interface CreateBallotInput {
  cycleId: string;
  sittingId: string;
  title: string;
  rules: Partial<BallotRulesInput> & { quorum?: Quorum };
}

function storedRules(input: CreateBallotInput['rules'], seats: number): StoredRules {
  return { ...resolveRules({ ...input, seats: input.seats ?? seats }), quorum: input.quorum ?? DEFAULT_QUORUM };
}

export async function insertBallot(
  tx: Tx,
  actor: Actor,
  v: {
    cycleId: string | null;
    sittingId: string;
    kind: 'project' | 'runoff' | 'evaluation';
    parentBallotId: string | null;
    title: string;
    rules: StoredRules;
    candidates: Array<{
      candidateId: string;
      title: string;
      departmentName: string | null;
      estimateYuan: number | null;
      summary: string | null;
      materials: unknown;
    }>;
  },
  now: Date,
) {
  const errors = v.kind === 'evaluation' ? (v.candidates.length ? [] : ['no projects to evaluate']) : validateRules(v.rules, v.candidates.length);
  if (errors.length) throw ruleViolation({ zh: `表决规则有误：${errors.join('；')}`, en: `Invalid rules: ${errors.join('; ')}` }, { errors });
  const id = crypto.randomUUID();
  const ledger = await createLedger(tx, { congressId: actor.congressId, kind: 'ballot', title: v.title, subjectId: id });
  const ballot = await insertBallotRow(tx, {
    id,
    congressId: actor.congressId,
    cycleId: v.cycleId,
    sittingId: v.sittingId,
    kind: v.kind,
    parentBallotId: v.parentBallotId,
    title: v.title,
    rules: v.rules,
    ledgerId: ledger.id,
  });
  await insertCandidates(
    tx,
    v.candidates.map((c, i) => ({ ballotId: id, position: i + 1, ...c })),
  );
  await appendEntry(
    tx,
    ledger.id,
    'ballot.created',
    {
      ballotId: id,
      kind: v.kind,
      cycleId: v.cycleId,
      parentBallotId: v.parentBallotId,
      title: v.title,
      candidates: v.candidates.map((c) => ({ id: c.candidateId, title: c.title })),
      rules: v.rules,
      by: actor.accountId,
    },
    now,
  );
  return ballot;
}

export async function createProjectBallot(db: Db, actor: Actor, input: CreateBallotInput, now: Date) {
  return db.transaction(async (tx) => {
    if (!(await findSitting(tx, actor.congressId, input.sittingId))) throw notFound({ zh: '未找到该会议', en: 'Sitting not found' });
    const cycle = await findCycle(tx, actor.congressId, input.cycleId);
    if (!cycle) throw notFound({ zh: '未找到该年度', en: 'Cycle not found' });
    if (cycle.phase !== 'balloting') {
      throw ruleViolation({ zh: '该年度尚未进入审议票决阶段', en: 'The cycle is not in the balloting phase' }, { phase: cycle.phase });
    }
    const list = await getFixedCandidateList(tx, actor.congressId, input.cycleId);
    if (!list) throw ruleViolation({ zh: '该年度的候选项目清单尚未确定（未锁定）', en: 'The cycle has no fixed candidate list' });
    await lockCycleBallots(tx, input.cycleId);
    const live = liveProjectBallot((await listBallots(tx, actor.congressId, input.cycleId)).map(asLink));
    if (live) {
      throw conflict(
        {
          zh: `该年度已有项目票决（${STATE_ZH[live.state]}）；须先删除草稿或经监票人确认作废，才能另建`,
          en: `The cycle already has a project ballot (${live.state}); delete the draft or void it (confirmed by a scrutineer) first`,
        },
        { ballotId: live.id, state: live.state },
      );
    }
    return insertBallot(
      tx,
      actor,
      {
        cycleId: input.cycleId,
        sittingId: input.sittingId,
        kind: 'project',
        parentBallotId: null,
        title: input.title,
        rules: storedRules(input.rules, list.seats),
        candidates: list.candidates.map((c) => ({
          candidateId: c.proposalId,
          title: c.title,
          departmentName: c.departmentName ?? null,
          estimateYuan: c.estimateYuan ?? null,
          summary: c.summary ?? null,
          materials: c,
        })),
      },
      now,
    );
  });
}

/** 另行票决: a new ballot on the candidates tied across the last seat, for the seats left. */
export async function createRunoffBallot(db: Db, actor: Actor, parentId: string, input: { title?: string; sittingId?: string }, now: Date) {
  return db.transaction(async (tx) => {
    const parent = await findBallot(tx, actor.congressId, parentId);
    if (!parent) throw ballotNotFound();
    if (parent.state !== 'tallied' && parent.state !== 'certified') throw wrongState(parent, '发起另行票决');
    const result = parent.result as TalliedData;
    if (!result.runoff) throw ruleViolation({ zh: '该表决结果不需要另行票决', en: 'This result needs no runoff' });
    if (parent.cycleId) await lockCycleBallots(tx, parent.cycleId);
    const siblings = parent.cycleId ? await listBallots(tx, actor.congressId, parent.cycleId) : [];
    const existing = liveRunoffOf(siblings.map(asLink), parent.id);
    if (existing) {
      throw conflict(
        { zh: '该表决的另行票决已经发起；一次票决只能有一次另行票决', en: "This ballot's runoff already exists" },
        { ballotId: existing.id, state: existing.state },
      );
    }
    const sittingId = input.sittingId ?? parent.sittingId;
    if (!(await findSitting(tx, actor.congressId, sittingId))) throw notFound({ zh: '未找到该会议', en: 'Sitting not found' });
    const tied = new Set(result.runoff.candidates);
    const candidates = (await listCandidates(tx, parent.id)).filter((c) => tied.has(c.candidateId));
    const parentRules = parent.rules as StoredRules;
    const seats = result.runoff.seats;
    return insertBallot(
      tx,
      actor,
      {
        cycleId: parent.cycleId,
        sittingId,
        kind: 'runoff',
        parentBallotId: parent.id,
        title: input.title ?? `${parent.title}（另行票决）`,
        rules: { ...parentRules, seats, maxFor: Math.min(parentRules.maxFor, seats) },
        candidates: candidates.map(({ candidateId, title, departmentName, estimateYuan, summary, materials }) => ({
          candidateId,
          title,
          departmentName,
          estimateYuan,
          summary,
          materials,
        })),
      },
      now,
    );
  });
}

export async function updateDraft(
  db: Db,
  actor: Actor,
  id: string,
  input: { title?: string; sittingId?: string; rules?: CreateBallotInput['rules'] },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const ballot = await lockBallot(tx, id);
    if (!ballot || ballot.congressId !== actor.congressId) throw ballotNotFound();
    if (ballot.state !== 'draft') throw wrongState(ballot, '修改规则');
    if (ballot.kind === 'evaluation' && input.rules) {
      throw ruleViolation({
        zh: '测评规则在创建时确定；如需更改，请重新创建测评',
        en: "An evaluation's rules are set when it is created; create it again to change them",
      });
    }
    if (input.sittingId && !(await findSitting(tx, actor.congressId, input.sittingId)))
      throw notFound({ zh: '未找到该会议', en: 'Sitting not found' });
    const current = ballot.rules as StoredRules;
    const candidates = await listCandidates(tx, id);
    const rules = input.rules
      ? storedRules({ ...current, ...input.rules, maxFor: input.rules.maxFor ?? (input.rules.seats ? undefined : current.maxFor) }, current.seats)
      : current;
    const errors = validateRules(rules, candidates.length);
    if (errors.length) throw ruleViolation({ zh: `表决规则有误：${errors.join('；')}`, en: `Invalid rules: ${errors.join('; ')}` }, { errors });
    const row = await updateBallot(tx, id, {
      rules,
      ...(input.title ? { title: input.title } : {}),
      ...(input.sittingId ? { sittingId: input.sittingId } : {}),
    });
    await appendEntry(
      tx,
      ballot.ledgerId,
      'ballot.updated',
      { ballotId: id, title: row.title, sittingId: row.sittingId, rules, by: actor.accountId },
      now,
    );
    return row;
  });
}

/** Runs a state change under the ballot row lock and the ledger head lock, then publishes. */
async function step<T>(deps: Deps, actor: Actor, id: string, fn: (tx: Tx, ballot: BallotRow) => Promise<T>): Promise<T> {
  const out = await deps.db.transaction(async (tx) => {
    const ballot = await lockBallot(tx, id);
    if (!ballot || ballot.congressId !== actor.congressId) throw ballotNotFound();
    await lockLedgerHead(tx, ballot.ledgerId);
    return fn(tx, ballot);
  });
  await publishBallot(deps, id);
  return out;
}

export async function openBallot(deps: Deps, actor: Actor, id: string) {
  return step(deps, actor, id, async (tx, ballot) => {
    const now = deps.clock();
    const rules = ballot.rules as StoredRules;
    const candidates = await listCandidates(tx, id);
    const evaluation = isEvaluation(rules as { form: string });
    const roster = await countRoster(tx, actor.congressId, electorateOf(rules));
    const present = await countPresent(tx, ballot.sittingId, electorateOf(rules));
    const problems = openProblems({
      state: ballot.state,
      roster,
      present,
      quorum: rules.quorum,
      candidateCount: candidates.length,
      ruleErrors: evaluation ? [] : validateRules(rules, candidates.length),
    });
    if (problems.length) {
      if (problems.some((p) => p.code === 'not_draft')) throw wrongState(ballot, '开启投票');
      throw ruleViolation(
        { zh: problems.map((p) => p.zh).join('；'), en: problems.map((p) => p.en).join('; ') },
        { problems, rosterCount: roster, presentCount: present },
      );
    }
    const list = candidates.map((c) => ({ id: c.candidateId, title: c.title }));
    const opened: AnyOpenedData = evaluation
      ? ({
          ballotId: id,
          title: ballot.title,
          form: 'satisfaction',
          allowAbstain: rules.allowAbstain ?? false,
          passBasis: rules.passBasis,
          secrecy: rules.secrecy,
          evaluators: electorateOf(rules),
          grading: rules.grading ?? DEFAULT_GRADING,
          candidates: list,
          rosterCount: roster,
          presentCount: present,
        } satisfies EvaluationOpenedData)
      : ({
          ballotId: id,
          title: ballot.title,
          form: rules.form,
          seats: rules.seats,
          maxFor: rules.maxFor,
          passBasis: rules.passBasis,
          secrecy: rules.secrecy,
          candidates: list,
          rosterCount: roster,
          presentCount: present,
        } satisfies OpenedData);
    await appendEntry(tx, ballot.ledgerId, 'ballot.opened', opened as unknown as Record<string, unknown>, now);
    if (liveCountsRefused(rules)) throw ruleViolation({ zh: '无记名表决进行中只显示投票人数，不能显示实时票数', en: LIVE_COUNTS_SECRET });
    // Running counts exist only where they may be shown (recorded mode with live counts on).
    const zero = Object.fromEntries(offeredChoices(rules).map((k) => [k, 0]));
    const liveCounts = rules.liveCounts ? Object.fromEntries(candidates.map((c) => [c.candidateId, { ...zero }])) : null;
    return updateBallot(tx, id, { state: 'open', rosterCount: roster, presentCount: present, openedAt: now, liveCounts });
  });
}

export async function closeBallot(deps: Deps, actor: Actor, id: string, input: { paperIssued?: number }) {
  return step(deps, actor, id, async (tx, ballot) => {
    if (ballot.state !== 'open') throw wrongState(ballot, '截止投票');
    const cardsIssued = await countLiveCards(tx, id);
    const paperIssued = input.paperIssued ?? 0;
    const data = { issued: cardsIssued + paperIssued, returned: ballot.castCount, cardsIssued, paperIssued };
    const now = deps.clock();
    if ((ballot.rules as StoredRules).secrecy !== 'recorded') {
      // Publication: the sealed choices, in receipt order, all stamped with the close's time.
      const sealed = await sealedCasts(tx, id);
      await appendEntries(tx, ballot.ledgerId, publishedCasts(sealed), now);
      await clearSealedChoices(tx, id);
    }
    await appendEntry(tx, ballot.ledgerId, 'ballot.closed', data, now);
    return updateBallot(tx, id, { state: 'closed', closedAt: now, cardsIssued });
  });
}

export async function tallyBallot(deps: Deps, actor: Actor, id: string) {
  return step(deps, actor, id, async (tx, ballot) => {
    if (ballot.state !== 'closed') throw wrongState(ballot, '计票');
    const pending = (await listPaper(tx, id)).filter((p) => p.status === 'pending');
    if (pending.length) {
      throw ruleViolation({
        zh: `还有 ${pending.length} 份纸质票统计待第二位监票人确认`,
        en: `${pending.length} paper totals await a second scrutineer`,
      });
    }
    const result = tallyFromEntries(await readEntries(tx, ballot.ledgerId));
    await appendEntry(tx, ballot.ledgerId, 'ballot.tallied', result as unknown as Record<string, unknown>, deps.clock());
    return updateBallot(tx, id, { state: 'tallied', talliedAt: deps.clock(), result });
  });
}

/**
 * A scrutineer signs the tallied result (the UTF-8 bytes of the ballot.tallied entry's hash) with
 * the key their browser holds. When the signatures the congress's rule asks for are in (default:
 * the 总监票人 and one other 监票人), `ballot.certified` carries them all, and from then on the
 * results and the whole ballot ledger are public. Until then certification stays pending.
 */
export async function certifyBallot(deps: Deps, actor: Actor, id: string, signature: { keyId: string; sig: string }) {
  return step(deps, actor, id, async (tx, ballot) => {
    if (ballot.state !== 'tallied') throw wrongState(ballot, '确认结果');
    const now = deps.clock();
    const entries = await readEntries(tx, ballot.ledgerId);
    const tallied = entries.findLast((e) => e.kind === 'ballot.tallied')!;
    const register = await keyRegisterNow(tx, actor.congressId);
    const signed = ownSignature(register, actor, signature, tallied.hash);
    await insertSignature(tx, {
      ballotId: id,
      keyId: signed.keyId,
      accountId: actor.accountId,
      subject: tallied.hash,
      sig: signed.sig,
      signedAt: now,
    });

    const status = await certificationState(tx, ballot, tallied.hash, register.keys, { seq: register.anchor.seq });
    if (!status.shortfall.complete) return ballot;
    const names = status.signers.map((s) => s.name).join('、');
    await appendEntry(
      tx,
      ballot.ledgerId,
      'ballot.certified',
      {
        ballotId: id,
        tallyEntry: tallied.hash,
        rule: status.rule,
        signatures: status.signatures,
        certifiedBy: names,
        // The congress ledger's head the keys were judged at (see keyRegisterNow).
        keyRegister: register.anchor,
      },
      now,
    );
    await setLedgerPublic(tx, ballot.ledgerId, true);
    // Later phases act on a certified result in the same transaction (phase 4: an evaluation grades its projects).
    for (const hook of certifiedHooks()) await hook(tx, actor, ballot, now);
    return updateBallot(tx, id, { state: 'certified', certifiedAt: now, certifiedBy: names });
  });
}

/**
 * The signatures given so far over `tallyEntry` that still count at `when` (a key revoked since
 * drops out), against the congress's rule, or against `recorded` (the rule a ballot.certified entry holds).
 */
async function certificationState(
  ex: Executor,
  ballot: BallotRow,
  tallyEntry: string,
  keys: Map<string, SignerKey>,
  when: KeyMoment,
  recorded?: unknown,
) {
  const congress = await congressHashAlg(ex, ballot.congressId);
  const rule = isCertificationRule(recorded)
    ? recorded
    : congress && isCertificationRule(congress.certificationRule)
      ? congress.certificationRule
      : DEFAULT_CERTIFICATION_RULE;
  const given = await listSignatures(ex, ballot.id, tallyEntry);
  // The 总监票人 first, then in the order signed (a stable sort keeps the query's order on a tie).
  const rank = (g: (typeof given)[number]) => SIGNER_ORDER[keys.get(g.keyId)!.role];
  const counted = given.filter((g) => keyValidAt(keys.get(g.keyId), when)).sort((a, b) => rank(a) - rank(b));
  const signers = counted.map((g) => keys.get(g.keyId)!);
  return {
    rule: { chief: rule.chief, total: rule.total },
    tallyEntry,
    signatures: counted.map((g) => ({ keyId: g.keyId, alg: keys.get(g.keyId)!.alg, sig: g.sig })),
    signers,
    signedAt: counted.map((g) => g.signedAt),
    shortfall: certificationShortfall(rule, signers),
  };
}

/** Who has signed a tallied ballot's result so far and what is still missing (staff). */
export async function certificationProgress(deps: Deps, actor: Actor, id: string) {
  const ballot = await findBallot(deps.db, actor.congressId, id);
  if (!ballot) throw ballotNotFound();
  if (ballot.state !== 'tallied' && ballot.state !== 'certified')
    return { tallyEntry: null, rule: null, signers: [], missing: null, complete: false };
  const entries = await readEntries(deps.db, ballot.ledgerId);
  const tallied = entries.findLast((e) => e.kind === 'ballot.tallied')!;
  const certified = entries.findLast((e) => e.kind === 'ballot.certified');
  const keys = await keyRegistry(deps.db, actor.congressId);
  // A certified result as its entry judged it (its keys' position, its rule); a pending one as of now.
  const anchor = certified?.data.keyRegister as { seq: number } | undefined;
  const when: KeyMoment = anchor ? { seq: anchor.seq } : (certified?.at ?? formatAt(deps.clock()));
  const s = await certificationState(deps.db, ballot, tallied.hash, keys, when, certified?.data.rule);
  return {
    tallyEntry: tallied.hash,
    rule: s.rule,
    signers: s.signers.map((k, i) => ({ keyId: k.keyId, name: k.name, role: k.role, alg: k.alg, signedAt: s.signedAt[i]!.toISOString() })),
    missing: { chief: s.shortfall.chief, total: s.shortfall.total },
    complete: ballot.state === 'certified',
  };
}

/** A draft that never opened is simply removed (its cards, if printed, with it): nothing was cast. */
export async function deleteDraft(deps: Deps, actor: Actor, id: string) {
  await deps.db.transaction(async (tx) => {
    const ballot = await lockBallot(tx, id);
    if (!ballot || ballot.congressId !== actor.congressId) throw ballotNotFound();
    if (ballot.state !== 'draft') {
      throw conflict(
        {
          zh: '只能删除草稿；已开启的表决须申请作废，并经监票人确认',
          en: 'Only a draft can be deleted; an opened ballot must be voided, confirmed by a scrutineer',
        },
        { state: ballot.state },
      );
    }
    await deleteDraftBallot(tx, ballot);
  });
}

export interface VoidRequest {
  reason: string;
  requestedBy: string;
  requestedByName: string;
  requestedAt: string;
}

/** 申请作废: the secretariat asks, with a reason; nothing changes until a scrutineer confirms. */
export async function requestVoid(deps: Deps, actor: Actor, id: string, reason: string) {
  return step(deps, actor, id, async (tx, ballot) => {
    if (ballot.state === 'draft') throw conflict({ zh: '草稿无须作废，直接删除即可', en: 'A draft is deleted, not voided' }, { state: ballot.state });
    if (ballot.state === 'certified') {
      throw conflict({ zh: '结果已经监票人确认，不能作废', en: 'A certified result cannot be voided' }, { state: ballot.state });
    }
    if (ballot.state === 'void') throw conflict({ zh: '该表决已作废', en: 'The ballot is already void' }, { state: ballot.state });
    if (ballot.voidRequest) throw conflict({ zh: '已有作废申请等待监票人确认', en: 'A void request already awaits a scrutineer' });
    const now = deps.clock();
    const request: VoidRequest = { reason, requestedBy: actor.accountId, requestedByName: actor.displayName, requestedAt: now.toISOString() };
    await appendEntry(tx, ballot.ledgerId, 'ballot.void_requested', { ballotId: id, reason, by: actor.accountId }, now);
    return updateBallot(tx, id, { voidRequest: request });
  });
}

/**
 * A scrutineer confirms (the ballot becomes void: no more casts, no result, a new ballot may be
 * created) or declines (the request is dropped). Either way it is an entry of the ballot ledger.
 * Sealed choices of a voided secret ballot are never published: they are discarded.
 */
export async function decideVoid(deps: Deps, actor: Actor, id: string, confirm: boolean) {
  return step(deps, actor, id, async (tx, ballot) => {
    const request = ballot.voidRequest as VoidRequest | null;
    if (!request) throw conflict({ zh: '没有待确认的作废申请', en: 'There is no void request to decide' });
    if (ballot.state === 'certified' || ballot.state === 'void') throw wrongState(ballot, '作废');
    const now = deps.clock();
    if (!confirm) {
      await appendEntry(tx, ballot.ledgerId, 'ballot.void_declined', { ballotId: id, by: actor.accountId }, now);
      return updateBallot(tx, id, { voidRequest: null });
    }
    await appendEntry(
      tx,
      ballot.ledgerId,
      'ballot.voided',
      {
        ballotId: id,
        reason: request.reason,
        requestedBy: request.requestedBy,
        confirmedBy: actor.accountId,
        stateWas: ballot.state,
      },
      now,
    );
    await clearSealedChoices(tx, id);
    return updateBallot(tx, id, { state: 'void', voidReason: request.reason, voidRequest: null, liveCounts: null });
  });
}

/** Presentation only: not a state change of the vote, so no ledger entry; the screens follow at once. */
export async function setScreenMode(deps: Deps, actor: Actor, id: string, mode: BallotRow['screenMode']) {
  const row = await setBallotScreenMode(deps.db, actor.congressId, id, mode);
  if (!row) throw ballotNotFound();
  await publishBallot(deps, id);
  return row;
}
