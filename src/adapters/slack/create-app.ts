import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver, SocketModeReceiver, type webApi } from "@slack/bolt";
import type { SlackConfig } from "../../config/env.js";
import type { Logger } from "../../logging/logger.js";
import { boltLogger } from "./bolt-logger.js";
import { createDelivery, type Delivery, type DeliveryOptions } from "../../delivery/deliver.js";
import { countSendFailure, countSendRetry } from "../../service/metrics.js";
import { watchSocket } from "./connection-state.js";
import { deliveringFetch } from "./delivering-fetch.js";
import { guardReconnects, quickenReconnects } from "./reconnect-guard.js";

/** Bolt's HTTP endpoint for events, commands and interactivity (the Request URL path). */
export const HTTP_ENDPOINT = "/slack/events";

/**
 * Web API calls the bot makes (chat.postMessage, chat.update…): WebClient itself does not retry and
 * does not pause on a 429 (that would pause every channel). Retries, Retry-After and timeouts are
 * Delivery's job, in `deliveringFetch`, one lane per channel.
 */
export const BOT_RETRY_CONFIG: webApi.RetryOptions = { retries: 0 };

/**
 * The Socket Mode client's own Web API calls (apps.connections.open when it
 * reconnects): more patient, about two minutes; past that the reconnect guard
 * takes over and tries every 30 s. Kept in a separate options object on
 * purpose: SocketModeClient writes `retryConfig: { retries: 100 }` into the
 * object it is given when none is set, and Bolt's per-workspace clients copy
 * the App's options, so sharing one object would make chat.postMessage retry
 * 100 times.
 */
export const SOCKET_RETRY_CONFIG: webApi.RetryOptions = { retries: 10, factor: 1.6, minTimeout: 1000, maxTimeout: 30_000 };

/** Timing knobs, for tests; production uses the defaults. */
export interface SlackTuning {
  /** Wait before trying Socket Mode again after a failed reconnect (default 30 s). */
  socketReconnectDelayMs?: number;
  /** Socket Mode ping/pong timeout; also the base of its reconnect back-off (library default 5 s). */
  socketClientPingTimeoutMs?: number;
  /** First wait before reconnecting after a drop or a "disconnect" message (default 100 ms, doubling per failure). */
  socketFirstReconnectDelayMs?: number;
  /** Retry policy, clock and hooks for replies (default: DEFAULT_RETRY_POLICY, real time). */
  delivery?: DeliveryOptions;
}

export const SOCKET_FIRST_RECONNECT_DELAY_MS = 100;
const SOCKET_MAX_RECONNECT_DELAY_MS = 10_000;

export const SOCKET_RECONNECT_DELAY_MS = 30_000;

export interface SlackAppHandle {
  app: App;
  mode: SlackConfig["mode"];
  /** Verifies the bot token (auth.test), then connects (socket) or listens (http). Resolves with the HTTP port, or null in socket mode. */
  start(): Promise<{ port: number | null }>;
  /** Disconnects / stops listening. Safe to call more than once, or after a failed start. */
  stop(): Promise<void>;
  /** Connected (Socket Mode) or listening (HTTP mode) right now. */
  ready(): boolean;
}

/** How long stop() waits for the Socket Mode close handshake before giving up on it. */
const SOCKET_CLOSE_WAIT_MS = 3000;

function clientOptions(config: SlackConfig, retryConfig: webApi.RetryOptions): webApi.WebClientOptions {
  return { retryConfig, ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}) };
}

/**
 * The bot's WebClient options (also used by Bolt's per-event clients and by `respond`): every request
 * goes through Delivery. No WebClient-level queue limit: a busy channel's lane would otherwise fill
 * all of its 100 slots and stall every other channel.
 */
function botClientOptions(config: SlackConfig, delivery: Delivery): webApi.WebClientOptions {
  return {
    ...clientOptions(config, BOT_RETRY_CONFIG),
    fetch: deliveringFetch(delivery),
    rejectRateLimitedCalls: true,
    maxRequestConcurrency: 10_000,
    timeout: 0,
  };
}

function createBotDelivery(logger: Logger, options: DeliveryOptions = {}): Delivery {
  return createDelivery({
    ...options,
    onRetry(event) {
      logger.debug(`slack: send retry (${event.reason})`, { lane: event.key, attempt: event.attempt, delayMs: Math.round(event.delayMs) });
      countSendRetry("slack");
      options.onRetry?.(event);
    },
    onGiveUp(event) {
      logger.warn(`slack: gave up sending (${event.reason})`, { lane: event.key, attempts: event.attempts });
      countSendFailure("slack");
      options.onGiveUp?.(event);
    },
  });
}

/**
 * Builds the Bolt App and its receiver. Socket Mode with an app-level token;
 * HTTP mode (Bolt's HTTPReceiver, signature verification on, POST /slack/events)
 * with a signing secret. SLACK_API_URL (config.apiUrl) redirects every Web API
 * call, including Socket Mode's apps.connections.open.
 */
export function createSlackApp(config: SlackConfig, logger: Logger, tuning: SlackTuning = {}): SlackAppHandle {
  const log = boltLogger(logger);
  const delivery = createBotDelivery(logger, tuning.delivery);
  const common = {
    token: config.botToken,
    logger: log,
    clientOptions: botClientOptions(config, delivery),
    // Our edge filter drops bot messages (this app's included) before anything else runs.
    ignoreSelf: false,
    convoStore: false as const,
    // auth.test runs in start(), where a bad token becomes a clear startup error instead of an unhandled rejection.
    deferInitialization: true,
  };

  if (config.mode === "socket") {
    const receiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger: log,
      installerOptions: { clientOptions: clientOptions(config, SOCKET_RETRY_CONFIG) },
      ...(tuning.socketClientPingTimeoutMs ? { clientPingTimeout: tuning.socketClientPingTimeoutMs } : {}),
    });
    const app = new App({ ...common, receiver });
    const guard = guardReconnects(receiver.client, logger, tuning.socketReconnectDelayMs ?? SOCKET_RECONNECT_DELAY_MS);
    if (!quickenReconnects(receiver.client, tuning.socketFirstReconnectDelayMs ?? SOCKET_FIRST_RECONNECT_DELAY_MS, SOCKET_MAX_RECONNECT_DELAY_MS))
      logger.warn("slack: this @slack/socket-mode has no delayReconnectAttempt; reconnects keep the library's delay");
    const socket = watchSocket(receiver.client);
    let started = false;
    return {
      app,
      mode: "socket",
      ready: () => socket.connected(),
      async start() {
        await app.init();
        started = true;
        await receiver.start();
        guard.connected();
        return { port: null };
      },
      async stop() {
        guard.stop();
        if (!started) return;
        started = false;
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          receiver.client.disconnect(),
          new Promise<void>((resolve) => {
            timer = setTimeout(resolve, SOCKET_CLOSE_WAIT_MS);
          }),
        ]);
        clearTimeout(timer);
      },
    };
  }

  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    signatureVerification: true,
    endpoints: HTTP_ENDPOINT,
    port: config.port,
    logger: log,
    // Ack right away; the answer goes out through the Web API / response_url afterwards.
    processBeforeResponse: false,
  });
  const app = new App({ ...common, receiver });
  let server: Server | null = null;
  return {
    app,
    mode: "http",
    ready: () => server?.listening === true,
    async start() {
      await app.init();
      server = await receiver.start(config.port);
      const address = server.address() as AddressInfo | null;
      return { port: address?.port ?? config.port };
    },
    async stop() {
      if (!server) return;
      const running = server;
      server = null;
      running.closeIdleConnections();
      await receiver.stop();
    },
  };
}
