import { z } from "zod";

export interface SlackSocketConfig {
  mode: "socket";
  botToken: string;
  appToken: string;
  apiUrl: string | null;
}
export interface SlackHttpConfig {
  mode: "http";
  botToken: string;
  signingSecret: string;
  port: number;
  apiUrl: string | null;
}
export type SlackConfig = SlackSocketConfig | SlackHttpConfig;

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId: string | null;
  apiUrl: string | null;
  /** DISCORD_SHARDS: null = one gateway connection in this process; "auto" or a count = one process per shard (sharding.ts). */
  shards: "auto" | number | null;
}

export interface QuestionLogConfig {
  /** QUESTION_LOG=off turns the question log off. */
  enabled: boolean;
  /** QUESTION_LOG_DAYS: records older than this are removed. */
  retentionDays: number;
  /** LOG_SECRET: the key user ids are hashed with; null means the one kept in DATA_DIR. */
  secret: string | null;
}

/** News channels (CHANNELS_FILE, ADMIN_CHANNEL, CHANNEL_REPLIES_PER_HOUR). */
export interface ChannelsEnv {
  /** The channels file; null when unset (then every channel is a mention channel). */
  file: string | null;
  /** Where reports of edits that did not load go, e.g. slack:C0123ADMIN. */
  admin: { platform: "slack" | "discord"; id: string } | null;
  /** Replies the bot posts unasked, per channel per hour. */
  repliesPerHour: number;
}

export interface AppConfig {
  dataDir: string;
  questionLog: QuestionLogConfig;
  logLevel: "debug" | "info" | "warn" | "error";
  /** METRICS_PORT: serve /healthz and /metrics on this port; null (unset) = off. 0 picks a free port. */
  metricsPort: number | null;
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
  /** Redis shared by replicas (dedupe, rate limits, once-only records); null keeps that state in this process. */
  redisUrl: string | null;
  channels: ChannelsEnv;
}

export type ConfigResult = { status: "ok"; config: AppConfig } | { status: "invalid"; problems: string[] };

type Env = Record<string, string | undefined>;

const discordId = /^\d{17,20}$/;
const discordToken = /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/;

