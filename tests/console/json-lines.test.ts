import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createDesk } from "../../src/core/create-desk.js";
import type { Desk } from "../../src/core/desk.js";
import { messages } from "../../src/core/messages.js";
import { answerJsonLines, toJsonRecord } from "../../src/console/json-lines.js";
import { fixtureDesk, fixtureKnowledge } from "../helpers/fixture-desk.js";

const RECORD_KEYS = ["question", "status", "answer", "confidence", "card", "sources", "alternatives", "disputed", "kind", "read_as"];
const SOURCE_KEYS = ["id", "title", "published", "url"];
const ALTERNATIVE_KEYS = ["card", "question", "confidence"];

const desk = fixtureDesk();

async function jsonLines(d: Desk, chunks: (string | Buffer)[]): Promise<{ count: number; lines: string[] }> {
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  const count = await answerJsonLines(d, Readable.from(chunks), output);
  const lines = text.split("\n");
  expect(lines.pop()).toBe(""); // every record ends with a newline
  return { count, lines };
}

describe("answerJsonLines", () => {
  it("writes exactly one JSON record per input line, in order, with the stable fields", async () => {
    const input = ["how much is the oracle deal worth?", "", "where is the first site?", "what is oracle's dividend policy?"];
    const { count, lines } = await jsonLines(desk, [input.join("\n") + "\n"]);
    expect(count).toBe(input.length);
    expect(lines).toHaveLength(input.length);
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    records.forEach((r, i) => {
      expect(Object.keys(r)).toEqual(RECORD_KEYS);
      expect(r.question).toBe(input[i]);
      expect(r.card).toBe(desk.ask(input[i]!).card);
    });
    expect(records[1]!.answer).toBe(messages.emptyQuestion);
  });

  it("treats \\r\\n as one line end, and answers a last line without a newline", async () => {
    const { lines } = await jsonLines(desk, ["abilene\r\n", "\r\n", "how much is the oracle deal worth?"]);
    expect(lines).toHaveLength(3);
    const records = lines.map((l) => JSON.parse(l) as { question: string; status: string });
    expect(records.map((r) => r.question)).toEqual(["abilene", "", "how much is the oracle deal worth?"]);
  });

  it("joins a line split across chunks, even inside a multi-byte character", async () => {
    const bytes = Buffer.from("abilène\nabilene\n", "utf8");
    const cut = bytes.indexOf(Buffer.from("è")) + 1; // between the two bytes of "è"
    const { lines } = await jsonLines(desk, [bytes.subarray(0, cut), bytes.subarray(cut)]);
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map((l) => JSON.parse(l) as { question: string; card: string | null });
    expect(a!.question).toBe("abilène");
    expect(a!.card).toBe(b!.card);
  });

  it("keeps sources and alternatives to their documented fields", async () => {
    const unsureDesk = createDesk(fixtureKnowledge(), { calibration: { ...fixtureKnowledge().calibration, answerAt: 2, unsureAt: 0.01 } });
    const { lines } = await jsonLines(unsureDesk, ["how much is the oracle deal worth?\n"]);
    const record = JSON.parse(lines[0]!) as { status: string; sources: object[]; alternatives: object[] };
    expect(record.status).toBe("unsure");
    expect(record.sources.length).toBeGreaterThan(0);
    expect(record.alternatives.length).toBeGreaterThan(0);
    for (const s of record.sources) expect(Object.keys(s)).toEqual(SOURCE_KEYS);
    for (const a of record.alternatives) expect(Object.keys(a)).toEqual(ALTERNATIVE_KEYS);
  });

  it("toJsonRecord leaves out the fields chat adapters use (topic, notice, suggestions)", () => {
    const record = toJsonRecord(desk.ask("x".repeat(2000)));
    expect(Object.keys(record)).toEqual(RECORD_KEYS.slice(0, -2));
    expect(record).not.toHaveProperty("notice");
  });
});

describe("answerJsonLines with threads", () => {
  it("reads JSON lines with the same thread as one conversation, and plain lines alone", async () => {
    const input = [
      JSON.stringify({ question: "how big is the $300 billion contract?", thread: "t1" }),
      JSON.stringify({ question: "where is the first site?", thread: "t2" }),
      JSON.stringify({ question: "and when does it start?", thread: "t1" }),
      "and when does it start?",
      JSON.stringify({ question: "how much is the deal worth and where is the first site?" }),
      "hi",
    ];
    const { lines } = await jsonLines(desk, [input.join("\n") + "\n"]);
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => r.kind)).toEqual(["fact", "fact", "fact", "fact", "multi", "smalltalk"]);
    expect(records[2]!.question).toBe("and when does it start?");
    expect(records[2]!.read_as).toBe("when does the $300 billion contract start?");
    expect(records[2]!.card).toBe(desk.ask("when does the $300 billion contract start?").card);
    expect(records[0]!.read_as).toBeNull();
    expect(records[3]!.read_as).toBeNull();
    const parts = records[4]!.parts as Record<string, unknown>[];
    expect(parts.map((p) => p.card)).toEqual([desk.ask("how much is the deal worth").card, desk.ask("where is the first site?").card]);
    for (const p of parts) expect(Object.keys(p)).toEqual(RECORD_KEYS);
    expect(records[5]!.status).toBe("answered");
    expect(records[5]!.card).toBeNull();
  });

  it("reads a line that only looks like JSON as text", async () => {
    const { lines } = await jsonLines(desk, ['{"not": "a question"}\n', "{broken\n"]);
    const records = lines.map((l) => JSON.parse(l) as { question: string });
    expect(records.map((r) => r.question)).toEqual(['{"not": "a question"}', "{broken"]);
  });
});
