import type { AnyMiddlewareArgs, App, BlockButtonAction, Middleware, types, webApi } from "@slack/bolt";
import { channelMessages } from "../../channels/channel-messages.js";
import type { ChannelDecision, ChannelPost } from "../../channels/channel-modes.js";
import type { ChannelPoster, ChannelsRuntime } from "../../channels/channels-runtime.js";
import { formatNewsReply } from "../../channels/news-reply.js";
import { askDesk } from "./ask.js";
import { isFromABot } from "./edge-filter.js";
import type { HandlerContext } from "./handler-context.js";
import { button, context, renderAnswer, section, SLACK_LIMITS, type SlackMessage } from "./render-blocks.js";
import { ephemeralReply, postMessage } from "./reply.js";
import { escapeText, safeText } from "./safe-text.js";
import { admit } from "./throttle.js";
import { RecentKeys } from "../recent-keys.js";

type WebClient = webApi.WebClient;

export const EXPERT_ACTION = "deal_ask_expert";
export const slackBold = (text: string) => `*${text}*`;

interface ChannelEvent {
  type?: string;
  channel?: string;
  channel_type?: string;
  ts?: string;
  thread_ts?: string;
  subtype?: string;
  user?: string;
  bot_id?: string;
  bot_profile?: unknown;
  text?: string;
}

/** Subtypes that are posts (a feed bot's post, a reply also sent to the channel); edits, joins and deletions are not. */
const POST_SUBTYPES = new Set([undefined, "bot_message", "thread_broadcast", "file_share"]);

/** Our own text in mrkdwn sections: escaped, broadcasts defused, cut into sections under Slack's limit. */
export function textMessage(text: string, extra: types.KnownBlock[] = []): SlackMessage {
  const safe = safeText(text);
  const blocks: types.KnownBlock[] = [];
  let chunk = "";
  for (const line of safe.split("\n")) {
    if (chunk && chunk.length + line.length + 1 > SLACK_LIMITS.sectionText - 100) {
      blocks.push(section(chunk));
      chunk = "";
    }
    chunk = chunk ? `${chunk}\n${line}` : line;
  }
  if (chunk) blocks.push(section(chunk));
  return { text: safe.slice(0, SLACK_LIMITS.fallbackText), blocks: [...blocks.slice(0, SLACK_LIMITS.blocks - extra.length), ...extra] };
}

/** An unsure or no_answer reply in an answer or news channel carries the "Ask an expert" button. */
export function withExpertButton(message: SlackMessage, question: string): SlackMessage {
  const blocks = [
    ...message.blocks.slice(0, SLACK_LIMITS.blocks - 2),
    context(escapeText(channelMessages.askExpertNote)),
    { type: "actions", elements: [button(EXPERT_ACTION, channelMessages.askExpertButton, question.slice(0, 1900))] } as types.KnownBlock,
  ];
  return { ...message, blocks };
}

/** `<@U…>` for a person, `<!subteam^S…>` for a user group. */
export function slackMention(id: string): string {
  return id.startsWith("S") ? `<!subteam^${id}>` : `<@${id}>`;
}

function render(decision: Exclude<ChannelDecision, { kind: "ignore" }>, question: string): SlackMessage {
  if (decision.kind === "news") return textMessage(formatNewsReply(decision.reply, slackBold));
  const message = renderAnswer(decision.answer);
  return decision.answer.status === "answered" ? message : withExpertButton(message, question);
}

/**
 * Messages in channels listed in CHANNELS_FILE (answer and news modes), read before the edge filter so that
 * feed bots' posts reach news channels. Our own posts are always dropped; mentions in these channels are
 * answered here (with the expert button when unsure), not by the plain mention handler.
 */
