// The session console's calls: sittings and attendance, ballots and their steps, cards, paper
// totals, hall tablets. Everything goes through web/app/api.ts.
import { api, fillPath } from '../../app/api';
import { createLoader } from '../../app/loader';
import type {
  ApiBody,
  AttendanceDeputy,
  Cycle as ContractCycle,
  EvaluationResultCandidate,
  EvaluationResults,
  IssueCardAnswer,
  PairingCodeAnswer,
  PaperItem,
  PrintCardsAnswer,
  PrintedCard,
  ProjectResults,
  ResultCandidate,
  Sitting,
  SittingSummary,
  Tablet,
} from '@contract';
import type { ScreenMode } from '../../tablet/hall-types';

// The answers' shapes are the server's contract (z.infer of the routes' response schemas).
export type { EvaluationResults, PrintedCard, ProjectResults as Results, ResultCandidate, Sitting, SittingSummary, Tablet };
export type AttendanceRow = AttendanceDeputy;
export type Cycle = ContractCycle;
/** A signature made in this browser with the scrutineer's registered key (../signing/key-store.ts). */
type Signed = { keyId: string; sig: string };
/** What the print page prints: every card of a ballot, or the one card just issued. */
export type PrintDocument = { ballot: IssueCardAnswer['ballot'] & { secrecy?: PrintCardsAnswer['ballot']['secrecy'] }; cards: PrintedCard[] };
/** 赞成/反对/弃权 per candidate, or 满意/基本满意/不满意/弃权 per project of an evaluation. */
export type PaperTotals = Omit<PaperItem, 'perCandidate'> & { perCandidate: Record<string, Record<string, number>> };
export type EvaluationResultProject = EvaluationResultCandidate;
export type PairingCode = PairingCodeAnswer;

// What the dialogs send: the request bodies the routes declare (z.input of their schemas).
export type EvaluationInput = ApiBody<'post', '/api/ballots/evaluation'>;
export type RulesInput = NonNullable<ApiBody<'post', '/api/ballots'>['rules']>;

export const sittingsApi = {
  list: () => api.get('/api/sittings').then((r) => r.sittings),
  create: (input: { title: string; date: string }) => api.post('/api/sittings', { body: input }).then((r) => r.sitting),
  summary: (id: string) => api.get('/api/sittings/:id', { params: { id } }).then((r) => r.sitting),
  attendance: (id: string, q?: string) => api.get('/api/sittings/:id/attendance', { params: { id }, query: { q } }).then((r) => r.deputies),
  mark: (id: string, deputyIds: string[], present: boolean) =>
    api.post('/api/sittings/:id/attendance', { params: { id }, body: { deputyIds, present } }),
};

export const cyclesApi = {
  list: () => api.get('/api/cycles').then((r) => r.cycles),
};

