/** Every sentence the bot says about itself (not about deals) lives here, so tone stays consistent. */

export const MAX_QUESTION_CHARS = 1000;

export const messages = {
  emptyQuestion:
    "Ask me anything about the OpenAI and Oracle compute deals, for example: how much is the Oracle deal worth?",
  truncated: (kept: number, total: number) =>
    `Your message was long (${total.toLocaleString("en-US")} characters), so I read only the first ${kept.toLocaleString("en-US")}.`,
  noAnswer:
    "Sorry, I don't have a fact card that answers that. I only know what my source articles say about the OpenAI and Oracle compute deals.",
  unsurePrefix: "I'm not sure I understood. My best guess:",
  somethingWentWrong: "Sorry, something went wrong on my side while answering. Please try again in a moment.",
  feedbackThanks: (vote: "up" | "down") =>
    vote === "up" ? "Thanks for the 👍, noted." : "Thanks for the 👎, noted. A curator will look at this answer.",
  feedbackFailed: "Thanks! I couldn't save your vote just now, sorry.",
  disputedLabel: "Sources disagree",
  unknownCard: "That answer is no longer in my knowledge base. Try asking again.",
} as const;
