// Printing the ballot cards as a server-made PDF, and the address their QR codes carry: only the
// secretariat may; the PDF issues the cards exactly as cards/print does (voiding unused ones, the
// same ledger entries, refused once a ballot has been cast); every QR code in the PDF decodes
// (jsQR) to a card URL that opens the ballot; the address check says loopback or not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCardOrigin, cardOriginNotice, isLoopbackOrigin, lanOrigins } from '../../server/phase2-balloting/domain/card-origin';
import { buildHall, choicesFor, createBallot, newCastId, type Hall } from '../support/ballot-fixtures';
import { pdfStructureProblems, readCardsPdf } from '../support/cards-pdf';
import { DRIVERS, startTestServer, type Client, type TestServer } from '../support/harness';

const PRESENT = 11;

async function pdfOf(client: Client, ballotId: string) {
  const res = await fetch(`${client.base}/api/ballots/${ballotId}/cards/pdf`, {
    method: 'POST',
    headers: { cookie: client.cookie ?? '', origin: client.base, 'content-type': 'application/json', 'accept-language': 'zh-CN' },
    body: '{}',
  });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

describe.each(DRIVERS)('cards as a PDF, and the address in their QR codes [%s]', (driver) => {
  let server: TestServer;
  let hall: Hall;
  let ballotId = '';
  let ledgerId = '';
  const tokenOf = (url: string) => url.split('#')[1]!;

  beforeAll(async () => {
    server = await startTestServer(driver);
    hall = await buildHall(server, { deputies: 14, present: PRESENT, candidates: 3, seats: 2 });
    const b = await createBallot(hall);
    ballotId = b.id;
    ledgerId = b.ledgerId;
  });
  afterAll(async () => {
    server.deps.env.PUBLIC_ORIGIN = undefined;
    await server?.stop();
  });

  it('only the secretariat may make the PDF or read the address check', async () => {
    const [scrutineer] = hall.scrutineers;
    expect((await pdfOf(scrutineer, ballotId)).res.status).toBe(403);
    expect((await pdfOf(server.client(), ballotId)).res.status).toBe(401);
    expect((await scrutineer.get('/api/cards/origin')).status).toBe(403);
    expect((await server.client().get('/api/cards/origin')).status).toBe(401);
    // Nothing was issued by the refused calls.
    expect((await hall.admin.get(`/api/ballots/${ballotId}`)).body.ballot.cardsIssued).toBe(0);
  });

  it('streams one card per present deputy, 8 to a sheet, each QR decoding to a card that opens the ballot', async () => {
    const { res, body } = await pdfOf(hall.admin, ballotId);
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toContain('filename*=UTF-8');
    expect(res.headers.get('x-card-count')).toBe(String(PRESENT));
    expect(res.headers.get('x-card-pages')).toBe('2');
    expect(pdfStructureProblems(body)).toEqual([]);
    const read = readCardsPdf(body);
    expect(read.pages).toHaveLength(2);
    expect(read.cards).toHaveLength(PRESENT);
    for (const card of read.cards) {
      expect(card.url).toMatch(new RegExp(`^${server.url.replace('localhost', '127.0.0.1')}/v#[0-9A-Z]{20}$`));
      // The printed code is the same token, grouped for typing.
      expect(card.code!.replace(/-/g, '')).toBe(tokenOf(card.url!));
    }
    expect(new Set(read.cards.map((c) => c.url)).size).toBe(PRESENT);
    // Names, delegation, seats and the title are on the cards.
    for (let i = 1; i <= PRESENT; i++) expect(read.texts).toContain(`代表${i}`);
    expect(read.texts).toContain('座位 11');
    expect(read.texts).toContain('2027年民生实事项目票决');
    // The decoded codes are live cards.
    const lookup = await server.client().post('/api/cards/lookup', { token: tokenOf(read.cards[0]!.url!) });
    expect(lookup.status).toBe(200);
    expect(lookup.body.ballot.id).toBe(ballotId);
    const ballot = (await hall.admin.get(`/api/ballots/${ballotId}`)).body.ballot;
    expect(ballot.cardsIssued).toBe(PRESENT);
    const entries = (await hall.admin.get(`/api/ledgers/${ledgerId}`)).body.entries as Array<{ kind: string; data: Record<string, unknown> }>;
    expect(entries.filter((e) => e.kind === 'credentials.issued').map((e) => e.data.count)).toEqual([PRESENT]);
  });

  it('a second PDF voids the unused cards of the first, as reprinting does', async () => {
    const first = readCardsPdf((await pdfOf(hall.admin, ballotId)).body).cards;
    const json = await hall.admin.post(`/api/ballots/${ballotId}/cards/print`);
    expect(json.status).toBe(201);
    expect((await server.client().post('/api/cards/lookup', { token: tokenOf(first[0]!.url!) })).status).toBe(404);
    const again = readCardsPdf((await pdfOf(hall.admin, ballotId)).body).cards;
    expect((await server.client().post('/api/cards/lookup', { token: tokenOf(json.body.cards[0].url) })).status).toBe(404);
    expect((await server.client().post('/api/cards/lookup', { token: tokenOf(again[3]!.url!) })).status).toBe(200);
    const entries = (await hall.admin.get(`/api/ledgers/${ledgerId}`)).body.entries as Array<{ kind: string; data: Record<string, unknown> }>;
    expect(entries.filter((e) => e.kind === 'credentials.voided').map((e) => e.data)).toEqual([
      { count: PRESENT, reason: 'reprint' },
      { count: PRESENT, reason: 'reprint' },
      { count: PRESENT, reason: 'reprint' },
    ]);
    expect((await hall.admin.get(`/api/ballots/${ballotId}`)).body.ballot.cardsIssued).toBe(PRESENT);
  });

  it('carries PUBLIC_ORIGIN in the QR codes when it is set, and says whether phones can reach the address', async () => {
    const local = await hall.admin.get('/api/cards/origin');
    expect(local.status).toBe(200);
    expect(local.body).toMatchObject({ origin: server.url.replace('localhost', '127.0.0.1'), publicOrigin: null, loopback: true, mismatch: false });
    expect(Array.isArray(local.body.lanOrigins)).toBe(true);

    server.deps.env.PUBLIC_ORIGIN = 'http://192.168.10.20:3000';
    try {
      const lan = await hall.admin.get('/api/cards/origin');
      expect(lan.body).toMatchObject({
        origin: 'http://192.168.10.20:3000',
        publicOrigin: 'http://192.168.10.20:3000',
        loopback: false,
        mismatch: false,
      });
      const cards = readCardsPdf((await pdfOf(hall.admin, ballotId)).body).cards;
      for (const c of cards) expect(c.url).toMatch(/^http:\/\/192\.168\.10\.20:3000\/v#[0-9A-Z]{20}$/);

      server.deps.env.PUBLIC_ORIGIN = 'http://localhost:3000';
      const loop = await hall.admin.get('/api/cards/origin');
      expect(loop.body).toMatchObject({ origin: 'http://localhost:3000', loopback: true });
    } finally {
      server.deps.env.PUBLIC_ORIGIN = undefined;
    }
  });

  it('refuses a whole new set once a ballot has been cast, and answers JSON errors', async () => {
    const cards = readCardsPdf((await pdfOf(hall.admin, ballotId)).body).cards;
    expect((await hall.admin.post(`/api/ballots/${ballotId}/open`)).status).toBe(200);
    const cast = await server.client().post(`/api/ballots/${ballotId}/cast`, {
      castId: newCastId(),
      token: tokenOf(cards[0]!.url!),
      choices: choicesFor(hall.candidateIds, (_, i) => (i < 2 ? 'for' : 'against')),
    });
    expect(cast.status).toBe(201);
    const refused = await pdfOf(hall.admin, ballotId);
    expect(refused.res.status).toBe(422);
    expect(JSON.parse(refused.body.toString()).error.message).toContain('不能整批重印');
    const unknown = await pdfOf(hall.admin, '00000000-0000-4000-8000-000000000000');
    expect(unknown.res.status).toBe(404);
    const bad = await pdfOf(hall.admin, 'not-an-id');
    expect(bad.res.status).toBe(400);
  });
});

describe('the address check (pure)', () => {
  it('knows loopback addresses', () => {
    for (const o of [
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://127.8.9.10',
      'http://[::1]:3000',
      'http://app.localhost',
      'http://0.0.0.0:3000',
    ])
      expect(isLoopbackOrigin(o), o).toBe(true);
    for (const o of ['http://192.168.1.10:3000', 'https://vote.example.cn', 'http://[fd00::2]:3000', 'http://10.0.0.127'])
      expect(isLoopbackOrigin(o), o).toBe(false);
  });

  it('flags a QR address that is not PUBLIC_ORIGIN', () => {
    expect(checkCardOrigin('http://10.0.0.5:3000', 'http://10.0.0.5:3000/', [])).toMatchObject({ mismatch: false, loopback: false });
    expect(checkCardOrigin('http://127.0.0.1:3000', 'http://10.0.0.5:3000', [])).toMatchObject({ mismatch: true, loopback: true });
    expect(checkCardOrigin('HTTP://Vote.Example.cn:443', 'https://vote.example.cn', [])).toMatchObject({ mismatch: true });
    expect(checkCardOrigin('https://Vote.Example.cn:443', 'https://vote.example.cn', [])).toMatchObject({
      mismatch: false,
      origin: 'https://vote.example.cn',
    });
  });

  const interfaces = {
    lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
    eth0: [
      { address: '192.168.1.23', family: 'IPv4', internal: false },
      { address: 'fe80::1', family: 'IPv6', internal: false },
      { address: 'fd00::23', family: 'IPv6', internal: false },
    ],
  };

  it('lists the LAN addresses, IPv4 first, no link-local', () => {
    expect(lanOrigins(interfaces, 3000)).toEqual(['http://192.168.1.23:3000', 'http://[fd00::23]:3000']);
    expect(lanOrigins(interfaces, 80)).toEqual(['http://192.168.1.23', 'http://[fd00::23]']);
  });

  it('the start-up message gives the LAN addresses and how to set PUBLIC_ORIGIN', () => {
    const unset = cardOriginNotice(null, interfaces, 3000, '0.0.0.0');
    expect(unset).toContain('http://192.168.1.23:3000');
    expect(unset).toContain('PUBLIC_ORIGIN=http://192.168.1.23:3000 npm start');
    expect(unset).toContain('localhost');
    expect(cardOriginNotice('http://localhost:3000', interfaces, 3000, '0.0.0.0')).toContain('[warn] PUBLIC_ORIGIN');
    expect(cardOriginNotice('http://192.168.1.23:3000', interfaces, 3000, '0.0.0.0')).not.toContain('[warn]');
    expect(cardOriginNotice(null, interfaces, 3000, '127.0.0.1')).toContain('[warn] HOST=127.0.0.1');
  });
});
