import type { Conversation } from "../../core/conversation/conversation.js";
import type { ChannelsRuntime } from "../../channels/channels-runtime.js";
import type { Desk } from "../../core/desk.js";
import type { FeedbackLog } from "../../feedback/feedback-log.js";
import type { Logger } from "../../logging/logger.js";
import type { QuestionLog } from "../../questions/question-log.js";
import type { RateLimiterLike } from "../rate-limit.js";
import type { ErrorFunnel } from "./error-funnel.js";
import type { Dedupe } from "./event-dedupe.js";

/** What every Slack handler is given. */
export interface HandlerContext {
  desk: Desk;
  /** Reads each message (small talk, topics, several questions, thread follow-ups) and answers it. */
  conversation: Conversation;
  feedback: FeedbackLog;
  logger: Logger;
  funnel: ErrorFunnel;
  dedupe: Dedupe;
  /** Per-person flood protection for questions (@mentions, DMs, /deal); buttons are not limited. */
  rateLimiter: RateLimiterLike;
  /** Where each question, click and vote is recorded; absent, nothing is. */
  questions?: QuestionLog;
  /** News channels (modes, digest, expert button); absent when not configured. */
  channels?: ChannelsRuntime;
}
