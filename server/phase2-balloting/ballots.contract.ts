// What ballots routes answer (see ballots.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import type { TalliedData } from './domain/recount';
import { Bilingual } from '../http/contract';
import { LedgerEntry, LedgerHead } from '../core/ledger/ledger.contract';
import { CycleRef } from '../phase1-solicitation/public-solicitation.contract';

/** A project ballot's form, or 'satisfaction' for an evaluation (phase 4) on the same engine. */
export const BallotFormName = z.enum(['approve-reject-abstain', 'choose-up-to', 'satisfaction']).meta({ id: 'BallotFormName' });
export type BallotFormName = z.infer<typeof BallotFormName>;

export const BallotKind = z.enum(['evaluation', 'project', 'runoff']).meta({ id: 'BallotKind' });
export type BallotKind = z.infer<typeof BallotKind>;

export const BallotState = z.enum(['void', 'closed', 'open', 'draft', 'tallied', 'certified']).meta({ id: 'BallotState' });
export type BallotState = z.infer<typeof BallotState>;

export const VoidRequest = z.object({ reason: z.string(), requestedByName: z.string(), requestedAt: z.string() }).meta({ id: 'VoidRequest' });
export type VoidRequest = z.infer<typeof VoidRequest>;

export const BallotCandidate = z
  .object({
    id: z.string(),
    position: z.number(),
    title: z.string(),
    departmentName: z.string().nullable(),
    estimateYuan: z.number().nullable(),
    summary: z.string().nullable(),
  })
  .meta({ id: 'BallotCandidate' });
export type BallotCandidate = z.infer<typeof BallotCandidate>;

export const Share = z.object({ num: z.number(), den: z.number() }).meta({ id: 'Share' });
export type Share = z.infer<typeof Share>;

export const GradingRule = z.object({ satisfied: Share, acceptable: Share }).meta({ id: 'GradingRule' });
export type GradingRule = z.infer<typeof GradingRule>;

export const BallotRules = z
  .object({
    form: BallotFormName,
    seats: z.number(),
    maxFor: z.number(),
    passBasis: z.enum(['roster', 'present']),
    secrecy: z.enum(['secret', 'recorded']),
    liveCounts: z.boolean(),
    allowAbstain: z.boolean(),
    evaluators: z.enum(['deputies', 'standing_committee']).optional(),
    grading: GradingRule.nullable(),
  })
  .meta({ id: 'BallotRules' });
export type BallotRules = z.infer<typeof BallotRules>;

/** The rules as stored (GET /api/ballots/:id for staff): the public rules plus the quorum; evaluation settings only on evaluations. */
export const StoredBallotRules = BallotRules.omit({ allowAbstain: true, grading: true })
  .extend({
    quorum: z.object({ numerator: z.number(), denominator: z.number() }),
    allowAbstain: z.boolean().optional(),
    grading: GradingRule.optional(),
  })
  .meta({ id: 'StoredBallotRules' });
export type StoredBallotRules = z.infer<typeof StoredBallotRules>;

export const Ballot = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: BallotKind,
    state: BallotState,
    cycleId: z.string().nullable(),
    sittingId: z.string(),
    parentBallotId: z.string().nullable(),
    ledgerId: z.string(),
    rules: StoredBallotRules,
    rosterCount: z.number().nullable(),
    presentCount: z.number().nullable(),
    cardsIssued: z.number(),
    castCount: z.number(),
    openedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    talliedAt: z.string().nullable(),
    certifiedAt: z.string().nullable(),
    certifiedBy: z.string().nullable(),
    voidReason: z.string().nullable(),
    voidRequest: VoidRequest.nullable(),
    candidates: z.array(BallotCandidate),
  })
  .meta({ id: 'Ballot' });
export type Ballot = z.infer<typeof Ballot>;

export const CardBallot = z.object({ id: z.string(), title: z.string(), secrecy: z.enum(['secret', 'recorded']) }).meta({ id: 'CardBallot' });
export type CardBallot = z.infer<typeof CardBallot>;

export const PrintedCard = z
  .object({ name: z.string(), delegation: z.string(), seatNo: z.string(), code: z.string(), url: z.string(), qrSvg: z.string() })
  .meta({ id: 'PrintedCard' });
