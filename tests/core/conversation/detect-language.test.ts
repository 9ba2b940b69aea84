import { describe, expect, it } from "vitest";
import { isOtherLanguage } from "../../../src/core/conversation/detect-language.js";

const names = new Set(["tadao", "nagasaki", "globex", "initech", "umbrella"]);
const isName = (word: string) => names.has(word.toLowerCase());

describe("isOtherLanguage", () => {
  it.each(["who is tadao nagasaki", "tldr globex initech umbrella", "Who is Tadao Nagasaki"])("'%s' is English: names are in no language", (text) => {
    expect(isOtherLanguage(text, isName)).toBe(false);
  });

  it.each(["what's globex cloud's backlog", "what's initech's backlog, don't know it"])("'%s' is English: a possessive or a contraction is an English word", (text) => {
    expect(isOtherLanguage(text, isName)).toBe(false);
  });

  it.each(["¿Cuánto paga Globex a Initech?", "wie viel zahlt globex an initech für die rechenleistung", "combien coûte le contrat entre globex et initech"])(
    "'%s' is another language, names and all",
    (text) => {
      expect(isOtherLanguage(text, isName)).toBe(true);
    },
  );
});
