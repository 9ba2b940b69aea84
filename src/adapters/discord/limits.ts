/** Discord's hard limits for what a bot sends (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  embedTotal: 6000,
  buttonsPerRow: 5,
  actionRows: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceLength: 100,
} as const;

/** Mentions are never parsed in what the bot sends: nobody is pinged, whatever the text says. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false };

/** Cuts `text` to at most `max` characters, ending with "…" when something was cut. Never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return "…".slice(0, max);
  let cut = text.slice(0, max - 1);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

const ZERO_WIDTH_SPACE = "\u200b";

/**
 * Defuses mass mentions and user/role mentions in text the bot repeats back,
 * so even a client that ignored allowed_mentions would ping nobody.
 */
export function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`).replace(/<@/g, `<${ZERO_WIDTH_SPACE}@`);
}

/** Undoes defuseMentions and tidies the text read back from one of our own embeds. */
export function readBack(text: string): string {
  return text.replaceAll(ZERO_WIDTH_SPACE, "").trim();
}
