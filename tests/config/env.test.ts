import { describe, expect, it } from "vitest";
import { parseConfig, type AppConfig } from "../../src/config/env.js";
import { plainEnv, runNode, SPAWN_TIMEOUT, STACK_FRAME } from "../commands/run-node.js";

const BOT = "xoxb-1111-2222-abcdefABCDEF";
const APP = "xapp-1-A111-2222-abcdef";
const SECRET = "8f742231b10e8888abcd99yyyzzz85a5".replace(/[yz]/g, "0");
// Shaped like a Discord bot token (three dot-separated parts); not a real one.
const DISCORD_TOKEN = `${"M".repeat(24)}.${"G".repeat(6)}.${"x".repeat(27)}`;
const APP_ID = "123456789012345678";

function ok(env: Record<string, string>): AppConfig {
  const result = parseConfig(env);
  if (result.status !== "ok") throw new Error(`expected a valid config, got: ${result.problems.join(" | ")}`);
  return result.config;
}

function problems(env: Record<string, string>): string[] {
  const result = parseConfig(env);
  if (result.status === "ok") throw new Error("expected configuration problems, got a valid config");
  return result.problems;
}

describe("parseConfig", () => {
  it("with no tokens, starts neither Slack nor Discord (the console runs)", () => {
    const config = ok({});
    expect(config.slack).toBeNull();
    expect(config.discord).toBeNull();
    expect(config.dataDir).toBe("data");
    expect(config.logLevel).toBe("info");
  });

  it("treats blank variables as unset", () => {
    const config = ok({ SLACK_BOT_TOKEN: "  ", DISCORD_TOKEN: "", SLACK_APP_TOKEN: "\t" });
    expect(config.slack).toBeNull();
    expect(config.discord).toBeNull();
  });

  it("bot and app token: Socket Mode", () => {
    const config = ok({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP });
    expect(config.slack).toEqual({ mode: "socket", botToken: BOT, appToken: APP, apiUrl: null });
  });

  it("a bot token alone names the missing SLACK_APP_TOKEN (and the signing-secret alternative)", () => {
    const found = problems({ SLACK_BOT_TOKEN: BOT });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("SLACK_APP_TOKEN");
    expect(found[0]).toContain("SLACK_SIGNING_SECRET");
  });

  it("a malformed bot token is named", () => {
    const found = problems({ SLACK_BOT_TOKEN: "xoxp-not-a-bot-token", SLACK_APP_TOKEN: APP });
    expect(found.some((p) => p.includes("SLACK_BOT_TOKEN"))).toBe(true);
  });

  it("an app token without a bot token names SLACK_BOT_TOKEN", () => {
    expect(problems({ SLACK_APP_TOKEN: APP }).some((p) => p.includes("SLACK_BOT_TOKEN"))).toBe(true);
  });

  it("a malformed app token is named", () => {
    expect(problems({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: "xoxb-wrong-kind" }).some((p) => p.includes("SLACK_APP_TOKEN"))).toBe(true);
  });

  it("a signing secret instead of an app token: HTTP mode on PORT", () => {
    expect(ok({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: "8080" }).slack).toEqual({
      mode: "http",
      botToken: BOT,
      signingSecret: SECRET,
      port: 8080,
      apiUrl: null,
    });
    expect(ok({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET }).slack).toMatchObject({ mode: "http", port: 3000 });
  });

  it("a bad PORT or signing secret in HTTP mode is named", () => {
    expect(problems({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: "eighty" }).some((p) => p.includes("PORT"))).toBe(true);
    expect(problems({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: "70000" }).some((p) => p.includes("PORT"))).toBe(true);
    expect(problems({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: "not hex!" }).some((p) => p.includes("SLACK_SIGNING_SECRET"))).toBe(true);
  });

  it("SLACK_API_URL must be an http(s) URL, and is kept with a trailing slash", () => {
    expect(problems({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: "not a url" }).some((p) => p.includes("SLACK_API_URL"))).toBe(true);
    expect(problems({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: "ftp://example.com/api" }).some((p) => p.includes("SLACK_API_URL"))).toBe(true);
    expect(ok({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: "http://localhost:9999/api" }).slack?.apiUrl).toBe("http://localhost:9999/api/");
  });

  it("a Discord token without an application id names DISCORD_APPLICATION_ID", () => {
    const found = problems({ DISCORD_TOKEN: DISCORD_TOKEN });
    expect(found.some((p) => p.includes("DISCORD_APPLICATION_ID"))).toBe(true);
  });

  it("an application id without a token names DISCORD_TOKEN", () => {
    expect(problems({ DISCORD_APPLICATION_ID: APP_ID }).some((p) => p.includes("DISCORD_TOKEN"))).toBe(true);
  });

  it("a valid Discord config, with or without a guild", () => {
    expect(ok({ DISCORD_TOKEN: DISCORD_TOKEN, DISCORD_APPLICATION_ID: APP_ID }).discord).toEqual({
      token: DISCORD_TOKEN,
      applicationId: APP_ID,
      guildId: null,
      apiUrl: null,
      shards: null,
    });
    expect(ok({ DISCORD_TOKEN: DISCORD_TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: "987654321098765432" }).discord?.guildId).toBe(
      "987654321098765432",
    );
  });

  it("DISCORD_SHARDS: auto or a count, with REDIS_URL and without Slack", () => {
    const discord = { DISCORD_TOKEN: DISCORD_TOKEN, DISCORD_APPLICATION_ID: APP_ID, REDIS_URL: "redis://127.0.0.1:6379" };
    expect(ok({ ...discord, DISCORD_SHARDS: "auto" }).discord?.shards).toBe("auto");
    expect(ok({ ...discord, DISCORD_SHARDS: "AUTO" }).discord?.shards).toBe("auto");
    expect(ok({ ...discord, DISCORD_SHARDS: "4" }).discord?.shards).toBe(4);
    for (const bad of ["0", "two", "1.5", "-1", "5000"]) {
      expect(problems({ ...discord, DISCORD_SHARDS: bad })).toEqual([
        `DISCORD_SHARDS must be auto or a number of shards from 1 to 1024, got "${bad}". Leave it unset for one process.`,
      ]);
    }
    expect(problems({ DISCORD_TOKEN: DISCORD_TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_SHARDS: "2" }).join(" ")).toContain("DISCORD_SHARDS needs REDIS_URL");
    expect(problems({ ...discord, DISCORD_SHARDS: "2", SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP }).join(" ")).toContain("run Slack in another process");
  });

  it("malformed Discord values are named", () => {
    const base = { DISCORD_TOKEN: DISCORD_TOKEN, DISCORD_APPLICATION_ID: APP_ID };
    expect(problems({ ...base, DISCORD_GUILD_ID: "my-server" }).some((p) => p.includes("DISCORD_GUILD_ID"))).toBe(true);
    expect(problems({ ...base, DISCORD_APPLICATION_ID: "12ab" }).some((p) => p.includes("DISCORD_APPLICATION_ID"))).toBe(true);
    expect(problems({ ...base, DISCORD_TOKEN: "abc" }).some((p) => p.includes("DISCORD_TOKEN"))).toBe(true);
    expect(problems({ ...base, DISCORD_API_URL: "nope" }).some((p) => p.includes("DISCORD_API_URL"))).toBe(true);
  });

  it("reports problems of both platforms at once", () => {
    const found = problems({ SLACK_BOT_TOKEN: "bad", DISCORD_TOKEN: DISCORD_TOKEN, LOG_LEVEL: "loud" });
    expect(found.some((p) => p.includes("SLACK_BOT_TOKEN"))).toBe(true);
    expect(found.some((p) => p.includes("DISCORD_APPLICATION_ID"))).toBe(true);
    expect(found.some((p) => p.includes("LOG_LEVEL"))).toBe(true);
  });

  it("reads DATA_DIR and LOG_LEVEL", () => {
    const config = ok({ DATA_DIR: "/var/lib/deal-desk", LOG_LEVEL: "DEBUG" });
    expect(config.dataDir).toBe("/var/lib/deal-desk");
    expect(config.logLevel).toBe("debug");
  });

  it("reads the question log settings: on with 90 days and no LOG_SECRET by default", () => {
    expect(ok({}).questionLog).toEqual({ enabled: true, retentionDays: 90, secret: null });
    expect(ok({ QUESTION_LOG: "OFF", QUESTION_LOG_DAYS: "30", LOG_SECRET: "a".repeat(40) }).questionLog).toEqual({
      enabled: false,
      retentionDays: 30,
      secret: "a".repeat(40),
    });
  });

  it("explains bad question log settings, without echoing LOG_SECRET", () => {
    expect(problems({ QUESTION_LOG: "maybe" }).some((p) => p.includes("QUESTION_LOG must be on or off"))).toBe(true);
    for (const days of ["0", "-5", "ninety", "1.5"])
      expect(problems({ QUESTION_LOG_DAYS: days }).some((p) => p.includes("QUESTION_LOG_DAYS"))).toBe(true);
    const short = problems({ LOG_SECRET: "zq9short" });
    expect(short.some((p) => p.includes("LOG_SECRET is too short"))).toBe(true);
    for (const p of short) expect(p).not.toContain("zq9short");
  });

  it("reads REDIS_URL (redis:// or rediss://); without it, state stays in this process", () => {
    expect(ok({}).redisUrl).toBeNull();
    expect(ok({ REDIS_URL: "redis://cache.internal:6379/2" }).redisUrl).toBe("redis://cache.internal:6379/2");
    expect(ok({ REDIS_URL: "rediss://:pw@cache.internal:6380" }).redisUrl).toBe("rediss://:pw@cache.internal:6380");
  });

  it("reports a REDIS_URL that is not a Redis URL, without echoing it (it may hold a password)", () => {
    for (const value of ["localhost:6379", "http://cache:6379", "redis//zq9sekrit@cache"]) {
      const found = problems({ REDIS_URL: value });
      expect(found).toHaveLength(1);
      expect(found[0]).toContain("REDIS_URL must be a Redis URL");
      expect(found[0]).not.toContain("zq9sekrit");
    }
  });

  it("never echoes a token value in a problem", () => {
    const found = problems({ SLACK_BOT_TOKEN: "xoxp-9999-zq9sekritvalue", SLACK_APP_TOKEN: "zq9sekritapp", DISCORD_TOKEN: "zq9sekrit.discord.value" });
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const p of found) expect(p).not.toContain("zq9sekrit");
  });
});

