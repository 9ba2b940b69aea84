import type { RunningAdapter } from "./adapters/adapter.js";
import { fileURLToPath } from "node:url";
import { asShardConfig, shardOfThisProcess, startDiscordShards } from "./adapters/discord/sharding.js";
import { startDiscord } from "./adapters/discord/start-discord.js";
import { startSlack } from "./adapters/slack/start-slack.js";
import { knowledgeDirFrom, openDesk } from "./app/open-desk.js";
import { openChannels } from "./channels/open-channels.js";
import { loadDotEnv } from "./config/dot-env.js";
import { parseConfig, type AppConfig } from "./config/env.js";
import { runConsole } from "./console/run-console.js";
import { createFeedbackLog } from "./feedback/feedback-log.js";
import { createLogger, type ServiceLogger } from "./logging/logger.js";
import { openQuestionLog } from "./questions/open-question-log.js";
import { inFlight } from "./service/in-flight.js";
import { startMetricsServer, type MetricsServer } from "./service/metrics-server.js";
import { createReadiness, type Readiness } from "./service/readiness.js";
import { drainAndStop, shutdownSignal, untilAborted } from "./service/shutdown.js";
import { openState } from "./state/open-state.js";

/** `npm start`: every chat adapter whose tokens are set; the local console when none are. */
async function main(): Promise<number> {
  loadDotEnv();
  const parsed = parseConfig(process.env);
  if (parsed.status === "invalid") {
    process.stderr.write(`Deal Desk cannot start, the configuration has problems:\n${parsed.problems.map((p) => `  - ${p}`).join("\n")}\n`);
    return 1;
  }
  // A process the Discord ShardingManager started runs one shard of Discord and nothing else.
  const shard = shardOfThisProcess();
  const config = shard ? asShardConfig(parsed.config) : parsed.config;
  const logger = createLogger(config.logLevel);
  const stop = shutdownSignal({ managed: shard !== null });
  const platforms = [config.slack ? "slack" : null, config.discord ? "discord" : null].filter((p) => p !== null);
  const readiness = createReadiness(platforms);

  let metrics: MetricsServer | null = null;
  try {
    if (config.metricsPort !== null) {
      try {
        metrics = await startMetricsServer(config.metricsPort, readiness);
      } catch (error) {
        logger.error(`Deal Desk cannot start: METRICS_PORT ${config.metricsPort} is not available`, error);
        return 1;
      }
      logger.info(`metrics: serving /healthz and /metrics on port ${metrics.port}`, { port: metrics.port });
    }
    if (config.discord?.shards && !shard) return await manageShards(config, logger, readiness, stop);
    return await serve(config, logger, readiness, stop);
  } finally {
    await metrics?.close();
    logger.flush();
    // A chat library's pending reconnect timer can outlive stop(); don't let it hold the process open.
    setTimeout(() => process.exit(), 2000).unref();
  }
}

/**
 * DISCORD_SHARDS: checks the knowledge loads, then runs this same program once per shard (see
 * sharding.ts) and serves /healthz for all of them until a signal stops them.
 */
async function manageShards(config: AppConfig, logger: ServiceLogger, readiness: Readiness, stop: AbortSignal): Promise<number> {
  const opened = openDesk(knowledgeDirFrom(process.argv.slice(2)));
  if (opened.status === "invalid") {
    process.stderr.write(`Deal Desk cannot start.\n${opened.report}\n`);
    return 1;
  }
  readiness.knowledgeLoaded();
  let shards: RunningAdapter;
  try {
    shards = await startDiscordShards(config.discord!, fileURLToPath(import.meta.url), logger);
  } catch (error) {
    logger.error("Discord shards failed to start", error);
    return 1;
  }
  readiness.adapterStarted(shards);
  await untilAborted(stop);
  readiness.stopping();
  await shards.stop();
  logger.info("Deal Desk stopped.");
  return 0;
}

async function serve(config: AppConfig, logger: ServiceLogger, readiness: Readiness, stop: AbortSignal): Promise<number> {
  const knowledgeDir = knowledgeDirFrom(process.argv.slice(2));
  const opened = openDesk(knowledgeDir);
  if (opened.status === "invalid") {
    process.stderr.write(`Deal Desk cannot start.\n${opened.report}\n`);
    return 1;
  }
  readiness.knowledgeLoaded();
  const { desk } = opened;
  const { questions, hashUser } = openQuestionLog(config, logger);
  const chat = Boolean(config.slack || config.discord);
  const openedState = chat ? await openState(config, logger) : null;
  if (openedState?.status === "unreachable") {
    process.stderr.write(`Deal Desk cannot start: ${openedState.problem}\nCheck REDIS_URL, or unset it to keep state in this process.\n`);
    return 1;
  }
  const state = openedState?.status === "ok" ? openedState.state : null;
  // With Redis, what was announced and when digests went out is shared, so replicas announce once between them.
  const shared = state?.store.kind === "redis" ? state.store : undefined;
  const channels = openChannels(config.channels, opened, knowledgeDir, config.dataDir, logger, shared);
  if (channels.status === "invalid") {
    process.stderr.write(`Deal Desk cannot start, the channels file has problems:\n${channels.problems.map((p) => `  - ${p}`).join("\n")}\n`);
    await state?.close();
    return 1;
  }

  if (!state) {
    await runConsole(desk, process.stdin, process.stdout, Boolean(process.stdin.isTTY), questions, stop);
    await questions.close();
    return 0;
  }
  // The live desk: knowledge edits are swapped in under the adapters without a restart.
  const deps = {
    desk: channels.runtime.live,
    feedback: createFeedbackLog(config.dataDir, undefined, hashUser),
    questions,
    logger,
    store: state.store,
    ...(state.rateLimit ? { rateLimit: state.rateLimit } : {}),
    ...(state.dedupe ? { dedupe: state.dedupe } : {}),
    channels: channels.runtime,
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
  for (const adapter of running) readiness.adapterStarted(adapter);
  await channels.runtime.start();
  const shard = shardOfThisProcess();
  const part = shard ? ` shard ${shard.id} of ${shard.count}` : "";
  logger.info(`Deal Desk is running: ${running.map((a) => a.name).join(", ")}${part} (${opened.kb.cards.length} cards, state in ${state.where}).`);

  await untilAborted(stop);
  readiness.stopping();
  channels.runtime.stop();
  await drainAndStop(running, inFlight, logger);
  await questions.close();
  await state.close();
  logger.info("Deal Desk stopped.");
  return 0;
}

process.exitCode = await main();
