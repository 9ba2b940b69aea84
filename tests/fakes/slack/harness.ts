/** Starts the real Slack adapter (startSlack → Bolt App) against a FakeSlack, with a temp DATA_DIR. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SlackConfig } from "../../../src/config/env.js";
import type { Desk } from "../../../src/core/desk.js";
import { createFeedbackLog, type FeedbackLog } from "../../../src/feedback/feedback-log.js";
import { createMemoryLogger, type LogLevel } from "../../../src/logging/logger.js";
import { createQuestionLog, type QuestionLog } from "../../../src/questions/question-log.js";
import type { RateLimiter } from "../../../src/adapters/rate-limit.js";
import type { SlackTuning } from "../../../src/adapters/slack/create-app.js";
import { startSlack, type SlackAdapter } from "../../../src/adapters/slack/start-slack.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";
import { FakeSlack } from "./fake-slack.js";

export const TEST_SIGNING_SECRET = "8f742231b10e8888abcd99000000085a";

export interface Harness {
  fake: FakeSlack;
  adapter: SlackAdapter;
  desk: Desk;
  feedback: FeedbackLog;
  questions: QuestionLog;
  logger: ReturnType<typeof createMemoryLogger>;
  dataDir: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  desk?: Desk;
  mode?: "socket" | "http";
  tuning?: SlackTuning;
  /** Lowest level the in-memory logger keeps (default debug); the load run keeps only warnings, not a line per answer. */
  logLevel?: LogLevel;
  /** A limiter to use instead of the adapter's default one (e.g. a tiny burst). */
  rateLimit?: RateLimiter;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeSlack.start();
  const dataDir = await mkdtemp(join(tmpdir(), "deal-desk-slack-"));
  const desk = options.desk ?? fixtureDesk();
  const feedback = createFeedbackLog(dataDir);
  const logger = createMemoryLogger(options.logLevel);
  const questions = createQuestionLog({ dataDir, hashUser: feedback.hashUser, retentionDays: 90, logger });
  const config: SlackConfig =
    options.mode === "http"
      ? { mode: "http", botToken: "xoxb-test-token", signingSecret: TEST_SIGNING_SECRET, port: 0, apiUrl: fake.apiUrl }
      : { mode: "socket", botToken: "xoxb-test-token", appToken: "xapp-test-token", apiUrl: fake.apiUrl };
  let adapter: SlackAdapter;
  try {
    adapter = await startSlack(
      config,
      { desk, feedback, logger, questions, ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}) },
      options.tuning,
    );
  } catch (error) {
    await fake.close();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    fake,
    adapter,
    desk,
    feedback,
    questions,
    logger,
    dataDir,
    async close() {
      await adapter.stop();
      await questions.close();
      // Let the Socket Mode close handshake settle before the server goes away.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await fake.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
