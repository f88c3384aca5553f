// The session console's calls: sittings and attendance, ballots and their steps, cards, paper
// totals, hall tablets. Everything goes through web/app/api.ts.
import { api } from '../../app/api';
import { createLoader } from '../../app/loader';
import type { ProjectItem } from '../../implementation/types';
import type { BallotView, EvaluationTalliedData, ProjectGrade, ScreenMode, Share, TalliedData } from '../../tablet/hall-types';

export interface Sitting { id: string; title: string; date: string; createdAt?: string }
export interface SittingSummary {
  id: string; title: string; date: string;
  rosterCount: number; presentCount: number; quorumNeeded: number; quorumMet: boolean;
}
export interface AttendanceRow { id: string; name: string; seatNo: string; delegationName: string; present: boolean }

export interface Cycle { id: string; title: string; year: number; phase: string; seats: number; listFixed: boolean }

export interface PrintedCard { name: string; delegation: string; seatNo: string; code: string; url: string; qrSvg: string }
export interface PrintDocument { ballot: { id: string; title: string; secrecy?: string }; cards: PrintedCard[] }

export interface PaperTotals {
  id: string;
  /** 赞成/反对/弃权 per candidate, or 满意/基本满意/不满意/弃权 per project of an evaluation. */
  perCandidate: Record<string, Record<string, number>>;
  valid: number; invalid: number;
  status: 'pending' | 'confirmed' | 'rejected';
  enteredBy: string; enteredAt: string; confirmedBy: string | null; decidedAt: string | null;
}

export interface ResultCandidate {
  id: string; position: number; title: string; departmentName: string | null; estimateYuan: number | null;
  for: number; against: number; abstain: number; rank: number | null; status: string | null;
}
export interface Results { ballot: BallotView; tally: TalliedData; candidates: ResultCandidate[]; head: { seq: number; hash: string } }

/** A satisfaction evaluation's results: every project in ballot order with its counts and grade. */
export interface EvaluationResultProject extends ProjectGrade {
  id: string; position: number; title: string; departmentName: string | null;
}
export interface EvaluationResults { ballot: BallotView; tally: EvaluationTalliedData; candidates: EvaluationResultProject[]; head: { seq: number; hash: string } }

export interface EvaluationInput {
  cycleId: string; sittingId: string; title: string;
  rules: { allowAbstain: boolean; passBasis: string; secrecy: string; liveCounts: boolean; evaluators: string; grading: { satisfied: Share; acceptable: Share } };
  projectIds?: string[];
}

export interface Tablet {
  id: string; name: string; paired: boolean; revoked: boolean;
  pairedAt: string | null; lastSeenAt: string | null; online: boolean; pairingExpiresAt: string | null;
}
export interface PairingCode { tablet: Tablet; code: string; expiresAt: string }

export interface RulesInput {
  form?: string; seats?: number; maxFor?: number; passBasis?: string; secrecy?: string; liveCounts?: boolean;
}

const b = (id: string) => `/api/ballots/${encodeURIComponent(id)}`;

export const sittingsApi = {
  list: () => api.get<{ sittings: Sitting[] }>('/api/sittings').then((r) => r.sittings),
  create: (input: { title: string; date: string }) => api.post<{ sitting: Sitting }>('/api/sittings', input).then((r) => r.sitting),
  summary: (id: string) => api.get<{ sitting: SittingSummary }>(`/api/sittings/${encodeURIComponent(id)}`).then((r) => r.sitting),
  attendance: (id: string, q?: string) =>
    api.get<{ deputies: AttendanceRow[] }>(`/api/sittings/${encodeURIComponent(id)}/attendance`, { q }).then((r) => r.deputies),
  mark: (id: string, deputyIds: string[], present: boolean) =>
    api.post<unknown>(`/api/sittings/${encodeURIComponent(id)}/attendance`, { deputyIds, present }),
};

export const cyclesApi = {
  list: () => api.get<{ cycles: Cycle[] }>('/api/cycles').then((r) => r.cycles),
};

