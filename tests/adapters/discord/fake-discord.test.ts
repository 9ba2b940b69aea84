import { afterAll, beforeAll, expect, test } from "vitest";
import { startFakeDiscord } from "../../fakes/discord/fake-discord.js";
import type { FakeDiscord } from "../../fakes/discord/fake-discord.js";

// The fake itself: the parts the adapter tests don't happen to exercise.
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

test("GET /gateway/bot points at the fake gateway", async () => {
  const res = await fetch(`${fake.apiUrl}/v10/gateway/bot`);
  const body = await res.json();
  expect(body).toMatchObject({ url: fake.gatewayUrl, shards: 1, session_start_limit: { remaining: 999 } });
});

test("a 204 carries no JSON content-type", async () => {
  const res = await fetch(`${fake.apiUrl}/v10/interactions/1/tok/callback`, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
  expect(res.status).toBe(204);
  expect(res.headers.get("content-type")).toBeNull();
});

test("multipart bodies are recorded from payload_json", async () => {
  const form = new FormData();
  form.append("payload_json", JSON.stringify({ content: "with a file" }));
  form.append("files[0]", new Blob(["hello"]), "hello.txt");
  const mark = fake.calls.length;
  const res = await fetch(`${fake.apiUrl}/v10/channels/333333333333333333/messages`, { method: "POST", body: form });
  expect(res.status).toBe(200);
  const call = await fake.waitForCall("POST", /\/channels\/\d+\/messages$/, { after: mark });
  expect(call.body).toEqual({ content: "with a file" });
});

test("unknown routes are recorded and answered 404", async () => {
  const mark = fake.calls.length;
  const res = await fetch(`${fake.apiUrl}/v10/nothing/here`);
  expect(res.status).toBe(404);
  expect(fake.callsTo("GET", /\/nothing\/here$/, mark)).toHaveLength(1);
});
