import type { App } from "@slack/bolt";
import { askDesk } from "./ask.js";
import type { HandlerContext } from "./handler-context.js";
import { renderAnswer, renderNotice } from "./render-blocks.js";
import { postMessage } from "./reply.js";

interface DirectMessageEvent {
  channel: string;
  channel_type?: string;
  ts: string;
  thread_ts?: string;
  subtype?: string;
  bot_id?: string;
  user?: string;
  text?: string;
}

/** message.im: a person writing to the bot directly. Edits, joins and other subtypes are ignored. */
export function registerDirectMessage(app: App, ctx: HandlerContext): void {
  app.event("message", async ({ event, client }) => {
    const message = event as unknown as DirectMessageEvent;
    if (message.channel_type !== "im" || message.subtype !== undefined || message.bot_id || !message.user) return;
    if (!ctx.dedupe.claim(`message:${message.channel}:${message.ts}`)) return;
    const { channel, thread_ts: threadTs } = message;
    await ctx.funnel.run(
      "direct message",
      async () => {
        const answer = askDesk(ctx.desk, { text: message.text ?? "" });
        await postMessage(client, channel, threadTs, renderAnswer(answer));
      },
      (sentence) => postMessage(client, channel, threadTs, renderNotice(sentence)),
    );
  });
}
