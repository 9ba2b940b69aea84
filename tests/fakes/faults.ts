/**
 * Fault injection shared by the fake Slack and fake Discord: rules that pick requests and what goes
 * wrong with them, and a per-key posting limit that answers 429 with Retry-After past a burst.
 */
import type { ServerResponse } from "node:http";

export type Fault =
  /** Answer with this status (and Retry-After in seconds when given); nothing is stored. */
  | { kind: "status"; status: number; retryAfterS?: number }
  /** Destroy the connection before doing anything: the request is lost, nothing is stored. */
  | { kind: "reset" }
  /** Store the request as a normal call, then destroy the connection before the response. */
  | { kind: "accept-then-reset" }
  /** Never answer (the connection stays open until the fake closes). */
  | { kind: "stall" };

/** What a rule sees of a request. */
export interface FaultRequest {
  method: string;
  path: string;
  body: any;
}

interface Rule {
  match: (request: FaultRequest) => boolean;
  fault: Fault;
  remaining: number;
}

export interface PostingLimit {
  /** The lane a request counts against (e.g. its channel), or null when it is not limited. */
  keyOf: (request: FaultRequest) => string | null;
  /** Requests allowed per window per key. */
  perWindow: number;
  windowMs: number;
  /** What the 429 says; the window is what actually counts (tests scale time). */
  retryAfterS: number;
}

export class FaultPlan {
  private readonly rules: Rule[] = [];
  private limit: PostingLimit | null = null;
  private readonly windows = new Map<string, { start: number; used: number }>();
  /** Faults injected so far, by kind ("status 500", "reset", "429 limit"...). */
  readonly injected = new Map<string, number>();

  /** The next `times` requests matching `match` get `fault`. */
  add(match: (request: FaultRequest) => boolean, fault: Fault, times = 1): this {
    this.rules.push({ match, fault, remaining: times });
    return this;
  }

  /** A fixed-window posting limit per key (like Slack's ~1 message per second per channel, with bursts). */
  setPostingLimit(limit: PostingLimit | null): this {
    this.limit = limit;
    this.windows.clear();
    return this;
  }

  get pendingRules(): number {
    return this.rules.reduce((sum, r) => sum + r.remaining, 0);
  }

  count(kind: string): number {
    return this.injected.get(kind) ?? 0;
  }

  /** The fault for this request, if any (consumes one use of the rule). */
  take(request: FaultRequest): Fault | null {
    const rule = this.rules.find((r) => r.remaining > 0 && r.match(request));
    if (rule) {
      rule.remaining -= 1;
      this.note(describeFault(rule.fault));
      return rule.fault;
    }
    const key = this.limit?.keyOf(request);
    if (this.limit && key) {
      const now = Date.now();
      const window = this.windows.get(key);
      if (!window || now - window.start >= this.limit.windowMs) {
        this.windows.set(key, { start: now, used: 1 });
        return null;
      }
      if (window.used < this.limit.perWindow) {
        window.used += 1;
        return null;
      }
      this.note("429 limit");
      return { kind: "status", status: 429, retryAfterS: this.limit.retryAfterS };
    }
    return null;
  }

  private note(kind: string): void {
    this.injected.set(kind, (this.injected.get(kind) ?? 0) + 1);
  }
}

export function describeFault(fault: Fault): string {
  return fault.kind === "status" ? `status ${fault.status}` : fault.kind;
}

/** Writes a status fault: a JSON body, Retry-After when set. */
export function writeStatusFault(res: ServerResponse, fault: Extract<Fault, { kind: "status" }>, body: unknown): void {
  const text = JSON.stringify(body);
  const headers: Record<string, string | number> = { "content-type": "application/json", "content-length": Buffer.byteLength(text) };
  if (fault.retryAfterS !== undefined) headers["retry-after"] = String(fault.retryAfterS);
  res.writeHead(fault.status, headers);
  res.end(text);
}
