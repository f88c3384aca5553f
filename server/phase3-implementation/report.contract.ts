// What report routes answer (see report.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Congress } from '../core/accounts/auth.contract';
import { Head, Ledger } from '../core/ledger/ledger.contract';
import { Grade } from '../phase2-balloting/ballots.contract';
import { Change } from './changes.contract';
import { Evaluation, Project2, Proposal5, Rectification, Report, Supervision, Vote2 } from './projects.contract';
import { Ballot5, ByCategoryItem, ByGradeItem, ByStatu, Cycle4, Notice, Record, Supervision2, Totals } from './public.contract';

export const Rest = z.object({ project: Project2, proposal: Proposal5.nullable(), vote: Vote2, reports: z.array(Report), supervision: Supervision, changes: z.array(Change), evaluations: z.array(Evaluation), rectifications: z.array(Rectification) });
export type Rest = z.infer<typeof Rest>;

export const Project6 = z.object({ projectId: z.string(), code: z.string().nullable(), title: z.string(), departmentName: z.string().nullable(), satisfied: z.number(), basically_satisfied: z.number(), unsatisfied: z.number(), abstain: z.number(), grade: Grade, gradeLabel: z.string(), satisfactionRateText: z.string() });
export type Project6 = z.infer<typeof Project6>;

export const Evaluation4 = z.object({ ballotId: z.string(), title: z.string(), certifiedAt: z.string().nullable(), ledgerId: z.string(), head: Head, rosterCount: z.number(), presentCount: z.number(), issued: z.number(), returned: z.number(), valid: z.number(), invalid: z.number(), basis: z.number(), threshold: z.number(), void: z.boolean(), projects: z.array(Project6) });
export type Evaluation4 = z.infer<typeof Evaluation4>;

export const Department4 = z.object({ id: z.string(), name: z.string().nullable(), record: Record });
export type Department4 = z.infer<typeof Department4>;

export const PublicReportAnswer = z.object({ pdfAvailable: z.boolean(), asOf: z.string(), record: Record, projects: z.array(Rest), evaluations: z.array(Evaluation4), departments: z.array(Department4), ledgers: z.array(Ledger), congress: Congress, cycle: Cycle4, totals: Totals, byStatus: z.array(ByStatu), byCategory: z.array(ByCategoryItem), supervision: Supervision2, ballots: z.array(Ballot5), byGrade: z.array(ByGradeItem), notices: z.array(Notice) });
export type PublicReportAnswer = z.infer<typeof PublicReportAnswer>;
