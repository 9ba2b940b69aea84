import type { RunningAdapter } from "./adapters/adapter.js";
import { startDiscord } from "./adapters/discord/start-discord.js";
import { startSlack } from "./adapters/slack/start-slack.js";
import { knowledgeDirFrom, openDesk } from "./app/open-desk.js";
import { loadDotEnv } from "./config/dot-env.js";
import { parseConfig } from "./config/env.js";
import { runConsole } from "./console/run-console.js";
import { createFeedbackLog } from "./feedback/feedback-log.js";
import { createLogger } from "./logging/logger.js";
import { openQuestionLog } from "./questions/open-question-log.js";
import { openState } from "./state/open-state.js";

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
  const opened = openDesk(knowledgeDirFrom(process.argv.slice(2)));
  if (opened.status === "invalid") {
    process.stderr.write(`Deal Desk cannot start.\n${opened.report}\n`);
    return 1;
  }
  const { desk } = opened;
  const { questions, hashUser } = openQuestionLog(config, logger);

  if (!config.slack && !config.discord) {
    await runConsole(desk, process.stdin, process.stdout, Boolean(process.stdin.isTTY), questions);
    await questions.close();
    return 0;
  }

  const openedState = await openState(config, logger);
  if (openedState.status === "unreachable") {
    process.stderr.write(`Deal Desk cannot start: ${openedState.problem}\nCheck REDIS_URL, or unset it to keep state in this process.\n`);
    return 1;
  }
  const { state } = openedState;
  const deps = {
    desk,
    feedback: createFeedbackLog(config.dataDir, undefined, hashUser),
    questions,
    logger,
    store: state.store,
    ...(state.rateLimit ? { rateLimit: state.rateLimit } : {}),
    ...(state.dedupe ? { dedupe: state.dedupe } : {}),
  };
  process.on("unhandledRejection", (reason) => logger.error("Unhandled rejection (kept running)", reason));
  const running: RunningAdapter[] = [];
  try {
    if (config.slack) running.push(await startSlack(config.slack, deps));
    if (config.discord) running.push(await startDiscord(config.discord, deps));
  } catch (error) {
    logger.error("An adapter failed to start", error);
    await Promise.allSettled(running.map((a) => a.stop()));
    await state.close();
    return 1;
  }
  logger.info(`Deal Desk is running: ${running.map((a) => a.name).join(", ")} (${opened.kb.cards.length} cards, state in ${state.where}).`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  logger.info("Shutting down.");
  await Promise.allSettled(running.map((a) => a.stop()));
  await questions.close();
  await state.close();
  // A chat library's pending reconnect timer can outlive stop(); don't let it hold the process open.
  setTimeout(() => process.exit(0), 2000).unref();
  return 0;
}

process.exitCode = await main();
