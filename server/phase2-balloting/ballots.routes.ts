import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { sinceLastWrite } from '../core/since-last-write';
import { raw } from '../http/contract';
import { defineRoute } from '../http/route';
import type { Permission } from '../core/access/permissions';
import {
  BallotAnswer,
  CertificationAnswer,
  TabletBallotAnswer,
  PublicBallotAnswer,
  BallotsAnswer,
  CardOriginAnswer,
  CastAnswer,
  DeletedAnswer,
  IssueCardAnswer,
  PaperAnswer,
  PaperItemAnswer,
  PrintCardsAnswer,
  ReceiptAnswer,
  ResultsAnswer,
  BallotSnapshot,
  ScreenMode,
} from './ballots.contract';
import { id, idParam, text } from '../http/schemas';
import type { AppEnv } from '../core/context';
import { findBallotAnyCongress, listBallots, listCandidatesOf } from './ballots.repository';
import { notFound } from '../core/errors';
import {
  certifyBallot,
  certificationProgress,
  closeBallot,
  decideVoid,
  deleteDraft,
  requestVoid,
  setScreenMode,
  createProjectBallot,
  createRunoffBallot,
  openBallot,
  tallyBallot,
  updateDraft,
} from './ballots.service';
import { cardOrigin, issueCard, lookupCard, printCards, printCardsForPdf } from './cards.service';
import { cardsPdfStream, pageCount } from './cards-pdf';
import { castBallot } from './cast.service';
import { BALLOT_FORMS, PASS_BASES, SECRECY_MODES } from './domain/ballot-rules';
import { quorumInput } from './inputs';
import { CAST_ID_PATTERN } from './domain/sealed-casts';
import { ballotTopic, buildSnapshot } from './live';
import { decidePaperTotals, enterPaperTotals, listPaperTotals } from './paper.service';
import { describeBallot, getBallot, getPublicBallot, getResults, getResultsCsv, lookupReceipt } from './results.service';

const count = z.number().int().min(0).max(1_000_000);

const rulesInput = z
  .object({
    form: z.enum(BALLOT_FORMS as [string, ...string[]]).optional(),
    seats: z.number().int().min(1).max(1000).optional(),
    maxFor: z.number().int().min(1).max(1000).optional(),
    passBasis: z.enum(PASS_BASES as [string, ...string[]]).optional(),
    secrecy: z.enum(SECRECY_MODES as [string, ...string[]]).optional(),
    liveCounts: z.boolean().optional(),
    quorum: quorumInput,
  })
  .strict();

const origin = (c: Context<AppEnv>) => c.get('deps').env.PUBLIC_ORIGIN ?? new URL(c.req.url).origin;

/** A signature made in the scrutineer's browser with their registered key (base64). */
const signatureBody = z.object({ keyId: z.string().regex(/^[0-9a-f]{32}$/), sig: z.string().min(1).max(200) }).strict();

export const listBallotsRoute = defineRoute({
  method: 'get',
  path: '/api/ballots',
  access: 'ballot.read',
  summary: 'Ballots of my congress (?cycleId=)',
  responses: { 200: BallotsAnswer },
  query: z.object({ cycleId: id.optional() }),
  handler: async ({ c, deps, actor, query }) => {
    const rows = await listBallots(deps.db, actor.congressId, query.cycleId);
    const candidates = await listCandidatesOf(
      deps.db,
      rows.map((b) => b.id),
    );
    return c.json({ ballots: rows.map((b) => describeBallot(b, candidates.get(b.id)!)) });
  },
});

export const createBallotRoute = defineRoute({
  method: 'post',
  path: '/api/ballots',
  access: 'ballot.run',
  summary: "Create a draft ballot from a cycle's fixed candidate list",
  responses: { 201: BallotAnswer },
  body: z.object({ cycleId: id, sittingId: id, title: text(100), rules: rulesInput.default({}) }).strict(),
  handler: async ({ c, deps, actor, body }) => {
    const b = await createProjectBallot(deps.db, actor, body as never, deps.clock());
    return c.json({ ballot: await getBallot(deps.db, actor, b.id) }, 201);
  },
});

export const getBallotRoute = defineRoute({
  method: 'get',
  path: '/api/ballots/:id',
  access: 'ballot.read',
  summary: 'A ballot with its rules, counters and candidates',
  responses: { 200: BallotAnswer },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => c.json({ ballot: await getBallot(deps.db, actor, params.id) }),
});

