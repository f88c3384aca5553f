// Paper fallback (纸质票): one scrutineer enters the counted totals, a second confirms them, and
// only then does the `ballot.paper` entry join the ledger and the count. Each signs the totals'
// digest with the key their browser holds, as for certification; the entry carries both signatures.
import { findAccount } from '../core/accounts/accounts.repository';
import { appendEntry } from '../core/ledger/ledger.repository';
import { conflict, notFound, ruleViolation } from '../core/errors';
import type { Actor, Deps } from '../core/context';
import { checkPaper, type AnyOpenedData, type AnyPaperTotals } from './domain/ballot-forms';
import { signatureProblem } from '../core/domain/signatures';
import { findBallot, listCandidates, lockBallot, lockLedgerHead } from './ballots.repository';
import { congressHashAlg } from '../core/signers/signers.repository';
import { keyRegisterNow, ownSignature } from '../core/signers/signers.service';
import { paperTotalsDigest } from './domain/certification';
import type { Executor } from '../../db/client';
import type { HashAlg } from '../core/domain/ledger-hash';
import { decidePaper, findPaper, insertPaper, listPaper, type PaperRow } from './paper.repository';
import { ballotNotFound, type StoredRules } from './ballots.service';
import { publishBallot } from './live';

const describePaper = (p: PaperRow & { digest: string }) => ({
  id: p.id,
  perCandidate: p.perCandidate,
  valid: p.valid,
  invalid: p.invalid,
  status: p.status,
  enteredBy: p.enteredBy,
  enteredAt: p.enteredAt.toISOString(),
  confirmedBy: p.confirmedBy,
  decidedAt: p.decidedAt?.toISOString() ?? null,
  /** What the scrutineers sign (and the confirming one re-computes from the figures shown). */
  digest: p.digest,
});

type Signed = { keyId: string; sig: string };

/** The congress's hash algorithm, in which paper totals are digested. */
async function hashAlgOf(ex: Executor, congressId: string) {
  return (await congressHashAlg(ex, congressId))?.hashAlg ?? 'sha256';
}

const digestOf = (alg: HashAlg, ballotId: string, t: Pick<PaperRow, 'perCandidate' | 'valid' | 'invalid'>) =>
  paperTotalsDigest(alg, ballotId, { perCandidate: t.perCandidate as Record<string, unknown>, valid: t.valid, invalid: t.invalid });

export async function listPaperTotals(deps: Deps, actor: Actor, ballotId: string) {
  const ballot = await findBallot(deps.db, actor.congressId, ballotId);
  if (!ballot) throw ballotNotFound();
  const alg = await hashAlgOf(deps.db, actor.congressId);
  return (await listPaper(deps.db, ballotId)).map((p) => describePaper({ ...p, digest: digestOf(alg, ballotId, p) }));
}

export async function enterPaperTotals(deps: Deps, actor: Actor, ballotId: string, input: AnyPaperTotals & { signature: Signed }) {
  return deps.db.transaction(async (tx) => {
    const ballot = await lockBallot(tx, ballotId);
    if (!ballot || ballot.congressId !== actor.congressId) throw ballotNotFound();
    if (ballot.state !== 'open' && ballot.state !== 'closed')
      throw conflict({ zh: '只能在投票中或截止后、计票前录入纸质票', en: 'Paper totals go in while the ballot is open or closed, before the tally' });
    const rules = ballot.rules as StoredRules;
    const candidates = (await listCandidates(tx, ballotId)).map((c) => ({ id: c.candidateId, title: c.title }));
    const errors = checkPaper({ ...rules, candidates } as unknown as AnyOpenedData, input);
    if (errors.length) throw ruleViolation({ zh: `纸质票统计有误：${errors.join('；')}`, en: `Paper totals: ${errors.join('; ')}` }, { errors });
    const digest = digestOf(await hashAlgOf(tx, actor.congressId), ballotId, input);
    const enteredSig = ownSignature(await keyRegisterNow(tx, actor.congressId), actor, input.signature, digest);
    const row = await insertPaper(tx, {
      ballotId,
      perCandidate: input.perCandidate,
      valid: input.valid,
      invalid: input.invalid,
      enteredBy: actor.accountId,
      enteredAt: deps.clock(),
      enteredSig,
    });
    return describePaper({ ...row, digest });
  });
}

/** Confirming needs the second scrutineer's signature over the same digest; rejecting does not. */
export async function decidePaperTotals(deps: Deps, actor: Actor, ballotId: string, paperId: string, confirm: Signed | false) {
  const out = await deps.db.transaction(async (tx) => {
    const ballot = await lockBallot(tx, ballotId);
    if (!ballot || ballot.congressId !== actor.congressId) throw ballotNotFound();
    await lockLedgerHead(tx, ballot.ledgerId);
    const paper = await findPaper(tx, ballotId, paperId);
    if (!paper) throw notFound({ zh: '未找到该纸质票统计', en: 'Paper totals not found' });
    if (paper.status !== 'pending') throw conflict({ zh: '该统计已处理', en: 'Already decided' });
    if (paper.enteredBy === actor.accountId) throw ruleViolation({ zh: '须由另一位监票人确认', en: 'A second scrutineer must confirm' });
    if (confirm && ballot.state !== 'open' && ballot.state !== 'closed') throw conflict({ zh: '已计票，不能再加入纸质票', en: 'Already tallied' });
    const now = deps.clock();
    const digest = digestOf(await hashAlgOf(tx, actor.congressId), ballotId, paper);
    if (!confirm) {
      const row = await decidePaper(tx, paperId, { status: 'rejected', confirmedBy: actor.accountId, decidedAt: now });
      return describePaper({ ...row, digest });
    }
    const register = await keyRegisterNow(tx, actor.congressId);
    const confirmedSig = ownSignature(register, actor, confirm, digest);
    // The entering scrutineer's signature must still count now (their key may have been revoked since).
    const entered = paper.enteredSig;
    if (!entered || signatureProblem(entered, register.keys.get(entered.keyId), digest, { seq: register.anchor.seq })) {
      throw conflict({
        zh: '录入人的签名已失效（未签名或其密钥已吊销），请驳回后由监票人重新录入',
        en: 'The entering scrutineer’s signature no longer counts (unsigned, or the key was revoked): reject and enter again',
      });
    }
    const row = await decidePaper(tx, paperId, { status: 'confirmed', confirmedBy: actor.accountId, decidedAt: now, confirmedSig });
    // The public ledger names the scrutineers as people, not account ids.
    const enteredBy = (await findAccount(tx, actor.congressId, paper.enteredBy))?.displayName ?? paper.enteredBy;
    await appendEntry(
      tx,
      ballot.ledgerId,
      'ballot.paper',
      {
        ballotId,
        perCandidate: paper.perCandidate as Record<string, unknown>,
        valid: paper.valid,
        invalid: paper.invalid,
        enteredBy,
        confirmedBy: actor.displayName,
        digest,
        signatures: [entered, confirmedSig],
        keyRegister: register.anchor,
      },
      now,
    );
    return describePaper({ ...row, digest });
  });
  await publishBallot(deps, ballotId);
  return out;
}
