/**
 * Asking for a market price as it is now: "Acme share price rn?", "what's ACME trading at today", "how's ACME doing today". The bot knows only
 * what its articles reported (how a stock moved on the news), never a live quote, so these are declined. The
 * conversation layer counts them among the requests it does not serve (see OFF_TOPIC_REQUEST).
 */
export const LIVE_QUOTE =
  /\b(?:trading\s+at|(?:stock|share)s?\s+(?:price|quote)s?|price\s+(?:of\s+)?(?:the\s+)?(?:stock|shares?))\b.*\b(?:now|rn|today|currently|atm|at\s+the\s+moment|this\s+(?:morning|week)|live)\b|\b(?:now|rn|today|currently)\b.*\b(?:trading\s+at|share\s+price|stock\s+price)\b|\b(?:price|trading)\s+(?:rn|right\s+now|atm|today|currently)\s*\?*\s*$|\b(?:current|live|today'?s|real[-\s]?time)\s+(?:stock|share)\s+(?:price|quote)|\btrading\s+at\b|\b(?:stock|shares?)(?:\s+[\w']+){0,2}\s+(?:today|rn|right\s+now|atm|currently)\s*\??\s*$|\bmarket\s+(?:cap|capitali[sz]ation|value)\b.*\b(?:now|rn|today|currently|atm)\b|\b(?:current|today'?s|live)\s+market\s+(?:cap|capitali[sz]ation|value)\b|^how(?:'?s|\s+is|\s+are)\s+\$?[\w.&-]+\s+(?:doing|trading|looking|holding\s+up)\s+(?:today|rn|right\s+now|atm|this\s+morning)\s*\??\s*$/;

export function asksLiveQuote(question: string): boolean {
  return LIVE_QUOTE.test(question.toLowerCase());
}