export type PrintedCard = z.infer<typeof PrintedCard>;

/** A candidate on the tablet: as the ballot lists it, with the materials a deputy may open. */
export const TabletCandidate = BallotCandidate.extend({ materials: z.unknown() }).meta({ id: 'TabletCandidate' });
export type TabletCandidate = z.infer<typeof TabletCandidate>;

export const TabletBallot = z
  .object({
    id: z.string(),
    title: z.string(),
    state: BallotState,
    form: BallotFormName,
    seats: z.number(),
    maxFor: z.number(),
    allowAbstain: z.boolean(),
    candidates: z.array(TabletCandidate),
  })
  .meta({ id: 'TabletBallot' });
export type TabletBallot = z.infer<typeof TabletBallot>;

export const PaperStatus = z.enum(['rejected', 'pending', 'confirmed']).meta({ id: 'PaperStatus' });
export type PaperStatus = z.infer<typeof PaperStatus>;

export const PaperItem = z
  .object({
    id: z.string(),
    perCandidate: z.unknown(),
    valid: z.number(),
    invalid: z.number(),
    status: PaperStatus,
    enteredBy: z.string(),
    enteredAt: z.string(),
    confirmedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    digest: z.string().describe('What both scrutineers sign: the hash of canonicalJson({ballotId, perCandidate, valid, invalid})'),
  })
  .meta({ id: 'PaperItem' });
export type PaperItem = z.infer<typeof PaperItem>;

export const Grade = z.enum(['satisfied', 'basically_satisfied', 'unsatisfied']).meta({ id: 'Grade' });
export type Grade = z.infer<typeof Grade>;

export const ProjectGrade = z
  .object({
    grade: Grade,
    satisfactionRatePermille: z.number().nullable(),
    satisfactionRateText: z.string(),
    satisfied: z.number(),
    basically_satisfied: z.number(),
    unsatisfied: z.number(),
    abstain: z.number(),
  })
  .meta({ id: 'ProjectGrade' });
export type ProjectGrade = z.infer<typeof ProjectGrade>;

/** A tally's counts of the hall: 应到 and 实到, the cards issued and returned, valid and invalid, and the threshold. */
export const TallyCounts = z.object({
  rosterCount: z.number(),
  presentCount: z.number(),
  issued: z.number(),
  returned: z.number(),
  valid: z.number(),
  invalid: z.number(),
  threshold: z.number(),
});

export const EvaluationTalliedData = TallyCounts.extend({
  form: z.literal('satisfaction'),
  basis: z.number(),
  grading: GradingRule.optional(),
  acceptableThreshold: z.number().optional(),
  void: z.boolean(),
  perCandidate: z.record(z.string(), ProjectGrade),
}).meta({ id: 'EvaluationTalliedData' });
export type EvaluationTalliedData = z.infer<typeof EvaluationTalliedData>;

/** A candidate as the results name it: the ballot's entry without its summary. */
const ResultEntry = BallotCandidate.omit({ summary: true });

export const EvaluationResultCandidate = ProjectGrade.extend(ResultEntry.shape).meta({ id: 'EvaluationResultCandidate' });
export type EvaluationResultCandidate = z.infer<typeof EvaluationResultCandidate>;

export const ResultCandidate = ResultEntry.extend({
  rank: z.number().nullable(),
  status: z.string().nullable(),
  for: z.number(),
  against: z.number(),
  abstain: z.number(),
}).meta({ id: 'ResultCandidate' });
export type ResultCandidate = z.infer<typeof ResultCandidate>;

export const CertifyingSigner = z
  .object({ name: z.string(), role: z.enum(['chief', 'member']) })
  .meta({ id: 'CertifyingSigner', description: 'A scrutineer whose signature certified the result (总监票人 first)' });
export type CertifyingSigner = z.infer<typeof CertifyingSigner>;

/** What anyone may read of a ballot: the public rules (no quorum), never a pending void request. */
export const PublicBallot = Ballot.extend({ voidRequest: z.null(), rules: BallotRules, signers: z.array(CertifyingSigner) }).meta({
  id: 'PublicBallot',
});
export type PublicBallot = z.infer<typeof PublicBallot>;