export const updateBallotRoute = defineRoute({
  method: 'patch',
  path: '/api/ballots/:id',
  access: 'ballot.run',
  summary: "Change a draft ballot's title, sitting or rules",
  responses: { 200: BallotAnswer },
  params: idParam,
  body: z.object({ title: text(100).optional(), sittingId: id.optional(), rules: rulesInput.optional() }).strict(),
  handler: async ({ c, deps, actor, params, body }) => {
    await updateDraft(deps.db, actor, params.id, body as never, deps.clock());
    return c.json({ ballot: await getBallot(deps.db, actor, params.id) });
  },
});

const transition = <Path extends string>(path: Path, summary: string, access: Permission, fn: typeof openBallot) =>
  defineRoute({
    method: 'post',
    path,
    access,
    summary,
    params: idParam,
    body: z.object({}).strict().optional(),
    responses: { 200: BallotAnswer },
    handler: async ({ c, deps, actor, params }) => {
      await fn(deps, actor, params.id);
      return c.json({ ballot: await getBallot(deps.db, actor, params.id) });
    },
  });

export const openBallotRoute = transition('/api/ballots/:id/open', 'Open the vote (checks the quorum; freezes the rules)', 'ballot.run', openBallot);
export const tallyBallotRoute = transition(
  '/api/ballots/:id/tally',
  'Count the closed ballot (pure tally over the ledger)',
  'ballot.run',
  tallyBallot,
);
export const certifyBallotRoute = defineRoute({
  method: 'post',
  path: '/api/ballots/:id/certify',
  access: 'ballot.certify',
  summary:
    "Sign the tallied result with my registered key (the signature of the UTF-8 bytes of the ballot.tallied entry's hash, base64); certified, and public, once the congress's rule is met",
  responses: { 200: BallotAnswer },
  params: idParam,
  body: signatureBody,
  handler: async ({ c, deps, actor, params, body }) => {
    await certifyBallot(deps, actor, params.id, body);
    return c.json({ ballot: await getBallot(deps.db, actor, params.id) });
  },
});

export const certificationRoute = defineRoute({
  method: 'get',
  path: '/api/ballots/:id/certification',
  access: 'ballot.read',
  summary: 'The hash scrutineers sign, who has signed so far and how many signatures are still missing',
  responses: { 200: CertificationAnswer },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => c.json(await certificationProgress(deps, actor, params.id)),
});

export const closeBallotRoute = defineRoute({
  method: 'post',
  path: '/api/ballots/:id/close',
  access: 'ballot.run',
  summary: 'Close the vote (records issued and returned)',
  responses: { 200: BallotAnswer },
  params: idParam,
  body: z.object({ paperIssued: count.optional() }).strict(),
  handler: async ({ c, deps, actor, params, body }) => {
    await closeBallot(deps, actor, params.id, body);
    return c.json({ ballot: await getBallot(deps.db, actor, params.id) });
  },
});

export const runoffRoute = defineRoute({
  method: 'post',
  path: '/api/ballots/:id/runoff',
  access: 'ballot.run',
  summary: 'Create the runoff (另行票决) ballot a tally calls for',
  responses: { 201: BallotAnswer },
  params: idParam,
  body: z.object({ title: text(100).optional(), sittingId: id.optional() }).strict(),
  handler: async ({ c, deps, actor, params, body }) => {
    const b = await createRunoffBallot(deps.db, actor, params.id, body, deps.clock());
    return c.json({ ballot: await getBallot(deps.db, actor, b.id) }, 201);
  },
});

export const deleteDraftRoute = defineRoute({
  method: 'delete',
  path: '/api/ballots/:id',
  access: 'ballot.run',
  summary: 'Delete a draft ballot that never opened (with any cards printed for it)',
  responses: { 200: DeletedAnswer },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => {
    await deleteDraft(deps, actor, params.id);
    return c.json({ deleted: params.id });
  },
});

export const requestVoidRoute = defineRoute({
  method: 'post',
  path: '/api/ballots/:id/void',
  access: 'ballot.run',
  summary: 'Ask to void an opened ballot (open, closed or tallied; not certified), with a reason; a scrutineer confirms',
  responses: { 200: BallotAnswer },
  params: idParam,
  body: z.object({ reason: text(500) }).strict(),
  handler: async ({ c, deps, actor, params, body }) => {
    await requestVoid(deps, actor, params.id, body.reason);
    return c.json({ ballot: await getBallot(deps.db, actor, params.id) });
  },
});

export const confirmVoidRoute = transition(
  '/api/ballots/:id/void/confirm',
  'A scrutineer confirms the void: the ballot no longer counts, a new one may be created',
  'ballot.decideVoid',
  (deps, actor, id) => decideVoid(deps, actor, id, true),
);
export const declineVoidRoute = transition(
  '/api/ballots/:id/void/decline',
  'A scrutineer declines the void request',
  'ballot.decideVoid',
  (deps, actor, id) => decideVoid(deps, actor, id, false),
);

