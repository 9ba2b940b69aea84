import { ButtonStyle, ComponentType } from "discord.js";
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from "discord.js";
import type { Reply } from "../../core/conversation/reply.js";
import { messages } from "../../core/messages.js";
import { encodeButton } from "./custom-ids.js";
import { fitEmbed, fitLines } from "./embed-fit.js";
import { defuseMentions, LIMITS, truncate } from "./limits.js";
import { COLORS, renderAnswer, renderPrompt, voteRow, type DiscordReply } from "./render-embed.js";

function safeUrl(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return url.replace(/[()<> ]/g, (c) => encodeURIComponent(c));
}

/** Topic questions as buttons, up to five a row; a click answers that card in place. */
function choiceRows(choices: { card: string; question: string }[]): APIActionRowComponent<APIButtonComponent>[] {
  const buttons: APIButtonComponent[] = [];
  for (const c of choices) {
    const id = encodeButton({ action: "alt", card: c.card, question: c.question });
    if (!id || buttons.some((b) => "custom_id" in b && b.custom_id === id)) continue;
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: id, label: truncate(defuseMentions(c.question), LIMITS.buttonLabel) });
  }
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length && rows.length < LIMITS.actionRows; i += LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return rows;
}

/** Embeds of a several-question reply, cut to Discord's 6,000-character total for a message. */
function fitAll(embeds: APIEmbed[]): APIEmbed[] {
  const out: APIEmbed[] = [];
  let total = 0;
  for (const e of embeds) {
    const size = JSON.stringify(e).length;
    if (out.length && total + size > LIMITS.embedTotal) break;
    out.push(e);
    total += size;
  }
  return out;
}

/**
 * Any conversation reply → embeds and buttons, or null when nothing should be sent (a light "ok" in a channel).
 * A follow-up read with the thread's context says so in the message text.
 */
export function renderReply(reply: Reply): DiscordReply | null {
  switch (reply.kind) {
    case "silent":
      return null;
    case "fact": {
      const rendered = renderAnswer(reply.answer);
      return reply.readAs ? { ...rendered, content: truncate(defuseMentions(messages.readingAs(reply.readAs)), LIMITS.content) } : rendered;
    }
    case "smalltalk":
    case "help":
    case "scope":
      return renderPrompt(reply.text, reply.examples);
    case "news": {
      const lines = reply.items.map((i) => {
        const url = safeUrl(i.source.url);
        const title = defuseMentions(i.source.title);
        return `• ${url ? `[${title.replace(/[[\]]/g, "\\$&")}](${url})` : title} · ${i.date}\n  ${defuseMentions(i.summary)}`;
      });
      const embed: APIEmbed = { title: truncate(reply.text, LIMITS.embedTitle), color: COLORS.info, ...(lines.length ? { description: fitLines(lines, LIMITS.embedDescription) } : {}) };
      return { embeds: [fitEmbed(embed)], components: [] };
    }
    case "browse": {
      // The card about the name itself comes first, as a fact; the other questions follow as buttons.
      const lead = reply.lead ? renderAnswer(reply.lead).embeds : [];
      const lines = reply.choices.map((c, n) => `${n + 1}. ${defuseMentions(c.question)}`);
      const embed: APIEmbed = {
        title: truncate(defuseMentions(reply.text), LIMITS.embedTitle),
        color: COLORS.info,
        ...(lines.length ? { description: fitLines(lines, LIMITS.embedDescription) } : {}),
      };
      const list = lines.length || !lead.length ? [fitEmbed(embed)] : [];
      return { embeds: fitAll([...lead, ...list]), components: choiceRows(reply.choices) };
    }
    case "multi": {
      const embeds = reply.parts.map((p, n) => {
        const embed = renderAnswer(p.answer).embeds[0]!;
        const title = truncate(defuseMentions(`${n + 1}) ${p.question}`), LIMITS.embedTitle);
        const note = p.readAs ? `${messages.readingAs(p.readAs)}\n` : "";
        return fitEmbed({ ...embed, title, description: truncate(`${defuseMentions(note)}${embed.description ?? ""}`, LIMITS.embedDescription) });
      });
      const more = reply.dropped ? ` ${messages.multiMore(reply.dropped)}` : "";
      const shown = fitAll(embeds);
      // One 👍 / 👎 row per part shown, numbered like its embed; custom ids differ since each part has its own card.
      const seen = new Set<string>();
      const components = reply.parts.slice(0, shown.length).flatMap((p, n) => {
        const votes = voteRow({ ...p.answer, question: p.question }, n + 1);
        const id = votes?.components[0] && "custom_id" in votes.components[0] ? votes.components[0].custom_id : null;
        if (!votes || !id || seen.has(id)) return [];
        seen.add(id);
        return [votes];
      });
      return { content: `${messages.multiHeading(reply.parts.length)}${more}`, embeds: shown, components: components.slice(0, LIMITS.actionRows) };
    }
  }
}
