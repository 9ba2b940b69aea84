/**
 * Outgoing text safety for Slack. Everything the bot builds from a question,
 * a card or an article goes through here before it reaches a text field.
 *
 * Slack treats &, < and > as control characters: `<!channel>`, `<@U123>` and
 * `<!subteam^S1>` ping people, `<https://x|y>` is a link. Escaping those three
 * characters (and only those) turns any such sequence into inert text. Bare
 * words like "@channel" are only parsed when a text object is not verbatim; we
 * always send verbatim mrkdwn, and also break the word with an invisible
 * WORD JOINER so it cannot ping even where Slack would parse it.
 */

const WORD_JOINER = "\u2060";
const BROADCAST_WORD = /@(channel|here|everyone)\b/gi;
const ENTITY_TAIL = /&[a-z]{0,4}$/;
export const ELLIPSIS = "…";

/** Slack's escaping: & → &amp;, < → &lt;, > → &gt;. Nothing else. */
export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The reverse of escapeText, for values we encoded ourselves. */
export function unescapeText(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Escaped and with "@channel", "@here", "@everyone" defused: safe for any mrkdwn or plain_text field. */
export function safeText(text: string): string {
  return escapeText(text).replace(BROADCAST_WORD, `@${WORD_JOINER}$1`);
}

/**
 * Cuts an already-safe string to at most `max` UTF-16 units (what Slack's
 * limits count), ending with "…". Never splits an entity (&amp;) or a
 * surrogate pair, prefers to cut at a space.
 */
export function truncateSafe(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  let cut = text.slice(0, max - ELLIPSIS.length);
  const lastCode = cut.charCodeAt(cut.length - 1);
  if (lastCode >= 0xd800 && lastCode <= 0xdbff) cut = cut.slice(0, -1);
  cut = cut.replace(ENTITY_TAIL, "");
  const space = cut.lastIndexOf(" ");
  if (space > cut.length * 0.8) cut = cut.slice(0, space);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** safeText then truncateSafe. */
export function safeTruncated(text: string, max: number): string {
  return truncateSafe(safeText(text), max);
}

/**
 * Splits already-safe text into pieces of at most `max` units, breaking at a
 * paragraph, line or space where possible. At most `maxPieces` pieces; the
 * last one is truncated with "…" when the text does not fit.
 */
export function splitSafe(text: string, max: number, maxPieces: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > 0 && pieces.length < maxPieces) {
    if (rest.length <= max) {
      pieces.push(rest);
      rest = "";
      break;
    }
    if (pieces.length === maxPieces - 1) {
      pieces.push(truncateSafe(rest, max));
      rest = "";
      break;
    }
    let cut = rest.slice(0, max);
    const lastCode = cut.charCodeAt(cut.length - 1);
    if (lastCode >= 0xd800 && lastCode <= 0xdbff) cut = cut.slice(0, -1);
    cut = cut.replace(ENTITY_TAIL, "");
    const breakAt = Math.max(cut.lastIndexOf("\n\n"), cut.lastIndexOf("\n"), cut.lastIndexOf(" "));
    if (breakAt > max * 0.5) cut = cut.slice(0, breakAt);
    pieces.push(cut.trimEnd());
    rest = rest.slice(cut.length).trimStart();
  }
  return pieces.filter((p) => p.length > 0);
}

/**
 * A URL usable inside `<url|label>`: http(s) only, no characters that would
 * end the link early, & escaped. Null when the URL is not safe to link.
 */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  if (!/^https?:\/\/[^\s<>|"]+$/i.test(url)) return null;
  try {
    new URL(url);
  } catch {
    return null;
  }
  return url.replace(/&/g, "&amp;");
}

/** `<url|label>` with a safe label, or just the label when the URL is unusable. */
export function safeLink(url: string | null, label: string): string {
  const href = safeUrl(url);
  const text = safeText(label);
  return href ? `<${href}|${text}>` : text;
}
