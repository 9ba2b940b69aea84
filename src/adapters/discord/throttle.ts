import { MessageFlags } from "discord.js";
import type { ChatInputCommandInteraction } from "discord.js";
import { messages } from "../../core/messages.js";
import { logTag } from "../../questions/user-hash.js";
import type { Logger } from "../../logging/logger.js";
import type { RateDecision, RateLimiterLike } from "../rate-limit.js";
import { NO_MENTIONS } from "./limits.js";
import { renderNotice } from "./render-embed.js";

/** One bucket per person (Discord user ids are global). */
export function discordRateKey(userId: string): string {
  return `discord:${userId}`;
}

/**
 * Autocomplete fires while people type, so it does not spend their question tokens: it has its own
 * bucket where each request costs a quarter token (four times the question budget), and it offers
 * nothing while the person's questions are limited.
 */
export const AUTOCOMPLETE_COST = 0.25;

/**
 * Spends one of the person's tokens for a question (@mention or slash command). Logs once when
 * someone is first slowed down, with a tag of the user id keyed for this run only, never the id.
 */
export async function admit(limiter: RateLimiterLike, logger: Logger, via: string, userId: string): Promise<RateDecision> {
  const decision = await limiter.take(discordRateKey(userId));
  if (decision === "limited-first") {
    logger.info("discord: a person is asking too fast, sent one slow-down notice", { via, user: logTag(userId) });
  } else if (decision === "limited") {
    logger.debug("discord: dropped a question over the rate limit", { via });
  }
  return decision;
}

/** Whether an autocomplete request gets real suggestions (false: answer it with no choices). */
export async function autocompleteAllowed(limiter: RateLimiterLike, userId: string): Promise<boolean> {
  const key = discordRateKey(userId);
  if (await limiter.isLimited(key)) return false;
  return (await limiter.take(`${key}:autocomplete`, AUTOCOMPLETE_COST)) === "ok";
}

/** The private "slow down" for a slash command: an interaction must always get a reply. */
export async function replySlowDown(interaction: ChatInputCommandInteraction): Promise<void> {
  await interaction.reply({ ...renderNotice(messages.slowDown), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}
