/**
 * A fake Slack for tests: a Web API (node:http) and a Socket Mode server (ws)
 * on 127.0.0.1, ephemeral ports. The real Bolt App talks to it through
 * SLACK_API_URL. Every Web API call and response_url post is recorded with
 * its parsed body; every Socket Mode ack is recorded too.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { describeFault, FaultPlan, writeStatusFault } from "../faults.js";

export interface RecordedCall {
  /** Web API method ("chat.postMessage") or "response_url" for posts to /response/<id>. */
  method: string;
  path: string;
  /** Parsed body; JSON-looking form fields (blocks, attachments) are parsed too. */
  body: Record<string, unknown>;
  /** The body as received (form-encoded or JSON text). */
  raw: string;
  contentType: string;
  authorization: string | undefined;
  /** Position in arrival order, across all calls. */
  seq: number;
}

export interface RecordedAck {
  envelope_id: string;
  payload: unknown;
}

export interface SendOptions {
  retryNum?: number;
  retryReason?: string;
  eventId?: string;
}

export interface WaitOptions {
  timeoutMs?: number;
  /** Only calls that arrived after this sequence number. */
  after?: number;
}

export const BOT_USER_ID = "UBOT0001";
export const BOT_ID = "BBOT0001";
export const TEAM_ID = "T0000001";
export const APP_ID = "A0000001";

