import { MessageFlags } from "discord.js";
import type { ChatInputCommandInteraction } from "discord.js";
import type { AdapterDeps } from "../adapter.js";
import { OPTION } from "./commands.js";
import { NO_MENTIONS } from "./limits.js";
import { createConversation } from "../../core/conversation/conversation.js";
import { messages } from "../../core/messages.js";
import { renderNotice } from "./render-embed.js";
import { replyToMessage } from "./reply-for.js";

/** /ask question:<text> [private:<bool>]: defer at once (ephemeral when private), ask the core, edit the reply. */
export async function handleAsk(interaction: ChatInputCommandInteraction, deps: AdapterDeps): Promise<void> {
  const question = interaction.options.getString(OPTION.question) ?? "";
  const isPrivate = interaction.options.getBoolean(OPTION.private) ?? false;
  await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
  const conversation = deps.conversation ?? createConversation(deps.desk);
  // /ask is asked of the bot directly: even "ok" gets a reply there. One person's /ask commands in one channel
  // form one conversation, so "/ask and when does it start?" leans on their last /ask there.
  const thread = `discord:ask:${interaction.user.id}:${interaction.channelId}`;
  const { reply } = replyToMessage(conversation, deps.desk, deps.logger, "ask", { text: question, thread, place: "direct" }, { questions: deps.questions, user: interaction.user.id });
  await interaction.editReply({ ...(reply ?? renderNotice(messages.light)), allowedMentions: NO_MENTIONS });
}
