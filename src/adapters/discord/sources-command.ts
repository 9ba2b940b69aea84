import { MessageFlags } from "discord.js";
import type { ChatInputCommandInteraction } from "discord.js";
import type { AdapterDeps } from "../adapter.js";
import { OPTION } from "./commands.js";
import { NO_MENTIONS } from "./limits.js";
import { renderSources } from "./render-lists.js";

/** /sources [private]: the article list, newest first. A read-only view, answered at once. */
export async function handleSources(interaction: ChatInputCommandInteraction, deps: AdapterDeps): Promise<void> {
  const isPrivate = interaction.options.getBoolean(OPTION.private) ?? false;
  const reply = renderSources(deps.desk.articles());
  await interaction.reply({ ...reply, allowedMentions: NO_MENTIONS, ...(isPrivate ? { flags: MessageFlags.Ephemeral } : {}) });
}
