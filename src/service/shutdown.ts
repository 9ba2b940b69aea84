import type { RunningAdapter } from "../adapters/adapter.js";
import type { Logger } from "../logging/logger.js";
import { DRAIN_TIMEOUT_MS, type InFlight } from "./in-flight.js";

/**
 * Aborted on the first SIGTERM or SIGINT. A second one gets Node's default: the process ends at once.
 * `managed`: a Discord shard process, stopped by its manager's SIGTERM alone; the SIGINT a terminal's
 * Ctrl-C sends to the whole process group is ignored, so it cannot cut the shard's drain short.
 */
export function shutdownSignal(options: { managed?: boolean } = {}): AbortSignal {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGTERM", stop);
  if (options.managed) process.on("SIGINT", () => undefined);
  else process.once("SIGINT", stop);
  return controller.signal;
}

export function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
}

/**
 * Stops taking events, lets the answers in flight finish (up to DRAIN_TIMEOUT_MS), then disconnects.
 * Each adapter's stop() knows its own order: Slack disconnects at once (its posts go over HTTP and
 * keep working), Discord waits for the drain because destroying its client also drops the REST token.
 */
export async function drainAndStop(running: RunningAdapter[], inFlight: InFlight, logger: Logger, timeoutMs = DRAIN_TIMEOUT_MS): Promise<void> {
  inFlight.close();
  logger.info("Shutting down: taking no new events", { inFlight: inFlight.size });
  const drained = inFlight.drained(timeoutMs);
  await Promise.allSettled([drained, ...running.map((a) => a.stop())]);
  const { left } = await drained;
  if (left > 0) logger.warn(`Shutting down: gave up on ${left} answer(s) still in flight after ${Math.round(timeoutMs / 1000)} s`);
  else logger.info("Shutting down: every answer in flight was sent");
}
