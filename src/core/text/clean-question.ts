import { MAX_QUESTION_CHARS, messages } from "../messages.js";

export interface CleanQuestion {
  text: string;
  notice: string | null;
}

// Slack: <@U123>, <@U123|bob>, <!channel>, <!subteam^S1|@team>, <#C1|news>; Discord: <@123>, <@!1>, <@&1>, <#1>, <:emoji:1>.
const MENTION_OR_CHANNEL = /<(?:@[!&]?[A-Z0-9]+(?:\|[^>]*)?|![^>]*|#[A-Z0-9]+(?:\|[^>]*)?|a?:[\w~]+:\d+)>/gi;
// Slack links: <https://x|label> keeps the label, <https://x> keeps the url.
const SLACK_LINK = /<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>/gi;
const BROADCAST = /@(?:everyone|here|channel)\b/gi;
// A cashtag ("$ACME", "$acme") names a ticker, not a sum of money: the ticker is kept, the sign dropped.
const CASHTAG = /(^|[\s(/])\$(?!(?:bn|mm|mn|tn|mil|bil|bln|mln|usd)(?![\w$]))([A-Za-z]{2,5})(?![\w$])/g;
// C0/C1 control characters, the replacement character from binary junk, and zero-width marks.
const JUNK = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF\u200B-\u200F\u2060\uFEFF]/g;

/**
 * Turns what a person typed in chat into a plain question: markup and pings
 * removed, junk dropped, whitespace folded (line breaks kept with `keepLines`), at most 1,000 characters.
 */
export function cleanQuestion(raw: string, options: { keepLines?: boolean } = {}): CleanQuestion {
  let text = String(raw ?? "")
    .replace(JUNK, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(SLACK_LINK, (_m, url: string, label?: string) => label || url)
    .replace(MENTION_OR_CHANNEL, " ")
    .replace(CASHTAG, "$1$2");
  for (let before = ""; before !== text; ) {
    before = text;
    text = text.replace(BROADCAST, " ");
  }
  // Line breaks can mark several questions apart ("1) …\n2) …"); the conversation layer keeps them to split on.
  text = options.keepLines ? text.replace(/[^\S\n]+/g, " ").replace(/ ?\n[\s]*/g, "\n").trim() : text.replace(/\s+/g, " ").trim();
  let notice: string | null = null;
  const chars = Array.from(text);
  if (chars.length > MAX_QUESTION_CHARS) {
    notice = messages.truncated(MAX_QUESTION_CHARS, chars.length);
    text = chars.slice(0, MAX_QUESTION_CHARS).join("").trim();
  }
  return { text, notice };
}
