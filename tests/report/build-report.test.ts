import { describe, expect, it } from "vitest";
import type { QuestionRecord } from "../../src/questions/question-record.js";
import { buildReport, shares, type CardInfo } from "../../src/report/build-report.js";

let n = 0;
function rec(fields: Partial<QuestionRecord> & Pick<QuestionRecord, "at">): QuestionRecord {
  return {
    v: 1,
    id: String(n++),
    event: "ask",
    platform: "slack",
    user: "u1",
    kind: "fact",
    question: "q",
    status: "answered",
    card: "alpha",
    confidence: 0.9,
    alternatives: [],
    vote: null,
    ...fields,
  };
}

const cards: CardInfo[] = [
  { id: "alpha", topic: "Money", question: "How much?" },
  { id: "beta", topic: "Money", question: "How long?" },
  { id: "gamma", topic: "People", question: "Who?" },
];

describe("buildReport", () => {
  const records: QuestionRecord[] = [
    rec({ at: "2026-06-01T10:00:00Z", question: "how much is it" }),
    rec({ at: "2026-06-01T11:00:00Z", platform: "discord", question: "weather on mars", status: "no_answer", card: null }),
    rec({ at: "2026-06-01T12:00:00Z", platform: "console", user: null, question: "what is the weather on mars?", status: "no_answer", card: null }),
    rec({ at: "2026-06-02T09:00:00Z", user: "u2", question: "how long does it run", status: "unsure", card: "alpha", alternatives: [{ card: "beta", confidence: 0.3 }] }),
    rec({ at: "2026-06-02T09:00:05Z", user: "u2", event: "pick", question: "how long does it run", status: "answered", card: "beta" }),
    rec({ at: "2026-06-02T09:01:00Z", user: "u2", event: "vote", vote: "down", question: "how much is it", status: null, card: "alpha" }),
    rec({ at: "2026-06-02T09:02:00Z", user: "u3", event: "vote", vote: "up", question: "how much is it", status: null, card: "alpha" }),
    rec({ at: "2026-06-02T10:00:00Z", kind: "smalltalk", question: "hello", status: "answered", card: null }),
  ];
  const report = buildReport(records, cards);

  it("counts questions per day and platform, not clicks or votes", () => {
    expect(report.total).toBe(5);
    expect(report.perDay).toEqual([
      { day: "2026-06-01", slack: 1, discord: 1, console: 1, total: 3, facts: 3, answered: 1 },
      { day: "2026-06-02", slack: 2, discord: 0, console: 0, total: 2, facts: 1, answered: 0 },
    ]);
    expect(report.kinds).toEqual({ fact: 4, smalltalk: 1 });
  });

  it("rates knowledge questions only", () => {
    expect(report.rates).toEqual({ questions: 4, answered: 1, unsure: 1, noAnswer: 2 });
    expect(shares(report.rates)).toEqual({ answered: 0.25, unsure: 0.25, noAnswer: 0.5 });
  });

  it("groups the gaps, lists unsure questions, 👎 cards with their questions, and picks after unsure answers", () => {
    expect(report.gaps).toHaveLength(1);
    expect(report.gaps[0]!.count).toBe(2);
    expect(report.unsure.map((g) => g.question)).toEqual(["how long does it run"]);
    expect(report.downvoted).toEqual([{ card: "alpha", down: 1, up: 1, questions: [{ question: "how much is it", count: 1, variants: [] }] }]);
    expect(report.picks).toEqual([{ shown: "alpha", picked: "beta", count: 1, questions: ["how long does it run"] }]);
  });

  it("lists the cards nobody asked for", () => {
    expect(report.unasked.map((c) => c.id)).toEqual(["gamma"]);
  });
});
