import type { Incoming, Reply } from "../core/conversation/reply.js";
import type { Conversation } from "../core/conversation/conversation.js";
import { statusOf } from "../core/conversation/reply-status.js";
import { measure } from "../service/metrics.js";
import type { Platform } from "./question-record.js";
import type { QuestionLog } from "./question-log.js";
import { recordReply } from "./record-reply.js";

/** Who asked, for the question log (the raw id is only ever stored as a keyed hash); null on the console. */
export interface Asker {
  questions: QuestionLog | undefined;
  user: string | null;
}

/**
 * The one conversation call every adapter makes per message: the reply is timed and counted for /metrics and
 * queued for the question log, the same way on every platform.
 */
export function observeReply(conversation: Conversation, platform: Platform, message: Incoming, asker?: Asker): Reply {
  const reply = measure(platform, () => conversation.reply(message), (r) => (r.kind === "silent" ? null : statusOf(r)));
  if (asker) recordReply(asker.questions, platform, asker.user, reply);
  return reply;
}
