import { describe, expect, it } from "vitest";
import { renderExplanation } from "../../src/console/render-explanation.js";
import { openWithPack } from "../../src/eval/merge-pack.js";
import { FIXTURE_KNOWLEDGE_DIR, fixtureDesk } from "../helpers/fixture-desk.js";

const opened = openWithPack(FIXTURE_KNOWLEDGE_DIR, new URL("../fixtures/packs/amd-openai", import.meta.url).pathname);
if (opened.status !== "ok") throw new Error("the AMD pack does not load");

describe("npm run ask -- --explain", () => {
  it("shows how each word was read, the top cards and the verdict", () => {
    const text = renderExplanation(fixtureDesk().explain("how much is the oracle deal worth?"));
    expect(text).toMatch(/^ {2}oracle +term oracle; names Oracle \(company\)$/m);
    expect(text).toMatch(/^Asks for: amount$/m);
    expect(text).toMatch(/^ {2}1\. \S+ {2}confidence \d\.\d\d$/m);
    expect(text).toMatch(/^Verdict: /m);
  });

  it("says what lowered an answer's confidence, and only calls it held back when the bot did not answer", () => {
    const answered = renderExplanation(fixtureDesk().explain("how much is the oracle deal worth to the shareholders of big red, roughly"));
    expect(answered).toMatch(/^Verdict: the bot answers with deal-value .* Its confidence is lower because /m);
    expect(answered).not.toMatch(/Held back/);
    const declined = renderExplanation(fixtureDesk().explain("which gpus power the abilene site and how many megawatts"));
    expect(declined).toMatch(/^Verdict: the bot abstains .* Held back because /m);
  });

  it("says a word only a new deal's card uses is unknown to the main story, when the question names nothing of that deal", () => {
    const text = renderExplanation(opened.desk.explain("any dilution?"));
    expect(text).toMatch(/dilution +term dilut; unknown to the main story's cards/);
    expect(text).not.toMatch(/unknown to every card/);
    expect(text).toMatch(/^Read first as about the main story/m);
  });

  it("lists the cards the answer weighed, no other: a new deal's card it set aside is not shown as the winner", () => {
    const explained = opened.desk.explain("any dilution?");
    expect(opened.desk.ask("any dilution?").status).toBe("no_answer");
    expect(explained.top).toEqual([]);
    expect(renderExplanation(explained)).toMatch(/^Verdict: read as about the main story, none of its cards shares a word/m);
  });

  it("reads a question naming the new deal's company with every card", () => {
    const text = renderExplanation(opened.desk.explain("how many warrants did amd give?"));
    expect(text).not.toMatch(/Read first as about the main story/);
    expect(text).toMatch(/1\. amd-openai-warrant/);
  });
});
