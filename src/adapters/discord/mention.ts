import type { Message } from "discord.js";
import { messages } from "../../core/messages.js";
import { escapeRegExp } from "../../core/text/escape-regexp.js";
import { createConversation, type Conversation } from "../../core/conversation/conversation.js";
import type { AdapterDeps } from "../adapter.js";
import type { RateLimiterLike } from "../rate-limit.js";
import { NO_MENTIONS } from "./limits.js";
import { renderNotice } from "./render-embed.js";
import { replyToMessage } from "./reply-for.js";
import { admit } from "./throttle.js";

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
 * The conversation a message belongs to: the reply chain it continues (it replies to one of the bot's answers,
 * or to a question the bot answered), else the Discord thread it is in, else a new chain starting at it.
 */
export function threadOf(message: Message, conversation: Conversation): string {
  const referenced = message.reference?.messageId;
  if (referenced && conversation.knows(`discord:${referenced}`)) return `discord:${referenced}`;
  if (message.channel?.isThread?.()) return `discord:channel:${message.channelId}`;
  return `discord:${message.id}`;
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
  const conversation = deps.conversation ?? createConversation(deps.desk);
  const thread = threadOf(message, conversation);
  const place = message.guild ? "channel" : "direct";
  const { reply } = replyToMessage(conversation, deps.desk, deps.logger, "mention", { text: question, thread, place }, { questions: deps.questions, user: message.author.id });
  if (!reply) return;
  const sent = await message.reply({ ...reply, allowedMentions: NO_MENTIONS, failIfNotExists: false });
  // A reply to the bot's answer (or to the question) continues this conversation.
  conversation.link(`discord:${message.id}`, thread);
  if (sent?.id) conversation.link(`discord:${sent.id}`, thread);
}
