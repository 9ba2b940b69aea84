import type { Desk } from "../desk.js";

/**
 * Example questions for help and small talk, varied from one reply to the next: each call takes the next
 * few from a rotation over every topic's questions, so people see different parts of the knowledge.
 */
export class ExampleRotation {
  private next = 0;
  private pool: string[] | null = null;

  constructor(private readonly desk: Desk) {}

  take(count: number): string[] {
    this.pool ??= interleave(this.desk.topics().map((t) => t.cards.map((c) => c.question)));
    const pool = this.pool;
    if (!pool.length) return [];
    const out: string[] = [];
    for (let i = 0; i < Math.min(count, pool.length); i++) out.push(pool[(this.next + i) % pool.length]!);
    this.next = (this.next + count) % pool.length;
    return out;
  }
}

/** One from each topic in turn, so three examples come from three topics. */
function interleave(lists: string[][]): string[] {
  const out: string[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const list of lists) if (list[i]) out.push(list[i]!);
  return out;
}
