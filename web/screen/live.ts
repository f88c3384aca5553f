// Following a ballot live: the SSE stream of snapshots (GET /api/ballots/:id/events), with a
// watchdog. EventSource reconnects by itself (sending Last-Event-ID); when the server refuses a
// reconnect the stream is opened again with backoff. A quiet stream is not trusted blindly: a
// light poll of the public ballot every few seconds notices a dead connection (the number on
// screen is then marked as possibly stale) and a missed change (the stream is reopened).
import { createSignal, onCleanup } from 'solid-js';
import { api } from '../app/api';
import type { BallotSnapshot } from '../tablet/hall-types';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

const WATCHDOG_MS = 5_000;

export function createBallotLive(ballotId: () => string) {
  const [snapshot, setSnapshot] = createSignal<BallotSnapshot | null>(null);
  const [status, setStatus] = createSignal<LiveStatus>('connecting');
  let source: EventSource | null = null;
  let reopenTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let closed = false;

  const accept = (s: BallotSnapshot) => {
    const prev = snapshot();
    // Never step back: an older snapshot (a late poll) must not replace a newer one.
    if (prev && s.head.seq < prev.head.seq) return;
    setSnapshot(s);
  };

  const open = () => {
    if (closed) return;
    source?.close();
    // Opened afresh without Last-Event-ID: the first event is the whole current snapshot, screen
    // mode included (a mode switch does not move the ledger head, so a resume could skip it).
    const es = new EventSource(`/api/ballots/${encodeURIComponent(ballotId())}/events`);
    source = es;
    es.addEventListener('open', () => {
      if (source !== es) return;
      failures = 0;
      setStatus('live');
    });
    es.addEventListener('ballot', (ev) => {
      if (source !== es) return;
      try {
        accept(JSON.parse((ev as MessageEvent<string>).data) as BallotSnapshot);
        failures = 0;
        setStatus('live');
      } catch {
        /* a malformed event is skipped; the next one carries everything */
      }
    });
    es.addEventListener('error', () => {
      if (source !== es) return;
      setStatus('reconnecting');
      if (es.readyState === EventSource.CLOSED) reopenSoon();
    });
  };

  const reopenSoon = () => {
    clearTimeout(reopenTimer);
    failures++;
    const delay = Math.min(15_000, 500 * 2 ** Math.min(failures, 5));
    reopenTimer = setTimeout(open, delay);
  };

  const check = async () => {
    if (closed) return;
    try {
      const { ballot } = await api.get('/api/public/ballots/:id', { params: { id: ballotId() } });
      const s = snapshot();
      if (s && (s.state !== ballot.state || s.castCount < ballot.castCount || s.cardsIssued !== ballot.cardsIssued)) {
        // The stream missed something: open it again (it starts with the current snapshot).
        setStatus('reconnecting');
        open();
      }
    } catch {
      setStatus('reconnecting');
      if (source?.readyState !== EventSource.CONNECTING) open();
    }
  };

  open();
  const watchdog = setInterval(() => void check(), WATCHDOG_MS);
  onCleanup(() => {
    closed = true;
    clearTimeout(reopenTimer);
    clearInterval(watchdog);
    source?.close();
    source = null;
  });

  return { snapshot, status, reconnect: open };
}
