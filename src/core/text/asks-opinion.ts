/**
 * Asking the bot for its own view, for advice or for a forecast: "what do you think of …", "in your opinion",
 * "should I buy the stock", "will the stock go up". The bot only reports what its articles say, so these are
 * declined, whatever the subject.
 */
const OPINION_OR_ADVICE =
  /\b(?:do|would|did)\s+(?:you|u|ya)\s+(?:personally\s+|honestly\s+|really\s+)?(?:think|believe|reckon|feel|like|recommend)\b|\b(?:in\s+)?(?:your|ur)\s+(?:own\s+|honest\s+|personal\s+)?(?:opinion|view|take|thoughts|pick|recommendation)\b|\bhonest\s+(?:opinion|take)\b|\bshould\s+(?:i|we)\s+(?:buy|sell|short|invest|hold|dump|load\s+up|get\s+in)\b|\b(?:good|bad|smart|safe)\s+(?:investment|stock\s+to\s+buy|time\s+to\s+(?:buy|sell))\b|\bworth\s+(?:buying|investing|a\s+buy)\b|\b(?:buy|sell)\s+or\s+(?:sell|hold|buy)\b|\bwhat\s+would\s+(?:you|u)\s+(?:do|suggest|advise)\b|\b(?:is|are)\s+(?:[\w'-]+\s+){0,3}an?\s+(?:good\s+|strong\s+)?(?:buy|sell|hold)\b/i;

/** Asking where a stock goes next: "will Acme stock be higher next year", "what will the shares do". A forecast, not a fact. */
const STOCK_FORECAST =
  /\bwill\s+(?:[\w'-]+\s+){0,3}(?:stock|shares?|share\s+price|stock\s+price)\s+(?:go\s+up|go\s+down|rise|fall|drop|climb|crash|tank|moon|be\s+(?:higher|lower|up|down)|recover|rebound|keep\s+(?:rising|falling|going\s+up|going\s+down))\b|\bwhat\s+will\s+(?:[\w'-]+\s+){0,3}(?:stock|shares?)\s+do\b|\b(?:stock|share)\s+(?:price\s+)?(?:prediction|forecast)s?\b/i;

export function asksOpinionOrAdvice(question: string): boolean {
  return OPINION_OR_ADVICE.test(question) || STOCK_FORECAST.test(question);
}
