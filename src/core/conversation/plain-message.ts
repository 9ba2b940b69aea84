/** "@dealdesk, …" typed as plain text (not a real mention) at the start of a message or part. */
export const TYPED_HANDLE = /^\s*@[\w.-]+[,:]?\s+/;

/**
 * A message reduced for recognising what kind of message it is: lower case, curly quotes straightened,
 * emoji, punctuation (not a figure's point) and surrounding space removed. "Thanks!! 🙏" → "thanks".
 */
export function plainMessage(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D/gu, " ")
    .replace(/:[a-z0-9_+-]+:/g, " ")
    // A point or comma between digits is part of a figure ("4.5", "1,000"), kept.
    .replace(/[!?;:…~*_"()\[\]]+|[.,](?!\d)|(?<!\d)[.,]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Only emoji, reactions or punctuation ("👍", ":+1:", "!!"), with no words at all. */
export function isOnlyEmoji(text: string): boolean {
  const stripped = text.replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D|:[a-z0-9_+-]+:|[\s!.]/gu, "");
  return stripped.length === 0 && text.trim().length > 0 && !/^[\s!.?]+$/.test(text);
}
