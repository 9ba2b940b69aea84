/** How long a thread's last question is kept as context for follow-ups. */
export const THREAD_TTL_MS = 10 * 60 * 1000;
/** Most threads remembered at once; the oldest are forgotten first. */
const MAX_THREADS = 5000;

/** Questions before the last one a thread keeps, for follow-ups that lean past it ("and when?" two turns on). */
const EARLIER = 2;

/** One question asked in a thread. */
export interface Asked {
  /** The question as it was understood (a follow-up's rewritten form). */
  question: string;
  /** The card that answered it, if any. */
  card: string | null;
}

/** What a thread remembers of its last question. */
export interface ThreadContext extends Asked {
  /** Questions the bot offered in its last reply (a topic's list), in order, for "the second one". */
  choices?: Asked[];
  /** A topic list's questions not shown yet, for "more", with the topic's name. */
  more?: { subject: string; choices: Asked[] };
  /** The questions asked before the last one, newest first. */
  earlier: Asked[];
  at: number;
}

/**
 * Each conversation's last question, for reading follow-ups. Entries expire after `ttlMs` on the injected
 * clock, and the map is bounded, so a busy workspace cannot grow it without limit.
 */
export class ThreadMemory {
  private readonly threads = new Map<string, ThreadContext>();
  private readonly aliases = new Map<string, { thread: string; at: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs: number = THREAD_TTL_MS,
  ) {}

  /** The thread's context, or null when there is none or it is older than the time-to-live. */
  get(thread: string): ThreadContext | null {
    const key = this.resolve(thread);
    const entry = this.threads.get(key);
    if (!entry) return null;
    if (this.now() - entry.at > this.ttlMs) {
      this.threads.delete(key);
      return null;
    }
    return entry;
  }

  /** Records the thread's newest question; the one before it moves to `earlier`. */
  set(thread: string, context: Omit<ThreadContext, "at" | "earlier">): void {
    const key = this.resolve(thread);
    const before = this.get(key);
    const earlier = before ? [{ question: before.question, card: before.card }, ...before.earlier].slice(0, EARLIER) : [];
    this.threads.delete(key);
    this.threads.set(key, { ...context, earlier, at: this.now() });
    this.sweep();
  }

  /** Questions the bot just offered (examples, suggestions), for "the second one"; the thread's subject stays. */
  offer(thread: string, choices: Asked[]): void {
    const key = this.resolve(thread);
    const entry = this.get(key) ?? { question: "", card: null, earlier: [], at: 0 };
    this.threads.delete(key);
    this.threads.set(key, { ...entry, choices, at: this.now() });
    this.sweep();
  }

  /** Keeps a thread's context as it is, as fresh as if it was just written (a follow-up that changed nothing). */
  touch(thread: string): void {
    const key = this.resolve(thread);
    const entry = this.get(key);
    if (!entry) return;
    this.threads.delete(key);
    this.threads.set(key, { ...entry, at: this.now() });
  }

  /** Another name for a thread (a bot reply that people reply to in a reply chain). */
  link(alias: string, thread: string): void {
    const target = this.resolve(thread);
    this.aliases.delete(alias);
    this.aliases.set(alias, { thread: target, at: this.now() });
    this.sweep();
  }

  /** The thread an id belongs to: itself, or the thread it was linked to. */
  resolve(id: string): string {
    return this.aliases.get(id)?.thread ?? id;
  }

  /** How many threads and aliases are held (expired ones are dropped as new ones are written). */
  size(): number {
    return this.threads.size + this.aliases.size;
  }

  /**
   * Both maps are in the order entries were last written, so the expired ones are at the front: dropped on each
   * write, a quiet bot holds nothing old, and a busy one at most MAX_THREADS of each.
   */
  private sweep(): void {
    const cutoff = this.now() - this.ttlMs;
    for (const map of [this.threads, this.aliases] as Map<string, { at: number }>[]) {
      for (const [key, entry] of map) {
        if (entry.at >= cutoff && map.size <= MAX_THREADS) break;
        map.delete(key);
      }
    }
  }

  /** Whether an id is a known thread or alias (a reply to one of the bot's answers). */
  knows(id: string): boolean {
    return this.aliases.has(id) || this.threads.has(id);
  }
}

