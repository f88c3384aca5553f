// No session needed. Congress and cycle come from the path.
import { z } from 'zod';
import { defineRoute } from '../http/route';
import { CycleAnswer } from '../cycle/cycles.contract';
import { PublicCandidatesAnswer, PublicCyclesAnswer, PublicSuggestAnswer, TrackedSuggestionAnswer } from './public-solicitation.contract';
import { idParam } from '../http/schemas';
import { publicSuggestionBody } from './inputs';
import { publicCandidates, publicCycle, publicCycles, submitPublicSuggestion, trackSuggestion } from './public-solicitation.service';
import { cachedJson, cycleVersionOf, sinceLastWrite } from '../core/public-cache';
import { chinaDate } from '../core/domain/china-date';
import { publicCycleOf } from '../cycle/public-cycle';

export const publicCyclesRoute = defineRoute({
  method: 'get',
  path: '/api/public/congresses/:id/cycles',
  access: 'public',
  summary: 'A congress and its cycles, for the public pages',
  responses: { 200: PublicCyclesAnswer },
  params: idParam,
  handler: async ({ c, deps, params }) => {
    const now = deps.clock();
    // On PGlite, built once per write (and day) for every reader: see sinceLastWrite.
    return c.json(await sinceLastWrite(deps, `congress-cycles:${params.id}:${chinaDate(now)}`, () => publicCycles(deps.db, params.id, now)));
  },
});

export const publicCycleRoute = defineRoute({
  method: 'get',
  path: '/api/public/cycles/:id',
  access: 'public',
  summary: 'One cycle: window, categories, phase (for the suggestion form)',
  responses: { 200: CycleAnswer },
  params: idParam,
  handler: async ({ c, deps, params }) => c.json(await publicCycle(deps.db, params.id, deps.clock())),
});

export const publicCandidatesRoute = defineRoute({
  method: 'get',
  path: '/api/public/cycles/:id/candidates',
  access: 'public',
  summary: "The fixed candidate list: each candidate's summary, budget and department (empty until fixed)",
  responses: { 200: PublicCandidatesAnswer },
  params: idParam,
  // Kept per data version like phase 3's public pages: building it for every reader was the slowest
  // public answer (PGlite p99 5.3 s at 200 readers).
  handler: async ({ c, deps, params }) => {
    const now = deps.clock();
    const cycle = await publicCycleOf(deps, params.id);
    return cachedJson(c, deps, await cycleVersionOf(deps, cycle, now), () => publicCandidates(deps.db, cycle.id, now));
  },
});

export const publicSuggestRoute = defineRoute({
  method: 'post',
  path: '/api/public/cycles/:id/suggestions',
  access: 'public',
  summary: 'Suggest a project without an account (within the window; 5 an hour per address); answers a tracking code',
  responses: { 201: PublicSuggestAnswer },
  params: idParam,
  body: publicSuggestionBody,
  maxBody: 16 * 1024,
  handler: async ({ c, deps, params, body }) => c.json(await submitPublicSuggestion(deps.db, params.id, body, c.get('clientIp'), deps.clock()), 201),
});

export const trackSuggestionRoute = defineRoute({
  method: 'get',
  path: '/api/public/suggestions/:code',
  access: 'public',
  summary: "A suggestion's status and feedback by tracking code (case, hyphens and O/0, I/1/L forgiven)",
  responses: { 200: TrackedSuggestionAnswer },
  params: z.object({ code: z.string().max(40) }),
  handler: async ({ c, deps, params }) => c.json({ suggestion: await trackSuggestion(deps.db, params.code, c.get('clientIp'), deps.clock()) }),
});
