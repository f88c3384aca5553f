// Paper fallback (纸质票): one scrutineer enters the counted totals, a second confirms them, and
// only then does the `ballot.paper` entry join the ledger and the count.
import { findAccount } from '../core/accounts/accounts.repository';
import { appendEntry } from '../core/ledger/ledger.repository';
import { conflict, notFound, ruleViolation } from '../core/errors';
import type { Actor, Deps } from '../core/context';
import { checkPaper, type AnyOpenedData, type AnyPaperTotals } from './domain/ballot-forms';
import { findBallot, listCandidates, lockBallot, lockLedgerHead } from './ballots.repository';
import { decidePaper, findPaper, insertPaper, listPaper, type PaperRow } from './paper.repository';
import { ballotNotFound, type StoredRules } from './ballots.service';
import { publishBallot } from './live';

const describePaper = (p: PaperRow) => ({
  id: p.id,
  perCandidate: p.perCandidate,
  valid: p.valid,
  invalid: p.invalid,
  status: p.status,
  enteredBy: p.enteredBy,
  enteredAt: p.enteredAt.toISOString(),
  confirmedBy: p.confirmedBy,
  decidedAt: p.decidedAt?.toISOString() ?? null,
});

export async function listPaperTotals(deps: Deps, actor: Actor, ballotId: string) {
  const ballot = await findBallot(deps.db, actor.congressId, ballotId);
  if (!ballot) throw ballotNotFound();
  return (await listPaper(deps.db, ballotId)).map(describePaper);
}

export async function enterPaperTotals(deps: Deps, actor: Actor, ballotId: string, input: AnyPaperTotals) {
  return deps.db.transaction(async (tx) => {
    const ballot = await lockBallot(tx, ballotId);
    if (!ballot || ballot.congressId !== actor.congressId) throw ballotNotFound();
    if (ballot.state !== 'open' && ballot.state !== 'closed')
      throw conflict({ zh: '只能在投票中或截止后、计票前录入纸质票', en: 'Paper totals go in while the ballot is open or closed, before the tally' });
    const rules = ballot.rules as StoredRules;
    const candidates = (await listCandidates(tx, ballotId)).map((c) => ({ id: c.candidateId, title: c.title }));
    const errors = checkPaper({ ...rules, candidates } as unknown as AnyOpenedData, input);
    if (errors.length) throw ruleViolation({ zh: `纸质票统计有误：${errors.join('；')}`, en: `Paper totals: ${errors.join('; ')}` }, { errors });
    const row = await insertPaper(tx, {
      ballotId,
      perCandidate: input.perCandidate,
      valid: input.valid,
      invalid: input.invalid,
      enteredBy: actor.accountId,
      enteredAt: deps.clock(),
    });
    return describePaper(row);
  });
}

export async function decidePaperTotals(deps: Deps, actor: Actor, ballotId: string, paperId: string, confirm: boolean) {
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
    const row = await decidePaper(tx, paperId, { status: confirm ? 'confirmed' : 'rejected', confirmedBy: actor.accountId, decidedAt: now });
    if (confirm) {
      // The public ledger names the scrutineers as people, not account ids.
      const enteredBy = (await findAccount(tx, actor.congressId, paper.enteredBy))?.displayName ?? paper.enteredBy;
      await appendEntry(
        tx,
        ballot.ledgerId,
        'ballot.paper',
        {
          perCandidate: paper.perCandidate as Record<string, unknown>,
          valid: paper.valid,
          invalid: paper.invalid,
          enteredBy,
          confirmedBy: actor.displayName,
        },
        now,
      );
    }
    return describePaper(row);
  });
  await publishBallot(deps, ballotId);
  return out;
}
