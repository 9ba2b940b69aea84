import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openChannels } from "../../src/channels/open-channels.js";
import { createMemoryLogger } from "../../src/logging/logger.js";
import { createMemoryStore } from "../../src/state/memory-store.js";
import { FIXTURE_KNOWLEDGE_DIR, fixtureDesk, fixtureKnowledge } from "../helpers/fixture-desk.js";

const env = { file: null, admin: null, repliesPerHour: 10 };

describe("where news channels remember what they announced", () => {
  it("with a shared store (Redis for replicas) records there, and writes nothing to DATA_DIR", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "deal-desk-channels-"));
    const shared = createMemoryStore();
    const opened = openChannels(env, { desk: fixtureDesk(), kb: fixtureKnowledge() }, FIXTURE_KNOWLEDGE_DIR, dataDir, createMemoryLogger(), shared);
    if (opened.status !== "ok") throw new Error("channels did not open");
    await opened.runtime.start();
    opened.runtime.stop();
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it("without one, keeps DATA_DIR/channels-state.json", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "deal-desk-channels-"));
    const opened = openChannels(env, { desk: fixtureDesk(), kb: fixtureKnowledge() }, FIXTURE_KNOWLEDGE_DIR, dataDir, createMemoryLogger());
    if (opened.status !== "ok") throw new Error("channels did not open");
    await opened.runtime.start();
    opened.runtime.stop();
    expect(readdirSync(dataDir)).toContain("channels-state.json");
  });
});
