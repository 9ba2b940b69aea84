import { describe, expect, it } from "vitest";
import { subjectOf } from "../../../src/core/conversation/follow-up.js";

/** The subject a follow-up's "it" or "and when?" is read with: it shows in "(reading this as: …)". */
describe("the subject of a question", () => {
  it.each([
    ["what is stargate anyway", "stargate"],
    ["how much is the deal worth, exactly", "the deal"],
    ["when does the contract start", "the contract"],
  ])("%s → %s", (question, subject) => {
    expect(subjectOf(question)).toBe(subject);
  });
});
