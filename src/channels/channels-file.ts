import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";
import { z } from "zod";

export const PLATFORMS = ["slack", "discord"] as const;
export type Platform = (typeof PLATFORMS)[number];
export const MODES = ["mention", "answer", "news"] as const;
export type ChannelMode = (typeof MODES)[number];

/** Posted or answered only at or above this confidence, unless a channel sets its own. */
export const DEFAULT_MIN_CONFIDENCE = 0.8;

const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun) ([01]\d|2[0-3]):([0-5]\d)$/i;

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

// YAML reads an unquoted id as a number; a Discord id (18 digits) would lose digits, so ids are read as big integers.
const idText = z.preprocess(
  (v) => (typeof v === "bigint" || typeof v === "number" ? String(v) : v),
  z.string().trim().min(1, "must not be empty").max(100, "is too long for a channel id"),
);
const number = z.preprocess((v) => (typeof v === "bigint" ? Number(v) : v), z.number());

export const channelSchema = z
  .strictObject({
    platform: z.enum(PLATFORMS, { error: `must be one of ${PLATFORMS.join(", ")}` }),
    id: idText,
    mode: z.enum(MODES, { error: `must be one of ${MODES.join(", ")}` }).default("mention"),
    min_confidence: number.pipe(z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1")).optional(),
    digest: z.string().trim().regex(WEEKDAY, 'must be a weekday and a time, like "mon 09:00"').optional(),
    timezone: z.string().trim().refine(isTimeZone, "must be an IANA time zone, like Pacific/Auckland or UTC").optional(),
    experts: z.array(idText).max(20, "may list at most 20 ids").optional(),
    crosspost: z.boolean().optional(),
  })
  .superRefine((channel, ctx) => {
    if (channel.crosspost && channel.platform !== "discord")
      ctx.addIssue({ code: "custom", path: ["crosspost"], message: "applies to Discord announcement channels only" });
    if (channel.timezone && !channel.digest)
      ctx.addIssue({ code: "custom", path: ["timezone"], message: "is only used with digest:" });
  });

export const channelsFileSchema = z.strictObject({
  channels: z.array(z.unknown()),
});

export type ChannelConfig = z.output<typeof channelSchema>;

export interface ChannelsConfig {
  /** The file it came from, as shown in messages; null when no CHANNELS_FILE is set. */
  file: string | null;
  channels: ChannelConfig[];
}

export const NO_CHANNELS: ChannelsConfig = { file: null, channels: [] };

export type ChannelsResult = { status: "ok"; config: ChannelsConfig } | { status: "invalid"; problems: string[] };

function where(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

function describeIssues(error: z.ZodError, prefix: string): string[] {
  return error.issues.map((issue) => {
    const at = where([...(prefix ? [prefix] : []), ...issue.path]);
    if (issue.code === "unrecognized_keys") return `${at ? `${at}: ` : ""}unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    if (issue.code === "invalid_type" && / received undefined/.test(issue.message)) return `${at} is missing`;
    if (issue.code === "invalid_type") return `${at || "the file"} must be ${issue.expected === "object" ? "a mapping" : issue.expected === "array" ? "a list" : `a ${issue.expected}`}`;
    return `${at ? `${at} ` : ""}${issue.message}`;
  });
}

/** Validates the parsed YAML of a channels file. Every problem names the file and the field. */
export function parseChannels(value: unknown, file: string): ChannelsResult {
  const problems: string[] = [];
  const shape = channelsFileSchema.safeParse(value);
  if (!shape.success) return { status: "invalid", problems: describeIssues(shape.error, "").map((p) => `${file}: ${p}`) };
  const channels: ChannelConfig[] = [];
  shape.data.channels.forEach((raw, i) => {
    const parsed = channelSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...describeIssues(parsed.error, `channels[${i}]`).map((p) => `${file}: ${p}`));
      return;
    }
    if (channels.some((c) => c.platform === parsed.data.platform && c.id === parsed.data.id))
      problems.push(`${file}: channels[${i}].id "${parsed.data.id}" is listed twice for ${parsed.data.platform}`);
    else channels.push(parsed.data);
  });
  return problems.length ? { status: "invalid", problems } : { status: "ok", config: { file, channels } };
}

/** Reads and validates CHANNELS_FILE. */
export function loadChannels(path: string, shown: string = path): ChannelsResult {
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (error) {
    return { status: "invalid", problems: [`${shown}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`] };
  }
  if (source.includes("\u0000")) return { status: "invalid", problems: [`${shown}: is binary, not YAML text`] };
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false, intAsBigInt: true });
  if (doc.errors.length) return { status: "invalid", problems: doc.errors.map((e) => `${shown}: YAML syntax error: ${e.message.split("\n")[0]}`) };
  return parseChannels(doc.toJS() ?? {}, shown);
}

export function findChannel(config: ChannelsConfig, platform: Platform, id: string): ChannelConfig | null {
  return config.channels.find((c) => c.platform === platform && c.id === id) ?? null;
}

export function minConfidence(channel: ChannelConfig): number {
  return channel.min_confidence ?? DEFAULT_MIN_CONFIDENCE;
}
