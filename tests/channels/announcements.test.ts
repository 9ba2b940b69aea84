import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Announcer, formatAnnouncement, type Announcement } from "../../src/channels/announcements.js";
import { openChannelsStore } from "../../src/channels/state-store.js";
import { createMemoryLogger } from "../../src/logging/logger.js";
import type { Article, Card } from "../../src/knowledge/schema.js";
import { fixtureKnowledge } from "../helpers/fixture-desk.js";

const kb = fixtureKnowledge();
const older = kb.articles.find((a) => a.published === "2025")!;
const newArticle: Article = { id: "acme-globex-deal", title: "Acme buys Globex compute", published: "2026-11-01", summary: "A test article." };
const card = (id: string, fields: Partial<Card> = {}): Card => ({
  id,
  questions: [`What about ${id}?`, "x", "y"],
  answer: `The ${id} answer. More detail follows here.`,
  sources: [newArticle.id],
  topic: "Money and contract size",
  file: "cards/test.yaml",
  ...fields,
});
const withNews = {
  articles: [...kb.articles, newArticle],
  cards: [
    ...kb.cards,
    card("acme-one"),
    card("acme-two"),
    card("acme-three", { sources: [newArticle.id, older.id], disputed: "They differ on the price." }),
  ],
};

describe("announcements", () => {
  it("the first run records a baseline; an added article is announced once, with its facts and disagreement; a restart announces nothing", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "deal-desk-announce-"));
    const posted: Announcement[] = [];
    const announcer = () => new Announcer({ store: openChannelsStore(dataDir, createMemoryLogger()), publish: async (a) => void posted.push(a) });
    const first = announcer();
    expect(await first.check(kb)).toEqual([]);
    const news = await first.check(withNews);
    expect(news).toHaveLength(1);
    const text = formatAnnouncement(news[0]!, (s) => `*${s}*`);
    expect(text).toMatch(/^\*New in Deal Desk: Acme buys Globex compute \(2026-11-01\)\*: 3 new facts:/);
    expect(text.match(/^• /gm)).toHaveLength(3);
    expect(text).toContain(`It disagrees with ${older.title} on money and contract size.`);
    expect(await first.check(withNews)).toEqual([]);
    // A new process on the same DATA_DIR:
    expect(await announcer().check(withNews)).toEqual([]);
    expect(posted).toHaveLength(1);
  });

  it("new cards of known articles are announced as new facts", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "deal-desk-announce-"));
    const announcer = new Announcer({ store: openChannelsStore(dataDir, createMemoryLogger()), publish: async () => undefined });
    await announcer.check(kb);
    const more = { articles: kb.articles, cards: [...kb.cards, card("acme-extra", { sources: [older.id] })] };
    const [item] = await announcer.check(more);
    expect(formatAnnouncement(item!, (s) => s)).toMatch(/^New in Deal Desk: 1 new fact:\n• What about acme-extra\? The acme-extra answer\./);
  });
});
