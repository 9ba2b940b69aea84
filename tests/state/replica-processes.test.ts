/**
 * `npm start` twice, as two replicas: two real bot processes (src/main.ts) with REDIS_URL set,
 * against ONE fake Slack that delivers every event to both Socket Mode connections, and a real
 * redis-server. Each event gets exactly one answer. And a REDIS_URL nobody answers on stops
 * start-up with a clear message instead of running replicas that share nothing.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "../fakes/slack/fake-slack.js";
import { directMessageEvent, mentionEvent } from "../fakes/slack/payloads.js";
import { ORACLE_QUESTION } from "../fakes/slack/shared.js";
import { plainEnv, ROOT, runNode } from "../commands/run-node.js";
import { FIXTURE_KNOWLEDGE_DIR } from "../helpers/fixture-desk.js";
import { RUN_REDIS_TESTS, startRedisServer, type RedisServer } from "../helpers/redis-server.js";

interface BotProcess {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

function startBot(env: NodeJS.ProcessEnv): BotProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, stderr: () => stderr, exited };
}

describe.runIf(RUN_REDIS_TESTS)("two bot processes sharing one Redis", () => {
  let server: RedisServer;
  let fake: FakeSlack;
  let dataDir: string;
  const bots: BotProcess[] = [];

  beforeAll(async () => {
    server = await startRedisServer();
    fake = await FakeSlack.start();
    dataDir = await mkdtemp(join(tmpdir(), "deal-desk-procs-"));
  });
  afterAll(async () => {
    for (const bot of bots) if (bot.child.exitCode === null) bot.child.kill("SIGTERM");
    await Promise.all(bots.map((bot) => bot.exited));
    await fake?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it(
    "answer every event delivered to both exactly once, and stop cleanly",
    async () => {
      const env = plainEnv({
        SLACK_BOT_TOKEN: "xoxb-test-token",
        SLACK_APP_TOKEN: "xapp-test-token",
        SLACK_API_URL: fake.apiUrl,
        REDIS_URL: server.url,
        DATA_DIR: dataDir,
        KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR,
        LOG_LEVEL: "info",
      });
      bots.push(startBot(env), startBot(env));
      await fake.waitFor(() => fake.openConnections === 2, "both processes connected over Socket Mode", 60_000);
      await fake.waitFor(() => bots.every((bot) => bot.stderr().includes(`state in redis at ${server.url}`)), "both running on Redis", 30_000);

      const events = Array.from({ length: 10 }, (_, i) =>
        i % 2 ? directMessageEvent(ORACLE_QUESTION, { user: `U0PROC${i}` }) : mentionEvent(ORACLE_QUESTION, { user: `U0PROC${i}` }),
      );
      for (const event of events) expect((await fake.sendEventToAll(event)).deliveries).toBe(2);
      const dropped = () => bots.reduce((n, bot) => n + (bot.stderr().match(/dropped a repeated delivery/g)?.length ?? 0), 0);
      await fake.waitFor(() => fake.callsTo("chat.postMessage").length >= 10 && dropped() >= 10, "10 answers and 10 dropped copies", 20_000);

      const posts = fake.callsTo("chat.postMessage");
      expect(posts).toHaveLength(10);
      expect(dropped()).toBe(10);
      for (const event of events.filter((e) => e.type === "app_mention")) {
        expect(posts.filter((p) => p.body.thread_ts === event.ts)).toHaveLength(1);
      }
      expect(posts.filter((p) => p.body.channel === "D0DIRECT1")).toHaveLength(5);

      for (const bot of bots) bot.child.kill("SIGTERM");
      expect(await Promise.all(bots.map((bot) => bot.exited))).toEqual([0, 0]);
      for (const bot of bots) expect(bot.stderr()).not.toMatch(/ERROR|Unhandled/);
    },
    90_000,
  );
});

describe("npm start with an unreachable REDIS_URL", () => {
  it(
    "exits 1 naming REDIS_URL and the address, without the password",
    () => {
      const result = runNode("src/main.ts", [], {
        env: plainEnv({
          SLACK_BOT_TOKEN: "xoxb-test-token",
          SLACK_APP_TOKEN: "xapp-test-token",
          SLACK_API_URL: "http://127.0.0.1:1/api/",
          REDIS_URL: "redis://:zq9sekrit@127.0.0.1:1",
          KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR,
        }),
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("Redis at redis://:***@127.0.0.1:1 could not be reached");
      expect(result.stderr).toContain("Check REDIS_URL");
      expect(result.stderr).not.toContain("zq9sekrit");
    },
    40_000,
  );
});
