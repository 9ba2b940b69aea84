/** Every sentence the bot says in news channels, digests and announcements. Platform-neutral; `bold` is the platform's. */

export type Bold = (text: string) => string;

export const channelMessages = {
  whatWeKnow: "What we know",
  weHaveThisOne: (title: string, published: string) => `We have this one: ${title} (${published})`,
  sourcesDiffer: (posted: string, ours: string[]) => `Our sources differ: ${posted} vs ${ours.join(", ")}`,
  disputed: (text: string) => `Sources disagree: ${text}`,
  source: (titles: string[]) => `Source: ${titles.join("; ")}`,
  newIn: (title: string, published: string) => `New in Deal Desk: ${title} (${published})`,
  newFactsOnly: "New in Deal Desk",
  newFacts: (count: number) => `${count} new ${count === 1 ? "fact" : "facts"}:`,
  disagreesWith: (older: string, on: string) => `It disagrees with ${older} on ${on.toLowerCase()}.`,
  digestHeading: (count: number) => `Deal Desk digest: the latest ${count === 1 ? "article" : `${count} articles`}, newest first`,
  digestEmpty: "Deal Desk digest: no articles are loaded right now.",
  disputedFlag: "⚠ disputed",
  askExpertButton: "Ask an expert",
  askExpertNote: "Not sure this is right? Call in the channel's experts.",
  noExperts: "No experts are set for this channel yet. A curator can add them in the channels file.",
  expertCalled: (asker: string, experts: string, question: string) =>
    `${experts}: ${asker} asked for an expert on this${question ? `: “${question}”` : "."}`,
  expertAlreadyCalled: "The experts were already called in on this one.",
  knowledgeInvalid: "A knowledge edit was not loaded; the last good knowledge is still serving.",
  channelsInvalid: "A channels file edit was not loaded; the previous channel settings still apply.",
} as const;
