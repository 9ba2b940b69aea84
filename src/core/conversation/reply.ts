import type { Answer, SourceRef } from "../answer.js";

/** What kind of reply a message gets; `ask --json` reports it as `kind`. */
export type ReplyKind = "fact" | "smalltalk" | "help" | "news" | "browse" | "multi" | "scope";

/** One article in a "what's new" list. */
export interface NewsItem {
  source: SourceRef;
  /** The date as people read it: "10 June 2026", or "c. Sept 2025" when the article gives only a month or a year. */
  date: string;
  approximate: boolean;
  summary: string;
}

/** A question offered as a choice (a button in chat, a number in the console). */
export interface Choice {
  card: string;
  question: string;
}

interface Said {
  /** The message as read (markup stripped). */
  question: string;
}

export interface FactReply extends Said {
  kind: "fact";
  answer: Answer;
  /** The question as understood when the thread's context was used, otherwise null. */
  readAs: string | null;
}

export interface SmallTalkReply extends Said {
  kind: "smalltalk";
  text: string;
  examples: string[];
}

export interface HelpReply extends Said {
  kind: "help";
  text: string;
  examples: string[];
}

export interface NewsReply extends Said {
  kind: "news";
  text: string;
  items: NewsItem[];
}

export interface BrowseReply extends Said {
  kind: "browse";
  /** What the choices are about, as the knowledge names it ("Acme", "Money and contract size"). */
  subject: string;
  text: string;
  choices: Choice[];
  /** Questions about it not shown yet, offered when the person asks for more. */
  more?: Choice[];
  /** The card about the name itself, when the desk answers the bare name outright ("Springfield?" → the Springfield site): shown first. */
  lead?: Answer;
}

export interface MultiReply extends Said {
  kind: "multi";
  /** One answer per question found in the message, in the order asked (at most 3). */
  parts: FactReply[];
  /** Questions found beyond the first 3, left unanswered. */
  dropped: number;
}

export interface ScopeReply extends Said {
  kind: "scope";
  /**
   * Why the message is outside what the bot does: a request or question it does not serve, another language, or a
   * question about a name the knowledge has, on something no card says ("how many people work at Acme?").
   */
  reason: "off_topic" | "language" | "no_card";
  text: string;
  examples: string[];
}

/** A light message ("ok", "lol") in a channel: better left unanswered. Never produced for a direct conversation. */
export interface SilentReply extends Said {
  kind: "silent";
}

export type Reply = FactReply | SmallTalkReply | HelpReply | NewsReply | BrowseReply | MultiReply | ScopeReply | SilentReply;

/** Where a message was written: a channel others read, a direct conversation, or the local console. */
export type Place = "channel" | "direct";

/** What an adapter hands the conversation layer for one event. */
export interface Incoming {
  text: string;
  /** The conversation this message belongs to (a chat thread, a reply chain, a console session); null for none. */
  thread?: string | null;
  place?: Place;
}
