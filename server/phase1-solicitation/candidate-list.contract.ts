// What candidate-list routes answer (see candidate-list.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';

export const ProposalView = z.enum(['manage', 'own', 'read']);
export type ProposalView = z.infer<typeof ProposalView>;

export const Notes = z.object({ necessity: z.string().nullable().optional(), feasibility: z.string().nullable().optional(), fiscal: z.string().nullable().optional(), legality: z.string().nullable().optional(), publicWill: z.string().nullable().optional() });
export type Notes = z.infer<typeof Notes>;

export const Suggestion = z.object({ id: z.string(), trackingCode: z.string(), channel: z.string(), title: z.string(), status: z.string() });
export type Suggestion = z.infer<typeof Suggestion>;

export const Source = z.enum(['local_fiscal', 'higher_subsidy', 'social_capital', 'other']);
export type Source = z.infer<typeof Source>;

export const FundingPart = z.object({ source: Source, amountYuan: z.number(), note: z.string().nullable().optional() });
export type FundingPart = z.infer<typeof FundingPart>;

export const Milestone = z.object({ year: z.number(), goal: z.string() });
export type Milestone = z.infer<typeof Milestone>;

export const Target = z.object({ indicator: z.string(), value: z.string(), unit: z.string() });
export type Target = z.infer<typeof Target>;

export const Link = z.object({ id: z.string(), code: z.string().nullable(), title: z.string() });
export type Link = z.infer<typeof Link>;

export const Status = z.enum(['draft', 'submitted', 'shortlisted', 'rejected', 'merged', 'returned']);
export type Status = z.infer<typeof Status>;

export const Channel = z.enum(['department', 'deputy', 'web', 'hotline', 'letter']);
export type Channel = z.infer<typeof Channel>;

export const Kind2 = z.enum(['public', 'department', 'deputy']);
export type Kind2 = z.infer<typeof Kind2>;

export const Deputy2 = z.object({ id: z.string(), name: z.string().nullable(), lead: z.boolean() });
export type Deputy2 = z.infer<typeof Deputy2>;

export const Proposer = z.object({ kind: Kind2, departmentId: z.string().nullable(), departmentName: z.string().nullable(), deputies: z.array(Deputy2) });
export type Proposer = z.infer<typeof Proposer>;

export const Candidate = z.object({ view: ProposalView, notes: Notes.optional(), suggestions: z.array(Suggestion).optional(), background: z.string().nullable(), content: z.string().nullable(), location: z.string().nullable(), funding: z.array(FundingPart), milestones: z.array(Milestone), targets: z.array(Target), materialsHash: z.string(), mergedInto: Link.nullable(), mergedFrom: z.array(Link), contactName: z.string().nullable(), contactPhone: z.string().nullable(), id: z.string(), cycleId: z.string(), code: z.string().nullable(), number: z.number().nullable(), status: Status, channel: Channel, proposer: Proposer, title: z.string(), category: z.string().nullable(), departmentId: z.string().nullable(), departmentName: z.string().nullable(), estimateYuan: z.number().nullable(), estimateWan: z.string().nullable(), deadline: z.string().nullable(), summary: z.string(), feedback: z.string().nullable(), mergedIntoId: z.string().nullable(), suggestionId: z.string().nullable(), listOrder: z.number().nullable(), onFixedList: z.boolean(), submittedAt: z.string().nullable(), screenedAt: z.string().nullable(), updatedAt: z.string(), createdAt: z.string(), order: z.number() });
export type Candidate = z.infer<typeof Candidate>;

export const Problem = z.object({ code: z.string(), zh: z.string(), en: z.string(), field: z.string().optional() });
export type Problem = z.infer<typeof Problem>;

export const Phase = z.enum(['solicitation', 'screening', 'balloting', 'implementation', 'evaluation', 'closed']);
export type Phase = z.infer<typeof Phase>;

export const WindowState = z.enum(['before', 'open', 'after']);
export type WindowState = z.infer<typeof WindowState>;

export const Cycle = z.object({ id: z.string(), congressId: z.string(), title: z.string(), year: z.number(), phase: Phase, opensOn: z.string(), closesOn: z.string(), windowDays: z.number(), windowOverrideReason: z.string().nullable(), opensAt: z.string(), closesAt: z.string(), windowState: WindowState, acceptingSubmissions: z.boolean(), categories: z.array(z.string()), seats: z.number(), minMargin: z.number(), allowEqual: z.boolean(), listFixed: z.boolean(), listFixedAt: z.string().nullable(), ledgerId: z.string(), phaseChangedAt: z.string(), createdAt: z.string() });
export type Cycle = z.infer<typeof Cycle>;

export const GetCandidateListAnswer = z.object({ candidates: z.array(Candidate), minimumCandidates: z.number().optional(), problems: z.array(Problem).optional(), seats: z.number(), minMargin: z.number(), allowEqual: z.boolean(), cycle: Cycle, fixed: z.boolean(), fixedAt: z.string().nullable() });
export type GetCandidateListAnswer = z.infer<typeof GetCandidateListAnswer>;
