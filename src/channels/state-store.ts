import { join } from "node:path";
import type { Logger } from "../logging/logger.js";
import { openFileStore } from "../state/file-store.js";
import type { StateStore } from "../state/store.js";

/** What news channels remember across restarts without Redis: what was announced, when digests went out. */
export const CHANNELS_STATE_FILE = "channels-state.json";

/** The shared file store, in its own file in DATA_DIR (with REDIS_URL, main.ts passes the Redis store instead). */
export function openChannelsStore(dataDir: string, logger: Logger): StateStore {
  return openFileStore(join(dataDir, CHANNELS_STATE_FILE), logger);
}
