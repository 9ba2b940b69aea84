import type { App } from "@slack/bolt";
import { observeReply } from "../../questions/observe-reply.js";
import { messages } from "../../core/messages.js";
import { askDesk } from "./ask.js";
import { digestMessage } from "./channel-message.js";
import type { HandlerContext } from "./handler-context.js";
import { renderNotice, type SlackMessage } from "./render-blocks.js";
import { renderReply } from "./render-reply.js";
import { renderArticles, renderHelp } from "./render-help.js";
import { admit } from "./throttle.js";

export const SLASH_COMMAND = "/deal";

/**
 * `/deal <question>`: an ephemeral answer with a "Share in channel" button.
 * `/deal` or `/deal help`: usage and examples. `/deal sources`: the articles.
 * Someone asking too fast gets a private "slow down" instead (it costs the channel nothing).
 */
export function registerSlashCommand(app: App, ctx: HandlerContext, command: string = SLASH_COMMAND): void {
  app.command(command, async ({ command: payload, ack, respond }) => {
    // Acknowledge first: Slack shows an error if nothing comes back within 3 seconds.
    await ack();
    const reply = async (message: SlackMessage) => {
      await respond({ response_type: "ephemeral", text: message.text, blocks: message.blocks });
    };
    const limited = (await admit(ctx, "slash command", payload.team_id, payload.user_id)) !== "ok";
    await ctx.funnel.run(
      "slash command",
      async () => {
        if (limited) {
          await reply(renderNotice(messages.slowDown));
          return;
        }
        const text = (payload.text ?? "").trim();
        const word = text.toLowerCase();
        if (word === "" || word === "help") {
          await reply(renderHelp(payload.command || command, ctx.desk.examples()));
        } else if (word === "digest" && ctx.channels) {
          await reply(digestMessage(ctx.channels));
        } else if (word === "sources") {
          await reply(renderArticles(ctx.desk.articles()));
        } else {
          // Only the asker sees a slash-command reply, so it is read as a direct conversation. Their slash
          // commands in one channel form one conversation ("/deal and when does it start?" leans on the last one).
          const thread = `slack:slash:${payload.team_id ?? ""}:${payload.user_id}:${payload.channel_id}`;
          const said = observeReply(ctx.conversation, "slack", { text, thread, place: "direct" }, { questions: ctx.questions, user: payload.user_id });
          const answered = renderReply(said, { showQuestion: true, share: true });
          if (answered) await reply(answered);
        }
      },
      (sentence) => reply(renderNotice(sentence)),
    );
  });
}