export const ballotsApi = {
  list: (cycleId?: string) => api.get('/api/ballots', { query: { cycleId } }).then((r) => r.ballots),
  get: (id: string) => api.get('/api/ballots/:id', { params: { id } }).then((r) => r.ballot),
  create: (input: ApiBody<'post', '/api/ballots'>) => api.post('/api/ballots', { body: input }).then((r) => r.ballot),
  createEvaluation: (input: EvaluationInput) => api.post('/api/ballots/evaluation', { body: input }).then((r) => r.ballot),
  update: (id: string, input: ApiBody<'patch', '/api/ballots/:id'>) =>
    api.patch('/api/ballots/:id', { params: { id }, body: input }).then((r) => r.ballot),
  open: (id: string) => api.post('/api/ballots/:id/open', { params: { id } }).then((r) => r.ballot),
  close: (id: string, paperIssued: number) => api.post('/api/ballots/:id/close', { params: { id }, body: { paperIssued } }).then((r) => r.ballot),
  tally: (id: string) => api.post('/api/ballots/:id/tally', { params: { id } }).then((r) => r.ballot),
  /** Sends one scrutineer's signature of the tally (made in this browser by ../signing/key-store.ts). */
  certify: (id: string, signature: Signed) => api.post('/api/ballots/:id/certify', { params: { id }, body: signature }).then((r) => r.ballot),
  certification: (id: string) => api.get('/api/ballots/:id/certification', { params: { id } }),
  runoff: (id: string) => api.post('/api/ballots/:id/runoff', { params: { id }, body: {} }).then((r) => r.ballot),
  deleteDraft: (id: string) => api.delete('/api/ballots/:id', { params: { id } }),
  requestVoid: (id: string, reason: string) => api.post('/api/ballots/:id/void', { params: { id }, body: { reason } }).then((r) => r.ballot),
  decideVoid: (id: string, confirm: boolean) =>
    api.post(confirm ? '/api/ballots/:id/void/confirm' : '/api/ballots/:id/void/decline', { params: { id } }).then((r) => r.ballot),
  screen: (id: string, mode: ScreenMode) => api.post('/api/ballots/:id/screen', { params: { id }, body: { mode } }),
  print: (id: string) => api.post('/api/ballots/:id/cards/print', { params: { id } }),
  issue: (id: string, deputyId: string) => api.post('/api/ballots/:id/cards/issue', { params: { id }, body: { deputyId } }),
  results: (id: string) => api.get('/api/ballots/:id/results', { params: { id } }),
  /** The public face of the ballot: once certified, who signed it (the result sheet prints them). */
  publicBallot: (id: string) => api.get('/api/public/ballots/:id', { params: { id } }).then((r) => r.ballot),
  resultsCsvUrl: (id: string) => fillPath('/api/ballots/:id/results.csv', { id }),
  paper: (id: string) => api.get('/api/ballots/:id/paper', { params: { id } }).then((r) => r.paper as PaperTotals[]),
  // The per-candidate counts are keyed by the ballot's form (赞成/反对/弃权 or 满意/基本满意/不满意/弃权), known
  // only at run time; the route's schema checks them.
  /** Totals with the entering scrutineer's signature over their digest (made in this browser). */
  enterPaper: (id: string, input: { perCandidate: PaperTotals['perCandidate']; valid: number; invalid: number; signature: Signed }) =>
    api.post('/api/ballots/:id/paper', { params: { id }, body: input as ApiBody<'post', '/api/ballots/:id/paper'> }),
  confirmPaper: (id: string, paperId: string, signature: Signed) =>
    api.post('/api/ballots/:id/paper/:paperId/confirm', { params: { id, paperId }, body: { signature } }),
  rejectPaper: (id: string, paperId: string) => api.post('/api/ballots/:id/paper/:paperId/reject', { params: { id, paperId } }),
};

/** A cycle's projects (for choosing those a re-evaluation asks about). */
export const projectsApi = {
  ofCycle: (cycleId: string) => api.get('/api/projects', { query: { cycleId } }).then((r) => r.projects),
};

export const tabletsApi = {
  list: () => api.get('/api/tablets').then((r) => r.tablets),
  pairingCode: (name: string, tabletId?: string) => api.post('/api/tablets/pairing-codes', { body: { name, ...(tabletId ? { tabletId } : {}) } }),
  rename: (id: string, name: string) => api.patch('/api/tablets/:id', { params: { id }, body: { name } }),
  revoke: (id: string) => api.patch('/api/tablets/:id', { params: { id }, body: { revoke: true } }),
};

export function createSittingList() {
  return createLoader(
    () => true,
    () => sittingsApi.list(),
  );
}

export function createBallotList() {
  return createLoader(
    () => true,
    () => ballotsApi.list(),
  );
}

export function createTabletList() {
  return createLoader(
    () => true,
    () => tabletsApi.list(),
  );
}

/** Reloads `reload` every `ms` while the page is open (counts that others change: attendance, tablets). */
export function every(ms: number, reload: () => unknown) {
  const timer = setInterval(() => {
    if (document.visibilityState === 'visible') void reload();
  }, ms);
  return () => clearInterval(timer);
}
