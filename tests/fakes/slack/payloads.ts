/** Builders for the payloads Slack sends, shaped like the real ones (only the fields Bolt and the adapter read, plus a few for realism). */
import { APP_ID, BOT_USER_ID, TEAM_ID } from "./fake-slack.js";

let counter = 0;
/** A fresh message timestamp ("1710000000.000123"). */
export function nextTs(): string {
  counter += 1;
  return `1710000000.${String(counter).padStart(6, "0")}`;
}

export const HUMAN = "U0HUMAN01";
export const CHANNEL = "C0GENERAL";
export const DM_CHANNEL = "D0DIRECT1";

export function mentionEvent(text: string, options: { channel?: string; user?: string; ts?: string; threadTs?: string } = {}) {
  const ts = options.ts ?? nextTs();
  return {
    type: "app_mention",
    user: options.user ?? HUMAN,
    text: `<@${BOT_USER_ID}> ${text}`,
    ts,
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    channel: options.channel ?? CHANNEL,
    event_ts: ts,
    client_msg_id: `msg-${ts}`,
  };
}

export function directMessageEvent(
  text: string,
  options: { channel?: string; user?: string; ts?: string; subtype?: string; botId?: string; threadTs?: string } = {},
): Record<string, unknown> {
  const ts = options.ts ?? nextTs();
  const event: Record<string, unknown> = {
    type: "message",
    channel: options.channel ?? DM_CHANNEL,
    channel_type: "im",
    text,
    ts,
    event_ts: ts,
  };
  if (options.user !== undefined || !options.botId) event.user = options.user ?? HUMAN;
  if (options.subtype) event.subtype = options.subtype;
  if (options.botId) event.bot_id = options.botId;
  if (options.threadTs) event.thread_ts = options.threadTs;
  return event;
}

export function slashCommand(text: string, responseUrl: string, options: { channel?: string; user?: string } = {}) {
  return {
    token: "verification-token",
    team_id: TEAM_ID,
    team_domain: "fake",
    channel_id: options.channel ?? CHANNEL,
    channel_name: "general",
    user_id: options.user ?? HUMAN,
    user_name: "pat",
    command: "/deal",
    text,
    api_app_id: APP_ID,
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: `trigger-${nextTs()}`,
  };
}

export interface BlockActionOptions {
  actionId: string;
  value: string;
  responseUrl: string;
  channel?: string;
  user?: string;
  /** ts of the message the button is on. */
  messageTs?: string;
  /** True for a button on an ephemeral message (a /deal answer). */
  ephemeral?: boolean;
}

export function blockAction(options: BlockActionOptions) {
  const channel = options.channel ?? CHANNEL;
  const messageTs = options.messageTs ?? nextTs();
  const action = {
    type: "button",
    block_id: "b1",
    action_id: options.actionId,
    text: { type: "plain_text", text: "button", emoji: true },
    value: options.value,
    action_ts: nextTs(),
  };
  return {
    type: "block_actions",
    user: { id: options.user ?? HUMAN, username: "pat", name: "pat", team_id: TEAM_ID },
    api_app_id: APP_ID,
    token: "verification-token",
    container: options.ephemeral
      ? { type: "message", message_ts: messageTs, channel_id: channel, is_ephemeral: true }
      : { type: "message", message_ts: messageTs, channel_id: channel, is_ephemeral: false },
    trigger_id: `trigger-${nextTs()}`,
    team: { id: TEAM_ID, domain: "fake" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: "general" },
    ...(options.ephemeral ? {} : { message: { type: "message", user: BOT_USER_ID, ts: messageTs, text: "answer", bot_id: "BBOT0001" } }),
    state: { values: {} },
    response_url: options.responseUrl,
    actions: [action],
  };
}

/** The button elements of every actions block in a recorded message body. */
export function buttonsOf(body: Record<string, unknown>): { action_id: string; value?: string; text: { text: string } }[] {
  const blocks = (body.blocks ?? []) as { type: string; elements?: unknown[] }[];
  return blocks
    .filter((b) => b.type === "actions")
    .flatMap((b) => (b.elements ?? []) as { type: string; action_id: string; value?: string; text: { text: string } }[])
    .filter((e) => e.type === "button");
}

/** All text inside a message body's blocks, joined (for "contains" assertions). */
export function blockText(body: Record<string, unknown>): string {
  return JSON.stringify(body.blocks ?? []);
}
