// Live events over SSE: a subscriber sees the state, cards and every cast as it lands, each with
// the ledger head; a reconnect with Last-Event-ID resumes from a snapshot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHall, choicesFor, createBallot, openWithCards, type Hall, newCastId } from '../support/ballot-fixtures';
import { DRIVERS, startTestServer, type TestServer } from '../support/harness';
import { certifyResult } from '../support/signing';
import { BallotSnapshot } from '../../server/phase2-balloting/ballots.contract';

/** A minimal SSE reader over fetch: collects `ballot` events. */
function subscribe(url: string, headers: Record<string, string> = {}) {
  const events: Array<{ id: string; data: BallotSnapshot }> = [];
  const ctrl = new AbortController();
  const waiters: Array<() => void> = [];
  const done = (async () => {
    const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: ctrl.signal });
    const reader = res.body!.getReader();
    const dec = new TextDecoder();
    let buf = '';
    for (;;) {
      const { value, done: end } = await reader.read();
      if (end) break;
      buf += dec.decode(value, { stream: true });
      let i: number;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const id = /^id: ?(.*)$/m.exec(block)?.[1];
        const data = /^data: ?(.*)$/m.exec(block)?.[1];
        if (id && data) {
          // Every event is what the route declares (as every JSON answer is checked in the tests).
          events.push({ id, data: BallotSnapshot.parse(JSON.parse(data)) });
          waiters.splice(0).forEach((w) => w());
        }
      }
    }
  })().catch(() => undefined);
  const until = async (pred: (s: BallotSnapshot) => boolean, ms = 5000) => {
    const deadline = Date.now() + ms;
    while (!events.some((e) => pred(e.data))) {
      if (Date.now() > deadline) throw new Error(`no matching event; got ${JSON.stringify(events.map((e) => e.data.castCount))}`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 100);
      });
    }
    return events.find((e) => pred(e.data))!;
  };
  return {
    events,
    until,
    close: () => {
      ctrl.abort();
      return done;
    },
  };
}

describe.each(DRIVERS)('ballot live events [%s]', (driver) => {
  let server: TestServer;
  let hall: Hall;

  beforeAll(async () => {
    server = await startTestServer(driver);
    hall = await buildHall(server, { deputies: 4, candidates: 3, seats: 2 });
  });
  afterAll(async () => server?.stop());

  it('streams state, cards, each cast and the results, each with the ledger head', async () => {
    // Running counts are shown live only for a recorded (记名) ballot.
    const b = await createBallot(hall, { liveCounts: true, secrecy: 'recorded' });
    const sub = subscribe(`${server.url}/api/ballots/${b.id}/events`);
    await sub.until((s) => s.state === 'draft');
    const cards = await openWithCards(hall, b.id);
    const opened = await sub.until((s) => s.state === 'open');
    expect(opened.data).toMatchObject({ rosterCount: 4, presentCount: 4, cardsIssued: 4, castCount: 0 });
    for (const [i, card] of cards.entries()) {
      const r = await server.client().post(`/api/ballots/${b.id}/cast`, {
        castId: newCastId(),
        token: card.url.split('#')[1],
        choices: choicesFor(hall.candidateIds, (_, k) => (k === 0 ? 'for' : 'abstain')),
      });
      const ev = await sub.until((s) => s.castCount === i + 1);
      expect(ev.data.head.seq).toBe(r.body.seq);
      expect(Number(ev.id)).toBe(r.body.seq);
    }
    const last = sub.events.at(-1)!.data;
    expect(last.counts).toMatchObject({ [hall.candidateIds[0]!]: { for: 4, against: 0, abstain: 0 } });
    await hall.admin.post(`/api/ballots/${b.id}/close`, {});
    await hall.admin.post(`/api/ballots/${b.id}/tally`);
    const tallied = await sub.until((s) => s.state === 'tallied');
    // Counted, not certified: the public stream carries no result yet (staff read it from …/results).
    expect(tallied.data.result).toBeNull();
    expect(tallied.data.counts).toBeNull();
    // Resume: a reconnect gets the current snapshot at once (it carries everything missed), then the next change.
    const lastId = sub.events.at(-1)!.id;
    await sub.close();
    const again = subscribe(`${server.url}/api/ballots/${b.id}/events`, { 'last-event-id': lastId });
    await certifyResult(hall, b.id);
    const certified = await again.until((s) => s.state === 'certified');
    expect(certified.data.result).toMatchObject({ selected: [hall.candidateIds[0]] });
    expect(['tallied', 'certified']).toContain(again.events[0]!.data.state);
    expect(Number(certified.id)).toBeGreaterThan(Number(lastId));
    await again.close();
  });

  it('hides per-candidate counts while open unless the rules allow them', async () => {
    const b = await createBallot(hall, {}, '不显示实时票数');
    const sub = subscribe(`${server.url}/api/ballots/${b.id}/events`);
    const cards = await openWithCards(hall, b.id);
    await server.client().post(`/api/ballots/${b.id}/cast`, {
      castId: newCastId(),
      token: cards[0]!.url.split('#')[1],
      choices: choicesFor(hall.candidateIds, () => 'abstain'),
    });
    const ev = await sub.until((s) => s.castCount === 1);
    expect(ev.data.counts).toBeNull();
    await sub.close();
  });
});
