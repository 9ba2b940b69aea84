import { PermissionFlagsBits, PermissionsBitField, REST, Routes } from "discord.js";
import type { DiscordConfig } from "../../config/env.js";
import type { Logger } from "../../logging/logger.js";
import { commandDefinitions } from "./commands.js";
import { restOptions } from "./create-client.js";

export interface RegisterResult {
  scope: "guild" | "global";
  route: string;
  names: string[];
}

/**
 * PUTs the slash commands, replacing whatever was registered before: to one guild when
 * DISCORD_GUILD_ID is set (shows up at once, good for trying things), else globally.
 */
export async function registerCommands(config: DiscordConfig, logger: Logger): Promise<RegisterResult> {
  const rest = new REST(restOptions(config)).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const body = commandDefinitions();
  const scope = config.guildId ? "guild" : "global";
  logger.info(`discord: registering ${body.length} ${scope} commands`, { route });
  try {
    const saved = (await rest.put(route, { body })) as { name?: string }[];
    const names = Array.isArray(saved) ? saved.map((c) => String(c.name)) : body.map((c) => c.name);
    return { scope, route, names };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

/** View Channels, Send Messages, Send Messages in Threads, Embed Links, Read Message History. */
export const BOT_PERMISSIONS = new PermissionsBitField([
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.ReadMessageHistory,
]).bitfield;

export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: "bot applications.commands",
    permissions: BOT_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
