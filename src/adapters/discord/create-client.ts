import { Client, GatewayIntentBits, Partials } from "discord.js";
import type { RESTOptions } from "discord.js";
import type { DiscordConfig } from "../../config/env.js";
import { NO_MENTIONS } from "./limits.js";

/**
 * DISCORD_API_URL is the REST base, like https://discord.com/api (the default). discord.js appends
 * /v10/... to it, and the gateway URL comes from GET {base}/v10/gateway/bot, so a REST proxy or a
 * test server sees every call. A trailing slash or a trailing /v10 is tolerated.
 */
export function restApiBase(apiUrl: string | null): string | null {
  if (!apiUrl) return null;
  return apiUrl.replace(/\/+$/, "").replace(/\/v\d+$/, "");
}

export function restOptions(config: DiscordConfig): Partial<RESTOptions> {
  const api = restApiBase(config.apiUrl);
  return api ? { api } : {};
}

/**
 * The Client: Guilds + GuildMessages intents only (no privileged intents: Discord still delivers the
 * content of messages that mention the bot), mentions off by default for everything sent.
 */
export function createClient(config: DiscordConfig, options: { messageContent?: boolean } = {}): Client {
  // News and answer channels read posts that do not mention the bot: only then the privileged Message Content intent.
  const extra = options.messageContent ? [GatewayIntentBits.MessageContent] : [];
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, ...extra],
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    failIfNotExists: false,
    rest: restOptions(config),
  });
}
