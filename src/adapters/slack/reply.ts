import type { BlockButtonAction, RespondFn, webApi } from "@slack/bolt";
import { renderNotice, type SlackMessage } from "./render-blocks.js";

type WebClient = webApi.WebClient;

/** Posts a message in a conversation, in a thread when `threadTs` is given. Link previews off: sources would unfurl. */
export async function postMessage(client: WebClient, channel: string, threadTs: string | undefined, message: SlackMessage): Promise<void> {
  await client.chat.postMessage({
    channel,
    ...(threadTs ? { thread_ts: threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
}

/** Where an ephemeral reply can go: the response_url when there is one, else chat.postEphemeral. */
export interface EphemeralTarget {
  responseUrl: string | undefined;
  respond: RespondFn | undefined;
  client: WebClient;
  channel: string | undefined;
  user: string;
  /** Keep the reply in the thread the clicked message is in. */
  threadTs?: string | undefined;
}

/** A new ephemeral message for one person (leaves the original message alone). */
export async function postEphemeral(target: EphemeralTarget, message: SlackMessage): Promise<void> {
  if (target.responseUrl && target.respond) {
    await target.respond({
      response_type: "ephemeral",
      replace_original: false,
      ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
    });
    return;
  }
  if (!target.channel) throw new Error("no response_url and no channel to answer in");
  await target.client.chat.postEphemeral({
    channel: target.channel,
    user: target.user,
    ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
  });
}

/** Replies only the clicker sees, used for apologies and "unknown card". */
export function ephemeralReply(body: BlockButtonAction, respond: RespondFn | undefined, client: WebClient): (sentence: string) => Promise<void> {
  return (sentence: string) =>
    postEphemeral(
      {
        responseUrl: body.response_url,
        respond,
        client,
        channel: body.channel?.id ?? body.container?.channel_id,
        user: body.user.id,
        threadTs: typeof body.message?.thread_ts === "string" ? body.message.thread_ts : undefined,
      },
      renderNotice(sentence),
    );
}
