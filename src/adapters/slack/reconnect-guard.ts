import type { Logger } from "../../logging/logger.js";
import { describeError } from "./error-funnel.js";

/** The part of @slack/socket-mode's SocketModeClient the guard touches. */
interface StartableClient {
  start(): Promise<unknown>;
}

export interface ReconnectGuard {
  /** Call once the first connection is up: from then on, failed (re)starts are retried instead of thrown. */
  connected(): void;
  /** Stops retrying (call before disconnecting). */
  stop(): void;
}

/**
 * @slack/socket-mode reconnects by itself after a dropped connection, but if
 * that reconnect fails for good (Slack unreachable past its Web API retries,
 * or an auth error) the failure is an unhandled rejection and the client
 * never tries again: the bot stays up but deaf. This wraps the client's
 * `start` so that, after the first successful connection, a failed start is
 * logged and retried every `delayMs` until it works or the adapter stops.
 * The first start still fails loudly: that is a configuration problem.
 */
export function guardReconnects(client: StartableClient, logger: Logger, delayMs: number): ReconnectGuard {
  const originalStart = client.start.bind(client);
  let everConnected = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const retryLater = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!stopped) client.start().catch(() => undefined);
    }, delayMs);
  };

  client.start = async () => {
    try {
      return await originalStart();
    } catch (error) {
      if (!everConnected) throw error;
      if (stopped) return undefined;
      logger.error(`slack: Socket Mode reconnect failed, trying again in ${Math.round(delayMs / 1000)} s`, describeError(error));
      retryLater();
      return undefined;
    }
  };

  return {
    connected() {
      everConnected = true;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

/** The private parts of @slack/socket-mode's SocketModeClient that decide how long it waits to reconnect. */
interface ReconnectTiming {
  delayReconnectAttempt?: (this: ReconnectTiming, cb: unknown) => Promise<unknown>;
  clientPingTimeoutMS?: number;
  numOfConsecutiveReconnectionFailures?: number;
}

/**
 * @slack/socket-mode waits clientPingTimeout × failures (5 s, 10 s, …) before reconnecting, after a
 * drop and after Slack's "disconnect" message alike. This makes that wait `firstDelayMs` the first
 * time, doubling per consecutive failure up to `maxDelayMs`, by lending the library's own
 * delayReconnectAttempt a different base for the one call. The ping timeout itself is untouched.
 * Returns false (and changes nothing) if the library no longer has that method.
 */
export function quickenReconnects(client: object, firstDelayMs: number, maxDelayMs: number): boolean {
  const timing = client as ReconnectTiming;
  const original = timing.delayReconnectAttempt;
  if (typeof original !== "function" || typeof timing.clientPingTimeoutMS !== "number") return false;
  timing.delayReconnectAttempt = function (this: ReconnectTiming, cb: unknown) {
    const failures = (this.numOfConsecutiveReconnectionFailures ?? 0) + 1;
    const wanted = Math.min(maxDelayMs, firstDelayMs * 2 ** (failures - 1));
    const saved = this.clientPingTimeoutMS;
    // The library multiplies its base by the failure count; hand it the base that yields `wanted`.
    this.clientPingTimeoutMS = wanted / failures;
    try {
      return original.call(this, cb);
    } finally {
      this.clientPingTimeoutMS = saved;
    }
  };
  return true;
}
