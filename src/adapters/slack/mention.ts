import type { App } from "@slack/bolt";
import { messages } from "../../core/messages.js";
import { askDesk } from "./ask.js";
import type { HandlerContext } from "./handler-context.js";
import { renderAnswer, renderNotice } from "./render-blocks.js";
import { postMessage } from "./reply.js";
import { admit } from "./throttle.js";

/**
 * @mention in a channel or thread: answer in the thread, starting one under
 * the message when it was top-level. Someone asking too fast gets one "slow down" in the
 * thread, then silence until they have tokens again.
 */
export function registerMention(app: App, ctx: HandlerContext): void {
  app.event("app_mention", async ({ event, client, context }) => {
    const channel = event.channel;
    // The same message can arrive as app_mention and message.im (a mention inside a DM): answer it once.
    if (!ctx.dedupe.claim(`message:${channel}:${event.ts}`)) return;
    const threadTs = event.thread_ts ?? event.ts;
    const decision = admit(ctx, "app_mention", context.teamId, event.user);
    if (decision === "limited") return;
    await ctx.funnel.run(
      "app_mention",
      async () => {
        if (decision === "limited-first") {
          await postMessage(client, channel, threadTs, renderNotice(messages.slowDown));
          return;
        }
        const answer = askDesk(ctx.desk, { text: event.text ?? "" });
        await postMessage(client, channel, threadTs, renderAnswer(answer));
      },
      (sentence) => postMessage(client, channel, threadTs, renderNotice(sentence)),
    );
  });
}
