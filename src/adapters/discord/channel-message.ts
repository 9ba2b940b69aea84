import { ButtonBuilder, ButtonStyle, ActionRowBuilder, Events, MessageFlags } from "discord.js";
import type { ButtonInteraction, ChatInputCommandInteraction, Client, Message, MessageCreateOptions } from "discord.js";
import { channelMessages } from "../../channels/channel-messages.js";
import type { ChannelDecision, ChannelPost } from "../../channels/channel-modes.js";
import type { ChannelPoster, ChannelsRuntime } from "../../channels/channels-runtime.js";
import { formatNewsReply } from "../../channels/news-reply.js";
import type { AdapterDeps } from "../adapter.js";
import type { RateLimiterLike } from "../rate-limit.js";
import { RecentKeys } from "../recent-keys.js";
import type { ErrorFunnel } from "./error-funnel.js";
import { defuseMentions, LIMITS, NO_MENTIONS, truncate } from "./limits.js";
import { mentionedQuestion } from "./mention.js";
import { renderAnswer, type DiscordReply } from "./render-embed.js";
import { admit } from "./throttle.js";

export const EXPERT_PREFIX = "ddx:expert:";
export const discordBold = (text: string) => `**${text}**`;

/** Our text in messages of at most 2,000 characters, cut at line ends. */
export function chunks(text: string, max: number = LIMITS.content): string[] {
  const out: string[] = [];
  let current = "";
  for (const line of defuseMentions(text).split("\n")) {
    const piece = truncate(line, max);
    if (current && current.length + piece.length + 1 > max) {
      out.push(current);
      current = "";
    }
    current = current ? `${current}\n${piece}` : piece;
  }
  if (current) out.push(current);
  return out.length ? out.slice(0, 10) : [""];
}

export function isExpertButton(customId: string): boolean {
  return customId.startsWith(EXPERT_PREFIX);
}

/** An unsure or no_answer reply in an answer or news channel gets an "Ask an expert" button under it. */
export function withExpertButton(reply: DiscordReply, question: string): DiscordReply {
  const customId = `${EXPERT_PREFIX}${question}`.slice(0, LIMITS.customId);
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(customId).setLabel(channelMessages.askExpertButton).setStyle(ButtonStyle.Secondary),
  );
  const components = [...(reply.components ?? [])].slice(0, LIMITS.actionRows - 1);
  return { ...reply, components: [...components, row.toJSON()] } as DiscordReply;
}

function render(decision: Exclude<ChannelDecision, { kind: "ignore" }>, question: string): MessageCreateOptions {
  if (decision.kind === "news") return { content: chunks(formatNewsReply(decision.reply, discordBold))[0]! };
  const reply = renderAnswer(decision.answer);
  return (decision.answer.status === "answered" ? reply : withExpertButton(reply, question)) as MessageCreateOptions;
}

/** One channel message: routed by the channel's mode. Our own posts are dropped before anything else. */
export async function handleChannelMessage(
  message: Message,
  client: Client,
  runtime: ChannelsRuntime,
  deps: AdapterDeps,
  limiter: RateLimiterLike,
): Promise<void> {
  const botId = client.user?.id;
  if (!botId || message.system || message.author.id === botId) return;
  if (!runtime.router.takesMentions("discord", message.channelId)) return;
  const botRoleId = message.guild?.roles.botRoleFor(botId)?.id ?? null;
  const asked = mentionedQuestion(message.content, botId, botRoleId);
  const post: ChannelPost = {
    platform: "discord",
    channel: message.channelId,
    post: message.id,
    text: asked ?? message.content,
    author: message.author.bot || message.webhookId ? "bot" : "person",
    mentionsBot: asked !== null,
    inThread: message.channel.isThread(),
  };
  const decision = runtime.router.decide(post);
  if (decision.kind === "ignore") {
    deps.logger.debug("discord: channel message left alone", { reason: decision.reason });
    return;
  }
  // A mention spends the person's tokens as the plain mention handler's would (silence when over; no notice here).
  if (decision.kind === "answer" && decision.asked && (await admit(limiter, deps.logger, "channel mention", message.author.id)) !== "ok") return;
  await message.reply({ ...render(decision, post.text.trim()), allowedMentions: NO_MENTIONS, failIfNotExists: false });
}

/** Posts top-level messages (announcements, digests, admin reports); updates are crossposted where `crosspost: true`. */
export function discordPoster(client: Client, runtime: ChannelsRuntime): ChannelPoster {
  return {
    async post(channelId, text, kind) {
      const channel = await client.channels.fetch(channelId);
      if (!channel || !channel.isSendable()) throw new Error(`cannot post in channel ${channelId}`);
      const crosspost = kind === "update" && runtime.channel("discord", channelId)?.crosspost === true;
      for (const content of chunks(text(discordBold))) {
        const sent = await channel.send({ content, allowedMentions: NO_MENTIONS });
        if (crosspost) await sent.crosspost();
      }
    },
  };
}

/** `/digest`: the latest articles with their key facts, the rest of a long digest as follow-ups. */
export async function handleDigest(interaction: ChatInputCommandInteraction, runtime: ChannelsRuntime): Promise<void> {
  const [first, ...rest] = chunks(runtime.digestText(discordBold));
  await interaction.reply({ content: first!, allowedMentions: NO_MENTIONS });
  for (const content of rest) await interaction.followUp({ content, allowedMentions: NO_MENTIONS });
}

/** Replies whose experts were called already (bounded: the oldest are forgotten first). */
const called = new RecentKeys();

/** "Ask an expert": mentions the channel's experts (users, or roles written role:<id>), once per reply, only on a click. */
export async function handleExpertButton(interaction: ButtonInteraction, runtime: ChannelsRuntime): Promise<void> {
  const experts = runtime.channel("discord", interaction.channelId)?.experts ?? [];
  if (!experts.length) {
    await interaction.reply({ content: channelMessages.noExperts, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  if (called.has(interaction.message.id)) {
    await interaction.reply({ content: channelMessages.expertAlreadyCalled, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  called.add(interaction.message.id);
  const roles = experts.filter((e) => e.startsWith("role:")).map((e) => e.slice("role:".length));
  const users = experts.filter((e) => !e.startsWith("role:"));
  const names = [...users.map((u) => `<@${u}>`), ...roles.map((r) => `<@&${r}>`)].join(" ");
  const question = defuseMentions(interaction.customId.slice(EXPERT_PREFIX.length));
  await interaction.reply({
    content: truncate(channelMessages.expertCalled(`<@${interaction.user.id}>`, names, question), LIMITS.content),
    allowedMentions: { parse: [], users, roles },
  });
}

/** News channels on Discord: one call from attachHandlers. A no-op without a channels runtime. */
export function attachChannelMessages(client: Client, deps: AdapterDeps, funnel: ErrorFunnel, limiter: RateLimiterLike): void {
  const runtime = deps.channels;
  if (!runtime) return;
  runtime.attach("discord", discordPoster(client, runtime));
  client.on(Events.MessageCreate, (message) => {
    void funnel.message("channel message", message, () => handleChannelMessage(message, client, runtime, deps, limiter));
  });
}
