import { realClock, type Clock } from "./clock.js";
import type { Verdict } from "./classify.js";
import { backoffDelay, DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry-policy.js";
import { SendQueue } from "./send-queue.js";

/** One retry about to happen, for logs and metrics. */
export interface RetryEvent {
  key: string;
  /** The try that failed, from 1. */
  attempt: number;
  reason: string;
  /** How long until the next try. */
  delayMs: number;
}

export interface GiveUpEvent {
  key: string;
  attempts: number;
  reason: string;
}

export interface DeliveryOptions {
  policy?: Partial<RetryPolicy>;
  clock?: Clock;
  random?: () => number;
  /** Called before each retry (e.g. to count send retries). */
  onRetry?: (event: RetryEvent) => void;
  /** Called when a send fails for good (the caller then apologises or logs). */
  onGiveUp?: (event: GiveUpEvent) => void;
}

export interface Delivery {
  readonly policy: RetryPolicy;
  readonly clock: Clock;
  readonly queue: SendQueue;
  /**
   * Runs `attempt` in `key`'s lane until it succeeds, `classify` says give up, or the policy's time is
   * spent; then rejects with the last error. `attempt` gets the try number (from 1).
   */
  send<T>(key: string, attempt: (n: number) => Promise<T>, classify: (error: unknown) => Verdict): Promise<T>;
}

/**
 * The platform-neutral half of sending a reply: per-key serial lanes that honour Retry-After, and
 * back-off with jitter for faults, bounded by a deadline. Adapters supply the transport call and how
 * to read their errors.
 */
export function createDelivery(options: DeliveryOptions = {}): Delivery {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
  const clock = options.clock ?? realClock;
  const random = options.random ?? Math.random;
  const queue = new SendQueue(clock);

  async function attemptUntilDone<T>(key: string, attempt: (n: number) => Promise<T>, classify: (error: unknown) => Verdict): Promise<T> {
    const startedAt = clock.now();
    let firstFaultAt: number | null = null;
    for (let n = 1; ; n += 1) {
      await queue.whenOpen(key);
      try {
        return await attempt(n);
      } catch (error) {
        const verdict = classify(error);
        const now = clock.now();
        let delayMs: number;
        let outOfTime: boolean;
        if (verdict.action === "retry" && verdict.retryAfterMs !== undefined) {
          delayMs = verdict.retryAfterMs;
          queue.pauseUntil(key, now + delayMs);
          outOfTime = now + delayMs - startedAt > policy.rateLimitBudgetMs;
        } else {
          firstFaultAt ??= now;
          delayMs = backoffDelay(policy, n, random);
          outOfTime = now + delayMs - firstFaultAt > policy.deadlineMs;
        }
        if (verdict.action === "give-up" || outOfTime) {
          options.onGiveUp?.({ key, attempts: n, reason: verdict.action === "give-up" ? verdict.reason : `${verdict.reason}, out of time` });
          throw error;
        }
        options.onRetry?.({ key, attempt: n, reason: verdict.reason, delayMs });
        await clock.sleep(delayMs);
      }
    }
  }

  return {
    policy,
    clock,
    queue,
    send(key, attempt, classify) {
      return queue.run(key, () => attemptUntilDone(key, attempt, classify));
    },
  };
}
