import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { messages } from "../../core/messages.js";
import type { Vote } from "../../feedback/feedback-log.js";
import { ACTION, decodeButtonValue } from "./action-values.js";
import { ephemeralReply } from "./reply.js";
import type { HandlerContext } from "./handler-context.js";

/** 👍 / 👎: one line in feedback.jsonl, and a private "thanks" to the voter. */
export function registerVotes(app: App, ctx: HandlerContext): void {
  const handle = (vote: Vote) =>
    async ({ ack, body, action, respond, client }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
      await ack();
      const reply = ephemeralReply(body, respond, client);
      await ctx.funnel.run(
        `${vote} vote`,
        async () => {
          const value = decodeButtonValue(action.value);
          const result = await ctx.feedback.record({
            vote,
            card: value?.card ?? null,
            question: value?.plainQuestion ?? "",
            user: body.user.id,
            platform: "slack",
          });
          ctx.questions?.record({ event: "vote", platform: "slack", user: body.user.id, vote, card: value?.card ?? null, question: value?.plainQuestion ?? "" });
          if (result.status === "failed") ctx.logger.warn("slack: could not save a vote", { reason: result.reason });
          await reply(result.status === "saved" ? messages.feedbackThanks(vote) : messages.feedbackFailed);
        },
        reply,
      );
    };
  app.action<BlockButtonAction>(ACTION.voteUp, handle("up"));
  app.action<BlockButtonAction>(ACTION.voteDown, handle("down"));
}
