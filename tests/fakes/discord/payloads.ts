/**
 * Gateway and REST payloads shaped the way Discord sends them (API v10), with the fields
 * discord.js reads. Fixed 18-digit ids; interaction and message ids are generated.
 */

export const IDS = {
  application: "111111111111111111",
  /** Bots share their application's id. */
  bot: "111111111111111111",
  guild: "222222222222222222",
  channel: "333333333333333333",
  thread: "444444444444444444",
  user: "555555555555555555",
  botRole: "666666666666666666",
  otherBot: "777777777777777777",
  command: "888888888888888888",
  /** An announcement (news) channel. */
  news: "121212121212121212",
} as const;

/** A token of valid shape (three dot-separated parts), not a real one. */
export const FAKE_TOKEN = `${"MTIz".padEnd(24, "A")}.Gabcde.${"x".repeat(27)}`;

let counter = 0;
/** 18-digit ids, unique within a test run. */
export function nextId(): string {
  counter += 1;
  return `9${String(counter).padStart(17, "0")}`;
}

export function nextToken(): string {
  return `aW50ZXJhY3Rpb24${nextId()}tokenXyZ`;
}

const JOINED = "2025-01-01T00:00:00.000000+00:00";

export function userObject(id: string, username: string, bot = false) {
  return {
    id,
    username,
    discriminator: "0",
    global_name: bot ? null : username,
    avatar: null,
    bot,
    system: false,
    public_flags: 0,
    flags: 0,
  };
}

export const BOT_USER = userObject(IDS.bot, "Deal Desk", true);
export const HUMAN = userObject(IDS.user, "alice");

function memberObject(roles: string[]) {
  return {
    roles,
    joined_at: JOINED,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    nick: null,
    avatar: null,
    premium_since: null,
    communication_disabled_until: null,
  };
}

const CHANNEL = {
  id: IDS.channel,
  type: 0,
  guild_id: IDS.guild,
  name: "general",
  position: 0,
  permission_overwrites: [],
  topic: null,
  nsfw: false,
  last_message_id: null,
  parent_id: null,
  rate_limit_per_user: 0,
  flags: 0,
};

const NEWS_CHANNEL = { ...CHANNEL, id: IDS.news, type: 5, name: "deal-news", position: 1 };

const THREAD = {
  id: IDS.thread,
  type: 11,
  guild_id: IDS.guild,
  parent_id: IDS.channel,
  owner_id: IDS.user,
  name: "deal questions",
  last_message_id: null,
  rate_limit_per_user: 0,
  message_count: 1,
  member_count: 1,
  flags: 0,
  total_message_sent: 1,
  thread_metadata: {
    archived: false,
    auto_archive_duration: 1440,
    archive_timestamp: "2025-01-01T00:00:00.000000+00:00",
    locked: false,
  },
};

export function readyPayload(gatewayUrl: string) {
  return {
    v: 10,
    user: { ...BOT_USER, verified: true, mfa_enabled: false },
    guilds: [{ id: IDS.guild, unavailable: true }],
    session_id: "fake-session-0001",
    resume_gateway_url: gatewayUrl,
    shard: [0, 1],
    application: { id: IDS.application, flags: 0 },
    private_channels: [],
    presences: [],
    relationships: [],
    user_settings: {},
    _trace: ["fake-discord"],
  };
}

const EVERYONE_PERMISSIONS = "1024"; // View Channels
const BOT_PERMISSIONS = "274877991936";

