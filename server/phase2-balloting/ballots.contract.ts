// What ballots routes answer (see ballots.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Bilingual } from '../http/contract';
import { Head } from '../core/ledger/ledger.contract';
import { Cycle2 } from '../phase1-solicitation/public.contract';

export const Kind3 = z.enum(['evaluation', 'project', 'runoff']);
export type Kind3 = z.infer<typeof Kind3>;

export const State = z.enum(['void', 'closed', 'open', 'draft', 'tallied', 'certified']);
export type State = z.infer<typeof State>;

export const VoidRequest = z.object({ reason: z.string(), requestedByName: z.string(), requestedAt: z.string() });
export type VoidRequest = z.infer<typeof VoidRequest>;

export const Candidate3 = z.object({ id: z.string(), position: z.number(), title: z.string(), departmentName: z.string().nullable(), estimateYuan: z.number().nullable(), summary: z.string().nullable() });
export type Candidate3 = z.infer<typeof Candidate3>;

export const Ballot = z.object({ id: z.string(), title: z.string(), kind: Kind3, state: State, cycleId: z.string().nullable(), sittingId: z.string(), parentBallotId: z.string().nullable(), ledgerId: z.string(), rules: z.unknown() /* StoredRules */, rosterCount: z.number().nullable(), presentCount: z.number().nullable(), cardsIssued: z.number(), castCount: z.number(), openedAt: z.string().nullable(), closedAt: z.string().nullable(), talliedAt: z.string().nullable(), certifiedAt: z.string().nullable(), certifiedBy: z.string().nullable(), voidReason: z.string().nullable(), voidRequest: VoidRequest.nullable(), candidates: z.array(Candidate3) });
export type Ballot = z.infer<typeof Ballot>;

export const Ballot2 = z.object({ id: z.string(), title: z.string(), secrecy: z.enum(['secret', 'recorded']) });
export type Ballot2 = z.infer<typeof Ballot2>;

export const PrintedCard = z.object({ name: z.string(), delegation: z.string(), seatNo: z.string(), code: z.string(), url: z.string(), qrSvg: z.string() });
export type PrintedCard = z.infer<typeof PrintedCard>;

export const Candidate4 = z.object({ id: z.string(), position: z.number(), title: z.string(), departmentName: z.string().nullable(), estimateYuan: z.number().nullable(), summary: z.string().nullable(), materials: z.unknown() });
export type Candidate4 = z.infer<typeof Candidate4>;

export const Ballot3 = z.object({ id: z.string(), title: z.string(), state: State, form: z.enum(['approve-reject-abstain', 'choose-up-to']), seats: z.number(), maxFor: z.number(), allowAbstain: z.boolean(), candidates: z.array(Candidate4) });
export type Ballot3 = z.infer<typeof Ballot3>;

export const Status3 = z.enum(['rejected', 'pending', 'confirmed']);
export type Status3 = z.infer<typeof Status3>;

export const PaperItem = z.object({ id: z.string(), perCandidate: z.unknown(), valid: z.number(), invalid: z.number(), status: Status3, enteredBy: z.string(), enteredAt: z.string(), confirmedBy: z.string().nullable(), decidedAt: z.string().nullable() });
export type PaperItem = z.infer<typeof PaperItem>;

export const Share = z.object({ num: z.number(), den: z.number() });
export type Share = z.infer<typeof Share>;

export const GradingRule = z.object({ satisfied: Share, acceptable: Share });
export type GradingRule = z.infer<typeof GradingRule>;

export const Grade = z.enum(['satisfied', 'basically_satisfied', 'unsatisfied']);
export type Grade = z.infer<typeof Grade>;

export const ProjectGrade = z.object({ grade: Grade, satisfactionRatePermille: z.number().nullable(), satisfactionRateText: z.string(), satisfied: z.number(), basically_satisfied: z.number(), unsatisfied: z.number(), abstain: z.number() });
export type ProjectGrade = z.infer<typeof ProjectGrade>;

export const EvaluationTalliedData = z.object({ form: z.literal('satisfaction'), rosterCount: z.number(), presentCount: z.number(), issued: z.number(), returned: z.number(), valid: z.number(), invalid: z.number(), basis: z.number(), threshold: z.number(), grading: GradingRule.optional(), acceptableThreshold: z.number().optional(), void: z.boolean(), perCandidate: z.record(z.string(), ProjectGrade) });
export type EvaluationTalliedData = z.infer<typeof EvaluationTalliedData>;

