import type { Middleware, AnyMiddlewareArgs } from "@slack/bolt";
import type { Logger } from "../../logging/logger.js";
import { inFlight } from "../../service/in-flight.js";

/**
 * Global middleware: every event that gets past the edge filter is counted in flight until its
 * listeners finish, so shutdown can wait for the answer to be posted. Once shutdown has begun
 * (Socket Mode already disconnected, the HTTP server closed) a straggler is dropped.
 */
export function trackInFlight(logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ next }) => {
    const handled = await inFlight.track(async () => {
      await next();
      return true;
    });
    if (!handled) logger.info("slack: dropped an event that arrived during shutdown");
  };
}
