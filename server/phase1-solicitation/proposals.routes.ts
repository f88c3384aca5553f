import { z } from 'zod';
import { searchDeputies } from '../core/roster/roster.repository';
import { defineRoute } from '../http/route';
import { Ok } from '../http/contract';
import { CoProposerDirectoryAnswer, ListProposalsAnswer, ProposalAnswer } from './proposals.contract';
import { id, idParam, pageQuery } from '../http/schemas';
import { PROPOSAL_CHANNELS, PROPOSAL_STATUSES } from './domain/screening';
import { newProposalBody, proposalPatchBody } from './inputs';
import { createProposal, deleteDraft, listProposals, readProposal, submitProposal, updateProposalMaterials } from './proposals.service';

export const listProposalsRoute = defineRoute({
  method: 'get',
  path: '/api/cycles/:id/proposals',
  access: 'proposal.read',
  summary:
    "Proposals of a cycle with filters and counts: all for the secretariat (screening queue) and scrutineers, one's own for departments and deputies",
  responses: { 200: ListProposalsAnswer },
  params: idParam,
  query: z.object({
    status: z.enum(PROPOSAL_STATUSES).optional(),
    category: z.string().trim().max(20).optional(),
    departmentId: id.optional(),
    channel: z.enum(PROPOSAL_CHANNELS).optional(),
    q: z.string().trim().max(50).optional(),
    ...pageQuery,
  }),
  handler: async ({ c, deps, actor, params, query }) => {
    const { page, pageSize, ...filters } = query;
    return c.json(await listProposals(deps.db, actor, params.id, filters, { page, pageSize }));
  },
});

export const createProposalRoute = defineRoute({
  method: 'post',
  path: '/api/cycles/:id/proposals',
  access: 'proposal.propose',
  summary: 'Start a proposal (a draft; submit: true submits at once, within the window); deputies may name co-proposers (联名)',
  responses: { 201: ProposalAnswer },
  params: idParam,
  body: newProposalBody,
  handler: async ({ c, deps, actor, params, body }) => c.json({ proposal: await createProposal(deps.db, actor, params.id, body, deps.clock()) }, 201),
});

export const getProposalRoute = defineRoute({
  method: 'get',
  path: '/api/proposals/:id',
  access: 'proposal.read',
  summary: 'One proposal with full materials (internal notes for the secretariat only)',
  responses: { 200: ProposalAnswer },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => c.json({ proposal: await readProposal(deps.db, actor, params.id) }),
});

export const updateProposalRoute = defineRoute({
  method: 'patch',
  path: '/api/proposals/:id',
  access: 'proposal.edit',
  summary: 'Edit: the owner a draft or a returned proposal; the secretariat a submitted one (ledgered)',
  responses: { 200: ProposalAnswer },
  params: idParam,
  body: proposalPatchBody,
  handler: async ({ c, deps, actor, params, body }) =>
    c.json({ proposal: await updateProposalMaterials(deps.db, actor, params.id, body, deps.clock()) }),
});

export const submitProposalRoute = defineRoute({
  method: 'post',
  path: '/api/proposals/:id/submit',
  access: 'proposal.propose',
  summary: 'Submit a draft (within the window) or resubmit a returned proposal; 422 lists what is missing',
  responses: { 200: ProposalAnswer },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => c.json({ proposal: await submitProposal(deps.db, actor, params.id, deps.clock()) }),
});

export const deleteProposalRoute = defineRoute({
  method: 'delete',
  path: '/api/proposals/:id',
  access: 'proposal.propose',
  summary: "Delete one's own never-submitted draft",
  responses: { 200: Ok },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => {
    await deleteDraft(deps.db, actor, params.id);
    return c.json({ ok: true });
  },
});

export const coProposerDirectoryRoute = defineRoute({
  method: 'get',
  path: '/api/deputy-directory',
  access: 'deputy.directory',
  summary: 'Active deputies to name as co-proposers (联名): name and delegation only',
  responses: { 200: CoProposerDirectoryAnswer },
  query: z.object({ q: z.string().trim().max(50).optional(), ...pageQuery }),
  handler: async ({ c, deps, actor, query }) => {
    const { total, rows } = await searchDeputies(deps.db, actor.congressId, { ...query, status: 'active' });
    // Only what a colleague needs to recognise someone; contact data stays with the secretariat.
    return c.json({
      total,
      page: query.page,
      pageSize: query.pageSize,
      deputies: rows.map((r) => ({ id: r.deputy.id, name: r.deputy.name, delegationName: r.delegationName })),
    });
  },
});
