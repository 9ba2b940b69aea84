import type { APIEmbed, APIEmbedField } from "discord.js";
import { messages } from "../../core/messages.js";
import { LIMITS, truncate } from "./limits.js";

/**
 * Joins lines into one block of at most `max` characters. Lines that do not fit
 * are left out and counted in a closing "…and N more" line.
 */
export function fitLines(lines: string[], max: number): string {
  const kept: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = truncate(lines[i]!, max);
    const cost = (kept.length ? 1 : 0) + line.length;
    const remaining = lines.length - i - 1;
    const tail = remaining ? 1 + messages.moreArticles(remaining).length : 0;
    if (used + cost + tail > max) {
      const more = messages.moreArticles(lines.length - i);
      if (used + (kept.length ? 1 : 0) + more.length <= max) kept.push(more);
      break;
    }
    kept.push(line);
    used += cost;
  }
  return kept.join("\n");
}

/** A heading from messages.ts without its trailing colon ("Try asking:" -> "Try asking"). */
export function heading(text: string): string {
  return text.replace(/[:：]\s*$/, "");
}

export function field(name: string, value: string): APIEmbedField | null {
  const v = truncate(value.trim(), LIMITS.fieldValue);
  if (!v) return null;
  return { name: truncate(name, LIMITS.fieldName), value: v };
}

export function embedLength(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += embed.footer?.text.length ?? 0;
  total += embed.author?.name.length ?? 0;
  for (const f of embed.fields ?? []) total += f.name.length + f.value.length;
  return total;
}

/**
 * Enforces every per-embed limit: title, description, 25 fields, field sizes,
 * footer, and the 6,000-character total (the description gives way first, then trailing fields).
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) out.description = truncate(out.description, LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, LIMITS.footerText) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.embedFields).map((f) => ({
      ...f,
      name: truncate(f.name, LIMITS.fieldName),
      value: truncate(f.value, LIMITS.fieldValue),
    }));
  }
  let over = embedLength(out) - LIMITS.embedTotal;
  if (over > 0 && out.description) {
    const keep = Math.max(0, out.description.length - over);
    out.description = keep > 0 ? truncate(out.description, keep) : undefined;
    if (out.description === undefined) delete out.description;
    over = embedLength(out) - LIMITS.embedTotal;
  }
  while (over > 0 && out.fields && out.fields.length > 0) {
    out.fields = out.fields.slice(0, -1);
    over = embedLength(out) - LIMITS.embedTotal;
  }
  return out;
}
