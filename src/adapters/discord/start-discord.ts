import { Events } from "discord.js";
import type { Client, Interaction, Message } from "discord.js";
import type { DiscordConfig } from "../../config/env.js";
import { createConversation } from "../../core/conversation/conversation.js";
import type { AdapterDeps, RunningAdapter } from "../adapter.js";
import { createRateLimiter } from "../rate-limit.js";
import type { RateLimiterLike } from "../rate-limit.js";
import { handleAsk } from "./ask-command.js";
import { handleAutocomplete } from "./autocomplete.js";
import { handleButton } from "./buttons.js";
import { attachChannelMessages, handleDigest, handleExpertButton, isExpertButton } from "./channel-message.js";
import { COMMAND } from "./commands.js";
import { watchGateway } from "./connection-state.js";
import { createClient, type DiscordTuning } from "./create-client.js";
import { createErrorFunnel } from "./error-funnel.js";
import type { ErrorFunnel } from "./error-funnel.js";
import { handleMention } from "./mention.js";
import { handleSources } from "./sources-command.js";
import { admit, autocompleteAllowed, replySlowDown } from "./throttle.js";
import { handleTopics } from "./topics-command.js";
import { inFlight } from "../../service/in-flight.js";

export { commandDefinitions } from "./commands.js";
export { inviteUrl, registerCommands } from "./register-commands.js";

/**
 * Slash commands are rate limited per person (a private "slow down" when over); autocomplete answers
 * with no choices when limited; buttons are not limited.
 */
async function routeInteraction(interaction: Interaction, deps: AdapterDeps, funnel: ErrorFunnel, limiter: RateLimiterLike): Promise<void> {
  if (interaction.isButton() && deps.channels && isExpertButton(interaction.customId)) {
    const channels = deps.channels;
    await funnel.interaction("expert button", interaction, () => handleExpertButton(interaction, channels));
  } else if (interaction.isAutocomplete()) {
    await funnel.interaction("autocomplete", interaction, async () => {
      if (!(await autocompleteAllowed(limiter, interaction.user.id))) await interaction.respond([]);
      else await handleAutocomplete(interaction, deps);
    });
  } else if (interaction.isChatInputCommand()) {
    const name = interaction.commandName;
    await funnel.interaction(`/${name}`, interaction, async () => {
      if ((await admit(limiter, deps.logger, `/${name}`, interaction.user.id)) !== "ok") await replySlowDown(interaction);
      else if (name === COMMAND.ask) await handleAsk(interaction, deps);
      else if (name === COMMAND.sources) await handleSources(interaction, deps);
      else if (name === COMMAND.topics) await handleTopics(interaction, deps);
      else if (name === COMMAND.digest && deps.channels) await handleDigest(interaction, deps.channels);
      else throw new Error(`unknown command /${name} (run npm run discord:register to refresh the commands)`);
    });
  } else if (interaction.isButton()) {
    await funnel.interaction("button", interaction, () => handleButton(interaction, deps));
  }
}

async function routeMessage(message: Message, client: Client, deps: AdapterDeps, funnel: ErrorFunnel, limiter: RateLimiterLike): Promise<void> {
  const botId = client.user?.id;
  if (!botId) return;
  // Answer and news channels answer mentions themselves (channel-message.ts).
  if (deps.channels?.router.takesMentions("discord", message.channelId)) return;
  await funnel.message("mention", message, () => handleMention(message, deps, botId, limiter));
}

/**
 * Wires every event to its handler. Each handler runs inside the error funnel, so none can take the client down.
 * Questions are rate limited per person with `deps.rateLimit`, or a limiter with the defaults.
 */
export function attachHandlers(client: Client, deps: AdapterDeps, funnel: ErrorFunnel): void {
  const limiter = deps.rateLimit ?? createRateLimiter();
  // One conversation layer for every handler, so reply chains are remembered across events.
  deps = { ...deps, conversation: deps.conversation ?? createConversation(deps.desk) };
  // discord.js captures listener rejections and re-emits them as "error": always listen.
  client.on(Events.Error, (error) => funnel.background("client error", error));
  client.on(Events.ShardError, (error, shardId) => funnel.background(`shard ${shardId} error`, error));
  client.on(Events.Warn, (message) => deps.logger.warn(`discord: ${message}`));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    deps.logger.warn(`discord: shard ${shardId} disconnected and will not reconnect`, { code: event.code }),
  );
  client.on(Events.ShardReconnecting, (shardId) => deps.logger.info(`discord: shard ${shardId} reconnecting`));

  attachChannelMessages(client, deps, funnel, limiter);
  client.on(Events.InteractionCreate, (interaction) => {
    void inFlight.track(() => routeInteraction(interaction, deps, funnel, limiter));
  });
  client.on(Events.MessageCreate, (message) => {
    if (message.author.bot) return;
    if (message.system || message.webhookId) return;
    void inFlight.track(() => routeMessage(message, client, deps, funnel, limiter));
  });
}

/**
 * Starts the Discord adapter: builds the client, wires the handlers, logs in and waits until the
 * guilds are loaded. Resolves to a handle whose stop() disconnects cleanly. Rejects when login fails
 * (bad token, unreachable API); the client is already destroyed then.
 */
export async function startDiscord(config: DiscordConfig, deps: AdapterDeps, tuning: DiscordTuning = {}): Promise<RunningAdapter> {
  const client = createClient(config, deps.logger, tuning, { messageContent: deps.channels?.readsDiscordChannels() ?? false });
  const funnel = createErrorFunnel(deps.logger);
  attachHandlers(client, deps, funnel);
  const gateway = watchGateway(client);

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(config.token);
  await ready;
  deps.logger.info(`discord: connected as ${client.user?.tag ?? "unknown"}`, { guilds: client.guilds.cache.size });

  let stopping: Promise<void> | null = null;
  return {
    name: "discord",
    ready: () => gateway.connected(),
    stop() {
      // destroy() drops the REST token too: let answers in flight go out first (bounded, see in-flight.ts).
      stopping ??= inFlight
        .drained()
        .then(() => client.destroy())
        .then(() => deps.logger.info("discord: disconnected"));
      return stopping;
    },
  };
}
