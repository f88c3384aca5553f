// Shapes the hall pages read from the ballot API (server/phase2-balloting). Type-only imports
// of the server's pure domain keep the two in step.
import type { BallotForm, Choice } from '../../server/phase2-balloting/domain/ballot-rules';
import type { EvaluationTalliedData, TalliedData } from '../../server/phase2-balloting/domain/recount';
import type { EvaluationChoice, Grade, ProjectGrade } from '../../server/phase2-balloting/domain/grading';

export type { BallotForm, Choice, EvaluationChoice, EvaluationTalliedData, Grade, ProjectGrade, TalliedData };

/** The project ballot's forms, or the satisfaction evaluation (phase 4) on the same engine. */
export type AnyForm = BallotForm | 'satisfaction';
export type AnyChoice = Choice | EvaluationChoice;
export type AnyTallied = TalliedData | EvaluationTalliedData;

export const isEvaluationTally = (r: AnyTallied): r is EvaluationTalliedData => (r as { form?: string }).form === 'satisfaction';

export type BallotState = 'draft' | 'open' | 'closed' | 'tallied' | 'certified' | 'void';
export type ScreenMode = 'auto' | 'welcome' | 'candidates' | 'turnout' | 'results';

/** What a card opens (POST /api/cards/lookup). */
export interface CardCandidate {
  id: string;
  position: number;
  title: string;
  departmentName: string | null;
  estimateYuan: number | null;
  summary: string | null;
  /** The fixed-list entry of phase 1: code, category, summary, materials hash… */
  materials: Record<string, unknown> | null;
}

export interface CardBallot {
  id: string;
  title: string;
  state: BallotState;
  form: AnyForm;
  seats: number;
  maxFor: number;
  /** Satisfaction evaluations: whether 弃权 is offered. */
  allowAbstain?: boolean;
  candidates: CardCandidate[];
}

export type Choices = Record<string, AnyChoice>;

/** seq: recorded mode only; a secret ballot publishes its casts at the close, in receipt order. */
export interface CastReply { receipt: string; seq: number | null }

/** The live snapshot (SSE `ballot` events, server/phase2-balloting/live.ts). */
export interface BallotSnapshot {
  ballotId: string;
  title: string;
  state: BallotState;
  rosterCount: number | null;
  presentCount: number | null;
  cardsIssued: number;
  castCount: number;
  /** Running counts per candidate (only with liveCounts): 赞成/反对/弃权, or 满意/基本满意/不满意/弃权. */
  counts: Record<string, Partial<Record<AnyChoice, number>>> | null;
  result: AnyTallied | null;
  head: { seq: number; hash: string };
  screenMode: ScreenMode;
}

export interface BallotRulesView {
  form: AnyForm;
  seats: number;
  maxFor: number;
  passBasis: 'roster' | 'present';
  secrecy: 'secret' | 'recorded';
  liveCounts: boolean;
  quorum?: { numerator: number; denominator: number };
  /** Satisfaction evaluations only. */
  allowAbstain?: boolean;
  evaluators?: 'deputies' | 'standing_committee';
  /** The grading shares ("more than num/den of the basis"); absent or null: one half each. */
  grading?: { satisfied: Share; acceptable: Share } | null;
}

export interface Share { num: number; den: number }

export interface BallotCandidateView {
  id: string;
  position: number;
  title: string;
  departmentName: string | null;
  estimateYuan: number | null;
  summary: string | null;
}

/** GET /api/ballots/:id (staff) and, with fewer rule fields, GET /api/public/ballots/:id. */
export interface BallotView {
  id: string;
  title: string;
  kind: 'project' | 'runoff' | 'evaluation';
  state: BallotState;
  cycleId: string | null;
  sittingId: string;
  parentBallotId: string | null;
  ledgerId: string;
  rules: BallotRulesView;
  rosterCount: number | null;
  presentCount: number | null;
  cardsIssued: number;
  castCount: number;
  openedAt: string | null;
  closedAt: string | null;
  talliedAt: string | null;
  certifiedAt: string | null;
  certifiedBy: string | null;
  /** Why it was voided (state 'void'). */
  voidReason: string | null;
  /** A void asked for by the secretariat, awaiting a scrutineer (staff only). */
  voidRequest: { reason: string; requestedByName: string; requestedAt: string } | null;
  candidates: BallotCandidateView[];
}

/** GET /api/receipts/:receipt */
export type ReceiptLookup =
  | { status: 'pending'; message?: { zh: string; en: string } }
  | {
    status: 'published';
    ledger: { id: string; title: string; subjectId: string | null };
    entry: { seq: number; prev: string; at: string; kind: string; data: Record<string, unknown>; hash: string };
    head: { seq: number; hash: string };
  };

/** The first 12 hex digits of a receipt in groups of four: what the tablet shows and /verify accepts. */
export { shortReceipt } from '../../server/phase2-balloting/domain/sealed-casts';

/** A hash shortened for a screen: "3f2a91…c81b". */
export function shortHash(hash: string, head = 8, tail = 4): string {
  return hash.length > head + tail ? `${hash.slice(0, head)}…${hash.slice(-tail)}` : hash;
}
