import type { Answer } from "../core/answer.js";
import type { Desk } from "../core/desk.js";
import { findChannel, minConfidence, type ChannelConfig, type ChannelsConfig, type Platform } from "./channels-file.js";
import type { KnowledgeView } from "./knowledge-view.js";
import { buildNewsReply, type NewsReply } from "./news-reply.js";

/** Replies the bot posts on its own (without a mention) per channel per hour, unless configured. */
export const DEFAULT_REPLIES_PER_HOUR = 10;
const HOUR_MS = 60 * 60 * 1000;
/** How many post ids are remembered for "one reply per post". */
const REMEMBERED_POSTS = 5000;
export const MAX_POST_CHARS = 10_000;

/** A message in a channel, as an adapter reads it. */
export interface ChannelPost {
  platform: Platform;
  channel: string;
  /** Unique within the channel (Slack ts, Discord message id). */
  post: string;
  text: string;
  /** "self": this bot. "bot": another bot, an integration or a feed. */
  author: "person" | "bot" | "self";
  /** The post @mentions this bot. */
  mentionsBot: boolean;
  /** The post is a reply in a thread rather than a top-level post. */
  inThread: boolean;
}

export type ChannelDecision =
  | { kind: "ignore"; reason: string }
  /** Answer in a thread; `asked` is true when the bot was mentioned (then an unsure answer is shown too). */
  | { kind: "answer"; answer: Answer; channel: ChannelConfig; asked: boolean }
  | { kind: "news"; reply: NewsReply; channel: ChannelConfig };

const QUESTION_WORDS = new Set([
  "what", "whats", "what's", "who", "whom", "whose", "when", "where", "why", "how", "hows", "how's", "which",
  "is", "are", "was", "were", "does", "do", "did", "can", "could", "will", "would", "should", "has", "have", "any",
]);
const WH_WORDS = new Set(["what", "whats", "what's", "who", "whom", "whose", "when", "where", "why", "how", "which"]);

/** A question mark, a question word first, or a wh-word anywhere ("so how big is it"). */
export function readsAsQuestion(text: string): boolean {
  const sample = text.slice(0, 2000);
  if (sample.includes("?")) return true;
  const words = sample.toLowerCase().match(/[a-z']+/g) ?? [];
  if (!words.length) return false;
  return QUESTION_WORDS.has(words[0]!) || words.some((w) => WH_WORDS.has(w));
}

export interface ChannelRouterOptions {
  channels: () => ChannelsConfig;
  desk: Desk;
  knowledge: () => KnowledgeView;
  repliesPerHour?: number;
  now?: () => number;
}

/**
 * Decides, per channel message, whether the bot ignores it, answers it in a thread (answer mode, or a
 * mention in an answer or news channel) or gives a "What we know" reply (news mode). Never its own posts;
 * other bots only in news channels, only top-level; at most one reply per post and a cap per channel per hour.
 */
export class ChannelRouter {
  private readonly replied = new Set<string>();
  private readonly recent = new Map<string, number[]>();
  private readonly perHour: number;
  private readonly now: () => number;

  constructor(private readonly options: ChannelRouterOptions) {
    this.perHour = options.repliesPerHour ?? DEFAULT_REPLIES_PER_HOUR;
    this.now = options.now ?? Date.now;
  }

  /** The channel's settings, or null when it is not listed (then it is a mention channel). */
  channel(platform: Platform, id: string): ChannelConfig | null {
    return findChannel(this.options.channels(), platform, id);
  }

  /** Whether this router, not the plain mention handler, answers mentions in the channel. */
  takesMentions(platform: Platform, id: string): boolean {
    const mode = this.channel(platform, id)?.mode;
    return mode === "answer" || mode === "news";
  }

  decide(post: ChannelPost): ChannelDecision {
    if (post.author === "self") return { kind: "ignore", reason: "own post" };
    const channel = this.channel(post.platform, post.channel);
    if (!channel || channel.mode === "mention") return { kind: "ignore", reason: "mention channel" };
    if (post.author === "bot" && (channel.mode !== "news" || post.inThread || post.mentionsBot))
      return { kind: "ignore", reason: "another bot outside a news feed" };
    const key = `${post.platform}:${post.channel}:${post.post}`;
    if (this.replied.has(key)) return { kind: "ignore", reason: "already replied" };
    // The desk reads 1,000 characters; a known title or URL is near the top. A huge post costs no more than this.
    const text = post.text.slice(0, MAX_POST_CHARS).trim();
    if (!text) return { kind: "ignore", reason: "empty" };

    let decision: ChannelDecision;
    if (post.mentionsBot) {
      decision = { kind: "answer", answer: this.options.desk.ask(text), channel, asked: true };
    } else {
      if (!this.hasRoom(channel)) return { kind: "ignore", reason: "hourly cap reached" };
      const floor = minConfidence(channel);
      if (channel.mode === "answer") {
        if (!readsAsQuestion(text)) return { kind: "ignore", reason: "not a question" };
        const answer = this.options.desk.ask(text);
        if (answer.status !== "answered" || answer.confidence < floor) return { kind: "ignore", reason: "not sure enough" };
        decision = { kind: "answer", answer, channel, asked: false };
      } else {
        const reply = buildNewsReply(text, this.options.desk, this.options.knowledge(), floor);
        if (!reply) return { kind: "ignore", reason: "unrelated" };
        decision = { kind: "news", reply, channel };
      }
      this.spend(channel);
    }
    this.remember(key);
    return decision;
  }

  private hasRoom(channel: ChannelConfig): boolean {
    const since = this.now() - HOUR_MS;
    const times = (this.recent.get(`${channel.platform}:${channel.id}`) ?? []).filter((t) => t > since);
    this.recent.set(`${channel.platform}:${channel.id}`, times);
    return times.length < this.perHour;
  }

  private spend(channel: ChannelConfig): void {
    this.recent.get(`${channel.platform}:${channel.id}`)?.push(this.now());
  }

  private remember(key: string): void {
    this.replied.add(key);
    if (this.replied.size > REMEMBERED_POSTS) this.replied.delete(this.replied.values().next().value!);
  }
}