const DEFAULT_TIMEOUT_MS = 5000;

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly acks: RecordedAck[] = [];
  /** Methods that should answer { ok: false, error } once (e.g. to test failures). */
  readonly failNext = new Map<string, string>();
  connections = 0;
  /** Faults to inject into Web API calls and response_url posts (see tests/fakes/faults.ts). */
  readonly faults = new FaultPlan();
  /** Requests that got a fault instead of (or, for accept-then-reset, after) normal handling. */
  readonly faulted: { method: string; fault: string; body: Record<string, unknown> }[] = [];
  /** When each Socket Mode connection opened and closed (ms since epoch), in order. */
  readonly connectedAt: number[] = [];
  readonly closedAt: number[] = [];
  /** Called with every recorded call as it arrives (the load run times answers with it). */
  readonly onCall = new Set<(call: RecordedCall) => void>();

  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private socket: WebSocket | null = null;
  private port = 0;
  private seq = 0;
  private tsCounter = 0;
  private readonly listeners = new Set<() => void>();

  private constructor() {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    this.wss = new WebSocketServer({ server: this.server, path: "/socket" });
    this.wss.on("connection", (ws) => {
      this.connections += 1;
      this.connectedAt.push(Date.now());
      this.sockets.add(ws);
      this.socket = ws;
      ws.on("message", (data) => {
        try {
          const parsed = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
          if (parsed.envelope_id) this.acks.push({ envelope_id: parsed.envelope_id, payload: parsed.payload ?? null });
        } catch {
          // not an ack
        }
        this.notify();
      });
      ws.on("close", () => {
        this.closedAt.push(Date.now());
        this.sockets.delete(ws);
        if (this.socket === ws) this.socket = null;
        this.notify();
      });
      ws.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake-slack" } }));
      this.notify();
    });
  }

  static async start(): Promise<FakeSlack> {
    const fake = new FakeSlack();
    await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** Base URL to use as SLACK_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A response_url the fake records posts to. */
  responseUrl(id: string = randomUUID()): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  /** Sequence number of the latest call, for `after:` in waits. */
  get lastSeq(): number {
    return this.seq;
  }

  get connected(): boolean {
    return this.socket !== null;
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Every byte the bot sent out: Web API calls, response_url posts and Socket Mode acks. */
  outgoingText(): string {
    return [...this.calls.map((c) => `${c.raw}\n${JSON.stringify(c.body)}`), ...this.acks.map((a) => JSON.stringify(a))].join("\n");
  }

  // ---------------------------------------------------------------- Socket Mode

  /** Sends an Events API envelope; resolves with the ack once Bolt acknowledges it. */
  async sendEvent(event: Record<string, unknown>, options: SendOptions = {}): Promise<{ envelopeId: string; eventId: string; ack: RecordedAck }> {
    const eventId = options.eventId ?? newEventId();
    const payload = eventsApiPayload(event, eventId);
    const { envelopeId, ack } = await this.sendEnvelope("events_api", payload, options);
    return { envelopeId, eventId, ack };
  }

  /** Sends a slash command envelope; resolves with the ack. */
  async sendSlashCommand(payload: Record<string, unknown>): Promise<{ envelopeId: string; ack: RecordedAck }> {
    return this.sendEnvelope("slash_commands", payload, {}, true);
  }

  /** Sends an interactive (block_actions) envelope; resolves with the ack. */
  async sendInteractive(payload: Record<string, unknown>): Promise<{ envelopeId: string; ack: RecordedAck }> {
    return this.sendEnvelope("interactive", payload, {}, true);
  }

  async sendEnvelope(
    type: string,
    payload: unknown,
    options: SendOptions = {},
    acceptsResponsePayload = false,
  ): Promise<{ envelopeId: string; ack: RecordedAck }> {
    const socket = await this.waitFor(() => this.socket, "a Socket Mode connection");
    const envelopeId = randomUUID();
    const envelope: Record<string, unknown> = { envelope_id: envelopeId, type, payload, accepts_response_payload: acceptsResponsePayload };
    if (type === "events_api") {
      envelope.retry_attempt = options.retryNum ?? 0;
      envelope.retry_reason = options.retryReason ?? (options.retryNum ? "timeout" : "");
    }
    socket.send(JSON.stringify(envelope));
    const ack = await this.waitFor(() => this.acks.find((a) => a.envelope_id === envelopeId), `the ack of ${type} ${envelopeId}`);
    return { envelopeId, ack };
  }

  /**
   * Replicas: sends one event to EVERY open Socket Mode connection, each in its own envelope with
   * the same event_id (as when Slack hands a retry to another connection). Resolves once every
   * connection has acked.
   */
  async sendEventToAll(event: Record<string, unknown>, options: SendOptions = {}): Promise<{ eventId: string; deliveries: number }> {
    const eventId = options.eventId ?? newEventId();
    const payload = eventsApiPayload(event, eventId);
    const sockets = [...this.sockets];
    if (sockets.length === 0) throw new Error("fake Slack: no Socket Mode connection to deliver to");
    const envelopeIds = sockets.map((socket) => {
      const envelopeId = randomUUID();
      const envelope = { envelope_id: envelopeId, type: "events_api", payload, accepts_response_payload: false, retry_attempt: options.retryNum ?? 0, retry_reason: options.retryReason ?? "" };
      socket.send(JSON.stringify(envelope));
      return envelopeId;
    });
    await this.waitFor(() => envelopeIds.every((id) => this.acks.some((a) => a.envelope_id === id)), `acks from ${sockets.length} connections`);
    return { eventId, deliveries: sockets.length };
  }

  /** Open Socket Mode connections (one per replica). */
  get openConnections(): number {
    return this.sockets.size;
  }

  /** Cuts the current Socket Mode connection abruptly, as a network failure would. */
  dropConnection(): void {
    this.socket?.terminate();
  }

  /** Asks the bot to reconnect, as Slack does before recycling a connection ("disconnect" message). */
  sendDisconnect(reason = "refresh_requested"): void {
    this.socket?.send(JSON.stringify({ type: "disconnect", reason, debug_info: { host: "fake-slack" } }));
  }

  // ---------------------------------------------------------------- waiting

  /** Resolves with the first call to `method` (after `after`, matching `match`), polling until the timeout. */
  waitForCall(method: string, match: (call: RecordedCall) => boolean = () => true, options: WaitOptions = {}): Promise<RecordedCall> {
    const after = options.after ?? 0;
    return this.waitFor(
      () => this.calls.find((c) => c.method === method && c.seq > after && match(c)),
      `a ${method} call`,
      options.timeoutMs,
    );
  }

  /** Polls `probe` on every recorded change (and every 20 ms) until it returns something, or fails after the timeout. */
  waitFor<T>(probe: () => T | null | undefined | false, what: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): boolean => {
        const value = probe();
        if (value === null || value === undefined || value === false) return false;
        cleanup();
        resolve(value);
        return true;
      };
      const interval = setInterval(check, 20);
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake Slack: timed out after ${timeoutMs} ms waiting for ${what}. Calls so far: ${this.calls.map((c) => c.method).join(", ") || "none"}`));
      }, timeoutMs);
      const cleanup = () => {
        clearInterval(interval);
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      const listener = () => {
        check();
      };
      this.listeners.add(listener);
      check();
    });
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.sockets.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- HTTP

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `1700000000.${String(this.tsCounter).padStart(6, "0")}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const contentType = String(req.headers["content-type"] ?? "");
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    const body = parseBody(raw, contentType);

    let method: string;
    if (path.startsWith("/api/")) method = path.slice("/api/".length);
    else if (path.startsWith("/response/")) method = "response_url";
    else {
      res.statusCode = 404;
      res.end("not found");
      return;
    }
    const fault = this.faults.take({ method, path, body });
    if (fault) {
      this.faulted.push({ method, fault: describeFault(fault), body });
      if (fault.kind === "reset") {
        req.socket.destroy();
        this.notify();
        return;
      }
      if (fault.kind === "stall") {
        this.notify();
        return;
      }
      if (fault.kind === "status") {
        writeStatusFault(res, fault, { ok: false, error: fault.status === 429 ? "ratelimited" : "internal_error" });
        this.notify();
        return;
      }
    }
    this.seq += 1;
    const recorded: RecordedCall = { method, path, body, raw, contentType, authorization: req.headers.authorization, seq: this.seq };
    this.calls.push(recorded);
    for (const listener of this.onCall) listener(recorded);
    if (fault?.kind === "accept-then-reset") {
      // Taken (recorded, as Slack would have posted it), but the response never arrives.
      if (method === "chat.postMessage") this.nextTs();
      req.socket.destroy();
      this.notify();
      return;
    }

    if (method === "response_url") {
      res.setHeader("content-type", "text/plain");
      res.end("ok");
      this.notify();
      return;
    }

    const failure = this.failNext.get(method);
    if (failure) {
      this.failNext.delete(method);
      this.json(res, { ok: false, error: failure });
      this.notify();
      return;
    }
    this.json(res, this.answer(method, body));
    this.notify();
  }

  private answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return { ok: true, url: "https://fake.slack.com/", team: "Fake", user: "deal-desk", team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID, is_enterprise_install: false };
      case "apps.connections.open":
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket` };
      case "chat.postMessage": {
        const ts = this.nextTs();
        return { ok: true, channel: body.channel, ts, message: { type: "message", text: body.text, bot_id: BOT_ID, user: BOT_USER_ID, ts } };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: this.nextTs() };
      case "chat.update":
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
      default:
        return { ok: false, error: "unknown_method" };
    }
  }

  private json(res: ServerResponse, value: unknown): void {
    res.setHeader("content-type", "application/json; charset=utf-8");
    res.end(JSON.stringify(value));
  }
}

/** Parses a Web API body: JSON, or form-encoded with JSON-looking fields (blocks, attachments) decoded. */
export function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes("application/json")) {
    try {
      const parsed = JSON.parse(raw) as unknown;
      return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : { value: parsed };
    } catch {
      return { raw };
    }
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const trimmed = value.trim();
    if ((trimmed.startsWith("[") || trimmed.startsWith("{")) && key !== "text") {
      try {
        out[key] = JSON.parse(trimmed);
        continue;
      } catch {
        // keep as text
      }
    }
    out[key] = value;
  }
  return out;
}

export function newEventId(): string {
  return `Ev${randomUUID().replace(/-/g, "").slice(0, 12).toUpperCase()}`;
}

/** The Events API body Slack wraps an event in (as posted in HTTP mode, or inside a Socket Mode envelope). */
export function eventCallback(event: Record<string, unknown>, eventId = newEventId()) {
  return {
    token: "verification-token",
    team_id: TEAM_ID,
    api_app_id: APP_ID,
    event,
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
  };
}

/** The events_api payload Slack wraps an event in, as delivered to this workspace's bot. */
function eventsApiPayload(event: Record<string, unknown>, eventId: string): Record<string, unknown> {
  return {
    ...eventCallback(event, eventId),
    authorizations: [{ enterprise_id: null, team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: `ctx-${eventId}`,
  };
}
