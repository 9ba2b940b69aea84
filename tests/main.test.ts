/**
 * The real process (`npm start`: node --import tsx src/main.ts): JSON logs on stderr, /healthz and
 * /metrics on METRICS_PORT, and a SIGTERM that still delivers the answer in flight, then exits 0.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FakeSlack } from "./fakes/slack/fake-slack.js";
import { HUMAN, mentionEvent } from "./fakes/slack/payloads.js";
import { ORACLE_QUESTION } from "./fakes/slack/shared.js";
import { startHoldingProxy, type HoldingProxy } from "./service/holding-proxy.js";
import { getText, sample, until } from "./service/metrics-text.js";
import { spawnMain, type RunningMain } from "./service/spawn-main.js";

let main: RunningMain | null = null;
let fake: FakeSlack | null = null;
let proxy: HoldingProxy | null = null;
let dataDir: string | null = null;
afterEach(async () => {
  if (main && main.child.exitCode === null && main.child.signalCode === null) main.child.kill("SIGKILL");
  proxy?.release();
  await proxy?.close();
  await fake?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  main = fake = proxy = dataDir = null;
});

describe("npm start as a service", { timeout: 90_000 }, () => {
  it("in console mode: answers piped questions on stdout, logs JSON lines on stderr, counts the question in /metrics, exits 0 on SIGTERM", async () => {
    main = spawnMain({ METRICS_PORT: "0" });
    const port = await main.metricsPort();
    main.child.stdin!.write("how much is the oracle deal worth?\n");
    await until("the answer on stdout", () => /confidence · \d+%/.test(main!.stdout()), 30_000);
    const metrics = (await getText(`http://127.0.0.1:${port}/metrics`)).text;
    expect(sample(metrics, "dealdesk_questions_total", { platform: "console" })).toBe(1);
    expect(await getText(`http://127.0.0.1:${port}/healthz`)).toMatchObject({ status: 200 });

    main.child.kill("SIGTERM"); // stdin is still open: only the signal ends it
    expect(await main.exited).toEqual({ code: 0, signal: null });
    const logs = main.logs();
    expect(logs.length).toBeGreaterThan(0);
    for (const line of logs) {
      expect(["debug", "info", "warn", "error"]).toContain(line.level);
      expect(Number.isNaN(Date.parse(line.time))).toBe(false);
      expect(typeof line.msg).toBe("string");
    }
    expect(main.stdout()).not.toContain('"level"');
  });

  it("with Slack: ready once connected; on SIGTERM stops taking events, still posts the answer in flight, exits 0", async () => {
    fake = await FakeSlack.start();
    proxy = await startHoldingProxy(fake.apiUrl, "chat.postMessage");
    dataDir = await mkdtemp(join(tmpdir(), "deal-desk-main-"));
    main = spawnMain({
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_APP_TOKEN: "xapp-test-token",
      SLACK_API_URL: proxy.apiUrl,
      METRICS_PORT: "0",
      DATA_DIR: dataDir,
    });
    const port = await main.metricsPort();
    const health = async () => {
      const { status, text } = await getText(`http://127.0.0.1:${port}/healthz`);
      return { status, body: JSON.parse(text) as { waiting_for?: string[] } };
    };
    await main.waitForLog((l) => l.msg.startsWith("Deal Desk is running"), "Deal Desk is running");
    expect((await health()).status).toBe(200);

    const event = mentionEvent(ORACLE_QUESTION);
    await fake.sendEvent(event);
    await until("the answer's post to reach Slack (held there)", () => proxy!.held() === 1, 30_000);

    main.child.kill("SIGTERM");
    // It stops taking events (the Socket Mode connection closes) while the answer is still in flight…
    await fake.waitFor(() => !fake!.connected, "the Socket Mode connection to close", 15_000);
    expect(await health()).toEqual({ status: 503, body: { status: "not_ready", waiting_for: ["shutting down", "slack"] } });
    expect(fake.callsTo("chat.postMessage")).toHaveLength(0);
    // …and once the post goes through, it is delivered and the process exits cleanly.
    proxy.release();
    expect(await main.exited).toEqual({ code: 0, signal: null });
    const posts = fake.callsTo("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.thread_ts).toBe(event.ts);
    expect(main.logs().some((l) => l.msg === "Shutting down: every answer in flight was sent")).toBe(true);
    expect(main.stderr()).not.toContain(HUMAN);
  });
});
