import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { commandDefinitions } from "../../../src/adapters/discord/commands.js";
import { runDiscordRegister } from "../../../src/adapters/discord/register-cli.js";
import { BOT_PERMISSIONS, inviteUrl, registerCommands } from "../../../src/adapters/discord/register-commands.js";
import { createMemoryLogger } from "../../../src/logging/logger.js";
import { startFakeDiscord } from "../../fakes/discord/fake-discord.js";
import type { FakeDiscord } from "../../fakes/discord/fake-discord.js";
import { fakeConfig } from "../../fakes/discord/harness.js";
import { FAKE_TOKEN, IDS } from "../../fakes/discord/payloads.js";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

describe("commandDefinitions", () => {
  test("/ask with an autocompleted question and a private flag, /sources, /topics, /digest", () => {
    const commands = commandDefinitions();
    expect(commands.map((c) => c.name)).toEqual(["ask", "sources", "topics", "digest"]);
    const ask = commands[0]!;
    expect(ask.options).toEqual([
      expect.objectContaining({ name: "question", type: 3, required: true, autocomplete: true }),
      expect.objectContaining({ name: "private", type: 5, required: false }),
    ]);
    for (const c of commands) {
      expect(c.name).toMatch(/^[-_\p{L}\p{N}]{1,32}$/u);
      expect(c.description.length).toBeLessThanOrEqual(100);
      for (const o of c.options ?? []) expect(o.description.length).toBeLessThanOrEqual(100);
    }
  });
});

describe("registerCommands", () => {
  test("PUTs the commands to the guild route when DISCORD_GUILD_ID is set", async () => {
    const mark = fake.calls.length;
    const result = await registerCommands(fakeConfig(fake.apiUrl, IDS.guild), createMemoryLogger());
    expect(result).toMatchObject({ scope: "guild", names: ["ask", "sources", "topics", "digest"] });
    const [put] = fake.callsTo("PUT", /commands$/, mark);
    expect(put?.path).toBe(`/api/v10/applications/${IDS.application}/guilds/${IDS.guild}/commands`);
    expect(put?.headers.authorization).toBe(`Bot ${FAKE_TOKEN}`);
    expect(put?.body).toEqual(JSON.parse(JSON.stringify(commandDefinitions())));
  });

  test("PUTs them globally otherwise", async () => {
    const mark = fake.calls.length;
    const result = await registerCommands(fakeConfig(fake.apiUrl, null), createMemoryLogger());
    expect(result.scope).toBe("global");
    const puts = fake.callsTo("PUT", /commands$/, mark);
    expect(puts.map((c) => c.path)).toEqual([`/api/v10/applications/${IDS.application}/commands`]);
  });
});

describe("npm run discord:register", () => {
  test("names the missing variable and fails", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runDiscordRegister({ DISCORD_TOKEN: FAKE_TOKEN }, { out: (t) => out.push(t), err: (t) => err.push(t) });
    expect(code).toBe(1);
    expect(err.join("")).toContain("DISCORD_APPLICATION_ID");
    expect(out).toEqual([]);
  });

  test("with nothing configured, says which variables to set", async () => {
    const err: string[] = [];
    const code = await runDiscordRegister({ SLACK_BOT_TOKEN: "broken" }, { out: () => {}, err: (t) => err.push(t) });
    expect(code).toBe(1);
    expect(err.join("")).toMatch(/DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
  });

  test("registers through DISCORD_API_URL and prints the invite URL", async () => {
    const out: string[] = [];
    const mark = fake.calls.length;
    const code = await runDiscordRegister(
      { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: IDS.application, DISCORD_GUILD_ID: IDS.guild, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: "error" },
      { out: (t) => out.push(t), err: () => {} },
    );
    expect(code).toBe(0);
    expect(fake.callsTo("PUT", /\/guilds\/\d+\/commands$/, mark)).toHaveLength(1);
    expect(out.join("")).toContain("/ask, /sources, /topics");
    expect(out.join("")).toContain(inviteUrl(IDS.application));
  });

  test("reports an API failure and exits 1", async () => {
    const err: string[] = [];
    const code = await runDiscordRegister(
      { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: IDS.application, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: "error" },
      { out: () => {}, err: (t) => err.push(t), register: async () => Promise.reject(new Error("401: Unauthorized")) },
    );
    expect(code).toBe(1);
    expect(err.join("")).toContain("401: Unauthorized");
  });
});

describe("invite URL", () => {
  test("bot + applications.commands with View Channels, Send Messages (+ in Threads), Embed Links, Read Message History", () => {
    expect(BOT_PERMISSIONS).toBe(274877991936n);
    const url = new URL(inviteUrl(IDS.application));
    expect(url.searchParams.get("client_id")).toBe(IDS.application);
    expect(url.searchParams.get("scope")).toBe("bot applications.commands");
    expect(url.searchParams.get("permissions")).toBe("274877991936");
  });
});
