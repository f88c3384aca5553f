// What anyone may see and do without an account: a congress's cycles, a fixed candidate list
// (summary, budget and department of each candidate), the suggestion form, and a suggestion's
// fate by its tracking code — never internal notes, nor anyone's name or phone.
import type { Db } from '../../db/client';
import { findCongress } from '../core/accounts/accounts.repository';
import { formatWan } from '../core/domain/money';
import { badRequest, notFound } from '../core/errors';
import { consume, type Limit } from '../core/rate-limit/rate-limit.service';
import { proposalCode } from './domain/proposal-rules';
import { PUBLIC_STAGE_LABELS, publicStage, SUGGESTION_STATUS_LABELS } from './domain/screening';
import { chinaDate, newSubmissionProblem } from '../cycle/domain/solicitation-window';
import { formatTrackingCode, normalizeTrackingCode } from './domain/tracking-code';
import { getFixedCandidateList } from './candidate-list.repository';
import { describeCycle, findCycleById, listCycles, lockCycle } from '../cycle/cycles.repository';
import { cycleNotFound } from '../cycle/cycles.service';
import { findProposal } from './proposals.repository';
import { refuse } from '../core/refuse';
import { findSuggestionByCode } from './suggestions.repository';
import { receiveSuggestion, type SuggestionInput } from './suggestions.service';

export const SUGGESTION_LIMIT = { max: 5, windowSeconds: 3600 };
export const TRACKING_LIMIT = { max: 60, windowSeconds: 3600 };

export async function publicCycles(db: Db, congressId: string, now: Date) {
  const congress = await findCongress(db, congressId);
  if (!congress) throw notFound({ zh: '未找到该人大', en: 'Congress not found' });
  return {
    congress: { id: congress.id, name: congress.name, jurisdiction: congress.jurisdiction, level: congress.level, code: congress.publicCode },
    cycles: (await listCycles(db, congressId)).map((c) => describeCycle(c, now)),
  };
}

export async function publicCycle(db: Db, cycleId: string, now: Date) {
  const cycle = await findCycleById(db, cycleId);
  if (!cycle) throw cycleNotFound();
  return { cycle: describeCycle(cycle, now) };
}

/** The published list: each candidate's summary, budget and 责任单位 (full materials go to deputies). */
export async function publicCandidates(db: Db, cycleId: string, now: Date) {
  const cycle = await findCycleById(db, cycleId);
  if (!cycle) throw cycleNotFound();
  const list = await getFixedCandidateList(db, cycle.congressId, cycle.id);
  return {
    cycle: describeCycle(cycle, now),
    fixed: list !== null,
    fixedAt: list?.fixedAt ?? null,
    seats: cycle.seats,
    // The public list is the summary; the full materials are the deputies' reading.
    candidates: (list?.candidates ?? []).map(({ materials: _m, ...c }) => ({
      ...c,
      estimateWan: c.estimateYuan === null ? null : formatWan(c.estimateYuan),
    })),
  };
}

/** The open form: no account; counted per address, within the window only. */
export async function submitPublicSuggestion(db: Db, cycleId: string, input: SuggestionInput, ip: string, now: Date) {
  const limits: Limit[] = [{ key: `suggestion:ip:${ip}`, ...SUGGESTION_LIMIT }];
  // Counted before anything else and outside the transaction, so refused attempts count too.
  await consume(db, limits, now);
  return db.transaction(async (tx) => {
    const cycle = await lockCycle(tx, cycleId);
    if (!cycle) throw cycleNotFound();
    const late = newSubmissionProblem(now, cycle);
    if (late) throw refuse([late], { opensOn: cycle.opensOn, closesOn: cycle.closesOn });
    const s = await receiveSuggestion(tx, cycle, { ...input, channel: 'web', receivedOn: chinaDate(now) }, null, now);
    return {
      trackingCode: formatTrackingCode(s.trackingCode),
      cycle: { id: cycle.id, title: cycle.title },
      receivedOn: s.receivedOn,
      status: s.status,
      statusLabel: SUGGESTION_STATUS_LABELS[s.status],
    };
  });
}

/** A suggestion's status and feedback by its code: the text the suggester gave, never their name or phone. */
export async function trackSuggestion(db: Db, input: string, ip: string, now: Date) {
  await consume(db, [{ key: `tracking:ip:${ip}`, ...TRACKING_LIMIT }], now);
  const code = normalizeTrackingCode(input);
  if (!code)
    throw badRequest({ zh: '查询码为 10 位字母和数字，如 K7QM-4XZP-9D', en: 'A tracking code has 10 letters and digits, like K7QM-4XZP-9D' });
  const s = await findSuggestionByCode(db, code);
  if (!s) throw notFound({ zh: '没有这个查询码，请核对后重试', en: 'No suggestion has this code; check it and try again' });
  const cycle = (await findCycleById(db, s.cycleId))!;
  const listFixed = cycle.listFixedAt !== null;
  let proposal = null;
  if (s.proposalId) {
    const p = await findProposal(db, s.congressId, s.proposalId);
    if (p) {
      const stage = publicStage(p.status, listFixed);
      const into = p.mergedIntoId ? await findProposal(db, s.congressId, p.mergedIntoId) : null;
      proposal = {
        code: proposalCode(cycle.year, p.number),
        title: p.title,
        stage,
        stageLabel: PUBLIC_STAGE_LABELS[stage],
        // The proposer's feedback is public only as a rejection reason; revision requests stay between staff and department.
        reason: p.status === 'rejected' ? p.feedback : null,
        mergedInto: into ? { code: proposalCode(cycle.year, into.number), title: into.title } : null,
      };
    }
  }
  return {
    trackingCode: formatTrackingCode(s.trackingCode),
    cycle: { id: cycle.id, title: cycle.title },
    channel: s.channel,
    title: s.title,
    content: s.content,
    category: s.category,
    location: s.location,
    receivedOn: s.receivedOn,
    status: s.status,
    statusLabel: SUGGESTION_STATUS_LABELS[s.status],
    feedback: s.feedback,
    proposal,
  };
}
