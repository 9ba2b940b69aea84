import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunningAdapter } from "../../../src/adapters/adapter.js";
import type { RateLimiterLike } from "../../../src/adapters/rate-limit.js";
import type { DiscordTuning } from "../../../src/adapters/discord/create-client.js";
import { startDiscord } from "../../../src/adapters/discord/start-discord.js";
import { parseConfig } from "../../../src/config/env.js";
import type { DiscordConfig } from "../../../src/config/env.js";
import type { Desk } from "../../../src/core/desk.js";
import { createFeedbackLog } from "../../../src/feedback/feedback-log.js";
import type { FeedbackLog } from "../../../src/feedback/feedback-log.js";
import { createMemoryLogger, type LogLevel } from "../../../src/logging/logger.js";
import { createQuestionLog, type QuestionLog } from "../../../src/questions/question-log.js";
import { startFakeDiscord } from "./fake-discord.js";
import type { FakeDiscord } from "./fake-discord.js";
import { FAKE_TOKEN, IDS } from "./payloads.js";

export interface Harness {
  fake: FakeDiscord;
  adapter: RunningAdapter;
  config: DiscordConfig;
  logger: ReturnType<typeof createMemoryLogger>;
  feedback: FeedbackLog;
  questions: QuestionLog;
  dataDir: string;
  close(): Promise<void>;
}

/** Config exactly as `npm start` would read it, pointed at the fake through DISCORD_API_URL. */
export function fakeConfig(apiUrl: string, guildId: string | null = IDS.guild): DiscordConfig {
  const parsed = parseConfig({
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_APPLICATION_ID: IDS.application,
    ...(guildId ? { DISCORD_GUILD_ID: guildId } : {}),
    DISCORD_API_URL: apiUrl,
  });
  if (parsed.status !== "ok" || !parsed.config.discord) throw new Error(`bad fake config: ${JSON.stringify(parsed)}`);
  return parsed.config.discord;
}

export interface HarnessOptions {
  /** Lowest level the in-memory logger keeps (default debug); the load run keeps only warnings, not a line per answer. */
  logLevel?: LogLevel;
  /** A limiter to use instead of the adapter's default one (e.g. a tiny burst). */
  rateLimit?: RateLimiterLike;
  /** Delivery timing (fast clock, short timeouts) for fault tests and the load run. */
  tuning?: DiscordTuning;
}

/** A fake Discord plus the real adapter (real discord.js Client) connected to it. */
export async function startHarness(desk: Desk, options: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeDiscord();
  const dataDir = await mkdtemp(join(tmpdir(), "deal-desk-discord-"));
  const logger = createMemoryLogger(options.logLevel);
  const feedback = createFeedbackLog(dataDir);
  const questions = createQuestionLog({ dataDir, hashUser: feedback.hashUser, retentionDays: 90, logger });
  const config = fakeConfig(fake.apiUrl);
  let adapter: RunningAdapter;
  try {
    adapter = await startDiscord(config, { desk, feedback, logger, questions, ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}) }, options.tuning);
  } catch (error) {
    await fake.close();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    fake,
    adapter,
    config,
    logger,
    feedback,
    questions,
    dataDir,
    async close() {
      await adapter.stop();
      await questions.close();
      await fake.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
