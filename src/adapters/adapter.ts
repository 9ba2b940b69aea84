import type { Desk } from "../core/desk.js";
import type { FeedbackLog } from "../feedback/feedback-log.js";
import type { Logger } from "../logging/logger.js";
import type { RateLimiter } from "./rate-limit.js";

/** What every chat adapter is given: the core by composition, the feedback log and a logger. */
export interface AdapterDeps {
  desk: Desk;
  feedback: FeedbackLog;
  logger: Logger;
  /**
   * Per-person flood protection. Optional: each adapter makes its own with DEFAULT_RATE_LIMIT when
   * none is given. Keys carry the platform name, so one limiter may be shared by both adapters.
   */
  rateLimit?: RateLimiter;
}

export interface RunningAdapter {
  name: string;
  /** Connected to the platform right now (for /healthz). */
  ready(): boolean;
  stop(): Promise<void>;
}
