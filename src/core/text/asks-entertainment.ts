/**
 * Asking about a film or a show ("who starred in the <name> movie", "is the <name> film any good"): a name a deal
 * shares with a film is not the deal, and no card answers for the film. Declined like a live quote; the
 * conversation layer counts these among the requests it does not serve (see OFF_TOPIC_REQUEST).
 */
const SCREEN = String.raw`(?:movie|film|tv\s+show|tv\s+series|sitcom|sci-?fi\s+show)s?`;
const ABOUT_A_SCREEN = String.raw`(?:cast|starred|starring|actors?|actress(?:es)?|director|directed|plot|imdb|box\s+office|rotten\s+tomatoes|sequel|trailer|episodes?|seasons?|watch|streaming|any\s+good|worth\s+watching|rating|rated|released|came\s+out)`;
export const ENTERTAINMENT = new RegExp(
  String.raw`\bwho\s+(?:starred|stars|acted)\s+in\b|\b${SCREEN}\b[^?.!]*\b${ABOUT_A_SCREEN}\b|\b(?:cast|starred|starring|actors?|actress(?:es)?|director|directed|plot|imdb|sequel|trailer|watch|stream)\b[^?.!]*\b${SCREEN}\b`,
);

export function asksEntertainment(question: string): boolean {
  return ENTERTAINMENT.test(question.toLowerCase());
}
