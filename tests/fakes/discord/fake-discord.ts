import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import type { WebSocket } from "ws";
import { describeFault, FaultPlan, writeStatusFault } from "../faults.js";
import { BOT_USER, guildCreatePayload, IDS, messageObject, nextId, readyPayload } from "./payloads.js";

/** One REST call the bot made, with its body parsed (JSON, or payload_json of a multipart body). */
export interface RecordedCall {
  method: string;
  /** Decoded path, e.g. /api/v10/webhooks/1/tok/messages/@original */
  path: string;
  /** The path as it arrived on the wire, e.g. .../messages/%40original */
  rawPath: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: any;
  /** The message the fake stored, for a posted message (its id is what people reply to). */
  response?: any;
}

export interface GatewayFrame {
  op: number;
  d: any;
  s?: number | null;
  t?: string | null;
}

export interface WaitOptions {
  /** Only calls recorded at or after this index (take `fake.calls.length` before acting). */
  after?: number;
  predicate?: (call: RecordedCall) => boolean;
  timeoutMs?: number;
}

export interface FakeDiscord {
  /** REST base to give discord.js (`rest.api`) or DISCORD_API_URL: http://127.0.0.1:port/api */
  apiUrl: string;
  gatewayUrl: string;
  calls: RecordedCall[];
  /** Every frame the client sent on the gateway (IDENTIFY, heartbeats...). */
  received: GatewayFrame[];
  /**
   * Sends a dispatch (op 0) on the open gateway connection, once the client has identified; with
   * `shard`, on the connection that identified as that shard (a bot running several shards).
   */
  dispatch(event: string, data: unknown, options?: { shard?: number }): Promise<void>;
  waitForCall(method: string, path: RegExp, options?: WaitOptions): Promise<RecordedCall>;
  /** Calls matching method and path since `after`. */
  callsTo(method: string, path: RegExp, after?: number): RecordedCall[];
  waitForIdentify(timeoutMs?: number): Promise<GatewayFrame>;
  /** Faults to inject into REST calls (see tests/fakes/faults.ts). */
  faults: FaultPlan;
  /** REST requests that got a fault instead of (or, for accept-then-reset, after) normal handling. */
  faulted: { method: string; path: string; fault: string; body: any }[];
  /** Channel message posts that created a message (a repeated nonce with enforce_nonce creates none). */
  created: RecordedCall[];
  /** Called with every recorded REST call as it arrives (the load run times answers with it). */
  onCall: Set<(call: RecordedCall) => void>;
  /** RESUMEs (op 6) the gateway answered. */
  resumes: number;
  /**
   * Closes the gateway connection with `code` (4000: unknown error, which clients resume after).
   * Dispatches sent until the client RESUMEs are held and replayed on RESUME, as Discord does.
   */
  closeGateway(code?: number): Promise<void>;
  /**
   * Drops what the fake remembers of past traffic (calls, gateway frames, dispatches already sent,
   * created messages), so a long load run measures the bot's memory, not the fake's.
   */
  forgetHistory(): void;
  close(): Promise<void>;
}

