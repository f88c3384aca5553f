// The contract the web reads: the type of every answer, inferred (z.infer) from the zod schemas the
// routes declare (the *.contract.ts files beside them). Web code imports it as `@contract`
// (tsconfig paths, vite alias); type-only, so nothing of the server enters the bundle. The pure
// domain code the web shares with the server comes through `@contract/domain`.
export type { Bilingual, ErrorBody } from '../http/contract';
export type * from '../core/accounts/accounts.contract';
export type * from '../core/accounts/auth.contract';
export type * from '../core/ledger/ledger.contract';
export type * from '../core/roster/roster.contract';
export type * from '../core/setup/setup.contract';
export type * from '../core/signers/signers.contract';
export type * from '../phase1-solicitation/candidate-list.contract';
export type * from '../cycle/cycles.contract';
export type * from '../phase1-solicitation/proposals.contract';
export type * from '../phase1-solicitation/public-solicitation.contract';
export type * from '../phase1-solicitation/screening.contract';
export type * from '../phase2-balloting/ballots.contract';
export type * from '../phase2-balloting/sittings.contract';
export type * from '../phase2-balloting/tablets.contract';
export type * from '../phase3-implementation/changes.contract';
export type * from '../phase3-implementation/projects.contract';
export type * from '../phase3-implementation/public-progress.contract';
export type * from '../phase3-implementation/public-portal.contract';
export type * from '../phase4-evaluation/rectifications.contract';
export type * from '../phase3-implementation/annual-report.contract';
export type * from '../phase3-implementation/progress-reports.contract';
export type * from '../phase3-implementation/supervision.contract';
export type * from './api';
