import { MessageFlags } from "discord.js";
import type { ChatInputCommandInteraction } from "discord.js";
import type { AdapterDeps } from "../adapter.js";
import { OPTION } from "./commands.js";
import { NO_MENTIONS } from "./limits.js";
import { renderTopics } from "./render-lists.js";

/** /topics [private]: what the bot knows about, grouped by topic. A read-only view, answered at once. */
export async function handleTopics(interaction: ChatInputCommandInteraction, deps: AdapterDeps): Promise<void> {
  const isPrivate = interaction.options.getBoolean(OPTION.private) ?? false;
  const reply = renderTopics(deps.desk.topics());
  await interaction.reply({ ...reply, allowedMentions: NO_MENTIONS, ...(isPrivate ? { flags: MessageFlags.Ephemeral } : {}) });
}
