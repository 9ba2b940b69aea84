import type { App } from "@slack/bolt";
import { registerAnswerActions } from "./actions.js";
import { registerChannelMessages } from "./channel-message.js";
import { registerDirectMessage } from "./direct-message.js";
import { edgeFilter } from "./edge-filter.js";
import type { HandlerContext } from "./handler-context.js";
import { registerMention } from "./mention.js";
import { registerSlashCommand } from "./slash-command.js";
import { registerVotes } from "./votes.js";

/** Wires everything onto the app: the edge filter first, one error funnel, then the listeners. */
export function registerHandlers(app: App, ctx: HandlerContext): void {
  registerChannelMessages(app, ctx);
  app.use(edgeFilter(ctx));
  app.error((error) => ctx.funnel.appErrorHandler(error));
  registerMention(app, ctx);
  registerDirectMessage(app, ctx);
  registerSlashCommand(app, ctx);
  registerAnswerActions(app, ctx);
  registerVotes(app, ctx);
}
