import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ChannelsRuntime } from "../../src/channels/channels-runtime.js";
import { createMemoryStore } from "../../src/state/memory-store.js";
import { createDesk } from "../../src/core/create-desk.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { LiveDesk } from "../../src/live/live-desk.js";
import { createMemoryLogger } from "../../src/logging/logger.js";
import { FIXTURE_KNOWLEDGE_DIR } from "../helpers/fixture-desk.js";

const NEW_CARD = `topic: Test topic
cards:
  - id: zebra-pantry-count
    questions: [How many zebras live in the pantry?, zebra pantry count, count of pantry zebras]
    answer: Seven zebras live in the pantry.
    sources: [openai-taps-oracle-cloud-power]
`;
const QUESTION = "How many zebras live in the pantry?";

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

function setup() {
  const dir = mkdtempSync(join(tmpdir(), "deal-desk-live-"));
  cpSync(FIXTURE_KNOWLEDGE_DIR, dir, { recursive: true });
  const loaded = loadKnowledge(dir);
  if (loaded.status !== "ok") throw new Error("fixture does not load");
  const live = new LiveDesk(createDesk(loaded.kb), loaded.kb);
  const logger = createMemoryLogger();
  const admin: string[] = [];
  const runtime = new ChannelsRuntime({
    live,
    knowledgeDir: dir,
    channels: { file: null, channels: [] },
    channelsPath: null,
    store: createMemoryStore(),
    adminChannel: { platform: "slack", id: "C0ADMIN" },
    logger,
    debounceMs: 50,
  });
  runtime.attach("slack", { post: async (channel, text) => void admin.push(`${channel}: ${text((s) => `*${s}*`)}`) });
  cleanup.push(() => {
    runtime.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir, live, runtime, logger, admin };
}

async function until(probe: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 25_000;
  while (!probe()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("live knowledge", () => {
  it("a card added to the folder is answered without a restart", { timeout: 40_000 }, async () => {
    const { dir, live, runtime } = setup();
    await runtime.start();
    expect(live.ask(QUESTION).card).not.toBe("zebra-pantry-count");
    writeFileSync(join(dir, "cards", "zebras.yaml"), NEW_CARD);
    await until(() => live.ask(QUESTION).card === "zebra-pantry-count", "the swap");
    expect(live.ask(QUESTION).answer).toContain("Seven zebras");
  });

  it("a broken edit leaves the last good knowledge serving, logs and posts the full report to the admin channel", { timeout: 40_000 }, async () => {
    const { dir, live, runtime, logger, admin } = setup();
    const before = live.ask("how much is the deal worth?");
    await runtime.start();
    writeFileSync(join(dir, "cards", "broken.yaml"), "topic: Broken\ncards:\n  - id: Not An Id\n    answer: x\n");
    await until(() => admin.length > 0, "the admin report");
    expect(admin[0]).toMatch(/^C0ADMIN: \*A knowledge edit was not loaded; the last good knowledge is still serving\.\*\nKnowledge base is invalid: \d+ problems?/);
    expect(admin[0]).toContain("broken.yaml");
    expect(logger.lines.some((l) => l.includes("broken.yaml"))).toBe(true);
    expect(live.ask("how much is the deal worth?")).toEqual(before);
  });
});

describe("live channels file", () => {
  it("a valid edit applies at once; a malformed one keeps the previous settings and is reported", { timeout: 40_000 }, async () => {
    const { dir, runtime, admin } = setup();
    const path = join(dir, "channels.yaml");
    writeFileSync(path, "channels:\n  - { platform: slack, id: C1, mode: answer }\n");
    const withFile = new ChannelsRuntime({
      live: runtime.live,
      knowledgeDir: dir,
      channels: { file: "channels.yaml", channels: [] },
      channelsPath: path,
      channelsName: "channels.yaml",
      store: createMemoryStore(),
      adminChannel: { platform: "slack", id: "C0ADMIN" },
      logger: createMemoryLogger(),
      debounceMs: 50,
    });
    withFile.attach("slack", { post: async (channel, text) => void admin.push(`${channel}: ${text((s) => s)}`) });
    cleanup.push(() => withFile.stop());
    await withFile.start();
    writeFileSync(path, "channels:\n  - { platform: slack, id: C1, mode: news }\n");
    await until(() => withFile.channel("slack", "C1")?.mode === "news", "the channels reload");
    writeFileSync(path, "channels:\n  - { platform: slack, id: C1, mode: shouting }\n");
    await until(() => admin.some((a) => a.includes("channels.yaml: channels[0].mode must be one of")), "the report");
    expect(withFile.channel("slack", "C1")?.mode).toBe("news");
  });
});
