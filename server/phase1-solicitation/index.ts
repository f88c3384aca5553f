// Phase 1 (征集初定: solicitation, screening, the candidate list) as the cycle and later phases see
// it. Later phases import phase 1 only from here (test/architecture/imports.test.ts).
import type { PhaseContribution } from '../cycle/phases';
import { categoriesInUse, countByStatus } from './proposals.repository';
import { countUnprocessed } from './suggestions.repository';

export { getFixedCandidateList } from './candidate-list.repository';
export { materialsOf } from './proposals.describe';
export { departmentNames, deputyNames, findProposal, findProposals } from './proposals.repository';
export { contentDigest, FUNDING_SOURCES, materialsDigest, oneLineSummary, proposalCode } from './domain/proposal-rules';

/** Unscreened proposals and unprocessed suggestions hold the cycle in screening; categories in use stay. */
export const solicitationPhase: PhaseContribution = {
  phase: 'solicitation',
  async facts(ex, cycle) {
    const byStatus = await countByStatus(ex, cycle.id);
    return { unscreenedProposals: byStatus.submitted ?? 0, unprocessedSuggestions: await countUnprocessed(ex, cycle.id) };
  },
  categoriesInUse,
  async counts(ex, cycle) {
    return { proposals: await countByStatus(ex, cycle.id), unprocessedSuggestions: await countUnprocessed(ex, cycle.id) };
  },
};
