import { plainMessage } from "./plain-message.js";

const ORDINALS: Record<string, number> = {
  first: 0, "1st": 0, one: 0, second: 1, "2nd": 1, two: 1, third: 2, "3rd": 2, three: 2, fourth: 3, "4th": 3, four: 3, fifth: 4, "5th": 4, five: 4,
};

/**
 * "the second one", "and the first?", "#2", "option 3 pls", "the last one": which of the questions the bot just
 * listed a message picks (0-based), or null when it picks none. `count` is how many were listed.
 */
export function pickedChoice(text: string, count: number): number | null {
  const plain = plainMessage(text).replace(/#\s*(?=\d)/, "number ");
  const m =
    /^(?:(?:and|ok(?:ay)?|so|then|what\s+about|how\s+about|tell\s+me|show\s+me|give\s+me|i'?ll\s+take|let'?s\s+(?:do|go\s+with)|go\s+with)\s+)*(?:the\s+)?(?:(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)(?:\s+(?:one|question|option|choice|link))?|(?:number|no|option|choice|question)\s+(\d|one|two|three|four|five)|(\d))(?:\s+(?:one|please|pls|plz|then|too|thanks|thx))*$/.exec(
      plain,
    );
  if (!m) return null;
  const word = m[1] ?? m[2] ?? m[3]!;
  const at = word === "last" ? count - 1 : /^\d$/.test(word) ? Number(word) - 1 : ORDINALS[word]!;
  return at >= 0 && at < count ? at : null;
}
