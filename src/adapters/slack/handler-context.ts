import type { ChannelsRuntime } from "../../channels/channels-runtime.js";
import type { Desk } from "../../core/desk.js";
import type { FeedbackLog } from "../../feedback/feedback-log.js";
import type { Logger } from "../../logging/logger.js";
import type { RateLimiter } from "../rate-limit.js";
import type { ErrorFunnel } from "./error-funnel.js";
import type { EventDedupe } from "./event-dedupe.js";

/** What every Slack handler is given. */
export interface HandlerContext {
  desk: Desk;
  feedback: FeedbackLog;
  logger: Logger;
  funnel: ErrorFunnel;
  dedupe: EventDedupe;
  /** Per-person flood protection for questions (@mentions, DMs, /deal); buttons are not limited. */
  rateLimiter: RateLimiter;
  /** News channels (modes, digest, expert button); absent when not configured. */
  channels?: ChannelsRuntime;
}
