import type { App, BlockButtonAction } from "@slack/bolt";
import type { Answer } from "../../core/answer.js";
import { messages } from "../../core/messages.js";
import { ACTION, PICK_ACTION, decodeButtonValue } from "./action-values.js";
import { askDesk, type AskedBy } from "./ask.js";
import type { HandlerContext } from "./handler-context.js";
import { renderAnswer } from "./render-blocks.js";
import { ephemeralReply, postMessage } from "./reply.js";

/** Whether the clicked button sits on an ephemeral message (a /deal answer only the asker sees). */
export function isEphemeral(body: BlockButtonAction): boolean {
  return body.container?.is_ephemeral === true || !body.message;
}

/** The answer a did-you-mean or share button stands for, or null when its value names no card. */
function answerOfButton(ctx: HandlerContext, value: string | undefined, asked?: AskedBy): Answer | null {
  const decoded = decodeButtonValue(value);
  return decoded?.card ? askDesk(ctx.desk, { text: decoded.question, card: decoded.card }, asked) : null;
}

/** "Did you mean…" buttons and "Share in channel". */
export function registerAnswerActions(app: App, ctx: HandlerContext): void {
  // A did-you-mean button answers the chosen card in place of the unsure answer.
  app.action<BlockButtonAction>(PICK_ACTION, async ({ ack, body, action, respond, client }) => {
    await ack();
    const apologize = ephemeralReply(body, respond, client);
    await ctx.funnel.run(
      "did-you-mean button",
      async () => {
        const answer = answerOfButton(ctx, action.value, { questions: ctx.questions, user: body.user.id });
        if (!answer) {
          await apologize(messages.unknownCard);
          return;
        }
        if (isEphemeral(body)) {
          const message = renderAnswer(answer, { showQuestion: true, share: true });
          await respond({ response_type: "ephemeral", replace_original: true, text: message.text, blocks: message.blocks });
          return;
        }
        const message = renderAnswer(answer);
        const channel = body.channel?.id ?? body.container?.channel_id;
        const ts = body.message?.ts ?? body.container?.message_ts;
        if (!channel || !ts) throw new Error("did-you-mean click without a message to update");
        await client.chat.update({ channel, ts, text: message.text, blocks: message.blocks });
      },
      apologize,
    );
  });

  // "Share in channel": the private /deal answer, asked again by card, posted for everyone.
  app.action<BlockButtonAction>(ACTION.share, async ({ ack, body, action, respond, client }) => {
    await ack();
    const apologize = ephemeralReply(body, respond, client);
    await ctx.funnel.run(
      "share button",
      async () => {
        const answer = answerOfButton(ctx, action.value);
        if (!answer) {
          await apologize(messages.unknownCard);
          return;
        }
        const message = renderAnswer(answer, { showQuestion: true });
        if (body.response_url) {
          // response_url works where the bot is not a channel member, which chat.postMessage would not.
          await respond({ response_type: "in_channel", replace_original: false, text: message.text, blocks: message.blocks });
          try {
            await respond({ delete_original: true });
          } catch (error) {
            ctx.funnel.report("share button (removing the private copy)", error);
          }
          return;
        }
        const channel = body.channel?.id ?? body.container?.channel_id;
        if (!channel) throw new Error("share click without a channel");
        await postMessage(client, channel, undefined, message);
      },
      apologize,
    );
  });
}
