import { afterEach } from "vitest";
import type { Desk } from "../../../src/core/desk.js";
import type { RecordedCall } from "./fake-slack.js";
import { startHarness, type Harness, type HarnessOptions } from "./harness.js";

export const ORACLE_QUESTION = "how much is the oracle deal worth?";
/** Markup that would notify people; nothing the bot posts may contain any of it. */
export const PINGS = ["<!channel>", "<!here>", "<!everyone>", "<@U", "<!subteam^"];

/** A harness per test, closed after each: `const start = useHarness();` then `const h = await start();`. */
export function useHarness(): (desk?: Desk, options?: Omit<HarnessOptions, "desk">) => Promise<Harness> {
  let harness: Harness | null = null;
  afterEach(async () => {
    await harness?.close();
    harness = null;
  });
  return async (desk?: Desk, options: Omit<HarnessOptions, "desk"> = {}) => {
    harness = await startHarness(desk ? { ...options, desk } : options);
    return harness;
  };
}

/** The text a person sees in a recorded message: section texts and context elements. */
export function shownText(call: RecordedCall): string {
  const blocks = (call.body.blocks ?? []) as { text?: { text: string }; elements?: { text?: unknown }[] }[];
  return blocks.flatMap((b) => [b.text?.text ?? "", ...(b.elements ?? []).map((e) => (typeof e.text === "string" ? e.text : ""))]).join("\n");
}
