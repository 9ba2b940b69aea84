/** How long and how often a failed send is tried again before the bot gives up and apologises. */
export interface RetryPolicy {
  /** Give up on faults (5xx, resets, timeouts) once this long has passed since the first try. */
  deadlineMs: number;
  /** Give up even on rate limits (which say when to come back) once this long has passed. */
  rateLimitBudgetMs: number;
  /** First back-off; doubles per failed try up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Each HTTP attempt is abandoned after this long (a stalled request counts as failed). */
  requestTimeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  deadlineMs: 30_000,
  rateLimitBudgetMs: 5 * 60_000,
  baseDelayMs: 250,
  maxDelayMs: 5_000,
  requestTimeoutMs: 10_000,
};

/**
 * Back-off before try number `attempt + 1` (attempt counts from 1): exponential with "equal jitter",
 * half fixed and half random, so many senders failing together do not retry in lockstep.
 */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}
