// Public suggestions (群众建议): received from the open web form or typed in by staff from a
// hotline call or letter; then converted into a proposal for a department to complete, merged
// into a proposal that already covers them, or rejected with a reason the suggester can read.
// The ledger gets each step, but never the suggester's name or phone, nor their text itself —
// only its SHA-256, since a public ledger can never be corrected.
import { randomBytes } from 'node:crypto';
import type { Db, Tx } from '../../db/client';
import { notFound } from '../core/errors';
import type { Actor } from '../core/context';
import { problem, type Problem } from '../core/domain/problems';
import { categoryProblem, contentDigest, proposalCode } from './domain/proposal-rules';
import { suggestionProblems, type ProposalStatus, type SuggestionChannel, type SuggestionStatus } from './domain/screening';
import { chinaDate, isIsoDate } from '../cycle/domain/solicitation-window';
import { formatTrackingCode, TRACKING_CODE_BYTES, trackingCodeFromBytes } from './domain/tracking-code';
import { appendCycleEntry, type CycleRow } from '../cycle/cycles.repository';
import { assertScreeningOpen, lockCycleOf, requireCycle } from '../cycle/cycles.service';
import { findProposal, insertProposal } from './proposals.repository';
import { departmentProblems, describeFull } from './proposals.service';
import { refuse } from '../core/refuse';
import {
  findSuggestion,
  insertSuggestion,
  lockSuggestion,
  searchSuggestions,
  trackingCodeTaken,
  updateSuggestion,
  type SuggestionFilters,
  type SuggestionRow,
} from './suggestions.repository';

export const suggestionNotFound = () => notFound({ zh: '未找到该群众建议', en: 'Suggestion not found' });

export interface SuggestionInput {
  title: string;
  content: string;
  category?: string | null;
  location?: string | null;
  name?: string | null;
  phone?: string | null;
}

async function newTrackingCode(tx: Tx): Promise<string> {
  // 50 random bits make a collision unlikely; the unique index would refuse one anyway.
  for (;;) {
    const code = trackingCodeFromBytes(randomBytes(TRACKING_CODE_BYTES));
    if (!(await trackingCodeTaken(tx, code))) return code;
  }
}

/** Stores a suggestion and its ledger entry, under the cycle lock the caller holds. */
export async function receiveSuggestion(
  tx: Tx,
  cycle: CycleRow,
  input: SuggestionInput & { channel: SuggestionChannel; receivedOn: string },
  by: string | null,
  now: Date,
): Promise<SuggestionRow> {
  if (input.category && !cycle.categories.includes(input.category)) throw refuse([categoryProblem(input.category)]);
  const row = await insertSuggestion(tx, {
    congressId: cycle.congressId,
    cycleId: cycle.id,
    trackingCode: await newTrackingCode(tx),
    channel: input.channel,
    title: input.title,
    category: input.category ?? null,
    content: input.content,
    location: input.location ?? null,
    suggesterName: input.name ?? null,
    suggesterPhone: input.phone ?? null,
    receivedOn: input.receivedOn,
    enteredBy: by,
    createdAt: now,
  });
  await appendCycleEntry(
    tx,
    cycle,
    'suggestion.received',
    {
      suggestionId: row.id,
      channel: row.channel,
      receivedOn: row.receivedOn,
      category: row.category,
      contentHash: contentDigest({ title: row.title, content: row.content, category: row.category, location: row.location }),
      ...(by ? { by } : {}),
    },
    now,
  );
  return row;
}

/** What the secretariat sees: everything, the suggester's contact too. */
export function describeSuggestion(s: SuggestionRow, proposal?: { id: string; code: string | null; title: string; status: ProposalStatus } | null) {
  return {
    id: s.id,
    cycleId: s.cycleId,
    trackingCode: formatTrackingCode(s.trackingCode),
    channel: s.channel,
    title: s.title,
    category: s.category,
    content: s.content,
    location: s.location,
    name: s.suggesterName,
    phone: s.suggesterPhone,
    receivedOn: s.receivedOn,
    status: s.status,
    feedback: s.feedback,
    proposalId: s.proposalId,
    proposal: proposal ?? null,
    screenedAt: s.screenedAt?.toISOString() ?? null,
    createdAt: s.createdAt.toISOString(),
  };
}

/** Staff enter a call or letter received within the window (until the list goes to the vote). */
export async function enterSuggestion(
  db: Db,
  actor: Actor,
  cycleId: string,
  input: SuggestionInput & { channel: 'hotline' | 'letter'; receivedOn?: string },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const cycle = await lockCycleOf(tx, actor, cycleId);
    assertScreeningOpen(cycle);
    const receivedOn = input.receivedOn ?? chinaDate(now);
    const problems: Problem[] = [];
    if (!isIsoDate(receivedOn) || receivedOn > chinaDate(now)) {
      problems.push(problem('received_in_future', '收到日期不能晚于今天', 'The date received cannot be in the future', 'receivedOn'));
    } else if (receivedOn < cycle.opensOn || receivedOn > cycle.closesOn) {
      problems.push(
        problem(
          'window_closed',
          `征集期为 ${cycle.opensOn} 至 ${cycle.closesOn}，收到日期不在其中`,
          `Solicitation runs from ${cycle.opensOn} to ${cycle.closesOn}; the date received is outside it`,
          'receivedOn',
        ),
      );
    }
    if (problems.length) throw refuse(problems, { opensOn: cycle.opensOn, closesOn: cycle.closesOn });
    return describeSuggestion(await receiveSuggestion(tx, cycle, { ...input, receivedOn }, actor.accountId, now));
  });
}

