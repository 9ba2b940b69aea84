import { logTag } from "../../questions/user-hash.js";
import type { RateDecision } from "../rate-limit.js";
import type { HandlerContext } from "./handler-context.js";

/** One bucket per person. Slack user ids belong to a workspace, so the team is part of the key. */
export function slackRateKey(teamId: string | undefined, userId: string | undefined): string {
  return `slack:${teamId ?? "-"}:${userId ?? "-"}`;
}

/**
 * Spends one of the person's tokens for a question (@mention, DM or /deal). Logs once when
 * someone is first slowed down, with a tag of the user id keyed for this run only, never the id.
 */
export async function admit(ctx: HandlerContext, via: string, teamId: string | undefined, userId: string | undefined): Promise<RateDecision> {
  const decision = await ctx.rateLimiter.take(slackRateKey(teamId, userId));
  if (decision === "limited-first") {
    ctx.logger.info("slack: a person is asking too fast, sent one slow-down notice", { via, user: logTag(userId ?? "-") });
  } else if (decision === "limited") {
    ctx.logger.debug("slack: dropped a question over the rate limit", { via });
  }
  return decision;
}