export const PendingReceipt = z
  .object({
    status: z.literal('pending'),
    message: Bilingual,
    receipt: z.undefined().optional(),
    ledger: z.undefined().optional(),
    entry: z.undefined().optional(),
    head: z.undefined().optional(),
  })
  .meta({ id: 'PendingReceipt' });
export type PendingReceipt = z.infer<typeof PendingReceipt>;

export const LedgerRef = z.object({ id: z.string(), title: z.string(), subjectId: z.string().nullable() }).meta({ id: 'LedgerRef' });
export type LedgerRef = z.infer<typeof LedgerRef>;

/** The ledger entry of a published cast (the server types its data loosely; it is the entry as in the ledger export). */
export const PublishedEntry = LedgerEntry.extend({ data: z.unknown() }).meta({ id: 'PublishedEntry' });
export type PublishedEntry = z.infer<typeof PublishedEntry>;

export const PublishedReceipt = z
  .object({
    status: z.literal('published'),
    receipt: z.string(),
    ledger: LedgerRef,
    entry: PublishedEntry,
    head: LedgerHead,
    message: z.undefined().optional(),
  })
  .meta({ id: 'PublishedReceipt' });
export type PublishedReceipt = z.infer<typeof PublishedReceipt>;

export const BallotsAnswer = z.object({ ballots: z.array(Ballot) }).meta({ id: 'BallotsAnswer' });
export type BallotsAnswer = z.infer<typeof BallotsAnswer>;

export const BallotAnswer = z.object({ ballot: Ballot }).meta({ id: 'BallotAnswer' });
export type BallotAnswer = z.infer<typeof BallotAnswer>;

export const DeletedAnswer = z.object({ deleted: z.string() }).meta({ id: 'DeletedAnswer' });
export type DeletedAnswer = z.infer<typeof DeletedAnswer>;

export const PrintCardsAnswer = z.object({ ballot: CardBallot, cards: z.array(PrintedCard) }).meta({ id: 'PrintCardsAnswer' });
export type PrintCardsAnswer = z.infer<typeof PrintCardsAnswer>;

export const IssueCardAnswer = z.object({ ballot: CycleRef, card: PrintedCard }).meta({ id: 'IssueCardAnswer' });
export type IssueCardAnswer = z.infer<typeof IssueCardAnswer>;

export const TabletBallotAnswer = z.object({ ballot: TabletBallot }).meta({ id: 'TabletBallotAnswer' });
export type TabletBallotAnswer = z.infer<typeof TabletBallotAnswer>;

export const CastAnswer = z.object({ receipt: z.string(), seq: z.number().nullable() }).meta({ id: 'CastAnswer' });
export type CastAnswer = z.infer<typeof CastAnswer>;

export const PaperAnswer = z.object({ paper: z.array(PaperItem) }).meta({ id: 'PaperAnswer' });
export type PaperAnswer = z.infer<typeof PaperAnswer>;

export const PaperItemAnswer = z.object({ paper: PaperItem }).meta({ id: 'PaperItemAnswer' });
export type PaperItemAnswer = z.infer<typeof PaperItemAnswer>;

/** The tally of a project ballot (server/phase2-balloting/domain/recount.ts); its fields are the recount's, typed from there. */
const ProjectTally = z.custom<TalliedData>((v) => typeof v === 'object' && v !== null && (v as { form?: unknown }).form !== 'satisfaction');
export const ProjectResults = z
  .object({ ballot: Ballot, tally: ProjectTally, head: LedgerHead, candidates: z.array(ResultCandidate) })
  .meta({ id: 'ProjectResults' });
export type ProjectResults = z.infer<typeof ProjectResults>;
export const EvaluationResults = z
  .object({ ballot: Ballot, tally: EvaluationTalliedData, head: LedgerHead, candidates: z.array(EvaluationResultCandidate) })
  .meta({ id: 'EvaluationResults' });
export type EvaluationResults = z.infer<typeof EvaluationResults>;
export const ResultsAnswer = z.union([ProjectResults, EvaluationResults]).meta({ id: 'ResultsAnswer' });
export type ResultsAnswer = z.infer<typeof ResultsAnswer>;

