import { z } from 'zod';
import { defineRoute } from '../http/route';
import { ProposalAnswer } from './proposals.contract';
import { ConvertSuggestionAnswer, ListSuggestionsAnswer, SuggestionAnswer } from './screening.contract';
import { idParam, pageQuery } from '../http/schemas';
import { SUGGESTION_CHANNELS, SUGGESTION_STATUSES } from './domain/screening';
import { convertBody, notesBody, screeningBody, staffSuggestionBody, suggestionScreeningBody } from './inputs';
import { saveScreeningNotes, screenProposal } from './screening.service';
import { convertSuggestion, enterSuggestion, listSuggestions, readSuggestion, screenSuggestion } from './suggestions.service';

export const saveNotesRoute = defineRoute({
  method: 'put',
  path: '/api/proposals/:id/notes',
  access: 'proposal.screen',
  summary: 'Internal screening notes: 必要性, 可行性, 财政承受能力, 合法性, 群众意愿 (never shown outside, never ledgered)',
  responses: { 200: ProposalAnswer },
  params: idParam,
  body: notesBody,
  handler: async ({ c, deps, actor, params, body }) => c.json({ proposal: await saveScreeningNotes(deps.db, actor, params.id, body, deps.clock()) }),
});

export const screenProposalRoute = defineRoute({
  method: 'post',
  path: '/api/proposals/:id/screening',
  access: 'proposal.screen',
  summary: 'Screening outcome: shortlist, reject (reason), merge (mergeIntoId) or return for revision (reason)',
  responses: { 200: ProposalAnswer },
  params: idParam,
  body: screeningBody,
  handler: async ({ c, deps, actor, params, body }) => c.json({ proposal: await screenProposal(deps.db, actor, params.id, body, deps.clock()) }),
});

export const listSuggestionsRoute = defineRoute({
  method: 'get',
  path: '/api/cycles/:id/suggestions',
  access: 'proposal.screen',
  summary: 'Public suggestions of a cycle with filters (status, channel, category, text or tracking code) and counts',
  responses: { 200: ListSuggestionsAnswer },
  params: idParam,
  query: z.object({
    status: z.enum(SUGGESTION_STATUSES).optional(),
    channel: z.enum(SUGGESTION_CHANNELS).optional(),
    category: z.string().trim().max(20).optional(),
    q: z.string().trim().max(50).optional(),
    ...pageQuery,
  }),
  handler: async ({ c, deps, actor, params, query }) => {
    const { page, pageSize, ...filters } = query;
    return c.json(await listSuggestions(deps.db, actor, params.id, filters, { page, pageSize }));
  },
});

export const enterSuggestionRoute = defineRoute({
  method: 'post',
  path: '/api/cycles/:id/suggestions',
  access: 'proposal.screen',
  summary: 'Enter a suggestion received by hotline or letter; answers the tracking code to pass on',
  responses: { 201: SuggestionAnswer },
  params: idParam,
  body: staffSuggestionBody,
  handler: async ({ c, deps, actor, params, body }) =>
    c.json({ suggestion: await enterSuggestion(deps.db, actor, params.id, body, deps.clock()) }, 201),
});

export const getSuggestionRoute = defineRoute({
  method: 'get',
  path: '/api/suggestions/:id',
  access: 'proposal.screen',
  summary: "One public suggestion, with the suggester's contact",
  responses: { 200: SuggestionAnswer },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => c.json({ suggestion: await readSuggestion(deps.db, actor, params.id) }),
});

export const convertSuggestionRoute = defineRoute({
  method: 'post',
  path: '/api/suggestions/:id/convert',
  access: 'proposal.screen',
  summary: 'Turn a suggestion into a draft proposal of the responsible department (linked both ways)',
  responses: { 201: ConvertSuggestionAnswer },
  params: idParam,
  body: convertBody,
  handler: async ({ c, deps, actor, params, body }) => c.json(await convertSuggestion(deps.db, actor, params.id, body, deps.clock()), 201),
});

export const screenSuggestionRoute = defineRoute({
  method: 'post',
  path: '/api/suggestions/:id/screening',
  access: 'proposal.screen',
  summary: 'Reject a suggestion (reason) or merge it into a proposal that covers it (proposalId)',
  responses: { 200: SuggestionAnswer },
  params: idParam,
  body: suggestionScreeningBody,
  handler: async ({ c, deps, actor, params, body }) => c.json({ suggestion: await screenSuggestion(deps.db, actor, params.id, body, deps.clock()) }),
});
