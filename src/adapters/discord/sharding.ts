import { once } from "node:events";
import { REST, Routes, ShardingManager, type Shard } from "discord.js";
import type { AppConfig, DiscordConfig } from "../../config/env.js";
import type { Logger } from "../../logging/logger.js";
import type { RunningAdapter } from "../adapter.js";
import { restOptions } from "./create-client.js";

/**
 * DISCORD_SHARDS: this process becomes a discord.js ShardingManager that starts the bot's own entry
 * (main) once per shard, as a child process. discord.js passes each child SHARDS and SHARD_COUNT in
 * its environment and the child's Client reads them by itself, so a shard runs the usual Discord
 * adapter on its part of the servers.
 */

/** How long a shard has to connect, and to finish its answers and exit on stop, before it is killed. */
const SHARD_READY_TIMEOUT_MS = 60_000;
const SHARD_EXIT_TIMEOUT_MS = 15_000;

export interface ShardOfProcess {
  id: number;
  count: number;
}

/** The shard this process runs, when a ShardingManager started it; null otherwise. */
export function shardOfThisProcess(env: NodeJS.ProcessEnv = process.env): ShardOfProcess | null {
  if (!env.SHARDING_MANAGER || env.SHARDS === undefined || env.SHARD_COUNT === undefined) return null;
  const id = Number(env.SHARDS);
  const count = Number(env.SHARD_COUNT);
  return Number.isInteger(id) && Number.isInteger(count) ? { id, count } : null;
}

/** A shard process serves Discord only; /healthz and /metrics stay with the manager (no port clash). */
export function asShardConfig(config: AppConfig): AppConfig {
  return { ...config, slack: null, metricsPort: null };
}

/** "auto": the count Discord recommends (GET /gateway/bot), asked through DISCORD_API_URL like every other call. */
export async function shardCount(config: DiscordConfig): Promise<number> {
  if (typeof config.shards === "number") return config.shards;
  const rest = new REST(restOptions(config)).setToken(config.token);
  const gateway = (await rest.get(Routes.gatewayBot())) as { shards?: unknown };
  const count = Number(gateway.shards);
  return Number.isInteger(count) && count >= 1 ? count : 1;
}

async function stopShard(shard: Shard, logger: Logger): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null) return;
  const exited = once(child, "exit");
  // SIGTERM: the shard stops taking events, finishes its answers in flight and exits (main.ts).
  child.kill("SIGTERM");
  const timer = setTimeout(() => {
    logger.warn(`discord: shard ${shard.id} did not exit in time, killing it`);
    child.kill("SIGKILL");
  }, SHARD_EXIT_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts one child process per shard running `entry` (this program's main) with the same node
 * options, and resolves once every shard is connected. Shards that die are started again; stop()
 * asks each to shut down gracefully and waits for it.
 */
export async function startDiscordShards(config: DiscordConfig, entry: string, logger: Logger): Promise<RunningAdapter> {
  const count = await shardCount(config);
  const manager = new ShardingManager(entry, {
    token: config.token,
    totalShards: count,
    mode: "process",
    execArgv: process.execArgv,
    shardArgs: process.argv.slice(2),
    respawn: true,
  });
  manager.on("shardCreate", (shard) => {
    logger.info(`discord: starting shard ${shard.id} of ${count}`, { shard: shard.id, shards: count });
    shard.on("death", () => {
      if (manager.respawn) logger.warn(`discord: shard ${shard.id} exited; starting it again`, { shard: shard.id });
    });
    shard.on("error", (error) => logger.error(`discord: shard ${shard.id} failed`, error));
  });
  try {
    // discord.js waits 5.5 s between shards: Discord lets a bot identify once per 5 s.
    await manager.spawn({ amount: count, timeout: SHARD_READY_TIMEOUT_MS });
  } catch (error) {
    manager.respawn = false;
    await Promise.all([...manager.shards.values()].map((shard) => stopShard(shard, logger)));
    throw error;
  }
  logger.info(`discord: ${count} shards connected`, { shards: count });

  let stopping: Promise<void> | null = null;
  return {
    name: "discord",
    ready: () => manager.shards.size === count && [...manager.shards.values()].every((shard) => shard.ready),
    stop() {
      stopping ??= (async () => {
        manager.respawn = false;
        await Promise.all([...manager.shards.values()].map((shard) => stopShard(shard, logger)));
        logger.info("discord: every shard stopped");
      })();
      return stopping;
    },
  };
}
