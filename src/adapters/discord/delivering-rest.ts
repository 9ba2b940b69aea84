import { randomBytes } from "node:crypto";
import { DiscordAPIError, HTTPError, REST } from "discord.js";
import type { RESTOptions } from "discord.js";
import { transportFailure, type Verdict } from "../../delivery/classify.js";
import type { Delivery } from "../../delivery/deliver.js";

type InternalRequest = Parameters<REST["queueRequest"]>[0];
type ResponseLike = Awaited<ReturnType<REST["queueRequest"]>>;

/** Discord's "Interaction has already been acknowledged": on a retried callback, the first try got through. */
const ALREADY_ACKNOWLEDGED = 40060;

const CHANNEL_MESSAGES = /^\/channels\/\d+\/messages$/;
/**
 * @discordjs/rest keeps a request handler per interaction token (its route's major parameter) and
 * sweeps idle ones only hourly by default: with many interactions, an hour of dead handlers. An
 * interaction's handler is needed for seconds, so idle ones go every 10 s.
 */
export const INTERACTION_HANDLER_SWEEP_MS = 10_000;
const INTERACTION_ROUTE = /^\/(?:interactions\/\d+|webhooks\/\d+)\/([^/?]+)/;

/** The lane a request waits in: the interaction token (its callback and edits), the channel, else the route. */
export function discordLane(request: Pick<InternalRequest, "fullRoute" | "method">): string {
  const route = request.fullRoute;
  const token = INTERACTION_ROUTE.exec(route);
  if (token) return `discord:interaction:${token[1]}`;
  const channel = /^\/channels\/(\d+)/.exec(route);
  if (channel) return `discord:channel:${channel[1]}`;
  return `discord:route:${request.method} ${route}`;
}

/** Whether Discord applies no global (50/s) limit to this request: interaction callbacks and interaction webhooks. */
export function isInteractionRequest(request: Pick<InternalRequest, "fullRoute" | "auth">): boolean {
  return request.auth === false && INTERACTION_ROUTE.test(request.fullRoute);
}

/**
 * A message post retried after a reset must not post twice: Discord keeps the first message with the
 * same nonce when `enforce_nonce` is set and returns it instead of creating another.
 */
export function addNonce(request: InternalRequest): void {
  if (request.method !== "POST" || !CHANNEL_MESSAGES.test(request.fullRoute)) return;
  const body = request.body;
  if (!body || typeof body !== "object" || Array.isArray(body)) return;
  const fields = body as { nonce?: unknown; enforce_nonce?: unknown };
  fields.nonce ??= randomBytes(12).toString("base64url");
  fields.enforce_nonce = true;
}

export function classifyDiscordError(error: unknown): Verdict {
  if (error instanceof HTTPError) {
    return error.status >= 500 || error.status === 408 ? { action: "retry", reason: String(error.status) } : { action: "give-up", reason: String(error.status) };
  }
  if (error instanceof DiscordAPIError) return { action: "give-up", reason: `${error.status} ${error.code}` };
  const failure = transportFailure(error);
  return failure ? { action: "retry", reason: failure } : { action: "give-up", reason: "not a transport failure" };
}

/** REST options for the bot's client: one try per request (Delivery retries), with a timeout per try. */
export function deliveryRestOptions(base: Partial<RESTOptions>, delivery: Delivery): Partial<RESTOptions> {
  return { ...base, retries: 0, timeout: delivery.policy.requestTimeoutMs };
}

/**
 * Routes every request of `rest` through Delivery: per-channel / per-interaction lanes, back-off for
 * 5xx, resets ("other side closed", which @discordjs/rest would not retry) and timeouts, nonces on
 * message posts. Interaction callbacks and edits go through a second REST with no global limit, so
 * they never queue behind the 50 requests per second Discord applies to everything else.
 * @discordjs/rest keeps handling 429s per route bucket itself.
 */
export function deliverThroughRest(rest: REST, delivery: Delivery): REST {
  const interactions = new REST({ ...rest.options, globalRequestsPerSecond: Number.POSITIVE_INFINITY, handlerSweepInterval: INTERACTION_HANDLER_SWEEP_MS });
  const viaBot = rest.queueRequest.bind(rest);
  const viaInteractions = interactions.queueRequest.bind(interactions);
  rest.queueRequest = (request: InternalRequest): Promise<ResponseLike> => {
    addNonce(request);
    const direct = isInteractionRequest(request);
    const isCallback = direct && request.fullRoute.startsWith("/interactions/");
    return delivery.send(
      discordLane(request),
      async (attempt) => {
        try {
          return await (direct ? viaInteractions : viaBot)(request);
        } catch (error) {
          if (isCallback && attempt > 1 && error instanceof DiscordAPIError && error.code === ALREADY_ACKNOWLEDGED) {
            return new Response(null, { status: 204 }) as unknown as ResponseLike;
          }
          throw error;
        }
      },
      classifyDiscordError,
    );
  };
  return interactions;
}
