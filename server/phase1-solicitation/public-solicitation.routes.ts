// No session needed. Congress and cycle come from the path.
import { z } from 'zod';
import { defineRoute } from '../http/route';
import { idParam } from '../http/schemas';
import { publicSuggestionBody } from './inputs';
import { publicCandidates, publicCycle, publicCycles, submitPublicSuggestion, trackSuggestion } from './public-solicitation.service';

export const publicCyclesRoute = defineRoute({
  method: 'get', path: '/api/public/congresses/:id/cycles', access: 'public', summary: 'A congress and its cycles, for the public pages',
  params: idParam,
  handler: async ({ c, deps, params }) => c.json(await publicCycles(deps.db, params.id, deps.clock())),
});

export const publicCycleRoute = defineRoute({
  method: 'get', path: '/api/public/cycles/:id', access: 'public', summary: 'One cycle: window, categories, phase (for the suggestion form)',
  params: idParam,
  handler: async ({ c, deps, params }) => c.json(await publicCycle(deps.db, params.id, deps.clock())),
});

export const publicCandidatesRoute = defineRoute({
  method: 'get', path: '/api/public/cycles/:id/candidates', access: 'public',
  summary: 'The fixed candidate list: each candidate\'s summary, budget and department (empty until fixed)',
  params: idParam,
  handler: async ({ c, deps, params }) => c.json(await publicCandidates(deps.db, params.id, deps.clock())),
});

export const publicSuggestRoute = defineRoute({
  method: 'post', path: '/api/public/cycles/:id/suggestions', access: 'public',
  summary: 'Suggest a project without an account (within the window; 5 an hour per address); answers a tracking code',
  params: idParam, body: publicSuggestionBody, maxBody: 16 * 1024,
  handler: async ({ c, deps, params, body }) =>
    c.json(await submitPublicSuggestion(deps.db, params.id, body, c.get('clientIp'), deps.clock()), 201),
});

export const trackSuggestionRoute = defineRoute({
  method: 'get', path: '/api/public/suggestions/:code', access: 'public',
  summary: 'A suggestion\'s status and feedback by tracking code (case, hyphens and O/0, I/1/L forgiven)',
  params: z.object({ code: z.string().max(40) }),
  handler: async ({ c, deps, params }) => c.json({ suggestion: await trackSuggestion(deps.db, params.code, c.get('clientIp'), deps.clock()) }),
});
