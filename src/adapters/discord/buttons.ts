import { MessageFlags } from "discord.js";
import type { ButtonInteraction, Message } from "discord.js";
import { messages } from "../../core/messages.js";
import type { AdapterDeps } from "../adapter.js";
import { decodeButton } from "./custom-ids.js";
import type { ButtonData } from "./custom-ids.js";
import { NO_MENTIONS, readBack } from "./limits.js";
import { replyFor } from "./reply-for.js";

/**
 * The question a button belongs to. The custom id holds its start; the embed title
 * (the question, up to 256 characters) usually holds more, so it wins when it agrees.
 */
export function questionOf(message: Pick<Message, "embeds"> | null, data: ButtonData): string {
  const fromId = data.question.trim();
  const title = message?.embeds[0]?.title;
  if (!title) return fromId;
  const fromTitle = readBack(title);
  return fromTitle.length > fromId.length && fromTitle.startsWith(fromId) ? fromTitle : fromId;
}

/** "Did you mean" buttons answer in place; 👍 / 👎 are recorded and thanked privately. */
export async function handleButton(interaction: ButtonInteraction, deps: AdapterDeps): Promise<void> {
  const data = decodeButton(interaction.customId);
  if (!data) {
    deps.logger.warn("discord: ignoring a button that is not ours", { customId: interaction.customId });
    await interaction.deferUpdate();
    return;
  }
  const question = questionOf(interaction.message, data);

  if (data.action === "alt") {
    const { reply } = replyFor(deps.desk, deps.logger, "alternative", question, data.card ?? undefined, { questions: deps.questions, user: interaction.user.id });
    await interaction.update({ ...reply, allowedMentions: NO_MENTIONS });
    return;
  }

  const result = await deps.feedback.record({
    vote: data.action,
    card: data.card,
    question,
    user: interaction.user.id,
    platform: "discord",
  });
  deps.questions?.record({ event: "vote", platform: "discord", user: interaction.user.id, vote: data.action, card: data.card, question });
  if (result.status === "failed") deps.logger.warn("discord: could not save a vote", { reason: result.reason });
  else deps.logger.info("discord: vote saved", { vote: data.action, card: data.card });
  const text = result.status === "saved" ? messages.feedbackThanks(data.action) : messages.feedbackFailed;
  await interaction.reply({ content: text, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}
