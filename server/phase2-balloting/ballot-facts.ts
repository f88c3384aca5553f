// What the other phases need to know about a cycle's vote: whether its result is certified (the
// cycle may then move on to implementation), which projects were selected, across runoffs, and
// otherwise which step is missing. The chain is the one live project ballot and its live runoffs
// (domain/authoritative.ts): a voided ballot never counts, nor does one created after it by mistake.
import type { Executor } from '../../db/client';
import { listBallots } from './ballots.repository';
import { walkResultChain, type BallotLink, type ChainStep } from './domain/authoritative';
import type { TalliedData } from './domain/recount';

export interface CycleBallotFacts {
  projectBallotCertified: boolean;
  /** Selected proposal ids in rank order (main ballot first, then each runoff's). */
  selected: string[];
  /** Seats left empty for want of passing candidates. */
  shortfall: number;
  ballots: Array<{ id: string; kind: string; state: string }>;
  /** The ballots whose results count: the live project ballot, then each live runoff. */
  chain: string[];
  /** The step that is missing, when not certified. */
  ballotStepMissing?: { code: string; zh: string; en: string };
}

const STEP_WORDS: Record<Exclude<ChainStep['code'], 'complete'>, { zh: string; en: string }> = {
  no_ballot: { zh: '项目票决尚未进行', en: 'The project ballot has not been held' },
  ballot_void: {
    zh: '项目票决无效（收回票数多于发出票数），须重新票决',
    en: 'The project ballot is void (more returned than issued) and must be repeated',
  },
  not_certified: { zh: '项目票决结果尚未经监票人确认', en: 'The project ballot is not certified' },
  runoff_missing: { zh: '另行票决尚未进行', en: 'The runoff (另行票决) has not been held' },
};

export async function cycleBallotFacts(ex: Executor, congressId: string, cycleId: string): Promise<CycleBallotFacts> {
  const all = await listBallots(ex, congressId, cycleId);
  const links: BallotLink[] = all.map((b) => ({
    id: b.id,
    kind: b.kind,
    state: b.state,
    parentBallotId: b.parentBallotId,
    createdAt: b.createdAt,
    result: b.result as TalliedData | null,
  }));
  const walk = walkResultChain(links);
  const facts: CycleBallotFacts = {
    projectBallotCertified: walk.step.code === 'complete',
    selected: walk.step.code === 'complete' ? walk.selected : [],
    shortfall: walk.step.code === 'complete' ? walk.shortfall : 0,
    ballots: [...all].reverse().map((b) => ({ id: b.id, kind: b.kind, state: b.state })),
    chain: walk.chain,
  };
  if (walk.step.code !== 'complete') {
    const words =
      walk.step.code === 'not_certified' && walk.step.kind === 'runoff'
        ? { zh: '另行票决结果尚未经监票人确认', en: 'The runoff is not certified' }
        : STEP_WORDS[walk.step.code];
    facts.ballotStepMissing = { code: walk.step.code === 'not_certified' ? 'ballot_not_certified' : walk.step.code, ...words };
  }
  return facts;
}
