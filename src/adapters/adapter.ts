import type { Desk } from "../core/desk.js";
import type { FeedbackLog } from "../feedback/feedback-log.js";
import type { Logger } from "../logging/logger.js";

/** What every chat adapter is given: the core by composition, the feedback log and a logger. */
export interface AdapterDeps {
  desk: Desk;
  feedback: FeedbackLog;
  logger: Logger;
}

export interface RunningAdapter {
  name: string;
  stop(): Promise<void>;
}
