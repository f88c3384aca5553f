// Phase 1 as the web pages read it. The answers' shapes and the request bodies are the server's
// contract (z.infer / z.input of the routes' schemas, through @contract); the menus' value lists
// come from the server's domain (@contract/domain); what is left here is page state.
import type {
  ApiBody,
  Bilingual,
  Congress,
  Cycle,
  FundingPart,
  FundingSource,
  GetCandidateListAnswer,
  GetCycleAnswer,
  ListProposalsAnswer,
  ListSuggestionsAnswer,
  Milestone,
  Phase,
  Problem,
  Proposal,
  ProposalChannel,
  ProposalLink,
  ProposalListItem,
  Proposer,
  ProposalStatus,
  PublicCandidate,
  PublicCandidatesAnswer,
  PublicProposalStage,
  PublicSuggestAnswer,
  ScreeningNotes,
  Suggestion,
  SuggestionChannel,
  SuggestionStatus,
  Target,
  TrackedSuggestion,
} from '@contract';

export type {
  Bilingual,
  Cycle,
  FundingPart,
  FundingSource,
  Milestone,
  Phase,
  Problem,
  Proposal,
  ProposalChannel,
  Proposer,
  ProposalStatus,
  PublicCandidate,
  ScreeningNotes,
  Suggestion,
  SuggestionChannel,
  SuggestionStatus,
  Target,
  TrackedSuggestion,
};

// The value lists the pages offer in menus are the server's own (its pure domain code).
export {
  FUNDING_SOURCES,
  PHASES,
  PROPOSAL_CHANNELS,
  PROPOSAL_STATUSES,
  SCREENING_ASPECTS,
  SCREENING_OUTCOMES,
  SUGGESTION_CHANNELS,
  SUGGESTION_STATUSES,
} from '@contract/domain';
export type ScreeningAspect = keyof ScreeningNotes;
export type ScreeningOutcome = ApiBody<'post', '/api/proposals/:id/screening'>['outcome'];

/** GET /api/cycles/:id: the cycle, and for staff its counts and the next move. */
export type CycleDetail = GetCycleAnswer;
export type CycleInput = ApiBody<'post', '/api/cycles'>;
export type Link = ProposalLink;
/** A row of a list. */
export type ProposalItem = ProposalListItem;
export type ProposalInput = ApiBody<'patch', '/api/proposals/:id'>;
export type ProposalPage = ListProposalsAnswer;
export type Counts = Record<string, number>;

export interface ProposalFilters {
  status: '' | ProposalStatus;
  category: string;
  departmentId: string;
  channel: '' | ProposalChannel;
  q: string;
}

export type CandidateList = GetCandidateListAnswer;
export type SuggestionPage = ListSuggestionsAnswer;
export type SuggestionInput = ApiBody<'post', '/api/public/cycles/:id/suggestions'>;

// ---- public pages ---------------------------------------------------------------------------

export type PublicCongress = Congress;
export type PublicCandidates = PublicCandidatesAnswer;
export type SuggestionReceipt = PublicSuggestAnswer;
export type PublicStage = PublicProposalStage;
