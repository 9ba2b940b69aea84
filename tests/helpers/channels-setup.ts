import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ChannelsRuntime } from "../../src/channels/channels-runtime.js";
import type { ChannelConfig } from "../../src/channels/channels-file.js";
import { openChannelsStore } from "../../src/channels/state-store.js";
import { createMemoryLogger } from "../../src/logging/logger.js";
import { createDesk } from "../../src/core/create-desk.js";
import { formatReport, loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { LiveDesk } from "../../src/live/live-desk.js";
import type { Logger } from "../../src/logging/logger.js";
import { FIXTURE_KNOWLEDGE_DIR } from "./fixture-desk.js";

/** A writable copy of the fixture knowledge and an empty DATA_DIR, removed by `remove()`. */
export function channelsFolders(): { knowledgeDir: string; dataDir: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), "deal-desk-channels-"));
  const knowledgeDir = join(root, "knowledge");
  cpSync(FIXTURE_KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
  const dataDir = join(root, "data");
  return { knowledgeDir, dataDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface RuntimeOptions {
  knowledgeDir: string;
  dataDir: string;
  channels: ChannelConfig[];
  logger: Logger;
  now?: () => number;
  adminChannel?: { platform: "slack" | "discord"; id: string };
}

/** The channels runtime over the knowledge folder, as main.ts builds it (file store in DATA_DIR, live reload on). */
export function channelsRuntime(options: RuntimeOptions): ChannelsRuntime {
  const loaded = loadKnowledge(options.knowledgeDir);
  if (loaded.status !== "ok") throw new Error(formatReport(loaded.problems));
  return new ChannelsRuntime({
    live: new LiveDesk(createDesk(loaded.kb), loaded.kb),
    knowledgeDir: options.knowledgeDir,
    channels: { file: "channels.yaml", channels: options.channels },
    channelsPath: null,
    store: openChannelsStore(options.dataDir, options.logger),
    adminChannel: options.adminChannel ?? null,
    logger: options.logger,
    debounceMs: 50,
    digestTickMs: 50,
    now: options.now ?? midweekClock(),
  });
}

/**
 * A running clock set to a Wednesday noon (UTC): a scheduled digest ("mon 09:00") is never due or being caught
 * up, whatever day the tests run. Tests of the schedule pass their own clock.
 */
function midweekClock(): () => number {
  const offset = Date.parse("2026-11-25T12:00:00Z") - Date.now();
  return () => Date.now() + offset;
}

export const NEW_ARTICLE = `  - id: acme-globex-compute
    title: "Acme signs a compute pact with Globex"
    published: "2026-11-20"
    summary: A test article about a fictional deal.
`;

export const NEW_CARDS = `topic: Fictional deals
cards:
  - id: acme-globex-price
    questions: [How much is the Acme Globex pact worth?, acme globex price, what does acme pay globex]
    answer: Acme pays Globex $42 billion over three years.
    sources: [acme-globex-compute, openai-taps-oracle-cloud-power]
    disputed: The older article gives no figure for this pact.
  - id: acme-globex-sites
    questions: [Where will Acme and Globex build?, acme globex sites, acme globex locations]
    answer: Two sites in Springfield.
    sources: [acme-globex-compute]
  - id: acme-globex-start
    questions: [When does the Acme Globex pact start?, acme globex start date, acme globex begin]
    answer: It starts in 2027.
    sources: [acme-globex-compute]
`;
