import { Client, GatewayIntentBits, Partials } from "discord.js";
import type { RESTOptions } from "discord.js";
import type { DiscordConfig } from "../../config/env.js";
import { createDelivery, type Delivery, type DeliveryOptions } from "../../delivery/deliver.js";
import { countSendFailure, countSendRetry } from "../../service/metrics.js";
import type { Logger } from "../../logging/logger.js";
import { deliverThroughRest, deliveryRestOptions } from "./delivering-rest.js";
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

/** Timing knobs for tests and the load run; production uses the defaults. */
export interface DiscordTuning {
  /** Retry policy, clock and hooks for replies (default: DEFAULT_RETRY_POLICY, real time). */
  delivery?: DeliveryOptions;
}

function createBotDelivery(logger: Logger | undefined, options: DeliveryOptions = {}): Delivery {
  return createDelivery({
    ...options,
    onRetry(event) {
      logger?.debug(`discord: send retry (${event.reason})`, { lane: event.key, attempt: event.attempt, delayMs: Math.round(event.delayMs) });
      countSendRetry("discord");
      options.onRetry?.(event);
    },
    onGiveUp(event) {
      logger?.warn(`discord: gave up sending (${event.reason})`, { lane: event.key, attempts: event.attempts });
      countSendFailure("discord");
      options.onGiveUp?.(event);
    },
  });
}

/**
 * The Client: Guilds + GuildMessages intents only (no privileged intents: Discord still delivers the
 * content of messages that mention the bot), mentions off by default for everything sent.
 * Every REST request goes through Delivery (see delivering-rest.ts).
 */
export function createClient(config: DiscordConfig, logger?: Logger, tuning: DiscordTuning = {}, options: { messageContent?: boolean } = {}): Client {
  const delivery = createBotDelivery(logger, tuning.delivery);
  // News and answer channels read posts that do not mention the bot: only then the privileged Message Content intent.
  const extra = options.messageContent ? [GatewayIntentBits.MessageContent] : [];
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, ...extra],
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    failIfNotExists: false,
    rest: deliveryRestOptions(restOptions(config), delivery),
  });
  deliverThroughRest(client.rest, delivery);
  return client;
}