export const printCardsRoute = defineRoute({
  method: 'post',
  path: '/api/ballots/:id/cards/print',
  access: 'ballot.run',
  summary: 'Issue one QR card per present deputy (voids unused cards first); returns the print document data, never stored',
  responses: { 201: PrintCardsAnswer },
  params: idParam,
  body: z.object({}).strict().optional(),
  handler: async ({ c, deps, actor, params }) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await printCards(deps, actor, params.id, origin(c)), 201);
  },
});

/** The file name, with an ASCII fallback and the Chinese one per RFC 5987 (inline: the print page saves it itself). */
const pdfName = (ascii: string, name: string) => `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export const printCardsPdfRoute = defineRoute({
  method: 'post',
  path: '/api/ballots/:id/cards/pdf',
  access: 'ballot.run',
  summary:
    'Issue one QR card per present deputy, as cards/print does, and stream them as an A4 PDF (8 cards a sheet, vector QR codes); made on demand, never stored. X-Card-Count and X-Card-Pages give the size; each page is preceded by a `%card-page k/N` comment',
  responses: { 201: raw('application/pdf', 'The cards, 8 to an A4 sheet') },
  params: idParam,
  body: z.object({}).strict().optional(),
  handler: async ({ c, deps, actor, params }) => {
    const { ballot, cards } = await printCardsForPdf(deps, actor, params.id, origin(c));
    const en = c.get('lang') === 'en';
    const labels = en
      ? { seat: (s: string) => `Seat ${s}`, help: 'Scan on a hall tablet or type the code; a phone works too. Votes once.' }
      : { seat: (s: string) => `座位 ${s}`, help: '在会场平板扫码或输入号码投票，也可用手机扫码。限用一次。' };
    const started = performance.now();
    const pages = pageCount(cards.length);
    deps.log('info', `cards PDF: ${cards.length} cards on ${pages} pages for ballot ${ballot.id}…`);
    const body = cardsPdfStream({ title: ballot.title, cards, labels }, (done, total) => {
      if (done === total) deps.log('info', `cards PDF: ${total} pages written in ${Math.round(performance.now() - started)} ms`);
    });
    return c.body(body, 201, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': pdfName('ballot-cards.pdf', `${ballot.title}-表决卡.pdf`),
      'Cache-Control': 'no-store',
      'X-Card-Count': String(cards.length),
      'X-Card-Pages': String(pages),
    });
  },
});

export const cardOriginRoute = defineRoute({
  method: 'get',
  path: '/api/cards/origin',
  access: 'ballot.run',
  summary:
    "The address printed in the cards' QR codes (PUBLIC_ORIGIN, else this request's origin), whether phones can reach it (loopback, a mismatch with PUBLIC_ORIGIN), and this machine's LAN addresses",
  responses: { 200: CardOriginAnswer },
  handler: async ({ c, deps }) => {
    const own = new URL(c.req.url);
    return c.json(cardOrigin(deps, origin(c), own.protocol, Number(own.port) || (own.protocol === 'https:' ? 443 : 80)));
  },
});

export const issueCardRoute = defineRoute({
  method: 'post',
  path: '/api/ballots/:id/cards/issue',
  access: 'ballot.run',
  summary: 'One more card for a deputy (lost card, latecomer); recorded mode voids the old card',
  responses: { 201: IssueCardAnswer },
  params: idParam,
  body: z.object({ deputyId: id }).strict(),
  handler: async ({ c, deps, actor, params, body }) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await issueCard(deps, actor, params.id, body.deputyId, origin(c)), 201);
  },
});

const tokenBody = z.string().min(1).max(200);

export const lookupCardRoute = defineRoute({
  method: 'post',
  path: '/api/cards/lookup',
  access: 'public',
  summary: 'What a scanned card opens: the ballot and its candidates (404 unknown/void, 409 used)',
  responses: { 200: TabletBallotAnswer },
  body: z.object({ token: tokenBody }).strict(),
  handler: async ({ c, deps, body }) => c.json(await lookupCard(deps, body.token, { ip: c.get('clientIp'), device: c.req.header('x-device-token') })),
});

export const castRoute = defineRoute({
  method: 'post',
  path: '/api/ballots/:id/cast',
  access: 'public',
  summary:
    "Cast with a card token and the device's castId (≥128 bits): 201 {receipt, seq}; the same token and castId again get 200 and the same receipt (also after the close); any other use of a used card 409",
  responses: { 200: CastAnswer, 201: CastAnswer },
  params: idParam,
  body: z
    .object({
      token: tokenBody,
      choices: z.record(z.string().max(100), z.enum(['for', 'against', 'abstain', 'satisfied', 'basically_satisfied', 'unsatisfied'])),
      castId: z
        .string()
        .regex(CAST_ID_PATTERN, 'castId: 22–128 characters of A–Z a–z 0–9 _ - (at least 128 random bits), made by the casting device'),
    })
    .strict(),
  maxBody: 64 * 1024,
  handler: async ({ c, deps, params, body }) => {
    const out = await castBallot(deps, params.id, body as { token: string; choices: Record<string, string>; castId: string }, {
      ip: c.get('clientIp'),
      device: c.req.header('x-device-token'),
    });
    return c.json({ receipt: out.receipt, seq: out.seq }, out.status);
  },
});

export const listPaperRoute = defineRoute({
  method: 'get',
  path: '/api/ballots/:id/paper',
  access: 'ballot.read',
  summary: 'Paper-ballot totals entered for this ballot',
  responses: { 200: PaperAnswer },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => c.json({ paper: await listPaperTotals(deps, actor, params.id) }),
});

// Project ballots count 赞成/反对/弃权; evaluations 满意/基本满意/不满意(/弃权).
const candidateCounts = z.union([
  z.object({ for: count, against: count, abstain: count }).strict(),
  z.object({ satisfied: count, basically_satisfied: count, unsatisfied: count, abstain: count }).strict(),
]);

export const enterPaperRoute = defineRoute({
  method: 'post',
  path: '/api/ballots/:id/paper',
  access: 'paperTotals.enter',
  summary: "Enter counted paper-ballot totals, signed with my key over their digest (awaits a second scrutineer's signed confirmation)",
  responses: { 201: PaperItemAnswer },
  params: idParam,
  body: z.object({ perCandidate: z.record(z.string().max(100), candidateCounts), valid: count, invalid: count, signature: signatureBody }).strict(),
  handler: async ({ c, deps, actor, params, body }) => c.json({ paper: await enterPaperTotals(deps, actor, params.id, body) }, 201),
});

const paperParams = z.object({ id, paperId: id });

export const confirmPaperRoute = defineRoute({
  method: 'post',
  path: '/api/ballots/:id/paper/:paperId/confirm',
  access: 'paperTotals.decide',
  summary: 'A second scrutineer confirms paper totals, signing the same digest (then they count, and the ballot.paper entry carries both signatures)',
  responses: { 200: PaperItemAnswer },
  params: paperParams,
  body: z.object({ signature: signatureBody }).strict(),
  handler: async ({ c, deps, actor, params, body }) =>
    c.json({ paper: await decidePaperTotals(deps, actor, params.id, params.paperId, body.signature) }),
});

export const rejectPaperRoute = defineRoute({
  method: 'post',
  path: '/api/ballots/:id/paper/:paperId/reject',
  access: 'paperTotals.decide',
  summary: 'A second scrutineer rejects paper totals',
  responses: { 200: PaperItemAnswer },
  params: paperParams,
  body: z.object({}).strict().optional(),
  handler: async ({ c, deps, actor, params }) => c.json({ paper: await decidePaperTotals(deps, actor, params.id, params.paperId, false) }),
});

export const resultsRoute = defineRoute({
  method: 'get',
  path: '/api/ballots/:id/results',
  access: 'public',
  summary: 'Results (public once certified; staff see them once tallied)',
  responses: { 200: ResultsAnswer },
  params: idParam,
  // Staff see their own view; the public one changes only with a write (certified results never).
  handler: async ({ c, deps, actor, params }) =>
    c.json(
      actor
        ? await getResults(deps.db, actor, params.id)
        : await sinceLastWrite(deps, `public-results:${params.id}`, () => getResults(deps.db, null, params.id)),
    ),
});

export const resultsCsvRoute = defineRoute({
  method: 'get',
  path: '/api/ballots/:id/results.csv',
  access: 'public',
  summary:
    'Results as CSV (same visibility as the results); a certified one ends with its signers and the ledger head, a tallied one says it awaits signatures',
  responses: { 200: raw('text/csv', 'The results, one row per candidate') },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => {
    const csv = await getResultsCsv(deps.db, actor, params.id);
    c.header('content-disposition', `attachment; filename="ballot-${params.id}.csv"`);
    return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8' });
  },
});

export const screenModeRoute = defineRoute({
  method: 'post',
  path: '/api/ballots/:id/screen',
  access: 'ballot.run',
  summary: 'Switch what the hall screen shows: auto, welcome, candidates, turnout, results',
  responses: { 200: BallotAnswer },
  params: idParam,
  body: z.object({ mode: ScreenMode }).strict(),
  handler: async ({ c, deps, actor, params, body }) => {
    await setScreenMode(deps, actor, params.id, body.mode);
    return c.json({ ballot: await getBallot(deps.db, actor, params.id) });
  },
});

export const publicBallotRoute = defineRoute({
  method: 'get',
  path: '/api/public/ballots/:id',
  access: 'public',
  summary: "A ballot's public face (title, state, counters, candidates) for the hall screen",
  responses: { 200: PublicBallotAnswer },
  params: idParam,
  handler: async ({ c, deps, params }) =>
    c.json({ ballot: await sinceLastWrite(deps, `public-ballot:${params.id}`, () => getPublicBallot(deps.db, params.id)) }),
});

export const receiptRoute = defineRoute({
  method: 'get',
  path: '/api/receipts/:receipt',
  access: 'public',
  summary:
    'Look a receipt up (in full, or its first 12+ hex digits as the tablet shows them: spaces, dashes and case ignored); pending until certified',
  responses: { 200: ReceiptAnswer },
  params: z.object({ receipt: z.string().min(1).max(200) }),
  handler: async ({ c, deps, params }) => c.json(await lookupReceipt(deps.db, params.receipt)),
});

const HEARTBEAT_MS = 15_000;

export const eventsRoute = defineRoute({
  method: 'get',
  path: '/api/ballots/:id/events',
  access: 'public',
  summary: 'Live events (SSE): state, 应到/实到, cards, casts, results; each with the ledger head; resumes with Last-Event-ID',
  responses: {
    200: raw('text/event-stream', 'Server-sent events: the ballot as it stands now, then after every change', { ballot: BallotSnapshot }),
  },
  params: idParam,
  handler: async ({ c, deps, params }) => {
    const first = await findBallotPublic(deps, params.id);
    const lastSeen = Number(c.req.header('last-event-id') ?? c.req.query('lastEventId') ?? -1);
    c.header('Cache-Control', 'no-store');
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      let sentSeq = -1;
      const queue: Array<{ seq: number; payload: unknown }> = [];
      let wake: (() => void) | null = null;
      const push = (seq: number, payload: unknown) => {
        queue.push({ seq, payload });
        wake?.();
      };
      const refetch = () => {
        findBallotPublic(deps, params.id)
          .then((s) => push(s.head.seq, s))
          .catch(() => undefined);
      };
      const unsubscribeEvents = deps.events.subscribe(ballotTopic(params.id), (e) => {
        if (e.payload.refetch) refetch();
        else push(e.seq, e.payload);
      });
      // Events NOTIFYed while the database was away are lost: catch up with a fresh snapshot,
      // retried a few times (a pooled connection that died with the old database fails once).
      const catchUp = async () => {
        for (let attempt = 0; attempt < 5 && !stream.aborted; attempt++) {
          try {
            const s = await findBallotPublic(deps, params.id);
            return push(s.head.seq, s);
          } catch {
            await new Promise((r) => setTimeout(r, 500));
          }
        }
      };
      const unsubscribeResync = deps.events.onResync(() => void catchUp());
      const unsubscribe = () => {
        unsubscribeEvents();
        unsubscribeResync();
      };
      stream.onAbort(() => {
        unsubscribe();
        wake?.();
      });
      // The current snapshot first, also after a reconnect with Last-Event-ID: a snapshot carries
      // everything missed, including what does not advance the ledger (the screen mode).
      push(first.head.seq, first);
      void lastSeen;
      const heartbeat = setInterval(() => {
        stream.write(': heartbeat\n\n').catch(() => undefined);
      }, HEARTBEAT_MS);
      try {
        while (!stream.aborted) {
          const next = queue.shift();
          if (!next) {
            await new Promise<void>((r) => {
              wake = r;
            });
            wake = null;
            continue;
          }
          if (next.seq < sentSeq) continue; // stale: a newer snapshot went out already
          sentSeq = next.seq;
          await stream.writeSSE({ event: 'ballot', id: String(next.seq), data: JSON.stringify(next.payload) });
        }
      } finally {
        clearInterval(heartbeat);
        unsubscribe();
      }
    });
  },
});

async function findBallotPublic(deps: AppEnv['Variables']['deps'], id: string) {
  const b = await findBallotAnyCongress(deps.db, id);
  if (!b) throw notFound({ zh: '未找到该表决', en: 'Ballot not found' });
  return buildSnapshot(deps.db, b);
}
