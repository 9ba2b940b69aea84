import type { RespondFn, webApi } from "@slack/bolt";
import type { SlackMessage } from "./render-blocks.js";

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
}

/** A new ephemeral message for one person (leaves the original message alone). */
export async function postEphemeral(target: EphemeralTarget, message: SlackMessage): Promise<void> {
  if (target.responseUrl && target.respond) {
    await target.respond({ response_type: "ephemeral", replace_original: false, text: message.text, blocks: message.blocks });
    return;
  }
  if (!target.channel) throw new Error("no response_url and no channel to answer in");
  await target.client.chat.postEphemeral({ channel: target.channel, user: target.user, text: message.text, blocks: message.blocks });
}
