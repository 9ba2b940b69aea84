import type { Message } from "discord.js";
import { messages } from "../../core/messages.js";
import type { AdapterDeps } from "../adapter.js";
import type { RateLimiterLike } from "../rate-limit.js";
import { NO_MENTIONS } from "./limits.js";
import { renderNotice } from "./render-embed.js";
import { replyFor } from "./reply-for.js";
import { admit } from "./throttle.js";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The question in a message that @mentions the bot (its user, or its managed role), with those
 * mentions removed; null when the bot is not mentioned in the text. A reply that merely pings the
 * bot is not a question. Other markup is left for the core, which strips it.
 */
export function mentionedQuestion(content: string, botId: string, botRoleId: string | null): string | null {
  const targets = [`<@!?${escapeRegExp(botId)}>`];
  if (botRoleId) targets.push(`<@&${escapeRegExp(botRoleId)}>`);
  const pattern = new RegExp(targets.join("|"), "g");
  if (!pattern.test(content)) return null;
  return content.replace(pattern, " ").replace(/\s+/g, " ").trim();
}

/**
 * An @mention in a channel or thread: answered as a reply to that message, pinging nobody.
 * Someone asking too fast gets one "slow down" reply, then silence until they have tokens again.
 */
export async function handleMention(message: Message, deps: AdapterDeps, botId: string, limiter: RateLimiterLike): Promise<void> {
  const botRoleId = message.guild?.roles.botRoleFor(botId)?.id ?? null;
  const question = mentionedQuestion(message.content, botId, botRoleId);
  if (question === null) return;
  const decision = await admit(limiter, deps.logger, "mention", message.author.id);
  if (decision === "limited") return;
  if (decision === "limited-first") {
    await message.reply({ ...renderNotice(messages.slowDown), allowedMentions: NO_MENTIONS, failIfNotExists: false });
    return;
  }
  const { reply } = replyFor(deps.desk, deps.logger, "mention", question, undefined, { questions: deps.questions, user: message.author.id });
  await message.reply({ ...reply, allowedMentions: NO_MENTIONS, failIfNotExists: false });
}
