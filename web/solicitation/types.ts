// Shapes of the phase-1 API answers (server/phase1-solicitation/*.describe.ts and services), as
// the web pages read them. Money is integer 元 throughout; pages show 万元 with ./money.ts.

export const PHASES = ['solicitation', 'screening', 'balloting', 'implementation', 'evaluation', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

export const PROPOSAL_STATUSES = ['draft', 'submitted', 'shortlisted', 'rejected', 'merged', 'returned'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_CHANNELS = ['department', 'deputy', 'web', 'hotline', 'letter'] as const;
export type ProposalChannel = (typeof PROPOSAL_CHANNELS)[number];

export const SUGGESTION_STATUSES = ['received', 'converted', 'rejected', 'merged'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];
export const SUGGESTION_CHANNELS = ['web', 'hotline', 'letter'] as const;
export type SuggestionChannel = (typeof SUGGESTION_CHANNELS)[number];

export const FUNDING_SOURCES = ['local_fiscal', 'higher_subsidy', 'social_capital', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const SCREENING_ASPECTS = ['necessity', 'feasibility', 'fiscal', 'legality', 'publicWill'] as const;
export type ScreeningAspect = (typeof SCREENING_ASPECTS)[number];
export type ScreeningNotes = Partial<Record<ScreeningAspect, string | null>>;

export const SCREENING_OUTCOMES = ['shortlist', 'reject', 'merge', 'return'] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];

/** A broken rule from a 422 answer (details.problems), in both languages. */
export interface Problem {
  code: string;
  zh: string;
  en: string;
  field?: string;
}
export interface Bilingual {
  zh: string;
  en: string;
}

export interface Cycle {
  id: string;
  congressId: string;
  title: string;
  year: number;
  phase: Phase;
  opensOn: string;
  closesOn: string;
  windowDays: number;
  windowOverrideReason: string | null;
  opensAt: string;
  closesAt: string;
  windowState: 'before' | 'open' | 'after';
  /** New proposals and public suggestions are taken now. */
  acceptingSubmissions: boolean;
  categories: string[];
  seats: number;
  minMargin: number;
  allowEqual: boolean;
  listFixed: boolean;
  listFixedAt: string | null;
  ledgerId: string;
  phaseChangedAt: string;
  createdAt: string;
}

export interface CycleDetail {
  cycle: Cycle;
  /** Staff only. */
  counts?: { proposals: Partial<Record<ProposalStatus, number>>; unprocessedSuggestions: number };
  next?: { phase: Phase; problems: Problem[] } | null;
}

export interface CycleInput {
  title: string;
  year?: number;
  opensOn: string;
  closesOn: string;
  windowOverrideReason: string | null;
  categories: string[];
  seats: number;
  minMargin: number;
  allowEqual: boolean;
}

export interface FundingPart {
  source: FundingSource;
  amountYuan: number;
  note: string | null;
}
export interface Milestone {
  year: number;
  goal: string;
}
export interface Target {
  indicator: string;
  value: string;
  unit: string;
}

export interface Proposer {
  kind: 'department' | 'deputy' | 'public';
  departmentId: string | null;
  departmentName: string | null;
  deputies: { id: string; name: string | null; lead: boolean }[];
}

export interface Link {
  id: string;
  code: string | null;
  title: string;
}

/** A row of a list. */
export interface ProposalItem {
  id: string;
  cycleId: string;
  code: string | null;
  number: number | null;
  status: ProposalStatus;
  channel: ProposalChannel;
  proposer: Proposer;
  title: string;
  category: string | null;
  departmentId: string | null;
  departmentName: string | null;
  estimateYuan: number | null;
  estimateWan: string | null;
  deadline: string | null;
  summary: string;
  /** The screening reason the proposer reads (反馈). */
  feedback: string | null;
  mergedIntoId: string | null;
  suggestionId: string | null;
  listOrder: number | null;
  onFixedList: boolean;
  submittedAt: string | null;
  screenedAt: string | null;
  updatedAt: string;
  createdAt: string;
}

/** The full record: 'manage' (secretariat) adds notes, 'read' hides the contact. */
export interface Proposal extends ProposalItem {
  background: string | null;
  content: string | null;
  location: string | null;
  funding: FundingPart[];
  milestones: Milestone[];
  targets: Target[];
  materialsHash: string;
  mergedInto: Link | null;
  mergedFrom: Link[];
  contactName: string | null;
  contactPhone: string | null;
  notes?: ScreeningNotes;
  suggestions?: { id: string; trackingCode: string; channel: SuggestionChannel; title: string; status: SuggestionStatus }[];
  view: 'manage' | 'own' | 'read';
}

export interface ProposalInput {
  title?: string;
  category?: string | null;
  background?: string | null;
  content?: string | null;
  location?: string | null;
  departmentId?: string | null;
  estimateYuan?: number | null;
  funding?: FundingPart[];
  deadline?: string | null;
  milestones?: Milestone[];
  targets?: Target[];
  contactName?: string | null;
  contactPhone?: string | null;
  coProposerDeputyIds?: string[];
}

export type Counts = Record<string, number>;

export interface ProposalPage {
  total: number;
  page: number;
  pageSize: number;
  counts: { status: Counts; category: Counts; channel: Counts; departmentId: Counts };
  proposals: ProposalItem[];
}

export interface ProposalFilters {
  status: '' | ProposalStatus;
  category: string;
  departmentId: string;
  channel: '' | ProposalChannel;
  q: string;
}

export interface CandidateList {
  cycle: Cycle;
  fixed: boolean;
  fixedAt: string | null;
  seats: number;
  minMargin: number;
  allowEqual: boolean;
  /** Secretariat only. */
  minimumCandidates?: number;
  problems?: Problem[];
  candidates: (Proposal & { order: number })[];
}

export interface Suggestion {
  id: string;
  cycleId: string;
  trackingCode: string;
  channel: SuggestionChannel;
  title: string;
  category: string | null;
  content: string;
  location: string | null;
  name: string | null;
  phone: string | null;
  receivedOn: string;
  status: SuggestionStatus;
  feedback: string | null;
  proposalId: string | null;
  proposal: { id: string; code: string | null; title: string; status: ProposalStatus } | null;
  screenedAt: string | null;
  createdAt: string;
}

export interface SuggestionPage {
  total: number;
  page: number;
  pageSize: number;
  counts: { status: Counts; channel: Counts };
  suggestions: Suggestion[];
}

export interface SuggestionInput {
  title: string;
  content: string;
  category: string | null;
  location: string | null;
  name: string | null;
  phone: string | null;
}

// ---- public pages ---------------------------------------------------------------------------

export interface PublicCongress {
  id: string;
  name: string;
  jurisdiction: string;
  level: string;
  /** The public code: /public/<code>/<year>. */
  code: string;
}

export interface PublicCandidate {
  proposalId: string;
  order: number;
  code: string | null;
  title: string;
  category: string | null;
  departmentId: string | null;
  departmentName: string | null;
  estimateYuan: number | null;
  estimateWan: string | null;
  summary: string;
  materialsHash: string;
}

export interface PublicCandidates {
  cycle: Cycle;
  fixed: boolean;
  fixedAt: string | null;
  seats: number;
  candidates: PublicCandidate[];
}

export interface SuggestionReceipt {
  trackingCode: string;
  cycle: { id: string; title: string };
  receivedOn: string;
  status: SuggestionStatus;
  statusLabel: Bilingual;
}

export type PublicStage = 'in_review' | 'shortlisted' | 'candidate' | 'rejected' | 'merged';

export interface TrackedSuggestion {
  trackingCode: string;
  cycle: { id: string; title: string };
  channel: SuggestionChannel;
  title: string;
  content: string;
  category: string | null;
  location: string | null;
  receivedOn: string;
  status: SuggestionStatus;
  statusLabel: Bilingual;
  feedback: string | null;
  proposal: {
    code: string | null;
    title: string;
    stage: PublicStage;
    stageLabel: Bilingual;
    reason: string | null;
    mergedInto: { code: string | null; title: string } | null;
  } | null;
}
