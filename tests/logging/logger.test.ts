import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { logTag as hashUser } from "../../src/questions/user-hash.js";
import { createLogger, type LogLevel } from "../../src/logging/logger.js";

function capture(level: LogLevel) {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  const logger = createLogger(level, sink);
  return { logger, records: () => lines.map((l) => JSON.parse(l) as Record<string, any>) };
}

describe("createLogger (pino)", () => {
  it("writes one JSON object a line with level, ISO time, message and detail", () => {
    const { logger, records } = capture("info");
    logger.info("slack: answered", { via: "app_mention", status: "answered" });
    const [record] = records();
    expect(record).toMatchObject({ level: "info", msg: "slack: answered", service: "deal-desk", detail: { via: "app_mention", status: "answered" } });
    expect(new Date(record!.time).toISOString()).toBe(record!.time);
  });

  it("drops lines below LOG_LEVEL", () => {
    const { logger, records } = capture("warn");
    logger.debug("noise");
    logger.info("more noise");
    logger.warn("a warning");
    logger.error("an error");
    expect(records().map((r) => r.level)).toEqual(["warn", "error"]);
  });

  it("logs an error with its message, type and stack", () => {
    const { logger, records } = capture("info");
    logger.error("discord: /ask failed", new TypeError("card index unavailable"));
    const [record] = records();
    expect(record!.err).toMatchObject({ type: "TypeError", message: "card index unavailable" });
    expect(record!.err.stack).toContain("TypeError: card index unavailable");
  });

  it("never writes a raw user id: one passed by mistake is hashed, an already hashed one is kept", () => {
    const { logger, records } = capture("info");
    logger.info("vote", { user_id: "U0HUMAN01" });
    logger.info("vote", { nested: { userId: "123456789012345678" } });
    logger.info("slow down", { user: hashUser("U0HUMAN01") });
    const [first, second, third] = records();
    expect(first!.detail.user_id).toBe(hashUser("U0HUMAN01"));
    expect(second!.detail.nested.userId).toBe(hashUser("123456789012345678"));
    expect(third!.detail.user).toBe(hashUser("U0HUMAN01"));
    expect(JSON.stringify(records())).not.toMatch(/U0HUMAN01|123456789012345678/);
  });

  it("leaves detail without user fields alone", () => {
    const { logger, records } = capture("info");
    logger.info("plain", { count: 3 });
    logger.info("text", "just a string");
    expect(records().map((r) => r.detail)).toEqual([{ count: 3 }, "just a string"]);
  });
});
