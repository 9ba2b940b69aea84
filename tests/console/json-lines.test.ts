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
