/** Every sentence the bot says about itself (not about deals) lives here, so tone stays consistent. */

export const MAX_QUESTION_CHARS = 1000;

export const messages = {
  emptyQuestion:
    "Ask me anything about the deals I cover, for example: how much is the deal worth?",
  truncated: (kept: number, total: number) =>
    `Your message was long (${total.toLocaleString("en-US")} characters), so I read only the first ${kept.toLocaleString("en-US")}.`,
  noAnswer:
    "Sorry, I don't have a fact card that answers that. I only know what my source articles say about the deals I cover.",
  noAnswerAbout: (subject: string) =>
    `Sorry, I don't have a fact card that answers that, but I can tell you other things about ${subject}.`,
  noOpinion:
    "I don't give opinions or investment advice: I only report what my source articles say about the deals I cover.",
  noLiveQuote:
    "I don't have live market prices: I only know what my source articles reported, such as how a stock moved on the news.",
  noSourceToShow:
    "I didn't answer the last question from a fact card, so there is no source to show. Try asking it another way.",
  unsurePrefix: "I'm not sure I understood. My best guess:",
  somethingWentWrong: "Sorry, something went wrong on my side while answering. Please try again in a moment.",
  feedbackThanks: (vote: "up" | "down") =>
    vote === "up" ? "Thanks for the 👍, noted." : "Thanks for the 👎, noted. A curator will look at this answer.",
  feedbackFailed: "Thanks! I couldn't save your vote just now, sorry.",
  disputedLabel: "Sources disagree",
  // Source lines: a date inferred from the text ("c. Sept 2025"), a title that is not the article's own headline.
  approximateDate: "c.",
  descriptiveTitle: "descriptive title",
  unknownCard: "That answer is no longer in my knowledge base. Try asking again.",
  // Appended for the chat adapters (Slack first); platform-neutral wording.
  didYouMean: "Did you mean…",
  relatedHeading: "Related questions",
  pickByNumber: "(type the number to see that answer)",
  sourcesHeading: "Sources",
  tryAsking: "Try asking:",
  questionLabel: "Question",
  shareButton: "Share in channel",
  voteUpButton: "👍 Helpful",
  voteDownButton: "👎 Not helpful",
  /** A vote button under one answer of several: "2) 👍 Helpful". */
  votePart: (part: number, label: string) => `${part}) ${label}`,
  helpIntro: "I answer questions about the AI-infrastructure deals in my knowledge base, citing the articles I was given.",
  helpAsk: (how: string) => `${how}: ask a question. Only you see the answer, with a button to share it.`,
  helpSources: (how: string) => `${how}: list the articles I cite.`,
  helpHelp: (how: string) => `${how}: show this help.`,
  helpDigest: (how: string) => `${how}: the latest articles, newest first, with their key facts.`,
  helpMention: (how: string) => `${how}: mention me in a channel or thread I'm in, or send me a direct message.`,
  examplesHeading: "Example questions:",
  articlesHeading: (count: number) => `I cite ${count} ${count === 1 ? "article" : "articles"}, newest first:`,
  noArticles: "I have no source articles loaded right now.",
  moreArticles: (count: number) => `…and ${count} more.`,
  // Appended for the Discord adapter; platform-neutral wording.
  noticeLabel: "Note",
  topicsHeading: "What I can answer, by topic",
  noTopics: "I have no fact cards loaded right now.",
  // Appended for the chat adapters' flood protection; platform-neutral wording.
  slowDown: "You're asking faster than I can answer. Give me a few seconds and try again.",
  // Conversation: small talk, help, news, topics, several questions, follow-ups, out of scope.
  greeting: "Hi! I'm Deal Desk. I answer questions about the AI-infrastructure deals in my knowledge base, with sources.",
  thanks: "You're welcome! Ask me anything else about the deals.",
  light: "👍 I'm here if you have another question about the deals.",
  whoAmI:
    "I'm Deal Desk, a bot that answers questions about the AI-infrastructure deals in my knowledge base. Every answer comes from a fact card written from my source articles, with the sources cited and how sure I am.",
  helpReply:
    "Ask me a question in plain English about the deals I cover: who, how much, where, when, why. I answer from fact cards written from news articles, cite those articles and say how sure I am. You can also ask \"what's new\", name a topic to see what I know about it, ask two or three questions at once, or follow up in a thread.",
  examplesLead: "For example:",
  newsHeading: (count: number) => `The ${count === 1 ? "article" : `${count} articles`} I know, newest first:`,
  newsSince: (since: string, count: number) =>
    count ? `Since ${since}, newest first:` : `Nothing in my articles is dated since ${since}.`,
  browseHeading: (subject: string) => `Here is what I can tell you about ${subject}:`,
  browseMore: (subject: string) => `More about ${subject}:`,
  browseAlso: (subject: string) => `Also about ${subject}:`,
  browseNoMore: (subject: string) => `That is all I have about ${subject}.`,
  browseNothing: (subject: string) => `I know the name ${subject}, but none of my fact cards is about it.`,
  multiHeading: (count: number) => `You asked ${count} questions; here is each answer.`,
  multiMore: (extra: number) => `(I answer up to 3 questions at once; ask the other ${extra === 1 ? "one" : extra} again separately.)`,
  readingAs: (question: string) => `(reading this as: ${question})`,
  outOfScope:
    "That's outside what I do: I only answer questions about the AI-infrastructure deals in my knowledge base, from my source articles.",
  otherLanguage:
    "I can only answer in English, and only about the AI-infrastructure deals in my knowledge base. Please ask in English.",
  pickHeading: "Pick a question:",
} as const;