/** What the hall screen shows, as switched from the console ('auto' follows the ballot's state). */
export const ScreenMode = z.enum(['auto', 'welcome', 'candidates', 'turnout', 'results']).meta({ id: 'ScreenMode' });
export type ScreenMode = z.infer<typeof ScreenMode>;

/** A choice counted live: 赞成/反对/弃权 on a project ballot, 满意/基本满意/不满意/弃权 on an evaluation. */
const LiveChoice = z.enum(['for', 'against', 'abstain', 'satisfied', 'basically_satisfied', 'unsatisfied']);

/**
 * A ballot as the hall screen and the console watch it: the `ballot` event of GET /api/ballots/:id/events,
 * published after every committed change (live.ts), each carrying the ledger head.
 */
export const BallotSnapshot = z
  .object({
    ballotId: z.string(),
    title: z.string(),
    state: BallotState,
    rosterCount: z.number().nullable(),
    presentCount: z.number().nullable(),
    cardsIssued: z.number(),
    castCount: z.number(),
    /** Running counts per candidate: only while a recorded ballot with live counts on is open. */
    counts: z.record(z.string(), z.partialRecord(LiveChoice, z.number())).nullable(),
    /** Once the scrutineers have certified it: before that, the result is for staff only (GET …/results). */
    result: z.union([ProjectTally, EvaluationTalliedData]).nullable(),
    head: LedgerHead,
    screenMode: ScreenMode,
  })
  .meta({ id: 'BallotSnapshot' });
export type BallotSnapshot = z.infer<typeof BallotSnapshot>;

export const PublicBallotAnswer = z.object({ ballot: PublicBallot }).meta({ id: 'PublicBallotAnswer' });
export type PublicBallotAnswer = z.infer<typeof PublicBallotAnswer>;

export const ReceiptAnswer = z.union([PendingReceipt, PublishedReceipt]).meta({ id: 'ReceiptAnswer' });
export type ReceiptAnswer = z.infer<typeof ReceiptAnswer>;

export const CardOriginAnswer = z
  .object({
    origin: z.string(),
    publicOrigin: z.string().nullable(),
    loopback: z.boolean(),
    mismatch: z.boolean(),
    lanOrigins: z.array(z.string()),
  })
  .meta({ id: 'CardOriginAnswer' });
export type CardOriginAnswer = z.infer<typeof CardOriginAnswer>;

/** How many signatures certify a result: at least `chief` by 总监票人 keys, `total` distinct scrutineers in all. */
export const CertificationRule = z
  .object({ chief: z.number().int(), total: z.number().int() })
  .meta({ id: 'CertificationRule', description: 'At least `chief` signatures by the 总监票人 and `total` scrutineers in all' });
export type CertificationRule = z.infer<typeof CertificationRule>;

export const CertificationAnswer = z
  .object({
    /** The ballot.tallied entry's hash: its UTF-8 bytes are what each scrutineer signs. */
    tallyEntry: z.string().nullable(),
    /** The congress's rule while signatures come in; for a certified ballot, the rule its ballot.certified entry records. */
    rule: CertificationRule.nullable(),
    signers: z.array(
      z.object({ keyId: z.string(), name: z.string(), role: z.enum(['chief', 'member']), alg: z.enum(['ed25519', 'sm2']), signedAt: z.string() }),
    ),
    /** Signatures still needed: by the 总监票人, and in all. */
    missing: z.object({ chief: z.number(), total: z.number() }).nullable(),
    complete: z.boolean(),
  })
  .meta({ id: 'CertificationAnswer' });
export type CertificationAnswer = z.infer<typeof CertificationAnswer>;

export const CertificationRuleAnswer = z
  .object({
    rule: CertificationRule,
    /** The rule a congress starts with: the 总监票人 and one other 监票人. */
    default: CertificationRule,
    /** The most signatures a rule may ask for in all. */
    max: z.number().int(),
    /** Tallied ballots still collecting signatures: while there are any, the rule cannot change. */
    pending: z.array(z.object({ id: z.string(), title: z.string() })),
  })
  .meta({ id: 'CertificationRuleAnswer' });
export type CertificationRuleAnswer = z.infer<typeof CertificationRuleAnswer>;