async function lockSuggestionAndCycle(tx: Tx, actor: Actor, id: string) {
  const found = await findSuggestion(tx, actor.congressId, id);
  if (!found) throw suggestionNotFound();
  const cycle = await lockCycleOf(tx, actor, found.cycleId);
  const s = (await lockSuggestion(tx, actor.congressId, id))!;
  return { s, cycle };
}

/** 转办: a draft proposal for the 责任单位 to complete and submit, linked to the suggestion. */
export async function convertSuggestion(
  db: Db,
  actor: Actor,
  id: string,
  input: { departmentId: string; title?: string; category?: string | null; note?: string | null },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const { s, cycle } = await lockSuggestionAndCycle(tx, actor, id);
    assertScreeningOpen(cycle);
    const problems = suggestionProblems({ from: s.status, outcome: 'convert', reason: input.note ?? null });
    problems.push(...(await departmentProblems(tx, actor.congressId, input.departmentId)));
    const category = input.category !== undefined ? input.category : s.category;
    if (category && !cycle.categories.includes(category)) problems.push(categoryProblem(category));
    if (problems.length) throw refuse(problems);
    const p = await insertProposal(tx, {
      congressId: actor.congressId,
      cycleId: cycle.id,
      status: 'draft',
      channel: s.channel,
      proposerDepartmentId: input.departmentId,
      departmentId: input.departmentId,
      suggestionId: s.id,
      createdBy: actor.accountId,
      title: input.title ?? s.title,
      category,
      content: s.content,
      location: s.location,
      createdAt: now,
      updatedAt: now,
    });
    const row = await updateSuggestion(tx, s.id, { status: 'converted', proposalId: p.id, feedback: input.note ?? null, screenedAt: now });
    await appendCycleEntry(
      tx,
      cycle,
      'suggestion.converted',
      {
        suggestionId: s.id,
        proposalId: p.id,
        departmentId: input.departmentId,
        note: input.note ?? null,
        by: actor.accountId,
      },
      now,
    );
    return {
      suggestion: describeSuggestion(row, { id: p.id, code: null, title: p.title, status: p.status }),
      proposal: await describeFull(tx, cycle, p, 'manage'),
    };
  });
}

export async function screenSuggestion(
  db: Db,
  actor: Actor,
  id: string,
  input: { outcome: 'reject' | 'merge'; reason?: string | null; proposalId?: string },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const { s, cycle } = await lockSuggestionAndCycle(tx, actor, id);
    assertScreeningOpen(cycle);
    const found = input.outcome === 'merge' && input.proposalId ? await findProposal(tx, actor.congressId, input.proposalId) : null;
    const target = found && found.cycleId === cycle.id ? found : null;
    const problems = suggestionProblems({ from: s.status, outcome: input.outcome, reason: input.reason ?? null, target });
    if (problems.length) throw refuse(problems);
    const status: SuggestionStatus = input.outcome === 'merge' ? 'merged' : 'rejected';
    const row = await updateSuggestion(tx, s.id, { status, feedback: input.reason ?? null, proposalId: target?.id ?? null, screenedAt: now });
    await appendCycleEntry(
      tx,
      cycle,
      'suggestion.screened',
      {
        suggestionId: s.id,
        outcome: status,
        reason: input.reason ?? null,
        proposalId: target?.id ?? null,
        by: actor.accountId,
      },
      now,
    );
    return describeSuggestion(
      row,
      target ? { id: target.id, code: proposalCode(cycle.year, target.number), title: target.title, status: target.status } : null,
    );
  });
}

async function linkedProposal(db: Db, actor: Actor, cycle: CycleRow, s: SuggestionRow) {
  if (!s.proposalId) return null;
  const p = await findProposal(db, actor.congressId, s.proposalId);
  return p ? { id: p.id, code: proposalCode(cycle.year, p.number), title: p.title, status: p.status } : null;
}

export async function readSuggestion(db: Db, actor: Actor, id: string) {
  const s = await findSuggestion(db, actor.congressId, id);
  if (!s) throw suggestionNotFound();
  const cycle = await requireCycle(db, actor, s.cycleId);
  return describeSuggestion(s, await linkedProposal(db, actor, cycle, s));
}

export async function listSuggestions(db: Db, actor: Actor, cycleId: string, f: SuggestionFilters, page: { page: number; pageSize: number }) {
  const cycle = await requireCycle(db, actor, cycleId);
  const { total, rows, counts } = await searchSuggestions(db, cycle.id, f, page);
  const out = [];
  for (const s of rows) out.push(describeSuggestion(s, await linkedProposal(db, actor, cycle, s)));
  return { total, page: page.page, pageSize: page.pageSize, counts, suggestions: out };
}
