/**
 * DISCORD_SHARDS end to end: the real `npm start` process becomes a discord.js ShardingManager and
 * starts itself once per shard (real child processes, mode "process"), each a real discord.js Client,
 * against the fake Discord and a real redis-server (sharding needs REDIS_URL).
 */
import { afterEach, describe, expect, it } from "vitest";
import { shardCount } from "../../../src/adapters/discord/sharding.js";
import { startFakeDiscord, type FakeDiscord } from "../../fakes/discord/fake-discord.js";
import { fakeConfig } from "../../fakes/discord/harness.js";
import { FAKE_TOKEN, IDS, messageCreate } from "../../fakes/discord/payloads.js";
import { ORACLE_QUESTION } from "../../fakes/slack/shared.js";
import { RUN_REDIS_TESTS, startRedisServer, type RedisServer } from "../../helpers/redis-server.js";
import { getText, until } from "../../service/metrics-text.js";
import { spawnMain, type RunningMain } from "../../service/spawn-main.js";

const REPLY = /^\/api\/v10\/channels\/\d+\/messages$/;

let fake: FakeDiscord | null = null;
let redis: RedisServer | null = null;
let main: RunningMain | null = null;
afterEach(async () => {
  if (main && main.child.exitCode === null && main.child.signalCode === null) {
    main.child.kill("SIGTERM");
    await main.exited;
  }
  await fake?.close();
  await redis?.stop();
  fake = redis = main = null;
});

describe("Discord sharding", () => {
  it("DISCORD_SHARDS=auto asks GET /gateway/bot through DISCORD_API_URL for the count", async () => {
    fake = await startFakeDiscord({ shards: 3 });
    expect(await shardCount({ ...fakeConfig(fake.apiUrl), shards: "auto" })).toBe(3);
    expect(await shardCount({ ...fakeConfig(fake.apiUrl), shards: 2 })).toBe(2);
  });

  it.runIf(RUN_REDIS_TESTS)(
    "DISCORD_SHARDS=2: two shard processes identify as [0, 2] and [1, 2]; a mention on either shard gets exactly one answer; SIGTERM stops them all",
    async () => {
      redis = await startRedisServer();
      fake = await startFakeDiscord();
      main = spawnMain({
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_APPLICATION_ID: IDS.application,
        DISCORD_API_URL: fake.apiUrl,
        DISCORD_SHARDS: "2",
        REDIS_URL: redis.url,
        METRICS_PORT: "0",
      });
      const port = await main.metricsPort();
      await main.waitForLog((l) => l.msg === "discord: 2 shards connected", "discord: 2 shards connected", 90_000);

      const identifies = fake.received.filter((f) => f.op === 2).map((f) => f.d.shard as number[]);
      expect(identifies.sort((a, b) => a[0]! - b[0]!)).toEqual([
        [0, 2],
        [1, 2],
      ]);
      // Each shard logs once its own start-up is done (shortly after the manager hears it connected).
      const running = () => main!.logs().filter((l) => l.msg.startsWith("Deal Desk is running: discord shard"));
      await until("both shards to log that they run", () => running().length === 2, 20_000);
      expect(running().map((l) => l.msg.replace(/ \(.*/, "")).sort()).toEqual(["Deal Desk is running: discord shard 0 of 2", "Deal Desk is running: discord shard 1 of 2"]);
      await until("/healthz to be ready", async () => (await getText(`http://127.0.0.1:${port}/healthz`)).status === 200, 10_000);

      const asked = [0, 1].map((shard) => ({ shard, message: messageCreate(`<@${IDS.bot}> ${ORACLE_QUESTION}`) }));
      for (const { shard, message } of asked) {
        await fake.dispatch("MESSAGE_CREATE", message, { shard });
        await fake.waitForCall("POST", REPLY, { predicate: (c) => c.body?.message_reference?.message_id === message.id, timeoutMs: 20_000 });
      }
      // Time for a second answer, were a shard to answer twice or the other shard to answer too.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      for (const { message } of asked) {
        const replies = fake.created.filter((c) => c.body?.message_reference?.message_id === message.id);
        expect(replies).toHaveLength(1);
        expect(JSON.stringify(replies[0]!.body.embeds)).toMatch(/\d/);
      }

      main.child.kill("SIGTERM");
      expect(await main.exited).toEqual({ code: 0, signal: null });
      expect(main.logs().some((l) => l.msg === "discord: every shard stopped")).toBe(true);
      expect(main.logs().filter((l) => l.msg === "Deal Desk stopped.")).toHaveLength(3);
    },
    120_000,
  );
});
