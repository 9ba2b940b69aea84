/**
 * Discord on the shared (Redis) rate limiter: two real discord.js bots, each against its own fake
 * Discord (as two shard processes serving different servers), and one real redis-server. A person
 * spends one budget wherever they ask, and the async limiter answers every kind of interaction.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages } from "../../src/core/messages.js";
import { createMemoryLogger } from "../../src/logging/logger.js";
import { createRedisHealth } from "../../src/state/redis-health.js";
import { createRedisRateLimiter } from "../../src/state/redis-rate-limiter.js";
import { startHarness, type Harness } from "../fakes/discord/harness.js";
import { autocomplete, callbackPath, IDS, messageCreate, slashCommand, userObject } from "../fakes/discord/payloads.js";
import { fixtureDesk } from "../helpers/fixture-desk.js";
import { RUN_REDIS_TESTS, startRedisServer, type RedisServer } from "../helpers/redis-server.js";

const QUESTION = "how much is the oracle deal worth?";
const AUTOCOMPLETE_RESULT = 8;
const EPHEMERAL = 64;
const channelMessages = new RegExp(`^/api/v10/channels/${IDS.channel}/messages$`);

describe.runIf(RUN_REDIS_TESTS)("Discord with the shared rate limiter", { timeout: 30_000 }, () => {
  let server: RedisServer;
  const bots: Harness[] = [];
  const connections: Redis[] = [];

  beforeAll(async () => {
    server = await startRedisServer();
    for (let i = 0; i < 2; i += 1) {
      const redis = new Redis(server.url, { maxRetriesPerRequest: 0 });
      connections.push(redis);
      const rateLimit = createRedisRateLimiter(redis, { burst: 2, refillPerMinute: 1, prefix: "discord-test:", health: createRedisHealth(createMemoryLogger()) });
      bots.push(await startHarness(fixtureDesk(), { rateLimit }));
    }
  }, 60_000);
  afterAll(async () => {
    for (const bot of bots) await bot.close();
    for (const redis of connections) redis.disconnect();
    await server?.stop();
  });

  it("two mentions on one bot spend the budget; on the other bot the person gets the notice, then no suggestions, then silence", async () => {
    const [a, b] = bots as [Harness, Harness];
    const person = userObject("555555555555555901", "traveller");
    const replyTo = (id: string) => ({ predicate: (c: { body: any }) => c.body?.message_reference?.message_id === id });
    for (let i = 0; i < 2; i += 1) {
      const m = messageCreate(`<@${IDS.bot}> ${QUESTION}`, { author: person });
      await a.fake.dispatch("MESSAGE_CREATE", m);
      const answer = await a.fake.waitForCall("POST", channelMessages, replyTo(m.id));
      expect(answer.body.embeds[0].title).toBe(QUESTION);
    }

    // The other bot has never seen this person: only a shared budget says "slow down".
    const third = messageCreate(`<@${IDS.bot}> ${QUESTION}`, { author: person });
    await b.fake.dispatch("MESSAGE_CREATE", third);
    const notice = await b.fake.waitForCall("POST", channelMessages, replyTo(third.id));
    expect(notice.body.content).toBe(messages.slowDown);

    const typing = { ...autocomplete("oracle") };
    typing.member = { ...typing.member, user: person };
    await b.fake.dispatch("INTERACTION_CREATE", typing);
    const empty = await b.fake.waitForCall("POST", callbackPath(typing));
    expect(empty.body.type).toBe(AUTOCOMPLETE_RESULT);
    expect(empty.body.data.choices).toEqual([]);

    const slash = slashCommand("ask", [{ name: "question", type: 3, value: QUESTION }]);
    slash.member = { ...slash.member, user: person };
    await a.fake.dispatch("INTERACTION_CREATE", slash);
    const privateNotice = await a.fake.waitForCall("POST", callbackPath(slash));
    expect(privateNotice.body.data.content).toBe(messages.slowDown);
    expect(privateNotice.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);

    // Someone else, on either bot, is answered.
    const other = messageCreate(`<@${IDS.bot}> ${QUESTION}`, { author: userObject("555555555555555902", "bystander") });
    await b.fake.dispatch("MESSAGE_CREATE", other);
    const answer = await b.fake.waitForCall("POST", channelMessages, replyTo(other.id));
    expect(answer.body.embeds[0].title).toBe(QUESTION);
    expect(b.fake.callsTo("POST", channelMessages).map((c) => c.body.message_reference.message_id)).toEqual([third.id, other.id]);
  });
});
