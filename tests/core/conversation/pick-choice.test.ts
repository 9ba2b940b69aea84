import { describe, expect, it } from "vitest";
import { pickedChoice } from "../../../src/core/conversation/pick-choice.js";

describe("pickedChoice", () => {
  it.each([
    ["the second one", 1],
    ["and the second one?", 1],
    ["the first one pls", 0],
    ["first", 0],
    ["#3", 2],
    ["3", 2],
    ["number 2", 1],
    ["option two", 1],
    ["ok the 4th one", 3],
    ["the last one", 4],
    ["let's go with the third", 2],
  ])("%s picks item %i of five", (text, at) => expect(pickedChoice(text, 5)).toBe(at));

  it.each(["the first site", "who is the second partner?", "when does the first one open", "2027", "10", "thanks"])(
    "%s is a question or remark of its own, not a pick",
    (text) => expect(pickedChoice(text, 5)).toBeNull(),
  );

  it("never picks past the end of the list", () => {
    expect(pickedChoice("the fourth one", 3)).toBeNull();
    expect(pickedChoice("#0", 3)).toBeNull();
  });
});
