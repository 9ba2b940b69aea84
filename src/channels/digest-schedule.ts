import type { Logger } from "../logging/logger.js";
import type { ChannelConfig, ChannelsConfig } from "./channels-file.js";
import type { StateStore } from "../state/store.js";

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A digest missed while the bot was down is still posted if it is at most this late. */
export const DIGEST_CATCH_UP_MS = DAY_MS;
export const DIGEST_TICK_MS = 60 * 1000;

export interface DigestSpec {
  weekday: number;
  hour: number;
  minute: number;
}

/** "mon 09:00" → { weekday: 1, hour: 9, minute: 0 }; null when it does not read. */
export function parseDigestSpec(text: string): DigestSpec | null {
  const match = /^(sun|mon|tue|wed|thu|fri|sat) (\d{2}):(\d{2})$/i.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[2]);
  const minute = Number(match[3]);
  if (hour > 23 || minute > 59) return null;
  return { weekday: DAYS.indexOf(match[1]!.toLowerCase() as (typeof DAYS)[number]), hour, minute };
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

function wallTime(at: number, timeZone: string): Wall {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    weekday: "short",
  }).formatToParts(new Date(at));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    year: Number(get("year")),
    month: Number(get("month")),
    day: Number(get("day")),
    hour: Number(get("hour")),
    minute: Number(get("minute")),
    weekday: DAYS.indexOf(get("weekday").toLowerCase().slice(0, 3) as (typeof DAYS)[number]),
  };
}

/** How far the zone's wall clock is ahead of UTC at `at`, in ms. */
function offset(at: number, timeZone: string): number {
  const w = wallTime(at, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(at / 60000) * 60000;
}

/** The instant a wall-clock time in the zone happens (the later reading across a DST change is fine for a digest). */
function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const first = guess - offset(guess, timeZone);
  return guess - offset(first, timeZone);
}

/** The most recent scheduled time at or before `now`. */
export function latestOccurrence(spec: DigestSpec, timeZone: string, now: number): number {
  const today = wallTime(now, timeZone);
  const back = (today.weekday - spec.weekday + 7) % 7;
  for (const days of [back, back + 7]) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day) - days * DAY_MS);
    const at = zonedInstant(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), spec.hour, spec.minute, timeZone);
    if (at <= now) return at;
  }
  return now;
}

export interface DigestSchedulerOptions {
  channels: () => ChannelsConfig;
  store: StateStore;
  post: (channel: ChannelConfig) => Promise<void>;
  logger: Logger;
  /** Injectable clock (ms since the epoch). */
  now?: () => number;
}

/**
 * Posts each channel's weekly digest once per period. The last period posted is kept in the store,
 * so a restart neither repeats nor (within a day) skips one.
 */
export class DigestScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly options: DigestSchedulerOptions) {}

  /** Posts every digest that is due now. Safe to call often; overlapping calls wait for the one running. */
  tick(): Promise<void> {
    this.running ??= this.due().finally(() => (this.running = null));
    return this.running;
  }

  start(intervalMs = DIGEST_TICK_MS): void {
    if (this.timer) return;
    void this.tick();
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async due(): Promise<void> {
    const now = (this.options.now ?? Date.now)();
    for (const channel of this.options.channels().channels) {
      const spec = channel.digest ? parseDigestSpec(channel.digest) : null;
      if (!spec) continue;
      const at = latestOccurrence(spec, channel.timezone ?? "UTC", now);
      if (now - at > DIGEST_CATCH_UP_MS) continue;
      const key = `digest:${channel.platform}:${channel.id}`;
      try {
        const last = Number((await this.options.store.get(key)) ?? "0");
        if (last >= at) continue;
        // Recorded before posting: a failed post is logged, never repeated into a loop.
        await this.options.store.set(key, String(at));
        await this.options.post(channel);
        this.options.logger.info("channels: posted the scheduled digest", { platform: channel.platform, channel: channel.id });
      } catch (error) {
        this.options.logger.warn("channels: could not post a scheduled digest", { channel: channel.id, error: String(error) });
      }
    }
  }
}