export const ballotsApi = {
  list: (cycleId?: string) => api.get<{ ballots: BallotView[] }>('/api/ballots', { cycleId }).then((r) => r.ballots),
  get: (id: string) => api.get<{ ballot: BallotView }>(b(id)).then((r) => r.ballot),
  create: (input: { cycleId: string; sittingId: string; title: string; rules: RulesInput }) =>
    api.post<{ ballot: BallotView }>('/api/ballots', input).then((r) => r.ballot),
  createEvaluation: (input: EvaluationInput) => api.post<{ ballot: BallotView }>('/api/ballots/evaluation', input).then((r) => r.ballot),
  update: (id: string, input: { title?: string; sittingId?: string; rules?: RulesInput }) =>
    api.patch<{ ballot: BallotView }>(b(id), input).then((r) => r.ballot),
  open: (id: string) => api.post<{ ballot: BallotView }>(`${b(id)}/open`).then((r) => r.ballot),
  close: (id: string, paperIssued: number) => api.post<{ ballot: BallotView }>(`${b(id)}/close`, { paperIssued }).then((r) => r.ballot),
  tally: (id: string) => api.post<{ ballot: BallotView }>(`${b(id)}/tally`).then((r) => r.ballot),
  certify: (id: string) => api.post<{ ballot: BallotView }>(`${b(id)}/certify`).then((r) => r.ballot),
  runoff: (id: string) => api.post<{ ballot: BallotView }>(`${b(id)}/runoff`, {}).then((r) => r.ballot),
  deleteDraft: (id: string) => api.delete<{ deleted: string }>(b(id)),
  requestVoid: (id: string, reason: string) => api.post<{ ballot: BallotView }>(`${b(id)}/void`, { reason }).then((r) => r.ballot),
  decideVoid: (id: string, confirm: boolean) => api.post<{ ballot: BallotView }>(`${b(id)}/void/${confirm ? 'confirm' : 'decline'}`).then((r) => r.ballot),
  screen: (id: string, mode: ScreenMode) => api.post<{ ballot: BallotView }>(`${b(id)}/screen`, { mode }),
  print: (id: string) => api.post<PrintDocument>(`${b(id)}/cards/print`),
  issue: (id: string, deputyId: string) =>
    api.post<{ ballot: { id: string; title: string }; card: PrintedCard }>(`${b(id)}/cards/issue`, { deputyId }),
  results: (id: string) => api.get<Results | EvaluationResults>(`${b(id)}/results`),
  resultsCsvUrl: (id: string) => `${b(id)}/results.csv`,
  paper: (id: string) => api.get<{ paper: PaperTotals[] }>(`${b(id)}/paper`).then((r) => r.paper),
  enterPaper: (id: string, input: { perCandidate: PaperTotals['perCandidate']; valid: number; invalid: number }) =>
    api.post<{ paper: PaperTotals }>(`${b(id)}/paper`, input),
  decidePaper: (id: string, paperId: string, confirm: boolean) =>
    api.post<{ paper: PaperTotals }>(`${b(id)}/paper/${encodeURIComponent(paperId)}/${confirm ? 'confirm' : 'reject'}`),
};

/** A cycle's projects (for choosing those a re-evaluation asks about). */
export const projectsApi = {
  ofCycle: (cycleId: string) => api.get<{ projects: ProjectItem[] }>('/api/projects', { cycleId }).then((r) => r.projects),
};

export const tabletsApi = {
  list: () => api.get<{ tablets: Tablet[] }>('/api/tablets').then((r) => r.tablets),
  pairingCode: (name: string, tabletId?: string) => api.post<PairingCode>('/api/tablets/pairing-codes', { name, ...(tabletId ? { tabletId } : {}) }),
  rename: (id: string, name: string) => api.patch<{ tablet: Tablet }>(`/api/tablets/${encodeURIComponent(id)}`, { name }),
  revoke: (id: string) => api.patch<{ tablet: Tablet }>(`/api/tablets/${encodeURIComponent(id)}`, { revoke: true }),
};

export function createSittingList() {
  return createLoader(() => true, () => sittingsApi.list());
}

export function createBallotList() {
  return createLoader(() => true, () => ballotsApi.list());
}

export function createTabletList() {
  return createLoader(() => true, () => tabletsApi.list());
}

/** Reloads `reload` every `ms` while the page is open (counts that others change: attendance, tablets). */
export function every(ms: number, reload: () => unknown) {
  const timer = setInterval(() => { if (document.visibilityState === 'visible') void reload(); }, ms);
  return () => clearInterval(timer);
}
