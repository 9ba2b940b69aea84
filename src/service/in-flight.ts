/**
 * The one place that knows which events are being answered right now. Adapters run each incoming
 * event through `track`; at shutdown main.ts calls `close()` (events arriving later are dropped,
 * not half-answered) and waits for `drained()` before disconnecting the chat clients.
 */
export interface InFlight {
  /** Runs `work` and counts it while it runs. Once closed, `work` is not run and this resolves to undefined. */
  track<T>(work: () => Promise<T>): Promise<T | undefined>;
  /** Events being handled right now. */
  readonly size: number;
  readonly accepting: boolean;
  /** Stop taking events. */
  close(): void;
  /** Resolves when nothing is in flight, or after `timeoutMs` with how many were still running. */
  drained(timeoutMs?: number): Promise<{ left: number }>;
}

/** How long shutdown waits for answers in flight. */
export const DRAIN_TIMEOUT_MS = 10_000;

export function createInFlight(): InFlight {
  let running = 0;
  let accepting = true;
  const waiters = new Set<() => void>();
  const settle = () => {
    if (running > 0) return;
    for (const wake of [...waiters]) wake();
  };

  return {
    async track(work) {
      if (!accepting) return undefined;
      running += 1;
      try {
        return await work();
      } finally {
        running -= 1;
        settle();
      }
    },
    get size() {
      return running;
    },
    get accepting() {
      return accepting;
    },
    close() {
      accepting = false;
    },
    drained(timeoutMs = DRAIN_TIMEOUT_MS) {
      if (running === 0) return Promise.resolve({ left: 0 });
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiters.delete(done);
          resolve({ left: running });
        };
        const timer = setTimeout(done, timeoutMs);
        waiters.add(done);
      });
    },
  };
}

/** The process's tracker, shared by every adapter. */
export const inFlight = createInFlight();
