import type { Logger } from "../logging/logger.js";
import { createKnowledgeReloader, type ReloadResult } from "../live/knowledge-reloader.js";
import type { LiveDesk } from "../live/live-desk.js";
import { watchPath, type Watch } from "../live/watch-path.js";
import { Announcer, formatAnnouncement, type Announcement } from "./announcements.js";
import { channelMessages, type Bold } from "./channel-messages.js";
import { ChannelRouter } from "./channel-modes.js";
import { loadChannels, type ChannelConfig, type ChannelsConfig, type ChannelsResult, type Platform } from "./channels-file.js";
import { DigestScheduler } from "./digest-schedule.js";
import { buildDigest, formatDigest } from "./digest.js";
import type { KnowledgeView } from "./knowledge-view.js";
import type { StateStore } from "../state/store.js";

/** "update": an announcement or a digest (Discord may crosspost it); "admin": a report for curators. */
export type PostKind = "update" | "admin";

/** How an adapter posts a top-level message in one of its channels. `text` is given the platform's bold. */
export interface ChannelPoster {
  post(channel: string, text: (bold: Bold) => string, kind: PostKind): Promise<void>;
}

export interface ChannelTarget {
  platform: Platform;
  id: string;
}

export interface ChannelsRuntimeOptions {
  live: LiveDesk;
  knowledgeDir: string;
  channels: ChannelsConfig;
  /** CHANNELS_FILE, reloaded live when set. */
  channelsPath: string | null;
  /** The channels file as named in messages (CHANNELS_FILE as set); the path when not given. */
  channelsName?: string | null;
  store: StateStore;
  adminChannel: ChannelTarget | null;
  repliesPerHour?: number;
  logger: Logger;
  /** Injectable clock for the digest schedule and the hourly cap. */
  now?: () => number;
  /** Watch the knowledge folder and the channels file (on by default). */
  watch?: boolean;
  debounceMs?: number;
  /** How often the digest schedule is checked. */
  digestTickMs?: number;
}

/**
 * Everything news channels need, shared by the adapters: the per-channel router, the digest, live reloads
 * of the knowledge and of the channels file, announcements and scheduled digests. Adapters attach a poster.
 */
export class ChannelsRuntime {
  readonly router: ChannelRouter;
  readonly scheduler: DigestScheduler;
  readonly announcer: Announcer;
  private config: ChannelsConfig;
  private readonly posters = new Map<Platform, ChannelPoster>();
  private readonly watches: Watch[] = [];
  private readonly reload: () => Promise<ReloadResult>;

  constructor(private readonly options: ChannelsRuntimeOptions) {
    this.config = options.channels;
    const knowledge = () => this.knowledge();
    this.router = new ChannelRouter({
      channels: () => this.config,
      desk: options.live,
      knowledge,
      ...(options.repliesPerHour ? { repliesPerHour: options.repliesPerHour } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
    this.announcer = new Announcer({ store: options.store, publish: (a) => this.publish(a) });
    this.scheduler = new DigestScheduler({
      channels: () => this.config,
      store: options.store,
      post: (channel) => this.postTo(channel, (bold) => this.digestText(bold), "update"),
      logger: options.logger,
      ...(options.now ? { now: options.now } : {}),
    });
    this.reload = createKnowledgeReloader({
      dir: options.knowledgeDir,
      live: options.live,
      logger: options.logger,
      onSwapped: async (kb) => {
        await this.announcer.check(kb);
      },
      onInvalid: (report) => this.toAdmin((bold) => `${bold(channelMessages.knowledgeInvalid)}\n${report}`),
    });
  }

  /** The desk adapters hold: it follows every knowledge swap. */
  get live(): LiveDesk {
    return this.options.live;
  }

  knowledge(): KnowledgeView {
    return this.options.live.kb;
  }

  channels(): ChannelsConfig {
    return this.config;
  }

  /** Whether any Discord channel is in answer or news mode (the Discord client then needs message content). */
  readsDiscordChannels(): boolean {
    return this.config.channels.some((c) => c.platform === "discord" && c.mode !== "mention");
  }

  channel(platform: Platform, id: string): ChannelConfig | null {
    return this.router.channel(platform, id);
  }

  digestText(bold: Bold): string {
    return formatDigest(buildDigest(this.knowledge()), bold);
  }

  attach(platform: Platform, poster: ChannelPoster): void {
    this.posters.set(platform, poster);
  }

  /** Once the adapters are attached: announce what changed while down, start watching and the digest schedule. */
  async start(): Promise<void> {
    await this.announcer.check(this.knowledge()).catch((error) => this.options.logger.warn("channels: announcing failed", { error: String(error) }));
    if (this.options.watch !== false) {
      this.watches.push(watchPath(this.options.knowledgeDir, "folder", () => void this.reloadKnowledge(), this.options.logger, this.options.debounceMs));
      if (this.options.channelsPath)
        this.watches.push(watchPath(this.options.channelsPath, "file", () => void this.reloadChannels(), this.options.logger, this.options.debounceMs));
    }
    this.scheduler.start(this.options.digestTickMs);
  }

  stop(): void {
    for (const w of this.watches.splice(0)) w.close();
    this.scheduler.stop();
  }

  /** Validates and swaps the knowledge (what the folder watch calls). */
  reloadKnowledge(): Promise<ReloadResult> {
    return this.reload();
  }

  /** Re-reads CHANNELS_FILE; a file that does not validate keeps the previous settings. */
  async reloadChannels(): Promise<ChannelsResult> {
    const path = this.options.channelsPath;
    if (!path) return { status: "ok", config: this.config };
    const result = loadChannels(path, this.options.channelsName ?? path);
    if (result.status === "ok") {
      this.config = result.config;
      this.options.logger.info("live reload: channels file reloaded", { channels: result.config.channels.length });
    } else {
      const report = result.problems.join("\n");
      this.options.logger.error(`live reload: the channels file edit was not loaded, the previous settings still apply.\n${report}`);
      await this.toAdmin((bold) => `${bold(channelMessages.channelsInvalid)}\n${report}`);
    }
    return result;
  }

  private async publish(announcement: Announcement): Promise<void> {
    const news = this.config.channels.filter((c) => c.mode === "news");
    for (const channel of news) await this.postTo(channel, (bold) => formatAnnouncement(announcement, bold), "update");
    this.options.logger.info("channels: announced new knowledge", { key: announcement.key, channels: news.length });
  }

  private async toAdmin(text: (bold: Bold) => string): Promise<void> {
    const admin = this.options.adminChannel;
    if (admin) await this.postTo(admin, text, "admin");
  }

  private async postTo(target: ChannelTarget, text: (bold: Bold) => string, kind: PostKind): Promise<void> {
    const poster = this.posters.get(target.platform);
    if (!poster) {
      this.options.logger.debug("channels: no adapter to post with", { platform: target.platform, channel: target.id });
      return;
    }
    try {
      await poster.post(target.id, text, kind);
    } catch (error) {
      this.options.logger.warn("channels: could not post", { platform: target.platform, channel: target.id, error: String(error) });
    }
  }
}
