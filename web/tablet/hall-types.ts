// Shapes the hall pages read from the ballot API (server/phase2-balloting). Type-only imports
// of the server's pure domain keep the two in step; the answers and the live snapshot (the SSE
// `ballot` event, BallotSnapshot in ballots.contract.ts) come from the server's contract.
import type { BallotForm, Choice } from '@contract/domain';
import type { EvaluationTalliedData, TalliedData } from '@contract/domain';
import type { EvaluationChoice, Grade, ProjectGrade } from '@contract/domain';

import type {
  Ballot,
  BallotCandidate,
  BallotSnapshot,
  BallotState,
  CastAnswer,
  GradingRule,
  PublicBallot,
  ReceiptAnswer,
  ScreenMode,
  Share,
  StoredBallotRules,
  TabletBallot,
  TabletCandidate,
} from '@contract';

export type {
  BallotForm,
  BallotSnapshot,
  BallotState,
  Choice,
  EvaluationChoice,
  EvaluationTalliedData,
  Grade,
  GradingRule,
  ProjectGrade,
  ScreenMode,
  Share,
  TalliedData,
};

/** The project ballot's forms, or the satisfaction evaluation (phase 4) on the same engine. */
export type AnyForm = BallotForm | 'satisfaction';
export type AnyChoice = Choice | EvaluationChoice;
export type AnyTallied = TalliedData | EvaluationTalliedData;

export const isEvaluationTally = (r: AnyTallied): r is EvaluationTalliedData => (r as { form?: string }).form === 'satisfaction';

// The answers' shapes come from the server's contract (z.infer of the routes' response schemas).
export type CardCandidate = TabletCandidate;
export type CardBallot = TabletBallot;
export type CastReply = CastAnswer;
export type BallotRulesView = StoredBallotRules;
export type BallotCandidateView = BallotCandidate;
/** GET /api/ballots/:id (staff); GET /api/public/ballots/:id is PublicBallot. */
export type BallotView = Ballot;
/** GET /api/public/ballots/:id: what the hall screen and /verify read (public rules, no void request). */
export type PublicBallotView = PublicBallot;
/** GET /api/receipts/:receipt */
export type ReceiptLookup = ReceiptAnswer;

export type Choices = Record<string, AnyChoice>;

/** What BallotForm and SatisfactionForm take: the card's ballot and how to cast on it. */
export interface BallotFormProps {
  ballot: CardBallot;
  cast: (choices: Choices, castId: string) => Promise<CastReply>;
  onDone: (receipt: string) => void;
  onLeave: () => void;
  layout: 'tablet' | 'phone';
}

/** The first 12 hex digits of a receipt in groups of four: what the tablet shows and /verify accepts. */
export { shortReceipt } from '@contract/domain';

/** A hash shortened for a screen: "3f2a91…c81b". */
export function shortHash(hash: string, head = 8, tail = 4): string {
  return hash.length > head + tail ? `${hash.slice(0, head)}…${hash.slice(-tail)}` : hash;
}
