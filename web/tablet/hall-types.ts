// Shapes the hall pages read from the ballot API (server/phase2-balloting). Type-only imports
// of the server's pure domain keep the two in step.
import type { BallotForm, Choice } from '../../server/phase2-balloting/domain/ballot-rules';
import type { TalliedData } from '../../server/phase2-balloting/domain/recount';

export type { BallotForm, Choice, TalliedData };

export type BallotState = 'draft' | 'open' | 'closed' | 'tallied' | 'certified';
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
  form: BallotForm;
  seats: number;
  maxFor: number;
  candidates: CardCandidate[];
}

export type Choices = Record<string, Choice>;

export interface CastReply { receipt: string; seq: number }

/** The live snapshot (SSE `ballot` events, server/phase2-balloting/live.ts). */
export interface BallotSnapshot {
  ballotId: string;
  title: string;
  state: BallotState;
  rosterCount: number | null;
  presentCount: number | null;
  cardsIssued: number;
  castCount: number;
  counts: Record<string, { for: number; against: number; abstain: number }> | null;
  result: TalliedData | null;
  head: { seq: number; hash: string };
  screenMode: ScreenMode;
}

export interface BallotRulesView {
  form: BallotForm;
  seats: number;
  maxFor: number;
  passBasis: 'roster' | 'present';
  secrecy: 'secret' | 'recorded';
  liveCounts: boolean;
  quorum?: { numerator: number; denominator: number };
}

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
  kind: 'project' | 'runoff';
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

/** The first 12 hex digits of a receipt in groups of four, for reading and comparing. */
export function shortReceipt(receipt: string): string {
  return (receipt.slice(0, 12).match(/.{1,4}/g) ?? []).join(' ').toUpperCase();
}

/** A hash shortened for a screen: "3f2a91…c81b". */
export function shortHash(hash: string, head = 8, tail = 4): string {
  return hash.length > head + tail ? `${hash.slice(0, head)}…${hash.slice(-tail)}` : hash;
}
