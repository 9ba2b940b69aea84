/** Every sentence the bot says about itself (not about deals) lives here, so tone stays consistent. */

export const MAX_QUESTION_CHARS = 1000;

export const messages = {
  emptyQuestion:
    "Ask me anything about the deals I cover, for example: how much is the deal worth?",
  truncated: (kept: number, total: number) =>
    `Your message was long (${total.toLocaleString("en-US")} characters), so I read only the first ${kept.toLocaleString("en-US")}.`,
  noAnswer:
    "Sorry, I don't have a fact card that answers that. I only know what my source articles say about the deals I cover.",
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
  helpIntro: "I answer questions about the AI-infrastructure deals in my knowledge base, citing the articles I was given.",
  helpAsk: (how: string) => `${how}: ask a question. Only you see the answer, with a button to share it.`,
  helpSources: (how: string) => `${how}: list the articles I cite.`,
  helpHelp: (how: string) => `${how}: show this help.`,
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
} as const;
