// The session console's calls: sittings and attendance, ballots and their steps, cards, paper
// totals, hall tablets. Everything goes through web/app/api.ts.
import { api } from '../../app/api';
import { createLoader } from '../../app/loader';
import type {
  AttendanceDeputy,
  BallotAnswer,
  BallotsAnswer,
  CertificationAnswer,
  Cycle as ContractCycle,
  CyclesAnswer,
  DeletedAnswer,
  DeputiesAnswer,
  EvaluationResultCandidate,
  EvaluationResults,
  IssueCardAnswer,
  PairingCodeAnswer,
  PaperAnswer,
  PaperItem,
  PaperItemAnswer,
  PrintCardsAnswer,
  PrintedCard,
  ProjectResults,
  ResultCandidate,
  ResultsAnswer,
  Sitting,
  SittingAnswer,
  SittingsAnswer,
  SittingSummary,
  SittingSummaryAnswer,
  Tablet,
  TabletAnswer,
  TabletsAnswer,
  ListProjectsAnswer,
  PresentCountAnswer,
} from '@contract';
import type { ScreenMode, Share } from '../../tablet/hall-types';

// The answers' shapes are the server's contract (z.infer of the routes' response schemas).
export type { EvaluationResults, PrintedCard, ProjectResults as Results, ResultCandidate, Sitting, SittingSummary, Tablet };
export type AttendanceRow = AttendanceDeputy;
export type Cycle = ContractCycle;
/** What the print page prints: every card of a ballot, or the one card just issued. */
export type PrintDocument = { ballot: IssueCardAnswer['ballot'] & { secrecy?: PrintCardsAnswer['ballot']['secrecy'] }; cards: PrintedCard[] };
/** 赞成/反对/弃权 per candidate, or 满意/基本满意/不满意/弃权 per project of an evaluation. */
export type PaperTotals = Omit<PaperItem, 'perCandidate'> & { perCandidate: Record<string, Record<string, number>> };
export type EvaluationResultProject = EvaluationResultCandidate;
export type PairingCode = PairingCodeAnswer;

export interface EvaluationInput {
  cycleId: string;
  sittingId: string;
  title: string;
  rules: {
    allowAbstain: boolean;
    passBasis: string;
    secrecy: string;
    liveCounts: boolean;
    evaluators: string;
    grading: { satisfied: Share; acceptable: Share };
  };
  projectIds?: string[];
}

export interface RulesInput {
  form?: string;
  seats?: number;
  maxFor?: number;
  passBasis?: string;
  secrecy?: string;
  liveCounts?: boolean;
}

const b = (id: string) => `/api/ballots/${encodeURIComponent(id)}`;

export const sittingsApi = {
  list: () => api.get<SittingsAnswer>('/api/sittings').then((r) => r.sittings),
  create: (input: { title: string; date: string }) => api.post<SittingAnswer>('/api/sittings', input).then((r) => r.sitting),
  summary: (id: string) => api.get<SittingSummaryAnswer>(`/api/sittings/${encodeURIComponent(id)}`).then((r) => r.sitting),
  attendance: (id: string, q?: string) =>
    api.get<DeputiesAnswer>(`/api/sittings/${encodeURIComponent(id)}/attendance`, { q }).then((r) => r.deputies),
  mark: (id: string, deputyIds: string[], present: boolean) =>
    api.post<PresentCountAnswer>(`/api/sittings/${encodeURIComponent(id)}/attendance`, { deputyIds, present }),
};

export const cyclesApi = {
  list: () => api.get<CyclesAnswer>('/api/cycles').then((r) => r.cycles),
};

export const ballotsApi = {
  list: (cycleId?: string) => api.get<BallotsAnswer>('/api/ballots', { cycleId }).then((r) => r.ballots),
  get: (id: string) => api.get<BallotAnswer>(b(id)).then((r) => r.ballot),
  create: (input: { cycleId: string; sittingId: string; title: string; rules: RulesInput }) =>
    api.post<BallotAnswer>('/api/ballots', input).then((r) => r.ballot),
  createEvaluation: (input: EvaluationInput) => api.post<BallotAnswer>('/api/ballots/evaluation', input).then((r) => r.ballot),
  update: (id: string, input: { title?: string; sittingId?: string; rules?: RulesInput }) =>
    api.patch<BallotAnswer>(b(id), input).then((r) => r.ballot),
  open: (id: string) => api.post<BallotAnswer>(`${b(id)}/open`).then((r) => r.ballot),
  close: (id: string, paperIssued: number) => api.post<BallotAnswer>(`${b(id)}/close`, { paperIssued }).then((r) => r.ballot),
  tally: (id: string) => api.post<BallotAnswer>(`${b(id)}/tally`).then((r) => r.ballot),
  /** Sends one scrutineer's signature of the tally (made in this browser by ../signing/key-store.ts). */
  certify: (id: string, signature: { keyId: string; sig: string }) => api.post<BallotAnswer>(`${b(id)}/certify`, signature).then((r) => r.ballot),
  certification: (id: string) => api.get<CertificationAnswer>(`${b(id)}/certification`),
  runoff: (id: string) => api.post<BallotAnswer>(`${b(id)}/runoff`, {}).then((r) => r.ballot),
  deleteDraft: (id: string) => api.delete<DeletedAnswer>(b(id)),
  requestVoid: (id: string, reason: string) => api.post<BallotAnswer>(`${b(id)}/void`, { reason }).then((r) => r.ballot),
  decideVoid: (id: string, confirm: boolean) => api.post<BallotAnswer>(`${b(id)}/void/${confirm ? 'confirm' : 'decline'}`).then((r) => r.ballot),
  screen: (id: string, mode: ScreenMode) => api.post<BallotAnswer>(`${b(id)}/screen`, { mode }),
  print: (id: string) => api.post<PrintCardsAnswer>(`${b(id)}/cards/print`),
  issue: (id: string, deputyId: string) => api.post<IssueCardAnswer>(`${b(id)}/cards/issue`, { deputyId }),
  results: (id: string) => api.get<ResultsAnswer>(`${b(id)}/results`),
  resultsCsvUrl: (id: string) => `${b(id)}/results.csv`,
  paper: (id: string) => api.get<PaperAnswer>(`${b(id)}/paper`).then((r) => r.paper as PaperTotals[]),
  enterPaper: (id: string, input: { perCandidate: PaperTotals['perCandidate']; valid: number; invalid: number }) =>
    api.post<PaperItemAnswer>(`${b(id)}/paper`, input),
  decidePaper: (id: string, paperId: string, confirm: boolean) =>
    api.post<PaperItemAnswer>(`${b(id)}/paper/${encodeURIComponent(paperId)}/${confirm ? 'confirm' : 'reject'}`),
};

/** A cycle's projects (for choosing those a re-evaluation asks about). */
export const projectsApi = {
  ofCycle: (cycleId: string) => api.get<ListProjectsAnswer>('/api/projects', { cycleId }).then((r) => r.projects),
};

export const tabletsApi = {
  list: () => api.get<TabletsAnswer>('/api/tablets').then((r) => r.tablets),
  pairingCode: (name: string, tabletId?: string) =>
    api.post<PairingCodeAnswer>('/api/tablets/pairing-codes', { name, ...(tabletId ? { tabletId } : {}) }),
  rename: (id: string, name: string) => api.patch<TabletAnswer>(`/api/tablets/${encodeURIComponent(id)}`, { name }),
  revoke: (id: string) => api.patch<TabletAnswer>(`/api/tablets/${encodeURIComponent(id)}`, { revoke: true }),
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
