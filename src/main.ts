import type { RunningAdapter } from "./adapters/adapter.js";
import { startDiscord } from "./adapters/discord/start-discord.js";
import { startSlack } from "./adapters/slack/start-slack.js";
import { knowledgeDirFrom, openDesk } from "./app/open-desk.js";
import { openChannels } from "./channels/open-channels.js";
import { loadDotEnv } from "./config/dot-env.js";
import { parseConfig } from "./config/env.js";
import { runConsole } from "./console/run-console.js";
import { createFeedbackLog } from "./feedback/feedback-log.js";
import { createLogger } from "./logging/logger.js";

/** `npm start`: every chat adapter whose tokens are set; the local console when none are. */
async function main(): Promise<number> {
  loadDotEnv();
  const parsed = parseConfig(process.env);
  if (parsed.status === "invalid") {
    process.stderr.write(`Deal Desk cannot start, the configuration has problems:\n${parsed.problems.map((p) => `  - ${p}`).join("\n")}\n`);
    return 1;
  }
  const { config } = parsed;
  const logger = createLogger(config.logLevel);
  const knowledgeDir = knowledgeDirFrom(process.argv.slice(2));
  const opened = openDesk(knowledgeDir);
  if (opened.status === "invalid") {
    process.stderr.write(`Deal Desk cannot start.\n${opened.report}\n`);
    return 1;
  }
  const { desk } = opened;
  const channels = openChannels(config.channels, opened, knowledgeDir, config.dataDir, logger);
  if (channels.status === "invalid") {
    process.stderr.write(`Deal Desk cannot start, the channels file has problems:\n${channels.problems.map((p) => `  - ${p}`).join("\n")}\n`);
    return 1;
  }

  if (!config.slack && !config.discord) {
    await runConsole(desk, process.stdin, process.stdout, Boolean(process.stdin.isTTY));
    return 0;
  }

  // The live desk: knowledge edits are swapped in under the adapters without a restart.
  const deps = { desk: channels.runtime.live, feedback: createFeedbackLog(config.dataDir), logger, channels: channels.runtime };
  process.on("unhandledRejection", (reason) => logger.error("Unhandled rejection (kept running)", reason));
  const running: RunningAdapter[] = [];
  try {
    if (config.slack) running.push(await startSlack(config.slack, deps));
    if (config.discord) running.push(await startDiscord(config.discord, deps));
  } catch (error) {
    logger.error("An adapter failed to start", error);
    await Promise.allSettled(running.map((a) => a.stop()));
    return 1;
  }
  await channels.runtime.start();
  logger.info(`Deal Desk is running: ${running.map((a) => a.name).join(", ")} (${opened.kb.cards.length} cards).`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  logger.info("Shutting down.");
  channels.runtime.stop();
  await Promise.allSettled(running.map((a) => a.stop()));
  // A chat library's pending reconnect timer can outlive stop(); don't let it hold the process open.
  setTimeout(() => process.exit(0), 2000).unref();
  return 0;
}

process.exitCode = await main();
