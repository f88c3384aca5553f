// The secretariat's view and change of its congress's public code (the console's 公开地址).
import type { Db, Executor } from '../../../db/client';
import type { Actor } from '../context';
import { notFound } from '../errors';
import { refuse } from '../refuse';
import { publicCodeChangeProblems } from '../domain/public-code';
import { appendCongressEntry } from '../ledger/ledger.service';
import { findCongress } from '../accounts/accounts.repository';
import { publicCodeTaken } from './congress.service';
import { countCycles, findCongressByPublicCode, lockCongress, updatePublicCode, type CongressRow } from './public-code.repository';

const congressNotFound = () => notFound({ zh: '未找到该人大', en: 'Congress not found' });

async function describe(ex: Executor, congress: CongressRow) {
  const chosen = congress.publicCodeChosenAt !== null;
  const cycles = await countCycles(ex, congress.id);
  return { code: congress.publicCode, chosen, changeable: publicCodeChangeProblems({ chosen, cycles }).length === 0 };
}

export async function getPublicCode(db: Db, actor: Actor) {
  const congress = await findCongress(db, actor.congressId);
  if (!congress) throw congressNotFound();
  return describe(db, congress);
}

/** Sets the code (then it counts as chosen); refused once it is chosen and a year has been opened. */
export async function changePublicCode(db: Db, actor: Actor, code: string, now: Date) {
  return db.transaction(async (tx) => {
    const congress = await lockCongress(tx, actor.congressId);
    if (!congress) throw congressNotFound();
    const problems = publicCodeChangeProblems({ chosen: congress.publicCodeChosenAt !== null, cycles: await countCycles(tx, congress.id) });
    if (problems.length) throw refuse(problems, { code: congress.publicCode });
    const holder = await findCongressByPublicCode(tx, code);
    if (holder && holder.id !== congress.id) throw publicCodeTaken(code);
    await updatePublicCode(tx, congress.id, code, now);
    await appendCongressEntry(tx, congress.id, 'congress.public_code_set', { from: congress.publicCode, to: code, by: actor.accountId }, now);
    return describe(tx, { ...congress, publicCode: code, publicCodeChosenAt: now });
  });
}
