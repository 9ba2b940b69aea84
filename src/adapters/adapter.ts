import type { ChannelsRuntime } from "../channels/channels-runtime.js";
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
  /** News channels (per-channel modes, digests, announcements); without it every channel is a mention channel. */
  channels?: ChannelsRuntime;
}

export interface RunningAdapter {
  name: string;
  stop(): Promise<void>;
}
