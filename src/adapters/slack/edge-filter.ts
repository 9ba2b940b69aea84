import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { HandlerContext } from "./handler-context.js";

type EventLike = {
  bot_id?: unknown;
  bot_profile?: unknown;
  subtype?: unknown;
  user?: unknown;
  message?: { bot_id?: unknown } | undefined;
};

/** Anything a bot wrote: this app, another bot, or an integration. */
export function isFromABot(event: EventLike, botUserId: string | undefined): boolean {
  if (event.bot_id || event.bot_profile) return true;
  if (event.subtype === "bot_message") return true;
  if (botUserId && event.user === botUserId) return true;
  if (event.message?.bot_id) return true;
  return false;
}

/**
 * The first middleware every request meets. For Events API deliveries it
 * drops bot messages (our own included) and any event_id already handled,
 * which is how Slack's retries (retry_num / X-Slack-Retry-Num) are answered
 * once. A retry of an event we never saw (say, after a restart) is answered.
 */
export function edgeFilter(ctx: HandlerContext): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    if ("event" in args && args.event) {
      const event = args.event as EventLike & { type?: unknown };
      const { context } = args;
      if (isFromABot(event, context.botUserId)) {
        ctx.logger.debug("slack: ignored a bot's event", { type: event.type });
        return;
      }
      const eventId = (args.body as { event_id?: unknown }).event_id;
      if (typeof eventId === "string" && eventId) {
        if (!(await ctx.dedupe.claim(`event:${eventId}`))) {
          ctx.logger.info("slack: dropped a repeated delivery", { eventId, retryNum: context.retryNum ?? 0 });
          return;
        }
        if (context.retryNum) ctx.logger.info("slack: answering a retry of an event not seen before", { eventId, retryNum: context.retryNum });
      }
    }
    await args.next();
  };
}
