import { MessageFlags } from "discord.js";
import type { ChatInputCommandInteraction } from "discord.js";
import type { AdapterDeps } from "../adapter.js";
import { OPTION } from "./commands.js";
import { NO_MENTIONS } from "./limits.js";
import { replyFor } from "./reply-for.js";

/** /ask question:<text> [private:<bool>]: defer at once (ephemeral when private), ask the core, edit the reply. */
export async function handleAsk(interaction: ChatInputCommandInteraction, deps: AdapterDeps): Promise<void> {
  const question = interaction.options.getString(OPTION.question) ?? "";
  const isPrivate = interaction.options.getBoolean(OPTION.private) ?? false;
  await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
  const { reply } = replyFor(deps.desk, deps.logger, "ask", question, undefined, { questions: deps.questions, user: interaction.user.id });
  await interaction.editReply({ ...reply, allowedMentions: NO_MENTIONS });
}
