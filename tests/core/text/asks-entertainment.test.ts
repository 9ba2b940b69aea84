import { describe, expect, it } from "vitest";
import { createConversation } from "../../../src/core/conversation/conversation.js";
import { asksEntertainment } from "../../../src/core/text/asks-entertainment.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";

describe("asksEntertainment", () => {
  it.each(["who starred in the stargate movie", "is the stargate movie any good", "who directed the stargate film from the 90s", "cast of the stargate tv show?", "where can i watch the stargate tv series"])(
    "reads '%s' as a question about a film or show",
    (q) => expect(asksEntertainment(q)).toBe(true),
  );

  it.each(["is stargate a movie or an ai project lol", "stargate movie?", "who is in stargate", "which director leads the oracle cloud unit", "a series of deals with oracle"])(
    "reads '%s' as no question about a film",
    (q) => expect(asksEntertainment(q)).toBe(false),
  );

  it("makes the desk decline a film's question that the card on the project shares words with", () => {
    const desk = fixtureDesk();
    expect(desk.ask("is stargate a movie or an ai project").status).not.toBe("no_answer");
    const answer = desk.ask("who starred in the stargate movie");
    expect(answer.status).toBe("no_answer");
    expect(answer.card).toBeNull();
  });

  it("is a request out of scope in chat, never a fact card", () => {
    const reply = createConversation(fixtureDesk()).reply({ text: "who starred in the stargate movie?" });
    expect(reply.kind).toBe("scope");
  });
});