function channelMiddleware(ctx: HandlerContext, runtime: ChannelsRuntime): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    if (!("event" in args) || !args.event) return args.next();
    const event = args.event as ChannelEvent;
    const channelId = event.channel;
    if (!channelId || !runtime.router.takesMentions("slack", channelId)) return args.next();
    // A mention arrives twice, as app_mention and as message: whichever comes first is answered, once (the router
    // remembers the post). Handling both keeps mentions answered when the app lacks the channel history scopes.
    const isMessage = event.type === "message" && (event.channel_type === "channel" || event.channel_type === "group");
    if (event.type !== "app_mention" && !isMessage) return args.next();
    if (!POST_SUBTYPES.has(event.subtype) || !event.ts) return;
    const { context: boltContext, client } = args;
    const eventId = (args.body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && eventId && !ctx.dedupe.claim(`event:${eventId}`)) return;
    const self = (boltContext.botUserId && event.user === boltContext.botUserId) || (boltContext.botId && event.bot_id === boltContext.botId);
    const text = event.text ?? "";
    const mention = boltContext.botUserId ? `<@${boltContext.botUserId}>` : null;
    const post: ChannelPost = {
      platform: "slack",
      channel: channelId,
      post: event.ts,
      text: mention ? text.split(mention).join(" ") : text,
      author: self ? "self" : isFromABot(event, boltContext.botUserId) ? "bot" : "person",
      mentionsBot: mention !== null && text.includes(mention),
      inThread: Boolean(event.thread_ts && event.thread_ts !== event.ts),
    };
    if (post.author === "self") return;
    const decision = runtime.router.decide(post);
    if (decision.kind === "ignore") {
      ctx.logger.debug("slack: channel message left alone", { reason: decision.reason });
      return;
    }
    // A mention spends the person's tokens like anywhere else (once: the second delivery was ignored above).
    if (decision.kind === "answer" && decision.asked && (await admit(ctx, "channel mention", boltContext.teamId, event.user)) !== "ok") return;
    if (!(await ctx.dedupe.claim(`message:${channelId}:${event.ts}`))) return;
    const threadTs = event.thread_ts ?? event.ts;
    await ctx.funnel.run(
      `${decision.kind} channel message`,
      () => postMessage(client, channelId, threadTs, render(withSuggestions(ctx, decision), post.text.trim())),
      // Unasked replies stay silent on failure (logged by the funnel): a news channel gets no apology for a post nobody asked about.
      async () => undefined,
    );
  };
}

/** A no_answer to a mention gets the usual three example questions, as askDesk gives them elsewhere. */
function withSuggestions(ctx: HandlerContext, decision: Exclude<ChannelDecision, { kind: "ignore" }>): Exclude<ChannelDecision, { kind: "ignore" }> {
  if (decision.kind !== "answer" || decision.answer.status !== "no_answer") return decision;
  return { ...decision, answer: askDesk(ctx.desk, { text: decision.answer.question }) };
}

/** `/deal digest`: the latest articles with their key facts. */
export function digestMessage(runtime: ChannelsRuntime): SlackMessage {
  return textMessage(runtime.digestText(slackBold));
}

/** How announcements, digests and admin reports are posted in Slack. */
export function slackPoster(client: WebClient): ChannelPoster {
  return {
    async post(channel, text) {
      await postMessage(client, channel, undefined, textMessage(text(slackBold)));
    },
  };
}

/** The expert button: mentions the channel's experts in the thread, once per reply, only when a person clicks. */
function registerExpertButton(app: App, ctx: HandlerContext, runtime: ChannelsRuntime): void {
  const called = new RecentKeys();
  app.action<BlockButtonAction>(EXPERT_ACTION, async ({ ack, body, action, respond, client }) => {
    await ack();
    const tell = ephemeralReply(body, respond, client);
    await ctx.funnel.run(
      "expert button",
      async () => {
        const channel = body.channel?.id ?? body.container?.channel_id;
        const ts = body.message?.ts ?? body.container?.message_ts;
        if (!channel || !ts) throw new Error("expert click without a message");
        const experts = runtime.channel("slack", channel)?.experts ?? [];
        if (!experts.length) return tell(channelMessages.noExperts);
        if (called.has(`${channel}:${ts}`)) return tell(channelMessages.expertAlreadyCalled);
        called.add(`${channel}:${ts}`);
        const threadTs = typeof body.message?.thread_ts === "string" ? body.message.thread_ts : ts;
        const text = channelMessages.expertCalled(`<@${body.user.id}>`, experts.map(slackMention).join(" "), safeText(action.value ?? "").slice(0, 500));
        await client.chat.postMessage({ channel, thread_ts: threadTs, text, unfurl_links: false, unfurl_media: false });
      },
      tell,
    );
  });
}

/** News channels in Slack: one call, placed before the edge filter. A no-op without a channels runtime. */
export function registerChannelMessages(app: App, ctx: HandlerContext): void {
  const runtime = ctx.channels;
  if (!runtime) return;
  app.use(channelMiddleware(ctx, runtime));
  registerExpertButton(app, ctx, runtime);
  runtime.attach("slack", slackPoster(app.client));
}
