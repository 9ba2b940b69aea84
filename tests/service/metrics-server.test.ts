/**
 * /healthz and /metrics served next to the real adapters (Bolt against the fake Slack, discord.js
 * against the fake Discord): readiness follows the connection, questions are counted.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startMetricsServer, type MetricsServer } from "../../src/service/metrics-server.js";
import { createReadiness } from "../../src/service/readiness.js";
import { startHarness as startDiscord, type Harness as DiscordHarness } from "../fakes/discord/harness.js";
import { IDS, messageCreate } from "../fakes/discord/payloads.js";
import { startHarness as startSlack, type Harness as SlackHarness } from "../fakes/slack/harness.js";
import { mentionEvent } from "../fakes/slack/payloads.js";
import { ORACLE_QUESTION } from "../fakes/slack/shared.js";
import { fixtureDesk } from "../helpers/fixture-desk.js";
import { getText, sample, until } from "./metrics-text.js";

let server: MetricsServer | null = null;
let slack: SlackHarness | null = null;
let discord: DiscordHarness | null = null;
afterEach(async () => {
  await slack?.close();
  await discord?.close();
  await server?.close();
  slack = discord = server = null;
});

const url = (path: string) => `http://127.0.0.1:${server!.port}${path}`;
const health = async () => {
  const { status, text } = await getText(url("/healthz"));
  return { status, body: JSON.parse(text) as { status: string; waiting_for?: string[] } };
};
const metrics = async () => (await getText(url("/metrics"))).text;

describe("GET /healthz", { timeout: 20_000 }, () => {
  it("is 503 until the knowledge is loaded and Slack is connected, 503 while the socket is down, 200 once it is back", async () => {
    const readiness = createReadiness(["slack"]);
    server = await startMetricsServer(0, readiness);
    expect(await health()).toEqual({ status: 503, body: { status: "not_ready", waiting_for: ["knowledge", "slack"] } });
    readiness.knowledgeLoaded();
    expect(await health()).toEqual({ status: 503, body: { status: "not_ready", waiting_for: ["slack"] } });

    slack = await startSlack({ tuning: { socketClientPingTimeoutMs: 300 } });
    readiness.adapterStarted(slack.adapter);
    expect(await health()).toEqual({ status: 200, body: { status: "ready" } });
    const reconnectsBefore = sample(await metrics(), "dealdesk_reconnects_total", { platform: "slack" });

    slack.fake.dropConnection();
    await until("healthz to report Slack down", async () => (await health()).status === 503);
    expect((await health()).body.waiting_for).toEqual(["slack"]);
    await until("healthz to be ready again after the reconnect", async () => (await health()).status === 200);
    expect(slack.fake.connections).toBe(2);
    expect(sample(await metrics(), "dealdesk_reconnects_total", { platform: "slack" })).toBe(reconnectsBefore + 1);

    readiness.stopping();
    expect(await health()).toEqual({ status: 503, body: { status: "not_ready", waiting_for: ["shutting down"] } });
  });

  it("follows the Discord gateway: 200 while connected, 503 once the client is gone", async () => {
    const readiness = createReadiness(["discord"]);
    readiness.knowledgeLoaded();
    server = await startMetricsServer(0, readiness);
    discord = await startDiscord(fixtureDesk());
    readiness.adapterStarted(discord.adapter);
    expect((await health()).status).toBe(200);
    await discord.adapter.stop();
    expect(await health()).toEqual({ status: 503, body: { status: "not_ready", waiting_for: ["discord"] } });
  });

  it("answers only /healthz and /metrics", async () => {
    server = await startMetricsServer(0, createReadiness([]));
    expect((await getText(url("/"))).status).toBe(404);
    expect((await fetch(url("/metrics"), { method: "POST" })).status).toBe(405);
  });
});

describe("GET /metrics", { timeout: 20_000 }, () => {
  it("counts a question answered through Slack, by status, and times it", async () => {
    server = await startMetricsServer(0, createReadiness([]));
    slack = await startSlack();
    const before = await metrics();
    await slack.fake.sendEvent(mentionEvent(ORACLE_QUESTION));
    await slack.fake.waitForCall("chat.postMessage");
    const { text: after, type } = await getText(url("/metrics"));
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    const asked = (t: string, labels: Record<string, string>) => sample(t, "dealdesk_questions_total", labels);
    expect(asked(after, { platform: "slack" })).toBe(asked(before, { platform: "slack" }) + 1);
    expect(asked(after, { platform: "slack", status: "answered" })).toBe(asked(before, { platform: "slack", status: "answered" }) + 1);
    const timed = (t: string) => sample(t, "dealdesk_answer_duration_seconds_count", { platform: "slack" });
    expect(timed(after)).toBe(timed(before) + 1);
    for (const name of ["dealdesk_send_retries_total", "dealdesk_send_failures_total", "dealdesk_reconnects_total", "dealdesk_knowledge_reloads_total"])
      expect(after).toContain(`# TYPE ${name} counter`);
    expect(after).toContain("# TYPE dealdesk_answer_duration_seconds histogram");
  });

  it("counts a question answered through Discord", async () => {
    server = await startMetricsServer(0, createReadiness([]));
    discord = await startDiscord(fixtureDesk());
    const before = sample(await metrics(), "dealdesk_questions_total", { platform: "discord" });
    const message = messageCreate(`<@${IDS.bot}> how much is the oracle deal worth?`);
    await discord.fake.dispatch("MESSAGE_CREATE", message);
    await discord.fake.waitForCall("POST", new RegExp(`^/api/v10/channels/${IDS.channel}/messages$`));
    expect(sample(await metrics(), "dealdesk_questions_total", { platform: "discord" })).toBe(before + 1);
  });
});
