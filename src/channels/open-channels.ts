import { resolve } from "node:path";
import type { ChannelsEnv } from "../config/env.js";
import type { DeskInternals } from "../core/create-desk.js";
import type { KnowledgeBase } from "../knowledge/load-knowledge.js";
import type { Logger } from "../logging/logger.js";
import { LiveDesk } from "../live/live-desk.js";
import { loadChannels, NO_CHANNELS } from "./channels-file.js";
import { ChannelsRuntime } from "./channels-runtime.js";
import type { StateStore } from "../state/store.js";
import { openChannelsStore } from "./state-store.js";

export type OpenChannelsResult = { status: "ok"; runtime: ChannelsRuntime } | { status: "invalid"; problems: string[] };

/**
 * Reads CHANNELS_FILE (a malformed one stops start-up: the problems name the file and the field) and builds
 * the runtime around a live desk over the opened knowledge.
 */
export function openChannels(
  env: ChannelsEnv,
  opened: { desk: DeskInternals; kb: KnowledgeBase },
  knowledgeDir: string,
  dataDir: string,
  logger: Logger,
  /** Shared by replicas (Redis), so an update is announced once across them; default DATA_DIR/channels-state.json. */
  shared?: StateStore,
): OpenChannelsResult {
  let channels = NO_CHANNELS;
  const path = env.file ? resolve(env.file) : null;
  if (path) {
    const loaded = loadChannels(path, env.file!);
    if (loaded.status === "invalid") return { status: "invalid", problems: loaded.problems };
    channels = loaded.config;
  }
  const runtime = new ChannelsRuntime({
    live: new LiveDesk(opened.desk, opened.kb),
    knowledgeDir,
    channels,
    channelsPath: path,
    channelsName: env.file,
    store: shared ?? openChannelsStore(dataDir, logger),
    adminChannel: env.admin,
    repliesPerHour: env.repliesPerHour,
    logger,
  });
  return { status: "ok", runtime };
}
