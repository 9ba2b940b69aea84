import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MIN_CONFIDENCE, loadChannels, minConfidence } from "../../src/channels/channels-file.js";

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "deal-desk-channels-")), "channels.yaml");
  writeFileSync(path, text);
  return path;
}

describe("channels file", () => {
  it("reads the documented format; mode defaults to mention and min_confidence to 0.8", () => {
    const result = loadChannels(
      file(`channels:
  - platform: slack
    id: C0123NEWS
    mode: news
    min_confidence: 0.7
    digest: "mon 09:00"
    timezone: Europe/Berlin
    experts: ["S0EXPERTS"]
  - platform: discord
    id: 333333333333333333
    crosspost: true
`),
      "channels.yaml",
    );
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    const [slack, discord] = result.config.channels;
    expect(slack).toMatchObject({ platform: "slack", id: "C0123NEWS", mode: "news", digest: "mon 09:00", experts: ["S0EXPERTS"] });
    expect(minConfidence(slack!)).toBe(0.7);
    // An unquoted 18-digit Discord id keeps every digit.
    expect(discord).toMatchObject({ id: "333333333333333333", mode: "mention", crosspost: true });
    expect(minConfidence(discord!)).toBe(DEFAULT_MIN_CONFIDENCE);
  });

  it.each([
    ["an unknown mode", "  - { platform: slack, id: C1, mode: loud }", /channels\.yaml: channels\[0\]\.mode must be one of mention, answer, news/],
    ["a missing id", "  - { platform: slack, mode: news }", /channels\.yaml: channels\[0\]\.id is missing/],
    ["a bad digest", '  - { platform: slack, id: C1, digest: "monday 9am" }', /channels\[0\]\.digest must be a weekday and a time/],
    ["a bad time zone", '  - { platform: slack, id: C1, digest: "mon 09:00", timezone: Mars/Olympus }', /channels\[0\]\.timezone must be an IANA time zone/],
    ["crosspost on Slack", "  - { platform: slack, id: C1, crosspost: true }", /channels\[0\]\.crosspost applies to Discord/],
    ["min_confidence above 1", "  - { platform: slack, id: C1, min_confidence: 5 }", /channels\[0\]\.min_confidence must be between 0 and 1/],
    ["an unknown field", "  - { platform: slack, id: C1, moed: news }", /channels\[0\]: unknown field "moed"/],
    ["a channel listed twice", "  - { platform: slack, id: C1 }\n  - { platform: slack, id: C1 }", /channels\[1\]\.id "C1" is listed twice/],
  ])("names the file and the field for %s", (_what, entry, problem) => {
    const result = loadChannels(file(`channels:\n${entry}\n`), "channels.yaml");
    expect(result.status).toBe("invalid");
    if (result.status === "invalid") expect(result.problems.join("\n")).toMatch(problem);
  });

  it("reports YAML syntax errors, binary files, a missing file and an empty file without throwing", () => {
    const broken = loadChannels(file("channels: [\n"), "c.yaml");
    expect(broken.status === "invalid" && broken.problems[0]).toMatch(/^c\.yaml: YAML syntax error/);
    const binary = loadChannels(file("\u0000\u0001"), "c.yaml");
    expect(binary.status === "invalid" && binary.problems[0]).toMatch(/binary/);
    const missing = loadChannels("/nonexistent/channels.yaml", "c.yaml");
    expect(missing.status === "invalid" && missing.problems[0]).toMatch(/cannot be read \(ENOENT\)/);
    const empty = loadChannels(file(""), "c.yaml");
    expect(empty.status === "invalid" && empty.problems[0]).toMatch(/c\.yaml: channels is missing/);
  });
});

describe("channels.example.yaml", () => {
  it("is valid and shows every mode", () => {
    const result = loadChannels(join(import.meta.dirname, "../../src/channels/channels.example.yaml"), "channels.example.yaml");
    expect(result.status === "invalid" ? result.problems : []).toEqual([]);
    if (result.status === "ok") expect(new Set(result.config.channels.map((c) => c.mode))).toEqual(new Set(["news", "answer"]));
  });
});