describe("npm start with a bad token", () => {
  it(
    "exits 1 with a message naming SLACK_BOT_TOKEN",
    () => {
      const result = runNode("src/main.ts", [], { env: plainEnv({ SLACK_BOT_TOKEN: "bad" }) });
      expect(result.error).toBeUndefined();
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("SLACK_BOT_TOKEN");
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(result.stdout).toBe("");
    },
    SPAWN_TIMEOUT,
  );
});

describe("news channel settings", () => {
  it("reads CHANNELS_FILE, ADMIN_CHANNEL and CHANNEL_REPLIES_PER_HOUR, with defaults", () => {
    const none = parseConfig({});
    expect(none.status === "ok" && none.config.channels).toEqual({ file: null, admin: null, repliesPerHour: 10 });
    const set = parseConfig({ CHANNELS_FILE: "channels.yaml", ADMIN_CHANNEL: "slack:C0123ADMIN", CHANNEL_REPLIES_PER_HOUR: "4" });
    expect(set.status === "ok" && set.config.channels).toEqual({
      file: "channels.yaml",
      admin: { platform: "slack", id: "C0123ADMIN" },
      repliesPerHour: 4,
    });
  });

  it("explains a malformed ADMIN_CHANNEL or cap", () => {
    const bad = parseConfig({ ADMIN_CHANNEL: "#admins", CHANNEL_REPLIES_PER_HOUR: "lots" });
    expect(bad.status).toBe("invalid");
    if (bad.status === "invalid") {
      expect(bad.problems.join("\n")).toMatch(/ADMIN_CHANNEL must be a platform and a channel id, like slack:C0123ADMIN/);
      expect(bad.problems.join("\n")).toMatch(/CHANNEL_REPLIES_PER_HOUR must be a whole number/);
    }
  });
});
