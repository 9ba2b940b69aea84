import { describe, expect, it } from "vitest";
import { openDesk } from "../../src/app/open-desk.js";
import { withPack } from "../../src/eval/merge-pack.js";
import { FIXTURE_KNOWLEDGE_DIR } from "../helpers/fixture-desk.js";

/**
 * A second deal added as data (the AMD pack) next to the main story: questions that name neither keep their
 * old answers, and questions that name the new deal get its cards.
 */
const opened = openDesk(withPack(FIXTURE_KNOWLEDGE_DIR, new URL("../fixtures/packs/amd-openai", import.meta.url).pathname));
if (opened.status !== "ok") throw new Error("the AMD pack does not load");
const desk = opened.desk;

describe("a new deal next to the main story", () => {
  it("leaves a question that names no deal with the main story's card, offering the new deal's card as an alternative", () => {
    const answer = desk.ask("how many gigawatts is it");
    expect(answer.card).toBe("capacity-4-5-gw");
    expect(answer.alternatives.map((a) => a.card)).toContain("amd-openai-6-gigawatts");
  });

  it("answers from the new deal's cards when the question names it", () => {
    expect(desk.ask("how many gigawatts is the amd deal").card).toBe("amd-openai-6-gigawatts");
  });
});