function present(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function url(env: Env, name: string, problems: string[]): string | null {
  const value = present(env, name);
  if (value === null) return null;
  const parsed = z.url({ protocol: /^https?$/ }).safeParse(value);
  if (!parsed.success) {
    problems.push(`${name} must be an http(s) URL, got "${value}".`);
    return null;
  }
  return value.endsWith("/") ? value : `${value}/`;
}

/** redis:// or rediss:// (TLS). The value is never echoed: it may hold a password. */
function redisUrl(env: Env, problems: string[]): string | null {
  const value = present(env, "REDIS_URL");
  if (value === null) return null;
  let protocol = "";
  try {
    protocol = new URL(value).protocol;
  } catch {
    // reported below
  }
  if (protocol !== "redis:" && protocol !== "rediss:") {
    problems.push("REDIS_URL must be a Redis URL such as redis://localhost:6379 (rediss:// for TLS, redis://:password@host:6379/0 with a password).");
    return null;
  }
  return value;
}

function parseSlack(env: Env, problems: string[]): SlackConfig | null {
  const botToken = present(env, "SLACK_BOT_TOKEN");
  const appToken = present(env, "SLACK_APP_TOKEN");
  const signingSecret = present(env, "SLACK_SIGNING_SECRET");
  if (!botToken && !appToken && !signingSecret) return null;
  const before = problems.length;
  if (!botToken) problems.push("SLACK_BOT_TOKEN is missing: Slack needs the bot token (xoxb-…) as well.");
  else if (!botToken.startsWith("xoxb-")) problems.push("SLACK_BOT_TOKEN looks malformed: a bot token starts with xoxb-.");
  if (appToken && !appToken.startsWith("xapp-")) problems.push("SLACK_APP_TOKEN looks malformed: an app-level token starts with xapp-.");
  if (!appToken && !signingSecret)
    problems.push("SLACK_APP_TOKEN is missing: set it for Socket Mode, or set SLACK_SIGNING_SECRET for HTTP mode.");
  if (!appToken && signingSecret && !/^[0-9a-f]{16,}$/i.test(signingSecret))
    problems.push("SLACK_SIGNING_SECRET looks malformed: it is the hex string from Basic Information → App Credentials.");
  const portText = present(env, "PORT") ?? "3000";
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be a port number, got "${portText}".`);
  const apiUrl = url(env, "SLACK_API_URL", problems);
  if (problems.length > before || !botToken) return null;
  if (appToken) return { mode: "socket", botToken, appToken, apiUrl };
  return { mode: "http", botToken, signingSecret: signingSecret!, port, apiUrl };
}

function parseDiscord(env: Env, problems: string[]): DiscordConfig | null {
  const token = present(env, "DISCORD_TOKEN");
  const applicationId = present(env, "DISCORD_APPLICATION_ID");
  const guildId = present(env, "DISCORD_GUILD_ID");
  if (!token && !applicationId) return null;
  const before = problems.length;
  if (!token) problems.push("DISCORD_TOKEN is missing: copy the bot token from the Developer Portal → Bot.");
  else if (!discordToken.test(token)) problems.push("DISCORD_TOKEN looks malformed: a bot token has three dot-separated parts.");
  if (!applicationId) problems.push("DISCORD_APPLICATION_ID is missing: copy it from the Developer Portal → General Information.");
  else if (!discordId.test(applicationId)) problems.push("DISCORD_APPLICATION_ID looks malformed: it is a 17–20 digit number.");
  if (guildId && !discordId.test(guildId)) problems.push("DISCORD_GUILD_ID looks malformed: it is a 17–20 digit number.");
  const apiUrl = url(env, "DISCORD_API_URL", problems);
  const shards = discordShards(env, problems);
  if (problems.length > before || !token || !applicationId) return null;
  return { token, applicationId, guildId, apiUrl, shards };
}

/** Discord allows at most this many shards per bot without a special arrangement; a typo beyond it is caught here. */
const MAX_DISCORD_SHARDS = 1024;

function discordShards(env: Env, problems: string[]): DiscordConfig["shards"] {
  const text = present(env, "DISCORD_SHARDS");
  if (text === null) return null;
  if (text.toLowerCase() === "auto") return "auto";
  const count = Number(text);
  if (/^\d+$/.test(text) && count >= 1 && count <= MAX_DISCORD_SHARDS) return count;
  problems.push(`DISCORD_SHARDS must be auto or a number of shards from 1 to ${MAX_DISCORD_SHARDS}, got "${text}". Leave it unset for one process.`);
  return null;
}

/** Shard processes share rate limits and once-only records through Redis, and run Discord alone. */
function checkSharding(config: AppConfig, problems: string[]): void {
  if (!config.discord?.shards) return;
  if (!config.redisUrl) problems.push("DISCORD_SHARDS needs REDIS_URL: the shard processes share rate limits and once-only records (announcements, digests) through it.");
  if (config.slack) problems.push("DISCORD_SHARDS runs Discord on its own: run Slack in another process (without the DISCORD_ settings), or leave DISCORD_SHARDS unset.");
}

const ON = ["on", "true", "yes", "1"];
const OFF = ["off", "false", "no", "0"];

function parseQuestionLog(env: Env, problems: string[]): QuestionLogConfig {
  const switchText = (present(env, "QUESTION_LOG") ?? "on").toLowerCase();
  if (![...ON, ...OFF].includes(switchText)) problems.push(`QUESTION_LOG must be on or off, got "${switchText}".`);
  const daysText = present(env, "QUESTION_LOG_DAYS") ?? "90";
  const days = Number(daysText);
  if (!/^\d+$/.test(daysText) || days < 1 || days > 3650)
    problems.push(`QUESTION_LOG_DAYS must be a whole number of days from 1 to 3650, got "${daysText}".`);
  const secret = present(env, "LOG_SECRET");
  if (secret !== null && secret.length < 16)
    problems.push("LOG_SECRET is too short: use at least 16 random characters (for example the output of `openssl rand -hex 32`).");
  return { enabled: !OFF.includes(switchText), retentionDays: days, secret };
}

function metricsPort(env: Env, problems: string[]): number | null {
  const text = present(env, "METRICS_PORT");
  if (text === null) return null;
  const port = Number(text);
  if (/^\d+$/.test(text) && port <= 65535) return port;
  problems.push(`METRICS_PORT must be a port number (0–65535) for /healthz and /metrics, got "${text}". Leave it unset to turn them off.`);
  return null;
}

function parseChannelsEnv(env: Env, problems: string[]): ChannelsEnv {
  const adminText = present(env, "ADMIN_CHANNEL");
  let admin: ChannelsEnv["admin"] = null;
  if (adminText) {
    const match = /^(slack|discord):([A-Za-z0-9]+)$/.exec(adminText);
    if (match) admin = { platform: match[1] as "slack" | "discord", id: match[2]! };
    else problems.push(`ADMIN_CHANNEL must be a platform and a channel id, like slack:C0123ADMIN or discord:123456789012345678, got "${adminText}".`);
  }
  const capText = present(env, "CHANNEL_REPLIES_PER_HOUR") ?? "10";
  const repliesPerHour = Number(capText);
  if (!Number.isInteger(repliesPerHour) || repliesPerHour < 1 || repliesPerHour > 1000)
    problems.push(`CHANNEL_REPLIES_PER_HOUR must be a whole number from 1 to 1000, got "${capText}".`);
  return { file: present(env, "CHANNELS_FILE"), admin, repliesPerHour };
}

export function parseConfig(env: Env): ConfigResult {
  const problems: string[] = [];
  const logLevel = (present(env, "LOG_LEVEL") ?? "info").toLowerCase();
  if (!["debug", "info", "warn", "error"].includes(logLevel))
    problems.push(`LOG_LEVEL must be one of debug, info, warn, error, got "${logLevel}".`);
  const config: AppConfig = {
    dataDir: present(env, "DATA_DIR") ?? "data",
    questionLog: parseQuestionLog(env, problems),
    logLevel: logLevel as AppConfig["logLevel"],
    metricsPort: metricsPort(env, problems),
    slack: parseSlack(env, problems),
    discord: parseDiscord(env, problems),
    redisUrl: redisUrl(env, problems),
    channels: parseChannelsEnv(env, problems),
  };
  checkSharding(config, problems);
  return problems.length ? { status: "invalid", problems } : { status: "ok", config };
}
