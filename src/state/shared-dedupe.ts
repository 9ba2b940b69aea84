import { DEFAULT_DEDUPE_TTL_MS, type Dedupe } from "../adapters/slack/event-dedupe.js";
import type { StateStore } from "./store.js";

/**
 * Slack's event dedupe on a shared store: the first replica to claim an event id (or a
 * channel:ts pair) answers it, every other delivery of it, to any replica, is dropped.
 */
export function storeDedupe(store: StateStore, ttlMs: number = DEFAULT_DEDUPE_TTL_MS): Dedupe {
  return { claim: (key) => store.claimOnce(`slack:dedupe:${key}`, ttlMs) };
}
