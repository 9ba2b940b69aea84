import { REST, Routes } from "discord.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { deliverThroughRest, INTERACTION_HANDLER_SWEEP_MS } from "../../../src/adapters/discord/delivering-rest.js";
import { createDelivery } from "../../../src/delivery/deliver.js";
import { startFakeDiscord, type FakeDiscord } from "../../fakes/discord/fake-discord.js";
import { FAKE_TOKEN, IDS, nextToken } from "../../fakes/discord/payloads.js";

let fake: FakeDiscord | null = null;
afterEach(async () => {
  vi.useRealTimers();
  await fake?.close();
  fake = null;
});

describe("interaction requests", () => {
  it("forget the request handler of each finished interaction instead of keeping one per token", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    fake = await startFakeDiscord();
    const rest = new REST({ api: fake.apiUrl }).setToken(FAKE_TOKEN);
    const interactions = deliverThroughRest(rest, createDelivery());
    const tokens = [nextToken(), nextToken(), nextToken()];
    for (const token of tokens) await rest.patch(Routes.webhookMessage(IDS.application, token), { body: { content: "edited" }, auth: false });

    expect(fake.callsTo("PATCH", /\/webhooks\//)).toHaveLength(3);
    expect(interactions.handlers.size).toBe(3);
    vi.advanceTimersByTime(INTERACTION_HANDLER_SWEEP_MS);
    expect(interactions.handlers.size).toBe(0);
  });
});
