// The ballot engine end to end over HTTP: quorum, cards, casting (once, idempotent retries),
// paper totals with two scrutineers, close, tally, certify, public results and ledger.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyExport } from '../../server/core/domain/ledger-chain';
import { signMessage, signerRegistry, signingPayload } from '../../server/core/domain/signatures';
import { ledgerCertifications } from '../../server/phase2-balloting/domain/certification';
import { defaultCheckers } from '../../scripts/verify';
import { buildHall, choicesFor, createBallot, type Hall, newCastId } from '../support/ballot-fixtures';
import { DRIVERS, startTestServer, type TestServer } from '../support/harness';
import { certifyResult, confirmPaper, enterPaper, hallSigners, paperDigestFor } from '../support/signing';

const tokenOf = (card: { url: string }) => card.url.split('#')[1]!;

describe.each(DRIVERS)('ballot engine [%s]', (driver) => {
  let server: TestServer;
  let hall: Hall;
  let ballotId: string;
  let ledgerId: string;
  let cards: Array<{ name: string; code: string; url: string; qrSvg: string }>;
  const receipts: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(driver);
    // 9 deputies, 6 present (exactly two thirds: no quorum), 3 candidates for 2 seats.
    hall = await buildHall(server, { deputies: 9, present: 6, candidates: 3, seats: 2 });
  });
  afterAll(async () => server?.stop());

  it('creates a draft ballot from the fixed candidate list with default rules', async () => {
    const b = await createBallot(hall);
    ballotId = b.id;
    ledgerId = b.ledgerId;
    const r = await hall.admin.get(`/api/ballots/${ballotId}`);
    expect(r.body.ballot.state).toBe('draft');
    expect(r.body.ballot.rules).toMatchObject({
      form: 'approve-reject-abstain',
      seats: 2,
      maxFor: 2,
      passBasis: 'roster',
      secrecy: 'secret',
      liveCounts: false,
    });
    expect(r.body.ballot.candidates.map((c: { id: string }) => c.id)).toEqual(hall.candidateIds);
  });

  it('refuses bad rules with 422', async () => {
    const r = await hall.admin.patch(`/api/ballots/${ballotId}`, { rules: { seats: 5 } });
    expect(r.status).toBe(422);
    expect(r.body.error.details.errors.join()).toContain('seats');
  });

  it('refuses to open without a quorum, naming the numbers', async () => {
    const r = await hall.admin.post(`/api/ballots/${ballotId}/open`);
    expect(r.status).toBe(422);
    expect(r.body.error.message).toContain('应到 9 人，实到 6 人');
    expect(r.body.error.details).toMatchObject({ rosterCount: 9, presentCount: 6 });
  });

  it('prints one card per present deputy, and reprinting voids the unused ones', async () => {
    await hall.admin.post(`/api/sittings/${hall.sittingId}/attendance`, { deputyIds: [hall.deputyIds[6]], present: true });
    const first = await hall.admin.post(`/api/ballots/${ballotId}/cards/print`);
    expect(first.status).toBe(201);
    expect(first.body.cards).toHaveLength(7);
    const card = first.body.cards[0];
    expect(card.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    expect(card.url).toMatch(/\/v#[0-9A-Z]{20}$/);
    expect(card.qrSvg).toContain('<svg');
    expect(first.headers.get('cache-control')).toBe('no-store');
    cards = (await hall.admin.post(`/api/ballots/${ballotId}/cards/print`)).body.cards;
    const old = await server.client().post('/api/cards/lookup', { token: tokenOf(first.body.cards[0]) });
    expect(old.status).toBe(404);
    const fresh = await server.client().post('/api/cards/lookup', { token: cards[0]!.code.toLowerCase() });
    expect(fresh.status).toBe(200);
    expect(fresh.body.ballot.candidates).toHaveLength(3);
    // The tablet's "full materials": what deputies read in the fixed list.
    expect(fresh.body.ballot.candidates[0].materials.materials).toMatchObject({ background: '背景1', content: '建设内容1。', location: '城关镇' });
  });

  it('opens once the quorum is met, freezing the rules and counts in ballot.opened', async () => {
    const r = await hall.admin.post(`/api/ballots/${ballotId}/open`);
    expect(r.status).toBe(200);
    expect(r.body.ballot.state).toBe('open');
    const again = await hall.admin.post(`/api/ballots/${ballotId}/open`);
    expect(again.status).toBe(409);
    const ledger = await hall.admin.get(`/api/ledgers/${ledgerId}`);
    const opened = ledger.body.entries.find((e: { kind: string }) => e.kind === 'ballot.opened');
    expect(Object.keys(opened.data).sort()).toEqual([
      'ballotId',
      'candidates',
      'form',
      'maxFor',
      'passBasis',
      'presentCount',
      'rosterCount',
      'seats',
      'secrecy',
      'title',
    ]);
    expect(opened.data).toMatchObject({ rosterCount: 9, presentCount: 7, seats: 2, maxFor: 2 });
  });

  it('casts once: 201 with a receipt; the same card and castId again get the same receipt (200); anything else 409', async () => {
    const c = server.client();
    const choices = choicesFor(hall.candidateIds, (_, i) => (i < 2 ? 'for' : 'against'));
    const castId = newCastId();
    const r = await c.post(`/api/ballots/${ballotId}/cast`, { castId, token: tokenOf(cards[0]!), choices });
    expect(r.status).toBe(201);
    expect(r.body.receipt).toMatch(/^[0-9a-f]{64}$/);
    expect(r.body.seq).toBeNull(); // secret mode: published at the close, in receipt order
    receipts.push(r.body.receipt);
    const replay = await c.post(`/api/ballots/${ballotId}/cast`, { castId, token: cards[0]!.code, choices });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(r.body);
    const sameChoicesOtherDevice = await c.post(`/api/ballots/${ballotId}/cast`, { castId: newCastId(), token: tokenOf(cards[0]!), choices });
    expect(sameChoicesOtherDevice.status).toBe(409);
    const other = await c.post(`/api/ballots/${ballotId}/cast`, {
      castId: newCastId(),
      token: tokenOf(cards[0]!),
      choices: choicesFor(hall.candidateIds, () => 'abstain'),
    });
    expect(other.status).toBe(409);
    expect(other.text).toBe(sameChoicesOtherDevice.text);
    const lookup = await c.post('/api/cards/lookup', { token: tokenOf(cards[0]!) });
    expect(lookup.status).toBe(409);
  });

  it('refuses bad casts without using the card', async () => {
    const c = server.client();
    const tooMany = await c.post(`/api/ballots/${ballotId}/cast`, {
      castId: newCastId(),
      token: tokenOf(cards[1]!),
      choices: choicesFor(hall.candidateIds, () => 'for'),
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.details.reason).toBe('too_many_for');
    const missing = await c.post(`/api/ballots/${ballotId}/cast`, {
      castId: newCastId(),
      token: tokenOf(cards[1]!),
      choices: { [hall.candidateIds[0]!]: 'for' },
    });
    expect(missing.status).toBe(422);
    const unknown = await c.post(`/api/ballots/${ballotId}/cast`, {
      castId: newCastId(),
      token: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ',
      choices: choicesFor(hall.candidateIds, () => 'abstain'),
    });
    expect(unknown.status).toBe(404);
    const garbage = await c.post(`/api/ballots/${ballotId}/cast`, {
      castId: newCastId(),
      token: 'not a token',
      choices: choicesFor(hall.candidateIds, () => 'abstain'),
    });
    expect(garbage.status).toBe(404);
    expect(garbage.body.error.message).toBe(unknown.body.error.message);
    const malformed = await c.post(`/api/ballots/${ballotId}/cast`, { castId: newCastId(), token: tokenOf(cards[1]!), choices: { x: 'maybe' } });
    expect(malformed.status).toBe(400);
    // The card still works.
    const ok = await c.post(`/api/ballots/${ballotId}/cast`, {
      castId: newCastId(),
      token: tokenOf(cards[1]!),
      choices: choicesFor(hall.candidateIds, (_, i) => (i === 0 ? 'for' : 'abstain')),
    });
    expect(ok.status).toBe(201);
    receipts.push(ok.body.receipt);
  });

  it('while open the ledger records only that ballots were received: no choices, no token, no deputy', async () => {
    const ledger = await hall.admin.get(`/api/ledgers/${ledgerId}`);
    expect(ledger.body.entries.filter((e: { kind: string }) => e.kind === 'ballot.cast')).toHaveLength(0);
    const received = ledger.body.entries.filter((e: { kind: string }) => e.kind === 'ballot.received');
    expect(received).toHaveLength(2);
    for (const e of received) expect(e.data).toEqual({});
    const text = JSON.stringify(ledger.body);
    for (const card of cards) expect(text).not.toContain(tokenOf(card));
  });

  it('takes paper totals only after a second scrutineer confirms, both signing their digest', async () => {
    const [a, b] = await hallSigners(hall);
    const perCandidate = Object.fromEntries(
      hall.candidateIds.map((id, i) => [id, i === 0 ? { for: 1, against: 0, abstain: 0 } : { for: 0, against: 0, abstain: 1 }]),
    );
    const figures = { perCandidate, valid: 1, invalid: 1 };
    const bad = await enterPaper(a!, ballotId, { perCandidate, valid: 2, invalid: 0 });
    expect(bad.status).toBe(422);
    // Unsigned, signed over other figures, or with another scrutineer's key: refused, nothing stored.
    expect((await a!.client.post(`/api/ballots/${ballotId}/paper`, figures)).status).toBe(400);
    const overOther = signMessage(a!.alg, a!.privateKey, signingPayload(paperDigestFor(a!, ballotId, { ...figures, invalid: 0, valid: 2 })));
    const forged = await a!.client.post(`/api/ballots/${ballotId}/paper`, { ...figures, signature: { keyId: a!.keyId, sig: overOther } });
    expect(forged.status).toBe(422);
    const othersKey = signMessage(b!.alg, b!.privateKey, signingPayload(paperDigestFor(b!, ballotId, figures)));
    expect((await a!.client.post(`/api/ballots/${ballotId}/paper`, { ...figures, signature: { keyId: b!.keyId, sig: othersKey } })).status).toBe(422);
    expect((await a!.client.get(`/api/ballots/${ballotId}/paper`)).body.paper).toEqual([]);

    const entered = await enterPaper(a!, ballotId, figures);
    expect(entered.status).toBe(201);
    expect(entered.body.paper.digest).toBe(paperDigestFor(a!, ballotId, figures));
    const self = await confirmPaper(a!, ballotId, entered.body.paper.id);
    expect(self.status).toBe(422);
    const byClerk = await hall.admin.post(`/api/ballots/${ballotId}/paper/${entered.body.paper.id}/confirm`, {
      signature: { keyId: a!.keyId, sig: othersKey },
    });
    expect(byClerk.status).toBe(403);
    expect((await b!.client.post(`/api/ballots/${ballotId}/paper/${entered.body.paper.id}/confirm`)).status).toBe(400);
    const confirmed = await confirmPaper(b!, ballotId, entered.body.paper.id);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.paper.status).toBe('confirmed');
    const ledger = await hall.admin.get(`/api/ledgers/${ledgerId}`);
    const paper = ledger.body.entries.find((e: { kind: string }) => e.kind === 'ballot.paper');
    expect(Object.keys(paper.data).sort()).toEqual([
      'ballotId',
      'confirmedBy',
      'digest',
      'enteredBy',
      'invalid',
      'keyRegister',
      'perCandidate',
      'signatures',
      'valid',
    ]);
    expect(paper.data).toMatchObject({ enteredBy: '监票人1', confirmedBy: '监票人2', valid: 1, invalid: 1, digest: entered.body.paper.digest });
    expect(paper.data.signatures.map((s: { keyId: string }) => s.keyId)).toEqual([a!.keyId, b!.keyId]);
    // Anyone holding the congress's key register can check both signatures.
    const congress = (await hall.admin.get('/api/ledgers')).body.ledgers.find((l: { kind: string }) => l.kind === 'congress');
    const register = (await hall.admin.get(`/api/ledgers/${congress.id}`)).body;
    const checked = ledgerCertifications(ledger.body.entries, signerRegistry(register.entries));
    expect(checked.problems).toEqual([]);
    expect(checked.papers.map((p) => p.signers.map((k) => k.name))).toEqual([['监票人1', '监票人2']]);
  });

  it('closes: casting is refused afterwards (409), and closing records issued and returned', async () => {
    const r = await hall.admin.post(`/api/ballots/${ballotId}/close`, { paperIssued: 2 });
    expect(r.status).toBe(200);
    const late = await server.client().post(`/api/ballots/${ballotId}/cast`, {
      castId: newCastId(),
      token: tokenOf(cards[2]!),
      choices: choicesFor(hall.candidateIds, () => 'abstain'),
    });
    expect(late.status).toBe(409);
    const ledger = await hall.admin.get(`/api/ledgers/${ledgerId}`);
    const closed = ledger.body.entries.find((e: { kind: string }) => e.kind === 'ballot.closed');
    expect(closed.data).toEqual({ issued: 9, returned: 2, cardsIssued: 7, paperIssued: 2 });
    // The choices are published at the close: {choices, receipt}, in receipt order, at the close's time.
    const casts = ledger.body.entries.filter((e: { kind: string }) => e.kind === 'ballot.cast');
    expect(casts.map((e: { data: { receipt: string } }) => e.data.receipt)).toEqual([...receipts].sort());
    for (const e of casts) {
      expect(Object.keys(e.data).sort()).toEqual(['choices', 'receipt']);
      expect(e.at).toBe(closed.at);
      expect(e.seq).toBeLessThan(closed.seq);
    }
    const text = JSON.stringify(ledger.body);
    for (const card of cards) expect(text).not.toContain(tokenOf(card));
  });

  it('results are not public before certification', async () => {
    const tally = await hall.admin.post(`/api/ballots/${ballotId}/tally`);
    expect(tally.status).toBe(200);
    expect((await server.client().get(`/api/ballots/${ballotId}/results`)).status).toBe(404);
    expect((await server.client().get(`/api/ledgers/${ledgerId}`)).status).toBe(404);
    const staff = await hall.admin.get(`/api/ballots/${ballotId}/results`);
    expect(staff.status).toBe(200);
    // roster 9 → threshold 5; p1 has 1+1+1 = 3 "for": nobody passes, both seats stay empty.
    expect(staff.body.tally).toMatchObject({
      rosterCount: 9,
      presentCount: 7,
      issued: 9,
      returned: 4,
      valid: 3,
      invalid: 1,
      threshold: 5,
      selected: [],
      shortfall: 2,
      void: false,
    });
    expect(staff.body.tally.perCandidate[hall.candidateIds[0]!]).toEqual({ for: 3, against: 0, abstain: 0 });
    const pending = await server.client().get(`/api/receipts/${receipts[0]}`);
    expect(pending.body.status).toBe('pending');
  });

  it('a scrutineer certifies; then results, CSV, ledger and receipts are public, and the export verifies with a recount', async () => {
    expect((await hall.admin.post(`/api/ballots/${ballotId}/certify`, { keyId: '0'.repeat(32), sig: 'AAAA' })).status).toBe(403);
    const r = await certifyResult(hall, ballotId);
    expect(r.status).toBe(200);
    expect(r.body.ballot.state).toBe('certified');
    // The public ballot (the hall screen) names who certified it, in the role each signed in.
    const ballotView = await server.client().get(`/api/public/ballots/${ballotId}`);
    expect(ballotView.body.ballot.signers).toEqual([
      { name: '监票人1', role: 'chief' },
      { name: '监票人2', role: 'member' },
    ]);
    const pub = await server.client().get(`/api/ballots/${ballotId}/results`);
    expect(pub.status).toBe(200);
    expect(pub.body.head.hash).toMatch(/^[0-9a-f]{64}$/);
    const csv = await server.client().get(`/api/ballots/${ballotId}/results.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text).toContain('应到');
    const exp = await server.client().get(`/api/ledgers/${ledgerId}`);
    expect(exp.status).toBe(200);
    expect(exp.body.entries.map((e: { kind: string }) => e.kind)).toEqual([
      'ballot.created',
      'credentials.issued',
      'credentials.voided',
      'credentials.issued',
      'ballot.opened',
      'ballot.received',
      'ballot.received',
      'ballot.paper',
      'ballot.cast',
      'ballot.cast',
      'ballot.closed',
      'ballot.tallied',
      'ballot.certified',
    ]);
    const v = verifyExport(exp.body, { checkers: defaultCheckers });
    expect(v.problems).toEqual([]);
    expect(v.ok).toBe(true);
    const receipt = await server.client().get(`/api/receipts/${receipts[1]}`);
    expect(receipt.body.status).toBe('published');
    expect(receipt.body.entry.kind).toBe('ballot.cast');
    expect(receipt.body.entry.data.receipt).toBe(receipts[1]);
    expect(receipt.body.entry.data.choices).toEqual(choicesFor(hall.candidateIds, (_, i) => (i === 0 ? 'for' : 'abstain')));
    expect(receipt.body.head).toEqual(exp.body.head);
    // The short code a tablet shows, exactly as shown ("723E 8F21 4454"), or with dashes, any case.
    const shown = receipts[1]!
      .slice(0, 12)
      .toUpperCase()
      .replace(/(.{4})(?=.)/g, '$1 ');
    for (const code of [shown, shown.replace(/ /g, '-'), shown.toLowerCase(), ` ${shown} `]) {
      const byShort = await server.client().get(`/api/receipts/${encodeURIComponent(code)}`);
      expect(byShort.status, code).toBe(200);
      expect(byShort.body.entry.seq).toBe(receipt.body.entry.seq);
    }
    expect((await server.client().get('/api/receipts/abc')).status).toBe(400);
    expect((await server.client().get('/api/receipts/zzzz-zzzz-zzzz')).status).toBe(400);
  });
});
