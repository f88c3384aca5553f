// Live events between server processes. With PostgreSQL every process LISTENs on one channel and
// a change is NOTIFYed to all of them (so a subscriber on any process sees every cast); with
// PGlite there is one process and events stay in memory.
import type { Database } from '../../db/client';

const CHANNEL = 'minsheng_events';
// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more.
const MAX_PAYLOAD = 7900;

export interface LiveEvent {
  /** What it is about, e.g. "ballot:<id>" or "screen:<congressId>". */
  topic: string;
  /** Monotonic per topic (a ledger seq): lets subscribers drop stale or duplicate events. */
  seq: number;
  payload: Record<string, unknown>;
}

type Listener = (e: LiveEvent) => void;
type ResyncListener = () => void;

export class EventHub {
  private listeners = new Map<string, Set<Listener>>();
  private resyncListeners = new Set<ResyncListener>();
  private stopListening: (() => Promise<void>) | null = null;
  private starting: Promise<void> | null = null;

  constructor(private readonly database: Database) {}

  /** Starts the cross-process listener (PostgreSQL); a no-op on PGlite. */
  async start(): Promise<void> {
    if (!this.database.listen || this.stopListening) return;
    this.starting ??= this.database
      .listen(
        CHANNEL,
        (raw) => {
          try {
            this.deliver(JSON.parse(raw) as LiveEvent);
          } catch {
            /* a foreign or truncated message */
          }
        },
        () => this.resync(),
      )
      .then((stop) => {
        this.stopListening = stop;
      });
    await this.starting;
  }

  async stop(): Promise<void> {
    await this.starting?.catch(() => undefined);
    await this.stopListening?.().catch(() => undefined);
    this.stopListening = null;
    this.starting = null;
  }

  subscribe(topic: string, fn: Listener): () => void {
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(fn);
    return () => {
      set!.delete(fn);
      if (set!.size === 0) this.listeners.delete(topic);
    };
  }

  /**
   * Called when events may have been lost (LISTEN came back after the database was away):
   * each open stream should send its subscriber a fresh snapshot.
   */
  onResync(fn: ResyncListener): () => void {
    this.resyncListeners.add(fn);
    return () => {
      this.resyncListeners.delete(fn);
    };
  }

  private resync() {
    for (const fn of this.resyncListeners) {
      try {
        fn();
      } catch {
        /* one broken subscriber must not stop the others */
      }
    }
  }

  subscriberCount(topic: string): number {
    return this.listeners.get(topic)?.size ?? 0;
  }

  /** Call after the change has committed. Never throws: a lost event is repaired by the next one. */
  async publish(event: LiveEvent): Promise<void> {
    if (this.database.notify) {
      const text = JSON.stringify(event);
      if (text.length <= MAX_PAYLOAD) {
        try {
          await this.database.notify(CHANNEL, text);
          return;
        } catch {
          /* fall through: at least this process's subscribers hear it */
        }
      } else {
        // Too big for NOTIFY: tell others to refetch, deliver the full event locally.
        this.database.notify(CHANNEL, JSON.stringify({ topic: event.topic, seq: event.seq, payload: { refetch: true } })).catch(() => undefined);
      }
    }
    this.deliver(event);
  }

  private deliver(e: LiveEvent) {
    for (const fn of this.listeners.get(e.topic) ?? []) {
      try {
        fn(e);
      } catch {
        /* one broken subscriber must not stop the others */
      }
    }
  }
}
