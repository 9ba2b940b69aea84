import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const manifestPath = fileURLToPath(new URL("../../../src/adapters/slack/manifest.yaml", import.meta.url));

interface Manifest {
  features: {
    app_home: { messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: { command: string; should_escape: boolean }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
}

describe("Slack app manifest", () => {
  it("declares exactly what the adapter needs", async () => {
    const manifest = parse(await readFile(manifestPath, "utf8")) as Manifest;
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      "app_mentions:read",
      "channels:history",
      "chat:write",
      "commands",
      "groups:history",
      "im:history",
      "im:read",
      "im:write",
    ]);
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(["app_mention", "message.channels", "message.groups", "message.im"]);
    expect(manifest.features.slash_commands).toEqual([expect.objectContaining({ command: "/deal", should_escape: false })]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
    expect(manifest.features.bot_user.display_name).toBe("Deal Desk");
  });
});