export const Candidate5 = z.object({ grade: Grade, satisfactionRatePermille: z.number().nullable(), satisfactionRateText: z.string(), satisfied: z.number(), basically_satisfied: z.number(), unsatisfied: z.number(), abstain: z.number(), id: z.string(), position: z.number(), title: z.string(), departmentName: z.string().nullable(), estimateYuan: z.number().nullable() });
export type Candidate5 = z.infer<typeof Candidate5>;

export const Candidate6 = z.object({ rank: z.number().nullable(), status: z.string().nullable(), for: z.number(), against: z.number(), abstain: z.number(), id: z.string(), position: z.number(), title: z.string(), departmentName: z.string().nullable(), estimateYuan: z.number().nullable() });
export type Candidate6 = z.infer<typeof Candidate6>;

export const Rules = z.object({ form: z.enum(['approve-reject-abstain', 'choose-up-to']), seats: z.number(), maxFor: z.number(), passBasis: z.enum(['roster', 'present']), secrecy: z.enum(['secret', 'recorded']), liveCounts: z.boolean(), allowAbstain: z.boolean(), evaluators: z.enum(['deputies', 'standing_committee']).optional(), grading: GradingRule.nullable() });
export type Rules = z.infer<typeof Rules>;

export const Ballot4 = z.object({ voidRequest: z.null(), rules: Rules, id: z.string(), title: z.string(), kind: Kind3, state: State, cycleId: z.string().nullable(), sittingId: z.string(), parentBallotId: z.string().nullable(), ledgerId: z.string(), rosterCount: z.number().nullable(), presentCount: z.number().nullable(), cardsIssued: z.number(), castCount: z.number(), openedAt: z.string().nullable(), closedAt: z.string().nullable(), talliedAt: z.string().nullable(), certifiedAt: z.string().nullable(), certifiedBy: z.string().nullable(), voidReason: z.string().nullable(), candidates: z.array(Candidate3) });
export type Ballot4 = z.infer<typeof Ballot4>;

export const Receipt = z.object({ status: z.literal('pending'), message: Bilingual, receipt: z.undefined().optional(), ledger: z.undefined().optional(), entry: z.undefined().optional(), head: z.undefined().optional() });
export type Receipt = z.infer<typeof Receipt>;

export const Ledger2 = z.object({ id: z.string(), title: z.string(), subjectId: z.string().nullable() });
export type Ledger2 = z.infer<typeof Ledger2>;

export const Entry = z.object({ seq: z.number(), prev: z.string(), at: z.string(), kind: z.string(), data: z.unknown(), hash: z.string() });
export type Entry = z.infer<typeof Entry>;

export const Receipt2 = z.object({ status: z.literal('published'), receipt: z.string(), ledger: Ledger2, entry: Entry, head: Head, message: z.undefined().optional() });
export type Receipt2 = z.infer<typeof Receipt2>;

export const BallotsAnswer = z.object({ ballots: z.array(Ballot) });
export type BallotsAnswer = z.infer<typeof BallotsAnswer>;

export const BallotAnswer = z.object({ ballot: Ballot });
export type BallotAnswer = z.infer<typeof BallotAnswer>;

export const DeletedAnswer = z.object({ deleted: z.string() });
export type DeletedAnswer = z.infer<typeof DeletedAnswer>;

export const PrintCardsAnswer = z.object({ ballot: Ballot2, cards: z.array(PrintedCard) });
export type PrintCardsAnswer = z.infer<typeof PrintCardsAnswer>;

export const IssueCardAnswer = z.object({ ballot: Cycle2, card: PrintedCard });
export type IssueCardAnswer = z.infer<typeof IssueCardAnswer>;

export const BallotAnswer2 = z.object({ ballot: Ballot3 });
export type BallotAnswer2 = z.infer<typeof BallotAnswer2>;

export const CastAnswer = z.object({ receipt: z.string(), seq: z.number().nullable() });
export type CastAnswer = z.infer<typeof CastAnswer>;

export const PaperAnswer = z.object({ paper: z.array(PaperItem) });
export type PaperAnswer = z.infer<typeof PaperAnswer>;

export const PaperAnswer2 = z.object({ paper: PaperItem });
export type PaperAnswer2 = z.infer<typeof PaperAnswer2>;

export const ResultsAnswer = z.object({ ballot: Ballot, tally: z.union([z.unknown() /* TalliedData */, EvaluationTalliedData]), head: Head, candidates: z.union([z.array(Candidate5), z.array(Candidate6)]) });
export type ResultsAnswer = z.infer<typeof ResultsAnswer>;

export const BallotAnswer3 = z.object({ ballot: Ballot4 });
export type BallotAnswer3 = z.infer<typeof BallotAnswer3>;

export const ReceiptAnswer = z.union([Receipt, Receipt2]);
export type ReceiptAnswer = z.infer<typeof ReceiptAnswer>;
