import type { Conversation } from "../core/conversation/conversation.js";
import type { ChannelsRuntime } from "../channels/channels-runtime.js";
import type { Desk } from "../core/desk.js";
import type { FeedbackLog } from "../feedback/feedback-log.js";
import type { Logger } from "../logging/logger.js";
import type { QuestionLog } from "../questions/question-log.js";
import type { StateStore } from "../state/store.js";
import type { RateLimiterLike } from "./rate-limit.js";
import type { Dedupe } from "./slack/event-dedupe.js";

/** What every chat adapter is given: the core by composition, the feedback log and a logger. */
export interface AdapterDeps {
  desk: Desk;
  feedback: FeedbackLog;
  logger: Logger;
  /**
   * Per-person flood protection. Optional: each adapter makes its own with DEFAULT_RATE_LIMIT when
   * none is given. Keys carry the platform name, so one limiter may be shared by both adapters.
   */
  rateLimit?: RateLimiterLike;
  /** Where each question, click and vote is recorded; absent, nothing is. */
  questions?: QuestionLog;
  /** Slack's "answered already?" record. Optional: in memory per adapter unless replicas share one (REDIS_URL). */
  dedupe?: Dedupe;
  /** Once-only records and small values (announced updates, digests): DATA_DIR/state.json, or Redis. */
  store?: StateStore;
  /** The conversation layer (thread memory included). Optional: each adapter makes its own over `desk` when none is given. */
  conversation?: Conversation;
  /** News channels (per-channel modes, digests, announcements); without it every channel is a mention channel. */
  channels?: ChannelsRuntime;
}

export interface RunningAdapter {
  name: string;
  /** Connected to the platform right now (for /healthz). */
  ready(): boolean;
  stop(): Promise<void>;
}
