import { parseConfig } from "../../config/env.js";
import type { DiscordConfig } from "../../config/env.js";
import { createLogger } from "../../logging/logger.js";
import type { Logger } from "../../logging/logger.js";
import { inviteUrl, registerCommands } from "./register-commands.js";
import type { RegisterResult } from "./register-commands.js";

type Env = Record<string, string | undefined>;

export interface RegisterIo {
  out: (text: string) => void;
  err: (text: string) => void;
  register?: (config: DiscordConfig, logger: Logger) => Promise<RegisterResult>;
}

/** Only the variables this script needs, so a half-configured Slack does not block it. */
function discordEnv(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name.startsWith("DISCORD_") || name === "LOG_LEVEL"));
}

/** `npm run discord:register`: returns the exit code. */
export async function runDiscordRegister(env: Env, io: RegisterIo): Promise<number> {
  const parsed = parseConfig(discordEnv(env));
  if (parsed.status === "invalid") {
    io.err(`Cannot register the Discord commands:\n${parsed.problems.map((p) => `  - ${p}`).join("\n")}\n`);
    return 1;
  }
  const { config } = parsed;
  if (!config.discord) {
    io.err(
      "Cannot register the Discord commands: DISCORD_TOKEN and DISCORD_APPLICATION_ID are not set.\n" +
        "  - DISCORD_TOKEN: Developer Portal → your application → Bot → Reset Token.\n" +
        "  - DISCORD_APPLICATION_ID: Developer Portal → your application → General Information.\n" +
        "  Optionally DISCORD_GUILD_ID registers to one server, where the commands appear at once.\n",
    );
    return 1;
  }
  const logger = createLogger(config.logLevel);
  try {
    const result = await (io.register ?? registerCommands)(config.discord, logger);
    const names = result.names.map((n) => `/${n}`).join(", ");
    io.out(
      result.scope === "guild"
        ? `Registered ${names} in server ${config.discord.guildId}. They are usable right away.\n`
        : `Registered ${names} globally. Discord can take a few minutes to show them everywhere.\n`,
    );
    io.out(`Invite the bot with: ${inviteUrl(config.discord.applicationId)}\n`);
    return 0;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.err(`Registering the Discord commands failed: ${reason}\nCheck DISCORD_TOKEN and DISCORD_APPLICATION_ID (same application?).\n`);
    return 1;
  }
}
