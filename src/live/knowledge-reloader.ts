import { createDesk } from "../core/create-desk.js";
import { countKnowledgeReload } from "../service/metrics.js";
import { formatReport, loadKnowledge, type KnowledgeBase } from "../knowledge/load-knowledge.js";
import type { Logger } from "../logging/logger.js";
import type { LiveDesk } from "./live-desk.js";

export type ReloadResult = { status: "swapped"; kb: KnowledgeBase } | { status: "invalid"; report: string };

export interface KnowledgeReloaderOptions {
  dir: string;
  live: LiveDesk;
  logger: Logger;
  /** After a swap (announcements go from here). */
  onSwapped?: (kb: KnowledgeBase, previous: KnowledgeBase) => void | Promise<void>;
  /** After an edit that does not load (the report goes to the admin channel from here). */
  onInvalid?: (report: string) => void | Promise<void>;
}

/**
 * Loads the knowledge folder again, validates it with the same loader as start-up and swaps the new desk
 * in. An invalid folder leaves the last good knowledge serving; the full report is logged.
 */
export function createKnowledgeReloader(options: KnowledgeReloaderOptions): () => Promise<ReloadResult> {
  return async () => {
    const loaded = loadKnowledge(options.dir);
    if (loaded.status === "invalid") {
      countKnowledgeReload("invalid");
      const report = formatReport(loaded.problems);
      options.logger.error(`live reload: the knowledge edit was not loaded, the last good knowledge is still serving.\n${report}`);
      await safely(options.logger, () => options.onInvalid?.(report));
      return { status: "invalid", report };
    }
    const previous = options.live.kb;
    options.live.swap(createDesk(loaded.kb), loaded.kb);
    countKnowledgeReload("ok");
    options.logger.info("live reload: knowledge swapped in", { cards: loaded.kb.cards.length, articles: loaded.kb.articles.length });
    await safely(options.logger, () => options.onSwapped?.(loaded.kb, previous));
    return { status: "swapped", kb: loaded.kb };
  };
}

async function safely(logger: Logger, run: () => void | Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    logger.warn("live reload: a follow-up step failed", { error: String(error) });
  }
}
