import { watch, type FSWatcher } from "node:fs";
import { basename, dirname } from "node:path";
import type { Logger } from "../logging/logger.js";

/** Editors save in bursts (temp file, rename, chmod): one reload after things settle. */
export const DEFAULT_DEBOUNCE_MS = 300;

export interface Watch {
  close(): void;
}

/**
 * Calls `onChange` once a burst of changes under `path` has settled. A folder is watched with everything in
 * it; a file through its folder, so an editor replacing the file (a rename) is still seen.
 */
export function watchPath(path: string, kind: "folder" | "file", onChange: () => void, logger: Logger, debounceMs = DEFAULT_DEBOUNCE_MS): Watch {
  let timer: NodeJS.Timeout | null = null;
  const fire = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, debounceMs);
    timer.unref();
  };
  let watcher: FSWatcher;
  try {
    if (kind === "folder") watcher = watch(path, { recursive: true, persistent: false }, fire);
    else {
      const name = basename(path);
      watcher = watch(dirname(path), { persistent: false }, (_event, file) => {
        if (file === null || file === name) fire();
      });
    }
  } catch (error) {
    logger.warn(`live reload: cannot watch ${path}; changes need a restart`, { error: String(error) });
    return { close() {} };
  }
  watcher.on("error", (error) => logger.warn(`live reload: stopped watching ${path}`, { error: String(error) }));
  return {
    close() {
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
