/**
 * A set that remembers at most `max` keys, forgetting the oldest first: for "done once already"
 * records (an expert called for a reply) that must not grow with every message a busy workspace sends.
 */
export class RecentKeys {
  private readonly keys = new Set<string>();
  private readonly max: number;

  constructor(max: number = DEFAULT_RECENT_KEYS) {
    this.max = Math.max(1, Math.floor(max));
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  add(key: string): void {
    this.keys.delete(key);
    this.keys.add(key);
    while (this.keys.size > this.max) this.keys.delete(this.keys.values().next().value!);
  }

  get size(): number {
    return this.keys.size;
  }
}

export const DEFAULT_RECENT_KEYS = 10_000;