const API = "/api/v10";

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseBody(raw: Buffer, contentType: string | undefined): Promise<unknown> {
  if (!raw.length) return null;
  if (contentType?.startsWith("multipart/form-data")) {
    const form = await new Response(new Uint8Array(raw), { headers: { "content-type": contentType } }).formData();
    const payload = form.get("payload_json");
    return typeof payload === "string" ? JSON.parse(payload) : null;
  }
  const text = raw.toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Keeps a lookup table to its newest `max` entries (a retry comes within seconds, not thousands of events later). */
function bound<K, V>(table: Map<K, V> | Set<K>, max = 1_000): void {
  while (table.size > max) table.delete(table.keys().next().value as K);
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (status === 204 || body === undefined) {
    // A 204 carries no body and no JSON content-type (discord.js would try to parse it).
    res.writeHead(status);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function poll<T>(what: string, timeoutMs: number, probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`fake discord: timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The message the fake "stores" for a bot reply: the request body echoed back as a message object. */
function echoMessage(body: any, channelId: string) {
  return messageObject({
    channelId,
    author: BOT_USER,
    content: typeof body?.content === "string" ? body.content : "",
    embeds: Array.isArray(body?.embeds) ? body.embeds : [],
    components: Array.isArray(body?.components) ? body.components : [],
    flags: typeof body?.flags === "number" ? body.flags : 0,
    messageReference: body?.message_reference
      ? { message_id: body.message_reference.message_id, channel_id: channelId, guild_id: IDS.guild }
      : undefined,
  });
}

/**
 * A fake Discord on 127.0.0.1: REST (node:http) and gateway (ws) on one random port.
 * REST answers the routes the bot uses and records every call; the gateway does
 * HELLO -> IDENTIFY -> READY + GUILD_CREATE, acks heartbeats, and sends test dispatches.
 */
export interface FakeDiscordOptions {
  /** Shards GET /gateway/bot recommends (default 1). Every shard is shown the test guild, so a test can route through either. */
  shards?: number;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const calls: RecordedCall[] = [];
  const received: GatewayFrame[] = [];
  let origin = "";
  let gatewayUrl = "";
  let sequence = 0;
  let identified: WebSocket | null = null;
  /** The connection of each shard id, from IDENTIFY's `shard: [id, count]` (0 when absent). */
  const byShard = new Map<number, WebSocket>();
  /** Channel of each interaction token, so webhook replies land in the right channel. */
  const channelOfToken = new Map<string, string>();
  const faults = new FaultPlan();
  const faulted: FakeDiscord["faulted"] = [];
  const created: RecordedCall[] = [];
  /** Messages by `${channel}:${nonce}`, for enforce_nonce. */
  const byNonce = new Map<string, unknown>();
  const acknowledged = new Set<string>();
  /** Every dispatch sent in this session, for replay on RESUME. */
  const dispatched: GatewayFrame[] = [];
  /** Between closeGateway() and the client's RESUME: dispatches are held for replay. */
  let awaitingResume = false;
  let resumes = 0;
  const onCall = new Set<(call: RecordedCall) => void>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", origin);
    const raw = await readBody(req);
    const body = await parseBody(raw, req.headers["content-type"]);
    const path = decodeURIComponent(url.pathname);
    const call: RecordedCall = { method: req.method ?? "GET", path, rawPath: url.pathname, query: url.searchParams, headers: req.headers, body };
    const fault = faults.take({ method: call.method, path, body });
    if (fault) {
      faulted.push({ method: call.method, path, fault: describeFault(fault), body });
      if (fault.kind === "reset") return void req.socket.destroy();
      if (fault.kind === "stall") return;
      if (fault.kind === "status") {
        const retryAfter = fault.retryAfterS ?? 0;
        return writeStatusFault(res, fault, fault.status === 429 ? { message: "You are being rate limited.", retry_after: retryAfter, global: false } : { message: "Internal Server Error", code: 0 });
      }
      // accept-then-reset: handled as usual below, then the connection drops instead of the response.
      res.writeHead = (() => res) as unknown as typeof res.writeHead;
      res.end = (() => {
        req.socket.destroy();
        return res;
      }) as unknown as typeof res.end;
    }
    calls.push(call);
    for (const listener of onCall) listener(call);
    const route = `${call.method} ${path.startsWith(API) ? path.slice(API.length) : path}`;
    let m: RegExpMatchArray | null;

    if (route === "GET /gateway/bot") {
      return send(res, 200, {
        url: gatewayUrl,
        shards: options.shards ?? 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (route === "GET /gateway") return send(res, 200, { url: gatewayUrl });
    if (route === "GET /users/@me") return send(res, 200, BOT_USER);
    if ((m = route.match(/^POST \/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      if (acknowledged.has(m[1]!)) return send(res, 400, { message: "Interaction has already been acknowledged.", code: 40060 });
      acknowledged.add(m[1]!);
      bound(acknowledged);
      const interactionChannel = channelOfToken.get(m[2]!) ?? IDS.channel;
      if (url.searchParams.get("with_response") === "true") {
        return send(res, 200, {
          interaction: { id: m[1], type: 2, response_message_loading: false, response_message_ephemeral: false },
          resource: { type: body && typeof body === "object" ? (body as any).type : 4, message: echoMessage((body as any)?.data, interactionChannel) },
        });
      }
      return send(res, 204);
    }
    if ((m = route.match(/^(PATCH|GET) \/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/))) {
      return send(res, 200, echoMessage(body, channelOfToken.get(m[3]!) ?? IDS.channel));
    }
    if ((m = route.match(/^DELETE \/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/))) return send(res, 204);
    if ((m = route.match(/^POST \/webhooks\/(\d+)\/([^/]+)$/))) {
      return send(res, 200, echoMessage(body, channelOfToken.get(m[2]!) ?? IDS.channel));
    }
    if ((m = route.match(/^POST \/channels\/(\d+)\/messages$/))) {
      const b = body as { nonce?: unknown; enforce_nonce?: unknown } | null;
      const nonceKey = b?.enforce_nonce && b.nonce !== undefined ? `${m[1]}:${String(b.nonce)}` : null;
      const known = nonceKey ? byNonce.get(nonceKey) : undefined;
      if (known) {
        call.response = known;
        return send(res, 200, known);
      }
      const message = echoMessage(body, m[1]!);
      call.response = message;
      if (nonceKey) byNonce.set(nonceKey, message);
      bound(byNonce);
      created.push(call);
      return send(res, 200, message);
    }
    if ((m = route.match(/^POST \/channels\/(\d+)\/typing$/))) return send(res, 204);
    if ((m = route.match(/^POST \/channels\/(\d+)\/messages\/(\d+)\/crosspost$/))) {
      return send(res, 200, { ...echoMessage({}, m[1]!), id: m[2], flags: 1 });
    }
    if ((m = route.match(/^PUT \/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      const list = Array.isArray(body) ? body : [];
      return send(
        res,
        200,
        list.map((command: any) => ({
          id: nextId(),
          application_id: m![1],
          ...(m![2] ? { guild_id: m![2] } : {}),
          version: nextId(),
          default_member_permissions: null,
          ...command,
        })),
      );
    }
    return send(res, 404, { message: "404: Not Found", code: 0 });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error), code: 0 }));
  });
  const wss = new WebSocketServer({ server, path: "/gateway" });

  function sendFrame(socket: WebSocket, frame: GatewayFrame): Promise<void> {
    return new Promise((resolve, reject) => socket.send(JSON.stringify(frame), (error) => (error ? reject(error) : resolve())));
  }

  function sendDispatch(socket: WebSocket | null, event: string, data: unknown): Promise<void> {
    sequence += 1;
    const frame: GatewayFrame = { op: 0, t: event, s: sequence, d: data };
    dispatched.push(frame);
    return socket ? sendFrame(socket, frame) : Promise.resolve();
  }

  wss.on("connection", (socket) => {
    socket.on("message", (data) => {
      let frame: GatewayFrame;
      try {
        frame = JSON.parse(data.toString()) as GatewayFrame;
      } catch {
        return;
      }
      received.push(frame);
      if (frame.op === 1) void sendFrame(socket, { op: 11, d: null, s: null, t: null }).catch(() => {});
      if (frame.op === 6) {
        // RESUME: replay what the client missed, then RESUMED.
        resumes += 1;
        const from = Number(frame.d?.seq ?? 0);
        void (async () => {
          for (const missed of dispatched.filter((f) => (f.s ?? 0) > from)) await sendFrame(socket, missed);
          awaitingResume = false;
          identified = socket;
          await sendDispatch(socket, "RESUMED", null);
        })().catch(() => {});
      }
      if (frame.op === 2) {
        dispatched.length = 0;
        identified = socket;
        const shard: [number, number] = Array.isArray(frame.d?.shard) ? [Number(frame.d.shard[0]), Number(frame.d.shard[1])] : [0, 1];
        byShard.set(shard[0], socket);
        void (async () => {
          await sendDispatch(socket, "READY", { ...readyPayload(gatewayUrl), shard });
          await sendDispatch(socket, "GUILD_CREATE", guildCreatePayload());
        })().catch(() => {});
      }
    });
    socket.on("close", () => {
      if (identified === socket) identified = null;
      for (const [id, open] of byShard) if (open === socket) byShard.delete(id);
    });
    void sendFrame(socket, { op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null }).catch(() => {});
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  function callsTo(method: string, path: RegExp, after = 0): RecordedCall[] {
    return calls.slice(after).filter((c) => c.method === method && path.test(c.path));
  }

  return {
    apiUrl: `${origin}/api`,
    gatewayUrl,
    calls,
    received,
    async dispatch(event, data, options = {}) {
      const { shard } = options;
      const socket =
        shard !== undefined
          ? await poll(`the gateway connection of shard ${shard}`, 5000, () => byShard.get(shard))
          : awaitingResume
            ? null
            : await poll("an identified gateway connection", 5000, () => identified ?? undefined);
      // Interaction webhooks answer in the interaction's channel.
      const d = data as { token?: string; channel_id?: string } | null;
      if (event === "INTERACTION_CREATE" && d?.token) channelOfToken.set(d.token, d.channel_id ?? IDS.channel);
      bound(channelOfToken);
      await sendDispatch(socket, event, data);
    },
    faults,
    faulted,
    created,
    onCall,
    get resumes() {
      return resumes;
    },
    async closeGateway(code = 4000) {
      const socket = identified;
      awaitingResume = true;
      identified = null;
      socket?.close(code, "fake: closing to test RESUME");
    },
    forgetHistory() {
      calls.length = 0;
      received.length = 0;
      faulted.length = 0;
      created.length = 0;
      // Dispatches already sent need no replay; while a RESUME is awaited they are still owed.
      if (!awaitingResume) dispatched.length = 0;
    },
    waitForCall(method, path, options = {}) {
      const { after = 0, predicate = () => true, timeoutMs = 5000 } = options;
      return poll(`${method} ${path}`, timeoutMs, () => callsTo(method, path, after).find(predicate));
    },
    callsTo,
    waitForIdentify(timeoutMs = 5000) {
      return poll("IDENTIFY", timeoutMs, () => received.find((f) => f.op === 2));
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