export function guildCreatePayload() {
  return {
    id: IDS.guild,
    name: "Deal Desk Test Server",
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: IDS.user,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: IDS.guild,
        name: "@everyone",
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: EVERYONE_PERMISSIONS,
        managed: false,
        mentionable: false,
        flags: 0,
      },
      {
        id: IDS.botRole,
        name: "Deal Desk",
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 1,
        permissions: BOT_PERMISSIONS,
        managed: true,
        mentionable: false,
        flags: 0,
        tags: { bot_id: IDS.bot },
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: "en-US",
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    joined_at: JOINED,
    large: false,
    unavailable: false,
    member_count: 3,
    voice_states: [],
    members: [{ ...memberObject([IDS.botRole]), user: BOT_USER }],
    channels: [CHANNEL, NEWS_CHANNEL],
    threads: [THREAD],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

function interactionBase(type: number, channelId: string = IDS.channel) {
  const channel = channelId === IDS.thread ? THREAD : CHANNEL;
  return {
    id: nextId(),
    application_id: IDS.application,
    type,
    token: nextToken(),
    version: 1,
    guild_id: IDS.guild,
    guild: { id: IDS.guild, locale: "en-US", features: [] },
    channel_id: channelId,
    channel,
    member: { ...memberObject([]), user: HUMAN, permissions: "2248473465835073" },
    app_permissions: BOT_PERMISSIONS,
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": IDS.guild },
    context: 0,
    attachment_size_limit: 26214400,
  };
}

export type CommandOption = { name: string; type: number; value: string | boolean; focused?: boolean };

/** INTERACTION_CREATE for a slash command (type 2). */
export function slashCommand(name: string, options: CommandOption[] = []) {
  return {
    ...interactionBase(2),
    data: { id: IDS.command, name, type: 1, guild_id: IDS.guild, options },
  };
}

/** INTERACTION_CREATE for /ask autocomplete (type 4), `partial` being what the user has typed. */
export function autocomplete(partial: string) {
  return {
    ...interactionBase(4),
    data: {
      id: IDS.command,
      name: "ask",
      type: 1,
      guild_id: IDS.guild,
      options: [{ name: "question", type: 3, value: partial, focused: true }],
    },
  };
}

/** A message as the REST API returns it (and as a component interaction carries it). */
export function messageObject(fields: {
  id?: string;
  channelId?: string;
  author?: ReturnType<typeof userObject>;
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  flags?: number;
  messageReference?: unknown;
  mentions?: unknown[];
  mentionRoles?: string[];
  mentionEveryone?: boolean;
}) {
  return {
    id: fields.id ?? nextId(),
    type: fields.messageReference ? 19 : 0,
    channel_id: fields.channelId ?? IDS.channel,
    guild_id: IDS.guild,
    author: fields.author ?? BOT_USER,
    content: fields.content ?? "",
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: fields.mentionEveryone ?? false,
    mentions: fields.mentions ?? [],
    mention_roles: fields.mentionRoles ?? [],
    mention_channels: [],
    attachments: [],
    embeds: fields.embeds ?? [],
    reactions: [],
    pinned: false,
    flags: fields.flags ?? 0,
    components: fields.components ?? [],
    ...(fields.messageReference ? { message_reference: fields.messageReference } : {}),
  };
}

/** INTERACTION_CREATE for a button click (type 3) on `message` (one of the bot's messages). */
export function buttonClick(customId: string, message: ReturnType<typeof messageObject>) {
  return {
    ...interactionBase(3, message.channel_id),
    data: { custom_id: customId, component_type: 2 },
    message,
  };
}

/** MESSAGE_CREATE from a person (or a bot), in the channel or the thread. */
export function messageCreate(
  content: string,
  options: {
    author?: ReturnType<typeof userObject>;
    channelId?: string;
    mentionsBot?: boolean;
    mentionEveryone?: boolean;
    /** The message this one replies to (a reply chain). */
    replyTo?: string;
  } = {},
) {
  const author = options.author ?? HUMAN;
  const mentionsBot = options.mentionsBot ?? content.includes(`<@${IDS.bot}>`);
  return {
    ...messageObject({
      author,
      content,
      channelId: options.channelId ?? IDS.channel,
      mentions: mentionsBot ? [{ ...BOT_USER, member: memberObject([IDS.botRole]) }] : [],
      mentionEveryone: options.mentionEveryone ?? false,
      ...(options.replyTo
        ? { messageReference: { message_id: options.replyTo, channel_id: options.channelId ?? IDS.channel, guild_id: IDS.guild } }
        : {}),
    }),
    member: memberObject([]),
  };
}

/** The REST route an interaction's first response (ack, defer, reply) goes to. */
export const callbackPath = (interaction: { id: string }) => new RegExp(`^/api/v10/interactions/${interaction.id}/[^/]+/callback$`);
/** The REST route that edits an interaction's original reply. */
export const originalPath = (interaction: { token: string }) => new RegExp(`^/api/v10/webhooks/${IDS.application}/${interaction.token}/messages/@original$`);
