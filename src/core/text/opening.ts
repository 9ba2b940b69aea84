/**
 * "quick q:", "ok dumb q,", "two things -", "hey bot quick one:": an opening that announces a question, not part of
 * it. Left in, its words only dilute how the question reads.
 */
export const OPENING =
  /^(?:(?:ok(?:ay)?|so|also|btw|and|hey|hi|yo)(?:\s+bot)?[,\s]+)*(?:(?:a|my)\s+)?(?:(?:quick|couple(?:\s+of)?|few|two|three|2|3|some|random|dumb|silly|stupid|small|more|other|follow[-\s]?up)\s+)*(?:q|qs|qq|question|questions|things|thing|one|ones)\s*(?:[:,\-\u2013\u2014]|\s+(?:for\s+(?:you|u|ya)|here)\s*[:,\-\u2013\u2014]?)\s*/i;

/** The question without an opening that announces it; the text as it is when nothing is left after it. */
export function withoutOpening(text: string): string {
  const rest = text.replace(OPENING, "");
  return rest.trim() ? rest : text;
}
