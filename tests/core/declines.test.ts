import { describe, expect, it } from "vitest";
import { fixtureDesk } from "../helpers/fixture-desk.js";

/**
 * Questions about the right subject that ask what no card says: the card shares only the names with them, or
 * they name something no card knows. Users must get a decline, not a confident answer about something else.
 */
const desk = fixtureDesk();

describe("declining what the knowledge does not say", () => {
  it("declines a question that shares only a name with a card ('is sam altman married')", () => {
    for (const q of ["is sam altman married", "what's the population of abilene, texas", "translate abilene into latin"]) {
      const answer = desk.ask(q);
      expect(answer.status, q).toBe("no_answer");
      expect(answer.card, q).toBeNull();
    }
  });

  it("answers a question relating a party and a place the card both names, in a word no card uses ('any stargate presence in wyoming')", () => {
    const answer = desk.ask("any stargate presence in wyoming");
    expect(answer.card).toBe("site-wyoming");
    expect(answer.status).not.toBe("no_answer");
  });

  it("still answers when the question asks something the card does say about that name", () => {
    expect(desk.ask("what did sam altman say about oracle").status).toBe("answered");
    expect(desk.ask("how many jobs will abilene create").status).not.toBe("no_answer");
  });

  it("declines a figure asked of a party the card never mentions: Oracle's contract with xAI is not the OpenAI deal", () => {
    for (const q of ["what's the dollar value of oracle's contract with xAI", "how much is openai's AWS deal worth"]) {
      const answer = desk.ask(q);
      expect(answer.status, q).toBe("no_answer");
      expect(desk.explain(q).top[0]?.features.figureOfAnother, q).toBe(1);
    }
    // The same figure asked of the card's own parties is still answered.
    expect(desk.ask("what's the dollar value of oracle's contract with openai").card).toBe("deal-value");
  });

  it("declines a question naming something no card knows ('the capital of australia')", () => {
    const answer = desk.ask("whats the capital of australia");
    expect(answer.status).toBe("no_answer");
    expect(desk.explain("whats the capital of australia").top.every((c) => c.features.stranger === 1)).toBe(true);
  });

  it("a place no card names is not foreign to a card listing many places: its list is the answer", () => {
    const answer = desk.ask("is there a stargate site in california?");
    expect(answer.status).not.toBe("no_answer");
  });

  it("declines 'how old', 'how cold' or 'how far' when the card gives no figure in that dimension", () => {
    for (const q of ["how old is sam altman", "how cold does abilene get in winter", "how far is abilene from the coast"]) {
      expect(desk.ask(q).status, q).toBe("no_answer");
    }
  });
});

describe("a question that leans on a name another question of the message gives", () => {
  it("does not answer 'how big is the deal' with the main deal's value after a question about another deal", () => {
    const answer = desk.ask("hold on, amd signed something with microsoft?? how big is the deal");
    expect(answer.card).toBeNull();
  });

  it("still answers it when the sentence names its own subject, or the other sentence only sets the scene", () => {
    expect(desk.ask("hold on, amd signed something with microsoft?? how big is the oracle deal").card).toBe("deal-value");
    expect(desk.ask("my cousin works at amd. how big is the deal").card).toBe("deal-value");
  });
});

