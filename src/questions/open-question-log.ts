import type { AppConfig } from "../config/env.js";
import type { Logger } from "../logging/logger.js";
import { createQuestionLog, createWarnOnce, disabledQuestionLog, type QuestionLog } from "./question-log.js";
import { loadLogSecret, userHasher, type UserHasher } from "./user-hash.js";

/**
 * The app's question log and user hasher, from the configuration: the secret from LOG_SECRET or DATA_DIR,
 * one warning for an unwritable DATA_DIR whichever finds it first, retention enforced now and daily.
 */
export function openQuestionLog(config: AppConfig, logger: Logger): { questions: QuestionLog; hashUser: UserHasher } {
  const warnOnce = createWarnOnce(logger);
  const secret = loadLogSecret(config.dataDir, config.questionLog.secret);
  if (secret.problem) warnOnce(`${secret.problem}; user hashes will not match across restarts`);
  else if (secret.source === "created") logger.info(`Generated a secret for hashing user ids in ${config.dataDir} (keep it private, or set LOG_SECRET).`);
  const hashUser = userHasher(secret.key);
  if (!config.questionLog.enabled) {
    logger.info("The question log is off (QUESTION_LOG=off).");
    return { questions: disabledQuestionLog(), hashUser };
  }
  const questions = createQuestionLog({
    dataDir: config.dataDir,
    hashUser,
    retentionDays: config.questionLog.retentionDays,
    logger,
    warnOnce,
  });
  return { questions, hashUser };
}
