import { describe, expect, it } from "vitest";
import { classifyMessage } from "../../../src/core/conversation/classify-message.js";
import { createConversation } from "../../../src/core/conversation/conversation.js";
import type { Reply } from "../../../src/core/conversation/reply.js";
import { statusOf } from "../../../src/core/conversation/reply-status.js";
import { messages } from "../../../src/core/messages.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";

const desk = fixtureDesk();
const allQuestions = new Set(desk.topics().flatMap((t) => t.cards.map((c) => c.question)));

function fresh(now: () => number = Date.now) {
  return createConversation(desk, { now });
}

/** A fact question, then a follow-up in the same thread of a fresh conversation: both replies, each a fact. */
function askThenFollow(question: string, followUp: string, thread: string) {
  const c = fresh();
  const first = c.reply({ text: question, thread });
  const reply = c.reply({ text: followUp, thread });
  if (reply.kind !== "fact" || first.kind !== "fact") throw new Error("expected facts");
  return { first, reply };
}

function kindOf(reply: Reply): string {
  return reply.kind;
}

describe("help asked with more words around it", () => {
  it.each([
    "where do ur answers come from — do you search the web live or what",
    "which sources are you reading from? want to know how much to trust this",
    "how am i supposed to ask you things in a channel, do i need to tag you",
    "commands / tips pls, first time using this",
    "do you only know about the oracle stuff or also other deals?",
  ])("'%s' gets help", (text) => expect(fresh().reply({ text }).kind).toBe("help"));

  it("help followed by a question about the deals is that question, not help", () => {
    expect(fresh().reply({ text: "where do ur answers come from — how much is the oracle deal worth?" }).kind).not.toBe("help");
  });
});

describe("small talk and help", () => {
  const c = fresh();
  it.each(["hi", "Hello there!", "hey bot", "good morning", "thanks!", "thank you so much", "cheers", "hi @dealdesk 👋"])("%s gets small talk, never the no-card apology", (text) => {
    const reply = c.reply({ text });
    expect(reply.kind).toBe("smalltalk");
    expect(JSON.stringify(reply)).not.toContain(messages.noAnswer);
  });

  it.each(["help", "what can you do?", "how do I use you", "who are you?", "what can I ask you?", "new here, what does the deal desk bot do exactly", "what does this thing do"])("%s gets help with 3 example questions from the cards", (text) => {
    const reply = c.reply({ text });
    expect(reply.kind).toBe("help");
    if (reply.kind !== "help") return;
    expect(reply.examples).toHaveLength(3);
    for (const e of reply.examples) expect(allQuestions).toContain(e);
  });

  it.each([
    "what kinda questions do you answer",
    "is there a list of stuff you know about",
    "@dealdesk help",
    "how should i phrase questions so you understand them",
    "um what exactly is deal desk, is it a bot or a real person?",
    "could you explain how to ask you stuff, do i need to mention you each time or just dm you",
  ])(
    "%s, asked in words of its own, gets help",
    (text) => expect(c.reply({ text }).kind).toBe("help"),
  );

  it("a help phrase followed by a subject is a question about that subject, not help", () => {
    expect(c.reply({ text: "what do you know about abilene" }).kind).toBe("browse");
  });

  it.each(["gm gm", "hello? anyone home", "you there?"])("%s is a greeting", (text) => expect(c.reply({ text }).kind).toBe("smalltalk"));

  it.each(["quick catch-up on the most recent developments pls", "catch me up, i was out for two months", "what did i miss", "give me the recent headlines", "been out for a few weeks, catch me up on the most recent news", "back from leave - pls fill me in"])("%s gets the news", (text) => expect(c.reply({ text }).kind).toBe("news"));

  it("varies the examples from one help reply to the next", () => {
    const conv = fresh();
    const first = conv.reply({ text: "help" });
    const second = conv.reply({ text: "help" });
    if (first.kind !== "help" || second.kind !== "help") throw new Error("expected help");
    expect(second.examples).not.toEqual(first.examples);
  });

  it.each(["ok", "bye", "lol", "👍"])("%s is answered lightly in a DM and not at all in a channel", (text) => {
    expect(c.reply({ text, place: "direct" }).kind).toBe("smalltalk");
    expect(c.reply({ text, place: "channel" }).kind).toBe("silent");
  });

  it("a greeting in front of a question answers the question", () => {
    const reply = c.reply({ text: "hey, how much is the oracle deal worth?" });
    expect(reply.kind).toBe("fact");
    if (reply.kind === "fact") expect(reply.answer.card).toBe(desk.ask("how much is the oracle deal worth?").card);
  });
});

describe("what's new", () => {
  const c = fresh();
  it("lists every article newest first, approximate dates marked", () => {
    const reply = c.reply({ text: "what's new?" });
    expect(reply.kind).toBe("news");
    if (reply.kind !== "news") return;
    const published = reply.items.map((i) => i.source.published);
    expect(published).toEqual([...published].sort().reverse());
    expect(reply.items).toHaveLength(desk.articles().length);
    for (const item of reply.items) {
      const exact = /^\d{4}-\d{2}-\d{2}$/.test(item.source.published);
      expect(item.approximate).toBe(!exact);
      expect(item.date.startsWith("c. ")).toBe(!exact);
      expect(item.summary.length).toBeGreaterThan(0);
    }
  });

  it("'whats been happening since march' asks for the news since then", () => {
    expect(c.reply({ text: "@dealdesk whats been happening since march 2025" }).kind).toBe("news");
  });

  it("'since <month>' keeps only articles surely from then on", () => {
    const reply = c.reply({ text: "anything since September?" });
    if (reply.kind !== "news") throw new Error(`expected news, got ${reply.kind}`);
    const all = c.reply({ text: "latest" });
    if (all.kind !== "news") throw new Error("expected news");
    expect(reply.items.length).toBeGreaterThan(0);
    expect(reply.items.length).toBeLessThan(all.items.length);
    for (const item of reply.items) expect(item.source.published >= "2025-09").toBe(true);
    expect(reply.text).toContain("Sept 2025");
  });

  it("says so when nothing is that recent", () => {
    const reply = c.reply({ text: "anything new since 2030?" });
    if (reply.kind !== "news") throw new Error("expected news");
    expect(reply.items).toEqual([]);
    expect(statusOf(reply)).toBe("no_answer");
  });
});

describe("topics", () => {
  const c = fresh();
  it.each(["abilene", "stargate?", "oracle", "tell me about microsoft", "any info u have on abilene"])("%s lists up to 5 questions about it", (text) => {
    const reply = c.reply({ text });
    expect(reply.kind).toBe("browse");
    if (reply.kind !== "browse") return;
    expect(reply.text).toBe(reply.lead ? messages.browseAlso(reply.subject) : messages.browseHeading(reply.subject));
    expect(reply.choices.length).toBeGreaterThan(0);
    expect(reply.choices.length).toBeLessThanOrEqual(5);
    if (reply.lead) expect(reply.choices.map((choice) => choice.card)).not.toContain(reply.lead.card);
  });

  it("a name many cards share only lists them; a name with a card of its own is answered by it first", () => {
    const shared = c.reply({ text: "oracle" });
    if (shared.kind !== "browse") throw new Error(`expected browse, got ${shared.kind}`);
    expect(shared.lead).toBeUndefined();
    const own = c.reply({ text: "ohio?" });
    if (own.kind !== "browse") throw new Error(`expected browse, got ${own.kind}`);
    expect(own.lead?.card).toBe(desk.ask("is there a stargate site in ohio?").card);
    expect(own.lead?.status).toBe("answered");
  });

  it("'what's <name>' is answered by the card that defines it, when one answers outright", () => {
    const reply = c.reply({ text: "what's stargate" });
    expect(reply.kind).toBe("fact");
    if (reply.kind === "fact") expect(reply.answer.card).toBe(desk.ask("what is stargate?").card);
  });

  it("a name with a money sign asks an amount, not for the name's topics", () => {
    expect(c.reply({ text: "oracle deal $?" }).kind).toBe("fact");
  });

  it("'eli5 <name>' is answered by the card that defines the name, not the deal's overview", () => {
    const reply = c.reply({ text: "eli5 stargate" });
    if (reply.kind !== "fact") throw new Error(`expected fact, got ${reply.kind}`);
    expect(reply.answer.card).toBe(desk.ask("what is stargate?").card);
  });

  it("'translate into' used of figures is a question, not a translation request", () => {
    // Read as a question (what the cards make of it is the engine's business), not as a request to translate.
    expect(classifyMessage("does the extra capacity translate into higher API throughput for developers?")).toEqual({ kind: "question", text: "does the extra capacity translate into higher API throughput for developers?" });
    expect(c.reply({ text: "does the extra capacity translate into higher revenue?" }).kind).not.toBe("scope");
    expect(c.reply({ text: "translate hello into french" }).kind).toBe("scope");
  });

  it("the card that answers the bare name comes first", () => {
    const reply = c.reply({ text: "abilene" });
    if (reply.kind !== "browse") throw new Error("expected browse");
    expect(reply.lead?.card ?? reply.choices[0]!.card).toBe(desk.ask("where is the first site?").card);
  });
});

describe("several questions in one message", () => {
  const c = fresh();
  it.each([
    ["how much is the deal worth and where is the first site?", ["how much is the deal worth", "where is the first site?"]],
    ["how much is the deal worth? where is the first site?", ["how much is the deal worth?", "where is the first site?"]],
    ["1) how much is the deal worth 2) where is the first site", ["how much is the deal worth", "where is the first site"]],
  ])("%s is answered part by part", (text, parts) => {
    const reply = c.reply({ text });
    expect(reply.kind).toBe("multi");
    if (reply.kind !== "multi") return;
    expect(reply.parts.map((p) => p.question)).toEqual(parts);
    reply.parts.forEach((p, i) => {
      expect(p.answer.card).toBe(desk.ask(parts[i]!).card);
      expect(p.answer.sources.length).toBeGreaterThan(0);
      expect(p.answer.confidence).toBeGreaterThan(0);
    });
  });

  it("does not split a conjunction inside one question", () => {
    const reply = c.reply({ text: "what's the deal between openai and oracle worth?" });
    expect(reply.kind).toBe("fact");
  });
});

describe("several questions joined the way people type them", () => {
  const c = fresh();
  const worth = "how much is the deal worth";
  const site = "where is the first site";
  it.each([
    ["on two lines", `${worth}\n${site}`],
    ["as a dashed list", `- ${worth}\n- ${site}`],
    ["with a semicolon", `${worth}; ${site}`],
    ["with 'as well as'", `${worth} as well as ${site}`],
    ["with '+'", `${worth} + ${site}`],
    ["between a greeting and thanks", `hey! ${worth}? ${site}? thanks!`],
  ])("%s: each question answered, small talk not asked", (_shape, text) => {
    const reply = c.reply({ text });
    if (reply.kind !== "multi") throw new Error(`expected multi, got ${reply.kind}`);
    expect(reply.parts.map((p) => p.answer.card)).toEqual([desk.ask(worth).card, desk.ask(site).card]);
    expect(reply.parts.every((p) => p.answer.status === "answered")).toBe(true);
  });

  it("'what kinda jobs, how many, and …': the bare 'how many' counts the jobs, and the next part's 'it' is the jobs", () => {
    const reply = c.reply({ text: "what kinda jobs, how many, and how does it tie into bringing manufacturing back" });
    if (reply.kind !== "multi") throw new Error(`expected multi, got ${reply.kind}`);
    expect(reply.parts.map((p) => p.answer.card)).toEqual(["job-types", "jobs-number", "reindustrialisation"]);
    expect(reply.parts[1]!.readAs).toBe("how many jobs?");
  });

  it("a numbered list of three questions is answered part by part, a part with no card saying so", () => {
    const reply = c.reply({ text: "3 qs:\n1) where's the first stargate site\n2) is the moon getting one\n3) georgia?" });
    if (reply.kind !== "multi") throw new Error(`expected multi, got ${reply.kind}`);
    expect(reply.parts.map((p) => p.answer.card)).toEqual(["abilene-first-site", null, "site-georgia"]);
    expect(reply.parts[1]!.answer.status).toBe("no_answer");
  });

  it("'what's X + how much is it worth': two questions, the second read with the first one's subject", () => {
    const reply = c.reply({ text: "what's stargate + how much is it worth" });
    if (reply.kind !== "multi") throw new Error(`expected multi, got ${reply.kind}`);
    expect(reply.parts.map((p) => p.answer.card)).toEqual(["what-is-stargate", "stargate-budget"]);
  });

  it("'… and over how many years' is a second question about the first one's subject", () => {
    const reply = c.reply({ text: "how big is stargate in $ and over how many years" });
    if (reply.kind !== "multi") throw new Error(`expected multi, got ${reply.kind}`);
    expect(reply.parts.map((p) => p.answer.card)).toEqual(["stargate-budget", "stargate-duration"]);
  });

  it("a later part that the old subject could turn into the earlier part's card again gets its own card", () => {
    const reply = c.reply({ text: "when/where was the extra 4.5gw announced and why did they land on 4.5 specifically" });
    if (reply.kind !== "multi") throw new Error(`expected multi, got ${reply.kind}`);
    expect(reply.parts.map((p) => p.answer.card)).toEqual(["expansion-announcement", "why-4-5-gw"]);
    // Read alone, or with the first part's subject ("why did the extra 4.5gw land on 4.5 specifically?").
    expect(reply.parts[1]!.readAs ?? "why did they land on 4.5").toMatch(/^why did .*land on 4\.5/);
  });

  it("a fragment after a question ('…, and when does it start?') borrows its subject, and says how it was read", () => {
    const reply = c.reply({ text: `${worth}, and when does it start?` });
    if (reply.kind !== "multi") throw new Error(`expected multi, got ${reply.kind}`);
    expect(reply.parts[1]!.readAs).toBe("when does the deal start?");
    expect(reply.parts[1]!.answer.card).toBe(desk.ask("when does the deal start?").card);
  });

  it("'…, and for devs?': a fragment the first part's subject does not help is still a second question, shown unsure", () => {
    const reply = c.reply({ text: "what changes for everyday chatgpt users, and for devs?" });
    if (reply.kind !== "multi") throw new Error(`expected multi, got ${reply.kind}`);
    expect(reply.parts.map((p) => p.answer.card)).toEqual(["end-users", "developers"]);
  });

  it("a bare 'and when?' after a question is a second part read with the first one's subject", () => {
    const reply = c.reply({ text: `${worth} and when?` });
    if (reply.kind !== "multi") throw new Error(`expected multi, got ${reply.kind}`);
    expect(reply.parts).toHaveLength(2);
    expect(reply.parts[1]!.readAs).toContain("the deal");
    expect(reply.parts[1]!.answer.status).not.toBe("no_answer");
  });

  it("a pronoun in a later part stands for the earlier part's subject, a participle left out ('is the deal confirmed; how much is it')", () => {
    const reply = c.reply({ text: "is the deal confirmed; how much is it" });
    if (reply.kind !== "multi") throw new Error(`expected multi, got ${reply.kind}`);
    expect(reply.parts[1]!.readAs).toBe("how much is the deal?");
  });

  it("a topic put first ('also, for stargate, who are the partners?') is asked about that topic", () => {
    const reply = c.reply({ text: `${worth}? also, for stargate, who are the partners?` });
    if (reply.kind !== "multi") throw new Error(`expected multi, got ${reply.kind}`);
    expect(reply.parts[1]!.answer.card).toBe(desk.ask("who are the partners in stargate?").card);
  });
});

describe("follow-ups: sources, pronouns and phrases", () => {
  it.each(["who said that?", "how do you know that?", "who reported it?"])("'%s' shows the previous answer's sources", (text) => {
    const { first, reply } = askThenFollow("how much is the deal worth?", text, "s");
    expect(reply.answer.card).toBe(first.answer.card);
    expect(reply.answer.sources).toEqual(first.answer.sources);
    expect(reply.readAs).toBe("how much is the deal worth?");
  });

  it("'is this deal confirmed?' reads 'this deal' as the previous subject", () => {
    const c = fresh();
    c.reply({ text: "how much is the deal worth?", thread: "d" });
    const reply = c.reply({ text: "is this deal confirmed?", thread: "d" });
    if (reply.kind !== "fact") throw new Error("expected fact");
    expect(reply.readAs).toBe("is the deal confirmed?");
  });

  it("'and for X?' takes the place of the previous question's 'for …'", () => {
    const c = fresh();
    c.reply({ text: "what's in it for developers?", thread: "f" });
    const reply = c.reply({ text: "and for businesses?", thread: "f" });
    if (reply.kind !== "fact") throw new Error("expected fact");
    expect(reply.readAs).toBe("what's in it for businesses?");
  });
});

describe("follow-ups in a thread", () => {
  it("'they' stands for the question's subject when two companies were named ('how much of A does B own')", () => {
    const c = fresh();
    c.reply({ text: "how much of openai does microsoft own", thread: "t-they" });
    const reply = c.reply({ text: "what did they pay for it", thread: "t-they" });
    if (reply.kind !== "fact") throw new Error(`expected fact, got ${reply.kind}`);
    expect(reply.readAs).toBe("what did microsoft pay for it?");
  });

  it("'why that number?' asks why of the previous question", () => {
    const c = fresh();
    c.reply({ text: "how many jobs will stargate create", thread: "t-why" });
    const reply = c.reply({ text: "why that number?", thread: "t-why" });
    if (reply.kind !== "fact") throw new Error(`expected fact, got ${reply.kind}`);
    expect(reply.readAs).toMatch(/^why /);
  });

  it("a name in a thread whose own card answers it outright gets that answer, not the list of its topics", () => {
    const reply = inThread(["where is stargate building its dcs", "is all of it inside the us?", "any in new mexico specifically"], "t-nm");
    expect(cardOf(reply)).toBe("site-new-mexico");
  });

  it("a bare name after a question in a thread asks the same of it, instead of listing its topics", () => {
    const c = fresh();
    c.reply({ text: "who are the partners in stargate?", thread: "t-bare" });
    const reply = c.reply({ text: "nvidia?", thread: "t-bare" });
    expect(reply.kind).toBe("fact");
    if (reply.kind === "fact") expect(reply.readAs).not.toBeNull();
    // With no thread, the same message lists the name's topics.
    expect(fresh().reply({ text: "nvidia?" }).kind).toBe("browse");
  });

  it("reads a leaning follow-up with the previous question's subject, and says how", () => {
    const c = fresh();
    c.reply({ text: "how big is the $300 billion contract?", thread: "t1" });
    const reply = c.reply({ text: "and when does it start?", thread: "t1" });
    if (reply.kind !== "fact") throw new Error(`expected fact, got ${reply.kind}`);
    expect(reply.readAs).toBe("when does the $300 billion contract start?");
    expect(reply.answer.card).toBe(desk.ask("when does the $300 billion contract start?").card);
  });

  it("'source?' shows the previous answer's sources", () => {
    const c = fresh();
    const first = c.reply({ text: "where is the first site?", thread: "t2" });
    const reply = c.reply({ text: "source?", thread: "t2" });
    if (reply.kind !== "fact" || first.kind !== "fact") throw new Error("expected facts");
    expect(reply.answer.card).toBe(first.answer.card);
    expect(reply.answer.sources).toEqual(first.answer.sources);
    expect(reply.readAs).not.toBeNull();
  });

  it("forgets the thread after 10 minutes, and never uses another thread's context", () => {
    let now = 0;
    const c = fresh(() => now);
    c.reply({ text: "how big is the $300 billion contract?", thread: "t3" });
    const elsewhere = c.reply({ text: "and when does it start?", thread: "other" });
    expect(elsewhere.kind === "fact" ? elsewhere.readAs : "not a fact").toBeNull();
    now = 11 * 60 * 1000;
    const late = c.reply({ text: "and when does it start?", thread: "t3" });
    expect(late.kind === "fact" ? late.readAs : "not a fact").toBeNull();
  });

  it("does not rewrite a question that stands on its own", () => {
    const c = fresh();
    c.reply({ text: "how big is the $300 billion contract?", thread: "t4" });
    const reply = c.reply({ text: "where is the first site?", thread: "t4" });
    if (reply.kind !== "fact") throw new Error("expected fact");
    expect(reply.readAs).toBeNull();
    expect(reply.answer.card).toBe(desk.ask("where is the first site?").card);
  });
});

describe("a request about the answer just given", () => {
  it("'write that up as an email' in a thread is out of scope, not read as a follow-up", () => {
    const c = fresh();
    c.reply({ text: "how much is the oracle deal worth?", thread: "t-email" });
    const reply = c.reply({ text: "ok now write that up as an email to my vp pls", thread: "t-email" });
    expect(reply.kind).toBe("scope");
  });

  it("putting an answer in a deck is context, not a request: the question is answered", () => {
    const reply = fresh().reply({ text: "has anyone confirmed the 300bn contract? i need to put it in a client deck" });
    expect(reply.kind).not.toBe("scope");
  });
});

describe("out of scope", () => {
  const c = fresh();
  it.each(["capital of france?", "write me a poem", "translate hello into french", "what's the weather in Paris", "what is 2+2", "if 4.5gw runs 24/7 for a year how many TWh is that", "how many homes could 4.5 gw run? show the math"])(
    "%s gets the scope note with two examples, never a card",
    (text) => {
      const reply = c.reply({ text });
      expect(kindOf(reply)).toBe("scope");
      if (reply.kind !== "scope") return;
      expect(reply.text).toBe(messages.outOfScope);
      expect(reply.examples).toHaveLength(2);
      expect(statusOf(reply)).toBe("no_answer");
    },
  );

  it.each(["¿cuánto vale el acuerdo entre openai y oracle?", "quel est le montant du contrat entre openai et oracle", "сколько стоит сделка", "hoeveel datacenters komen er in texas?"])(
    "%s gets the English note about English",
    (text) => {
      const reply = c.reply({ text });
      expect(reply.kind).toBe("scope");
      if (reply.kind === "scope") expect(reply.text).toBe(messages.otherLanguage);
    },
  );

  it.each(["oci rdma gpu clusters?", "hyperscaler capex yoy", "how much is the oracle deal worth?"])("short English shorthand (%s) is not taken for another language", (text) => {
    const reply = c.reply({ text });
    expect(reply.kind === "scope" ? reply.reason : "read as English").not.toBe("language");
  });
});

describe("more than three questions", () => {
  it("answers the first three and says how many were left", () => {
    const c = fresh();
    const reply = c.reply({ text: "how much is the deal worth? where is the first site? who are the partners in stargate? how many jobs will it create?" });
    if (reply.kind !== "multi") throw new Error(`expected multi, got ${reply.kind}`);
    expect(reply.parts).toHaveLength(3);
    expect(reply.dropped).toBe(1);
  });
});

describe("a question about a known name that no card answers", () => {
  it("is out of scope, and offers questions about that name instead of generic examples", () => {
    const conversation = createConversation(desk);
    const reply = conversation.reply({ text: "is sam altman married", thread: null, place: "channel" });
    expect(reply.kind).toBe("scope");
    if (reply.kind !== "scope") return;
    expect(reply.reason).toBe("no_card");
    expect(reply.text).toContain("Sam Altman");
    expect(reply.examples.length).toBeGreaterThan(0);
    const aboutAltman = conversation.reply({ text: "sam altman", thread: null, place: "channel" });
    expect(aboutAltman.kind).toBe("browse");
    if (aboutAltman.kind === "browse") expect([aboutAltman.lead?.card ?? null, ...aboutAltman.choices.map((c) => c.card)]).toContain(desk.ask({ text: reply.examples[0]!, card: undefined }).card);
  });
});

describe("two questions whose second no card answers alone", () => {
  it("gets the whole message's answer for that part, when no other part gives it", () => {
    const reply = fresh().reply({ text: "how much does oracle make off dcs right now and is this gonna grow by a lot" });
    expect(reply.kind).toBe("multi");
    if (reply.kind !== "multi") return;
    expect(reply.parts.map((p) => p.answer.card)).toEqual(["oracle-dc-revenue-2025", "oracle-triple-revenue"]);
  });
});

describe("a question naming several known names that no card comes near", () => {
  it("is out of scope, with questions about the first name the knowledge has", () => {
    const reply = fresh().reply({ text: "how much is softbank paying microsoft for office licenses" });
    expect(reply.kind).toBe("scope");
    if (reply.kind !== "scope") return;
    expect(reply.reason).toBe("no_card");
    expect(reply.examples.length).toBeGreaterThan(0);
  });
});

describe("'why?' after an answer that gives no reason", () => {
  it("gets the reason card the curator listed as related, shown as a guess", () => {
    const reply = inThread(["does openai use google cloud too?", "why?"], "t-why-related");
    expect(cardOf(reply)).toBe("why-diversify");
    if (reply.kind === "fact") expect(reply.answer.status).toBe("unsure");
  });

  it("prefers the reason card the curator listed over another card that also answers a 'why'", () => {
    // "why is openai going multi cloud?" also reads close to the card on why rent cloud compute at all.
    expect(cardOf(inThread(["is openai going multi cloud?", "why?"], "t-why-listed"))).toBe("why-diversify");
  });

  it("so does a 'why' follow-up with words of its own ('but why spread it out like that?')", () => {
    expect(cardOf(inThread(["does openai use google cloud too?", "but why spread it out like that?"], "t-why-words"))).toBe("why-diversify");
  });
});

describe("'source?' after a question no card answered", () => {
  it("says there is no source to show, instead of an out-of-scope note", () => {
    const reply = inThread(["is sam altman married", "source?"], "t-no-source");
    expect(reply.kind).toBe("fact");
    if (reply.kind !== "fact") return;
    expect(reply.answer.status).toBe("no_answer");
    expect(reply.answer.answer).toBe(messages.noSourceToShow);
  });
});

describe("a declined question that names its subject", () => {
  it("still sets the thread's subject: the next question's 'he' is that name", () => {
    const c = fresh();
    c.reply({ text: "is sam altman married", thread: "t-declined" });
    const reply = c.reply({ text: "what did he say about the chips", thread: "t-declined" });
    expect(reply.kind).toBe("fact");
    if (reply.kind !== "fact") return;
    expect(reply.readAs?.toLowerCase()).toContain("altman");
    expect(reply.answer.card).toBe("altman-on-oracle");
  });
});

/** Asks the messages in order in one thread and returns the last reply. */
function inThread(messagesInOrder: string[], thread = "t-seq"): Reply {
  const c = fresh();
  let last: Reply | null = null;
  for (const text of messagesInOrder) last = c.reply({ text, thread });
  return last!;
}

const cardOf = (reply: Reply) => (reply.kind === "fact" ? reply.answer.card : `(${reply.kind})`);

describe("chat remarks, openings and requests read as what they are", () => {
  it.each(["cya tmrw", "lmao same", "brb grabbing coffee", "congrats on the launch team 🎉", "you're the best fr", "good bot", "that standup could've been an email 💀", "lmaooo that standup ran 45 min"])("%s is small talk, silent in a channel", (text) => {
    expect(fresh().reply({ text, place: "channel" }).kind).toBe("silent");
    expect(fresh().reply({ text }).kind).toBe("smalltalk");
  });

  it("a handle typed as plain text before a question about a name is no part of it: the card defining the name answers", () => {
    const plain = fresh().reply({ text: "what's stargate exactly" });
    const addressed = fresh().reply({ text: "@dealdesk what's stargate exactly" });
    expect(addressed.kind).toBe("fact");
    expect(cardOf(addressed)).toBe(cardOf(plain));
  });

  it("a cheer that asks something is still a question", () => {
    expect(fresh().reply({ text: "congrats, so when does the contract start?" }).kind).toBe("fact");
  });

  it.each(["hey @dealdesk hows ur day going", "how are you doing", "back in 5", "everyone have a nice weekend?", "happy friday all", "hows ur day going dealdesk"])("%s is small talk, not a question for the cards", (text) => {
    expect(fresh().reply({ text }).kind).toBe("smalltalk");
  });

  it("'any in <place>?' after a question about a site asks the same of that place", () => {
    const reply = inThread(["where is the first site", "any in new mexico?"], "t-any-in");
    expect(cardOf(reply)).toBe("site-new-mexico");
    if (reply.kind === "fact") expect(reply.readAs).toMatch(/^what about new mexico/);
  });

  it.each(["anyone up for lunch at 12?", "who's grabbing coffee?"])("%s, asked of the room, is small talk: silent in a channel", (text) => {
    expect(fresh().reply({ text, place: "channel" }).kind).toBe("silent");
    expect(fresh().reply({ text }).kind).toBe("smalltalk");
  });

  it.each(["how do i even use this thing?", "list commands pls", "r u a bot? what do u actually know", "what kinda questions can i throw at you", "new here - what is this bot for exactly"])("%s gets help or the bot's introduction", (text) =>
    expect(["help", "smalltalk"]).toContain(fresh().reply({ text }).kind),
  );

  it.each(["new here — what's this bot for?", "/dealdesk --help", "is there a list somewhere of the topics you cover", "is there like a list of topics you know about", "is there a help menu or something", "so what do you actually do", "hi, new on the team — what's this bot for?", "who made you and what do u know about", "new here — what does deal desk actually know about?", "which topics do you cover, just oracle or more?", "what kinda questions am i allowed to ask you?", "@dealdesk is there like a manual or cheat sheet for you", "@dealdesk how am i supposed to ask u things, just type?", "new here - how does dealdesk work? do i just @ you or is there a slash cmd", "is there a slash command", "where do ur answers come from, what sources do you use", "hey so im new here, what is dealdesk actually for", "where does your info come from", "does this work in dms as well or only in channels?"])("%s gets help", (text) =>
    expect(fresh().reply({ text }).kind).toBe("help"),
  );

  it.each(["tl;dr of the recent news pls", "tl;dr of recent developments?", "tl;dr of what happened lately", "did i miss anything since march", "been on leave since march, what'd i miss", "can i get a chronology of how the deal evolved", "anything happen this week?", "gimme a timeline pls", "@dealdesk whats happened this week", "whats happened recently w stargate", "tl;dr of the recent headlines?", "can u give me a quick recap of the last few months of news", "gimme the history of oai x oracle from the start", "@dealdesk what's happened w/ stargate since march", "what happened w/ oai + oracle lately", "what changed lately w/ oracle, anything i should know", "give me the whole story in order, from the start", "what happened this week w stargate", "what happened w stargate since march 2025", "recap of everything that happened this year pls"])("%s gets the news", (text) =>
    expect(fresh().reply({ text }).kind).toBe("news"),
  );

  it("a live market price ('trading at rn', 'stock price today') is out of scope; how the stock moved on the news is a question", () => {
    expect(fresh().reply({ text: "whats orcl trading at rn" }).kind).toBe("scope");
    expect(fresh().reply({ text: "what's the share price today?" }).kind).toBe("scope");
    expect(cardOf(fresh().reply({ text: "what did the stock price do after the news" }))).toBe("oracle-stock-jump");
  });

  it.each(["can u tl;dr this for me https://example.com/some-article", "what's 300 billion divided by 5 years", "whats 4.5gw divided by 8 states, in mw", "orcl price rn?", "whats 4.5 gw x 24h in gwh", "is it gonna rain in abilene tmrw", "make me 5 slides on the deal for monday", "gimme a python script that scrapes orcl's sec filings", "ok thx. unrelated but can u book a room for friday"])(
    "%s is out of scope, with no card",
    (text) => expect(fresh().reply({ text }).kind).toBe("scope"),
  );

  it("a plea for investment advice gets the out-of-scope reply that says the bot gives no advice", () => {
    const reply = fresh().reply({ text: "should i buy orcl rn or wait for a dip" });
    expect(reply.kind).toBe("scope");
    if (reply.kind === "scope") expect(reply.text).toBe(messages.noOpinion);
  });

  it("'what's the deal w/ <a place>' asks about the place, not for the deal's overview", () => {
    expect(cardOf(fresh().reply({ text: "whats the deal w abilene" }))).toBe("abilene-first-site");
    expect(cardOf(fresh().reply({ text: "tl;dr on abilene" }))).not.toBe("deal-overview");
  });

  it("a recap of what people said in the channel is out of scope: the bot reads no chat history", () => {
    expect(fresh().reply({ text: "@dealdesk summarize everything ppl said in this channel yesterday" }).kind).toBe("scope");
    expect(fresh().reply({ text: "tl;dr of the recent news pls" }).kind).toBe("news");
  });

  it("a task for the bot that names the deals ('book a call with our oracle rep') is out of scope, not a missing fact", () => {
    expect(fresh().reply({ text: "can you book a call with our oracle account rep for thurs" }).kind).toBe("scope");
    expect(fresh().reply({ text: "schedule a sync with the openai team next week" }).kind).toBe("scope");
  });

  it("a bare noun phrase the cards use lists those cards; with a question word it is a question", () => {
    const reply = fresh().reply({ text: "universal credits" });
    if (reply.kind !== "browse") throw new Error(`expected browse, got ${reply.kind}`);
    expect([reply.lead?.card, ...reply.choices.map((c) => c.card)]).toContain("universal-credits");
    expect(fresh().reply({ text: "can we pay with universal credits?" }).kind).toBe("fact");
  });
});

describe("picking from a list in a thread", () => {
  it("'the second one' after a topic list answers that listed question, and 'and the first?' the first", () => {
    const c = fresh();
    const list = c.reply({ text: "stargate", thread: "pick" });
    if (list.kind !== "browse") throw new Error(`expected browse, got ${list.kind}`);
    const second = c.reply({ text: "the second one", thread: "pick" });
    if (second.kind !== "fact") throw new Error(`expected fact, got ${second.kind}`);
    expect(second.answer.card).toBe(list.choices[1]!.card);
    expect(second.readAs).toBe(list.choices[1]!.question);
    const first = c.reply({ text: "and the first?", thread: "pick" });
    expect(cardOf(first)).toBe(list.choices[0]!.card);
  });

  it("with no list before it, 'the second one' is not a pick", () => {
    const c = fresh();
    c.reply({ text: "how much is the deal worth?", thread: "nolist" });
    const reply = c.reply({ text: "the second one", thread: "nolist" });
    expect(allQuestions.has(reply.kind === "fact" ? (reply.readAs ?? "") : "")).toBe(false);
  });
});

describe("follow-ups that ask about the answer itself, or something besides it", () => {
  it.each(["how sure are you?", "you sure?", "is that right?", "how sure are you about that"])("%s gives the previous answer again, with its sources", (text) => {
    const { first, reply } = askThenFollow("when does the contract start", text, "sure");
    expect(reply.answer.card).toBe(first.answer.card);
    expect(reply.answer.sources).toEqual(first.answer.sources);
  });

  it.each(["why the mismatch?", "why do the articles disagree on that?", "why the mixed messages?", "then why does one article say 300b"])("%s gives the previous answer again, with both sides and its sources", (text) => {
    const { first, reply } = askThenFollow("is the deal 30 billion or 300 billion?", text, "differ");
    expect(reply.answer.card).toBe(first.answer.card);
    expect(reply.answer.sources).toEqual(first.answer.sources);
    expect(reply.answer.disputed).toBeTruthy();
  });

  it("a follow-up answered by the same card keeps the thread's question for the next one", () => {
    const reply = inThread(["what is stargate exactly", "how much is it worth", "wait i saw $50b somewhere, which is it?", "over how many years?"]);
    expect(cardOf(reply)).toBe("stargate-duration");
  });

  it.each(["and the other sites?", "what about the rest?"])("%s after the first site asks for the rest, not the first again", (text) => {
    expect(cardOf(inThread(["where is the first stargate site?", text]))).toBe("stargate-states");
  });

  it("a new name that would get the old card again is asked about itself", () => {
    expect(cardOf(inThread(["who's in stargate besides openai and oracle", "softbank?"]))).toBe("softbank-role");
    expect(cardOf(inThread(["who's in stargate besides openai and oracle", "what about mgx?"]))).toBe("mgx-role");
  });

  it("'why that number?' reads with the question that asked the number, even a turn back", () => {
    const reply = inThread(["how many gigawatts are in the oracle expansion", "is that on top of what stargate already had?", "why that number tho"]);
    expect(cardOf(reply)).toBe("why-4-5-gw");
    if (reply.kind === "fact") expect(reply.readAs).toMatch(/^why /);
  });

  it.each(["why that number?", "and why that exact number"])("'%s' after no question asked for a number is read as why of the figure the answers gave", (text) => {
    const reply = inThread(["how big is the oracle capacity deal", "is that a lot vs the rest of the us?", text]);
    expect(cardOf(reply)).toBe("why-4-5-gw");
    if (reply.kind === "fact") expect(reply.readAs).toMatch(/^why is it 4\.5 g/i);
  });

  it("'when was that announced' after a question whose subject is a clause is also read with the clause, not only its names", () => {
    const reply = inThread(["can enterprises get oai models thru oracle cloud now?", "when was that announced"]);
    expect(cardOf(reply)).toBe("oci-announcement-date");
  });

  it("'since when?' that no reading answers outright takes the card the curator listed as related to the one just given", () => {
    const reply = inThread(["can our company use gpt models thru oracle cloud", "since when?"]);
    expect(cardOf(reply)).toBe("oci-announcement-date");
  });

  it("'and when does it start?' after what one party pays the other is read as the contract's start, the card the curator listed as related", () => {
    const reply = inThread(["how much is oai paying oracle", "and when does it start?"]);
    expect(cardOf(reply)).toBe("contract-start-2027");
  });

  it("'why?' asks about the last answer: the reason card listed with it, not an older question's card read again", () => {
    const reply = inThread(["is oai leaving azure for oracle?", "so are they multi cloud now", "why?"]);
    expect(cardOf(reply)).toBe("why-diversify");
    expect(reply.kind === "fact" && reply.readAs).toContain("multi cloud");
  });

  it("a follow-up naming a thing of its own keeps the card that answers it, not the related one", () => {
    const reply = inThread(["which states r getting stargate dcs", "new mexico?"]);
    expect(cardOf(reply)).toBe("site-new-mexico");
  });

  it("a message of three questions, one of them run into the line before, answers all three", () => {
    const reply = fresh().reply({ text: "do we need a new vendor contract to use oai on oci? also what's special about oci's networking\nand does our data stay in our own tenancy" });
    expect(reply.kind === "multi" && reply.parts.map(cardOf)).toEqual(["no-new-vendor", "oci-rdma-networking", "data-privacy-tenancy"]);
  });

  it.each(["is that a lot?", "how big is that really"])("'%s' after a figure weighs the figure: read with it in place of 'that'", (text) => {
    const reply = inThread(["how big is the orcl deal in gw", text]);
    expect(cardOf(reply)).toBe("quarter-us-power");
    if (reply.kind === "fact") expect(reply.readAs).toMatch(/4\.5 g/i);
  });

  it("'why so much tho' after the figure was weighed asks why of the figure", () => {
    expect(cardOf(inThread(["how big is the orcl deal in gw", "is that a lot?", "why so much tho"]))).toBe("why-4-5-gw");
  });

  it("'who's in on it' after a question read as 'how long does stargate last' is asked of stargate", () => {
    const reply = inThread(["whats stargate", "how much does it cost them", "over how long", "who's in on it"]);
    expect(reply.kind === "fact" && reply.readAs).toBe("who's in on stargate?");
  });

  it("'and training?' asks the same of training, not the old card again", () => {
    const reply = inThread(["does chatgpt run on oracle", "and training?"]);
    expect(["training-or-inference", "pretraining-microsoft"]).toContain(cardOf(reply));
  });

  it("'what did they pay for that?', which the rewrite alone cannot answer, is read with the whole question before", () => {
    expect(cardOf(inThread(["how much of openai does microsoft own", "and what did they pay for that?"]))).toBe("microsoft-stake");
  });

  it("a short subjectless question ('who's paying?') that the desk cannot answer alone leans on the thread", () => {
    expect(fresh().reply({ text: "who's paying?" }).kind === "fact" && cardOf(fresh().reply({ text: "who's paying?" })) === "stargate-budget").toBe(false);
    const reply = inThread(["what is stargate?", "who's paying?"]);
    expect(cardOf(reply)).toBe("stargate-budget");
    if (reply.kind === "fact") expect(reply.readAs).toBe("who's paying regarding stargate?");
  });

  it("a short question the desk answers on its own ('which states?') is not rewritten", () => {
    const reply = inThread(["what is stargate?", "which states?"]);
    expect(cardOf(reply)).toBe("stargate-states");
    if (reply.kind === "fact") expect(reply.readAs).toBeNull();
  });
});

describe("several questions marked apart or listed", () => {
  it("two full questions, one of them the whole message's answer, are both answered", () => {
    const reply = fresh().reply({ text: "who's actually in stargate? and what is mgx doing there" });
    if (reply.kind !== "multi") throw new Error(`expected multi, got ${reply.kind}`);
    expect(reply.parts.map((p) => p.answer.card)).toEqual(["stargate-partners", "mgx-role"]);
  });

  it("'in A, B or C?' is asked of each place", () => {
    const reply = fresh().reply({ text: "any stargate sites in georgia, wyoming or ohio?" });
    if (reply.kind !== "multi") throw new Error(`expected multi, got ${reply.kind}`);
    expect(reply.parts.map((p) => p.answer.card)).toEqual(["site-georgia", "site-wyoming", "site-ohio"]);
  });

  it("'…, and separately for Y?' is a second question", () => {
    const reply = fresh().reply({ text: "what does this mean for devs, and separately for students?" });
    expect(reply.kind).toBe("multi");
  });

  it("a question of its own held back just under the unsure band is answered unsure beside the other, not dropped", () => {
    const part = "are enviro ppl pushing back on all this power draw?";
    expect(desk.ask(part).status).toBe("no_answer");
    const reply = fresh().reply({ text: `who's in stargate? ${part}` });
    if (reply.kind !== "multi") throw new Error(`expected multi, got ${reply.kind}`);
    expect(reply.parts.map((p) => [p.answer.card, p.answer.status])).toEqual([
      ["stargate-partners", "answered"],
      ["environmental-concerns", "unsure"],
    ]);
  });

  it("a part far from every card is still not answered: the whole message's answer stands", () => {
    const part = "is the food good in abilene?";
    expect(desk.ask(part).status).toBe("no_answer");
    const reply = fresh().reply({ text: `who's in stargate? ${part}` });
    expect(reply.kind === "fact" && reply.answer.card).toBe("stargate-partners");
  });
});

describe("picking what a reply offered", () => {
  it("'the second one' after help answers the second example", () => {
    const c = fresh();
    const help = c.reply({ text: "help", thread: "offer" });
    if (help.kind !== "help") throw new Error(`expected help, got ${help.kind}`);
    const reply = c.reply({ text: "the second one", thread: "offer" });
    if (reply.kind !== "fact") throw new Error(`expected fact, got ${reply.kind}`);
    expect(reply.readAs).toBe(help.examples[1]);
    expect(reply.answer.card).toBe(desk.ask(help.examples[1]!).card);
  });

  it("help between a question and its follow-up keeps the thread's subject", () => {
    const c = fresh();
    c.reply({ text: "how big is the $300 billion contract?", thread: "keep" });
    c.reply({ text: "help", thread: "keep" });
    const reply = c.reply({ text: "and when does it start?", thread: "keep" });
    expect(reply.kind === "fact" ? reply.readAs : null).toBe("when does the $300 billion contract start?");
  });

  it("after help alone, a question with 'it' is read as it is, not with an empty subject", () => {
    const c = fresh();
    c.reply({ text: "what can you do?", thread: "empty" });
    const reply = c.reply({ text: "how many jobs will it create?", thread: "empty" });
    expect(reply.kind === "fact" ? reply.readAs : "not a fact").toBeNull();
  });
});

describe("more of a topic list", () => {
  it("'more' after a topic list shows its next questions, never the same ones, then says it has no more", () => {
    const c = fresh();
    const first = c.reply({ text: "stargate", thread: "more" });
    if (first.kind !== "browse") throw new Error(`expected browse, got ${first.kind}`);
    const seen = new Set(first.choices.map((ch) => ch.card));
    let last: Reply = first;
    for (let i = 0; i < 6 && last.kind === "browse" && last.choices.length; i++) {
      last = c.reply({ text: i % 2 ? "what else?" : "more", thread: "more" });
      if (last.kind !== "browse") throw new Error(`expected browse, got ${last.kind}`);
      for (const ch of last.choices) {
        expect(seen.has(ch.card)).toBe(false);
        seen.add(ch.card);
      }
    }
    expect(last.kind === "browse" ? last.choices : null).toEqual([]);
    expect(last.kind === "browse" ? last.text : "").toBe(messages.browseNoMore(first.subject));
  });

  it("a pick after 'more' picks from the page shown last", () => {
    const c = fresh();
    c.reply({ text: "stargate", thread: "more-pick" });
    const page = c.reply({ text: "more", thread: "more-pick" });
    if (page.kind !== "browse" || !page.choices.length) throw new Error("expected a second page");
    expect(cardOf(c.reply({ text: "the first one", thread: "more-pick" }))).toBe(page.choices[0]!.card);
  });
});

describe("the same question asked of something else", () => {
  it("'same question for X' and 'how about X?' swap the place in the question before", () => {
    const reply = inThread(["is there a stargate site in ohio", "same question for wisconsin"]);
    expect(cardOf(reply)).toBe("site-wisconsin");
    if (reply.kind === "fact") expect(reply.readAs).toContain("wisconsin");
  });

  it("'what about for X?' and a bare 'and X' swap the last phrase ('for developers' → 'for businesses')", () => {
    const c = fresh();
    c.reply({ text: "what does the deal mean for developers", thread: "swap" });
    const students = c.reply({ text: "what about for students?", thread: "swap" });
    expect(students.kind === "fact" ? students.readAs : null).toBe("what does the deal mean for students?");
    const businesses = c.reply({ text: "and businesses", thread: "swap" });
    expect(businesses.kind === "fact" ? businesses.readAs : null).toBe("what does the deal mean for students?".replace("students", "businesses"));
  });

  it("'all in the us tho?' after a question about the sites asks it of them, not for the country's topics", () => {
    const reply = inThread(["where are the stargate dcs being built", "all in the us tho?"]);
    expect(reply.kind).toBe("fact");
    expect(reply.kind === "fact" ? reply.readAs : "").toContain("stargate");
  });

  it("'wisconsin one of them?' after the states asks whether Wisconsin is among them, not for Wisconsin's topics", () => {
    const reply = inThread(["which states is stargate building in", "wisconsin one of them?"], "t-one-of");
    expect(reply.kind).toBe("fact");
    expect(cardOf(reply)).toBe("site-wisconsin");
  });

  it("a handle typed before the question before is not part of its subject", () => {
    const reply = inThread(["@dealdesk where are the stargate dcs being built", "which one's first?"]);
    expect(reply.kind === "fact" ? reply.readAs : "").not.toContain("@dealdesk");
  });

  it("a name at the end of the question before is not swapped for a common noun", () => {
    const reply = inThread(["does chatgpt run on oracle", "and training?"]);
    expect(reply.kind === "fact" ? reply.readAs : "").not.toContain("run on training");
  });
});

describe("remarks, thanks, news and help in words no phrase list has", () => {
  it.each(["ok logging off now, see everyone monday", "hahahaaa 😂", "my dog ate my homework today", "omg this standup is sooo long", "ok cool, will check after the call"])("%s is small talk in a DM and silent in a channel", (text) => {
    expect(fresh().reply({ text }).kind).toBe("smalltalk");
    expect(fresh().reply({ text, place: "channel" }).kind).toBe("silent");
  });

  it.each(["will it snow tomorrow", "can you book me a flight", "capital of peru?", "so are flights getting cheaper"])("%s asks something the bot does not cover: out of scope, not small talk", (text) => {
    expect(fresh().reply({ text }).kind).toBe("scope");
  });

  it("reads thanks followed by a remark as thanks, and thanks followed by a question as the question", () => {
    expect(fresh().reply({ text: "thanks, that's just what the doctor ordered 🙏" }).kind).toBe("smalltalk");
    const asked = fresh().reply({ text: "thanks, and how much is the deal worth" });
    expect(asked.kind).toBe("fact");
  });

  it.each(["did anything happen since august?", "what's the newest development"])("%s gets the news", (text) => {
    expect(fresh().reply({ text }).kind).toBe("news");
  });

  it.each(["how are we meant to use this", "how do i even use this thing? just type a question?", "how do i talk to you, just @ you or dm?", "@dealdesk first time using this, how does it work", "joined today, a colleague told me to try the bot - how does it work?"])("%s gets help", (text) => {
    expect(fresh().reply({ text }).kind).toBe("help");
  });

  it("keeps 'X - how does it work?' about a subject a question", () => {
    expect(fresh().reply({ text: "the oracle deal - how does it work?" }).kind).toBe("fact");
  });
});

describe("follow-ups after a question whose subject is a clause", () => {
  it("reads 'they' as the name right after a leading auxiliary ('is msft involved …' + 'how much do they own')", () => {
    const c = fresh();
    c.reply({ text: "is microsoft involved in the oracle arrangement in any way", thread: "t-aux" });
    const reply = c.reply({ text: "how much do they own", thread: "t-aux" });
    if (reply.kind !== "fact") throw new Error(`expected a fact, got ${reply.kind}`);
    expect(reply.readAs).toMatch(/microsoft/);
    expect(reply.readAs).not.toMatch(/involved/);
  });

  it("puts the names of the question, not a long clause, in place of 'that'", () => {
    const c = fresh();
    c.reply({ text: "what does oracle add to stargate apart from plain capacity", thread: "t-clause" });
    const reply = c.reply({ text: "is that enough to make it green?", thread: "t-clause" });
    if (reply.kind !== "fact") throw new Error(`expected a fact, got ${reply.kind}`);
    expect(reply.readAs ?? "").not.toMatch(/apart from|add to/);
  });
});

describe("how people put news, breaks and follow-ups in chat", () => {
  it.each(["can u give me the whole timeline start to finish", "whats been going on w stargate lately"])("%s asks for the news", (text) => {
    expect(fresh().reply({ text }).kind).toBe("news");
  });

  it("'coffee run, back in 10' is a remark: a light reply in a DM, silence in a channel", () => {
    expect(fresh().reply({ text: "coffee run, back in 10" }).kind).toBe("smalltalk");
    expect(fresh().reply({ text: "coffee run, back in 10", place: "channel" }).kind).toBe("silent");
  });

  it("'over how long' after a question weighing two figures asks how long the thing named lasts", () => {
    expect(cardOf(inThread(["stargate 500b or 50b? seeing both numbers floating around", "over how long"]))).toBe("stargate-duration");
  });
});

describe("an overview asked for the headline facts", () => {
  it.each(["give me the headline facts", "key facts on the oracle deal?", "what are the main points of the deal", "gimme the tl;dr on the oracle x openai thing, 3 lines max", "tl;dr of the openai x oracle thing? need it for a sync in 10", "tl;dr of the openai oracle deal for someone who missed everything?", "summarize the oracle deal for people who weren't following"])("%s gets the overview card 'tl;dr' gets", (text) => {
    const overview = cardOf(fresh().reply({ text: "tl;dr" }));
    expect(overview).not.toBeNull();
    expect(cardOf(fresh().reply({ text }))).toBe(overview);
  });
});

describe("a whole question in a thread that names its own subject", () => {
  it("'and did oai drop the azure-only setup?' is asked alone, not turned back to the card just given", () => {
    const reply = inThread(["is msft part of the oracle arrangement at all?", "and did oai drop the azure-only setup?"], "t-own");
    expect(cardOf(reply)).toBe("azure-exclusivity-ended");
    if (reply.kind === "fact") expect(reply.readAs).toBeNull();
  });
});

describe("a follow-up with a word of its own that the old subject would drown", () => {
  it("'and the networking side?' after a question on Nvidia's part gets the networking card, not Nvidia's again", () => {
    const reply = inThread(["is nvidia part of this", "and the networking side?"], "t-side");
    expect(cardOf(reply)).toBe("oci-rdma-networking");
  });
});

describe("a deal named only by its parties", () => {
  it.each(["the openai oracle partnership", "openai and oracle deal?", "oai orcl deal"])("'%s' gets the overview of their relationship", (text) => {
    expect(cardOf(fresh().reply({ text }))).toBe("timeline-overview");
  });

  it("'oracle deal = stargate?' still asks whether one is part of the other, not for the overview", () => {
    expect(cardOf(fresh().reply({ text: "oracle deal = stargate?" }))).not.toBe("timeline-overview");
  });
});

describe("'what about <audience>?' after a question asked for another audience", () => {
  it("'what about devs' after 'what does this mean for students' is asked as 'what does this mean for devs?'", () => {
    const reply = inThread(["what does this mean for students", "what about devs"], "t-audience");
    expect(cardOf(reply)).toBe("developers");
    if (reply.kind === "fact") expect(reply.readAs).toBe("what does this mean for devs?");
  });
});

describe("'why' in words of its own after an answer", () => {
  it("'why spread it out tho' after the multicloud answer gets the reason card related to it", () => {
    expect(cardOf(inThread(["is oai going multicloud", "why spread it out tho"], "t-why-own"))).toBe("why-diversify");
  });
});

describe("a word that only stresses what is asked", () => {
  it("'any in new mexico specifically' in a thread about the sites asks about New Mexico's site", () => {
    expect(cardOf(inThread(["where is stargate building its dcs", "any in new mexico specifically"], "t-stress"))).toBe("site-new-mexico");
  });
});

describe("later parts of one message that lean on the part before", () => {
  const partsOf = (text: string) => {
    const reply = fresh().reply({ text });
    return reply.kind === "multi" ? reply.parts.map((p) => (p.kind === "fact" ? p.answer.card : null)) : [cardOf(reply)];
  };

  it.each([
    { why: "'how much is stargate and who's in on it': the 'it' is Stargate, so both are answered", text: "how much is stargate and who's in on it", cards: ["stargate-budget", "stargate-partners"] },
    { why: "'stargate: total budget, over how many yrs, and who's in it?': the fragment is asked of Stargate, not of another deal", text: "stargate: total budget, over how many yrs, and who's in it?", cards: ["stargate-budget", "stargate-duration", "stargate-partners"] },
    { why: "'… and is oracle part of it?': a part naming its own subject still leans on the part before for its 'it'", text: "how much is stargate worth, and is oracle part of it?", cards: ["stargate-budget", "oracle-deal-in-stargate"] },
    { why: "'is oai going multicloud? and why spread it out at all?': the why is the reason card related to the first answer", text: "is oai going multicloud? and why spread it out at all?", cards: ["multi-cloud-strategy", "why-diversify"] },
    { why: "one line per audience ('… for students' / 'what about devs' / 'and regular ppl who just use chatgpt') asks the first line's question of each", text: "what does this mean for students\nwhat about devs\nand regular ppl who just use chatgpt", cards: ["students", "developers", "end-users"] },
    { why: "'what kinds of jobs, how many of em': 'em' leans on the part before", text: "what kinds of jobs, how many of em", cards: ["job-types", "jobs-number"] },
    { why: "'what does oracle get outta this. also who's alicia shapiro btw': a full stop, then 'also' and a question", text: "what does oracle get outta this. also who's alicia shapiro btw", cards: ["oracle-benefit", "alicia-shapiro"] },
  ])("$why", ({ text, cards }) => {
    expect(partsOf(text)).toEqual(cards);
  });

  it("'stargate budget + how many yrs': the years are Stargate's, named by the part before, not another contract's", () => {
    expect(partsOf("stargate budget + how many yrs")).toEqual(["stargate-budget", "stargate-duration"]);
  });

  it("'is nvidia involved? what chips are in oracle's dcs': two questions asked apart get two cards, the second its next best", () => {
    expect(partsOf("is nvidia involved? what chips are in oracle's dcs")).toEqual(["nvidia-role", "oracle-hardware"]);
  });

  it("'…, and r they using google too': 'r' opens a question of its own", () => {
    expect(partsOf("is openai going multicloud, why spread it around, and r they using google too")).toHaveLength(3);
  });
});

describe("more of what people type (conversation set ag)", () => {
  it.each([
    "are ur answers from actual news articles or do u just make stuff up",
    "do you just make stuff up?",
    "where do ur answers come from? like what sources r u reading",
    "do you only know the oracle stuff or other things too",
  ])("'%s' asks about the bot's answers or how far they go: help", (text) => {
    expect(fresh().reply({ text }).kind).toBe("help");
  });

  it("'recap of 2025 pls' asks for the news of that year", () => {
    expect(fresh().reply({ text: "recap of 2025 pls" }).kind).toBe("news");
  });
});

describe("more of what people type (conversation set ah)", () => {
  it("an overview asked, then a remark about why ('my vp keeps bringing it up'), is the overview", () => {
    const plain = cardOf(fresh().reply({ text: "tl;dr of the oracle deal?" }));
    expect(plain).not.toMatch(/^\(/);
    expect(cardOf(fresh().reply({ text: "tl;dr of the oracle deal? my vp keeps bringing it up and i have no idea" }))).toBe(plain);
  });

  it("'you're kinda awesome ngl' is a remark: nothing in a channel, no scope note", () => {
    expect(fresh().reply({ text: "@dealdesk you're kinda awesome ngl", place: "channel" }).kind).toBe("silent");
  });

  it.each(["what went down between oai and oracle back in 2024", "what happened in 2024", "what went down in 2024 between openai and orcl"])("'%s' asks for the news of a period", (text) => {
    expect(fresh().reply({ text }).kind).toBe("news");
  });

  it("'what's 300bn / 5 / 12 per month' is a sum to work out: out of scope, never a card", () => {
    expect(fresh().reply({ text: "what's 300bn / 5 / 12 per month" }).kind).toBe("scope");
  });

  it("'… gpus? which ones' asks one question, not a second about something else", () => {
    expect(fresh().reply({ text: "what hw is oracle actually giving them, gpus? which ones" }).kind).toBe("fact");
  });

  it("'does that include google' in a thread is read with the question before, not declined as a name with no card", () => {
    const reply = inThread(["is oai leaving azure for oracle", "does that include google"]);
    expect(reply.kind === "fact" && reply.readAs).toMatch(/google/);
  });
});

describe("more of what people type (conversation set aj)", () => {
  it("'gn, bye' is a goodbye: nothing in a channel", () => {
    expect(fresh().reply({ text: "gn, bye", place: "channel" }).kind).toBe("silent");
  });

  it.each(["which articles are you based on?", "do you cover anything besides the openai/oracle stuff"])("'%s' asks about the bot: help", (text) => {
    expect(fresh().reply({ text }).kind).toBe("help");
  });

  it("'do you know anything else about abilene' still asks about Abilene", () => {
    expect(fresh().reply({ text: "do you know anything else about abilene" }).kind).not.toBe("help");
  });

  it("'is that a lot' after a figure asks about it, with no question mark; 'that is a lot' stays a remark", () => {
    const reply = inThread(["how much power does the oracle deal cover", "is that a lot"], "t-lot");
    expect(reply.kind).toBe("fact");
    expect(cardOf(reply)).toBe("quarter-us-power");
    expect(fresh().reply({ text: "that is a lot", place: "channel" }).kind).toBe("silent");
  });

  it("'ohio in there?' asks whether Ohio is among the sites, not for Ohio's topics", () => {
    const reply = fresh().reply({ text: "ohio in there?" });
    expect(reply.kind).toBe("fact");
    expect(cardOf(reply)).toBe("site-ohio");
  });

  it("'when did that end' after the end of Azure exclusivity asks when it ended, not when the contract ends", () => {
    const reply = inThread(["is openai moving off azure", "but wasn't azure their exclusive cloud before?", "when did that end"], "t-end");
    expect(cardOf(reply)).toBe("azure-exclusivity-ended");
    expect(reply.kind === "fact" ? reply.readAs : "").toMatch(/azure/);
  });
});

describe("more of what people type (conversation set am)", () => {
  it.each(["how do i ask you stuff, is there like a command syntax or just type", "are ur answers live or from some old snapshot?", "how many articles do you actually have in there"])("'%s' asks about the bot: help", (text) => {
    expect(fresh().reply({ text }).kind).toBe("help");
  });

  it("'what's been in the news lately re orcl/openai' asks for the news", () => {
    expect(fresh().reply({ text: "@dealdesk what's been in the news lately re orcl/openai", place: "channel" }).kind).toBe("news");
  });

  it("'quick calc: …' asks for arithmetic, out of scope; 'the math behind the 4.5 gw' asks the cards", () => {
    expect(fresh().reply({ text: "quick calc: 300b over 5 yrs, how much is that per day" }).kind).toBe("scope");
    expect(fresh().reply({ text: "what's the math behind the 4.5 gw" }).kind).not.toBe("scope");
  });

  it("'abilene tx', a place with its state, gets Abilene's topics; two places asked apart stay two questions", () => {
    const reply = fresh().reply({ text: "abilene tx" });
    expect(reply.kind === "browse" && reply.subject).toBe("Abilene");
    expect(fresh().reply({ text: "anything in ohio? also pennsylvania?" }).kind).not.toBe("browse");
  });
});

describe("more of what people type (conversation set an)", () => {
  it.each(["who made you / what even are you", "how up to date is ur info? like whats the cutoff", "which sources do u pull from, is there a list somewhere"])("'%s' asks about the bot: help", (text) => {
    expect(fresh().reply({ text }).kind).toBe("help");
  });

  it("'any fresh stargate news this month' asks for the news", () => {
    expect(fresh().reply({ text: "any fresh stargate news this month" }).kind).toBe("news");
  });

  it("'src?' after an answer asks for its sources", () => {
    const reply = inThread(["where does openai do pretraining", "src?"], "t-src");
    expect(reply.kind).toBe("fact");
  });

  it("'who broke the story' after an answer asks for its sources", () => {
    const reply = inThread(["heard oai is buying 300b of oracle compute??", "is that legit confirmed or just a leak", "who broke the story"], "t-broke");
    expect(cardOf(reply)).toBe("deal-confirmed");
    expect(reply.kind === "fact" && reply.answer.sources.length).toBeGreaterThan(0);
  });

  it("'why do the numbers not match' asks why the sources disagree", () => {
    const reply = inThread(["how much is the openai oracle deal", "why do the numbers not match"], "t-match");
    expect(cardOf(reply)).toBe("deal-value");
  });

  it("'no i meant the oracle one' asks the question before again of the deal meant, and says how it read it", () => {
    const reply = inThread(["stargate budget?", "how long does the deal run", "no i meant the oracle one"], "t-meant");
    expect(reply.kind === "fact" && reply.readAs).toBe("how long does the oracle deal run?");
    expect(cardOf(reply)).toBe("contract-length");
  });
});

describe("'what kinds' after a question", () => {
  it("asks a second question of its subject ('how many jobs … & what kinds'), where 'which ones' only clarifies the first", () => {
    const reply = fresh().reply({ text: "how many jobs are they projecting & what kinds" });
    expect(reply.kind === "multi" && reply.parts.map((p) => p.answer.card)).toEqual(["jobs-number", "job-types"]);
    expect(fresh().reply({ text: "how many gpus? which ones" }).kind).toBe("fact");
  });
});

describe("an overview asked as what a deal is about", () => {
  it("'what is the openai oracle agreement about exactly' gets the overview 'tl;dr' gets", () => {
    const overview = fresh().reply({ text: "tl;dr" });
    const reply = fresh().reply({ text: "what is the openai oracle agreement about exactly" });
    expect(reply.kind === "fact" && reply.answer.card).toBe(overview.kind === "fact" ? overview.answer.card : "none");
    expect(fresh().reply({ text: "what is the deal about power" }).kind === "fact" && cardOf(fresh().reply({ text: "what is the deal about power" }))).not.toBe(cardOf(overview));
  });

  it("'tl;dr on the openai amd deal' names a party no overview knows: no overview of another deal", () => {
    const reply = fresh().reply({ text: "tl;dr on the openai amd deal" });
    expect(reply.kind === "fact" ? reply.answer.status : "declined").not.toBe("answered");
  });
});

describe("more of what people type (conversation sets ao and ap)", () => {
  it("'since when?' after a question its card answers is read with the thread, and 'ok and why' then asks why", () => {
    const since = inThread(["is openai on google cloud too", "since when?"], "t-since");
    expect(since.kind === "fact" && since.readAs).toBeTruthy();
    expect(cardOf(since)).toBe("google-cloud-deal");
    expect(cardOf(inThread(["is openai on google cloud too", "since when?", "ok and why"], "t-since-why"))).toBe("why-diversify");
  });

  it("'who wrote it?' gets the card naming the author of an article the answer rests on; without one, the sources", () => {
    expect(cardOf(inThread(["what has altman said about oracle", "who wrote it?"], "t-byline"))).toBe("alicia-shapiro");
    expect(cardOf(inThread(["what has altman said about oracle", "whose piece is that from"], "t-byline-2"))).toBe("alicia-shapiro");
    expect(cardOf(inThread(["how much will stargate cost in total", "who wrote it?"], "t-byline-3"))).toBe("stargate-budget");
  });

  it("'doing what?' after how many jobs asks what kind, and 'is that a real number' still weighs the count", () => {
    expect(cardOf(inThread(["how many jobs will stargate create", "doing what?"], "t-doing"))).toBe("job-types");
    expect(cardOf(inThread(["how many jobs will stargate create", "doing what?", "is that a real number or a guess"], "t-doing-2"))).toBe("jobs-number");
    expect(cardOf(inThread(["how many jobs will stargate create", "what kinds", "how sure is that figure"], "t-doing-3"))).toBe("jobs-number");
  });

  it("'in $ terms?' after a question in gigawatts asks the same as money", () => {
    const reply = inThread(["how many gigawatts is oracle providing openai", "in $ terms?"], "t-money");
    expect(cardOf(reply)).toBe("deal-value");
  });

  it("'how sure are you on the 300' gets the card the curator listed on whether it is confirmed", () => {
    expect(cardOf(inThread(["what's the 300b contract", "how sure are you on the 300"], "t-sure"))).toBe("deal-confirmed");
  });

  it("an opening that changes the subject is not part of the question a follow-up leans on", () => {
    const reply = inThread(["is microsoft still in the picture", "ok switching gears — how much does oracle make from data centers", "and after this deal?"], "t-gears");
    expect(reply.kind === "fact" && reply.readAs).not.toMatch(/gears/);
  });

  it.each(["any commands i should know or do i just type like normal", "where's your info coming from, like which sources", "how up to date r u"])(
    "'%s' asks how to use the bot: help",
    (text) => expect(fresh().reply({ text }).kind).toBe("help"),
  );

  it("a question about the deals with one word of a card is not help ('what do you know about abilene')", () => {
    expect(fresh().reply({ text: "what do you know about abilene" }).kind).not.toBe("help");
  });

  it("a cashtag names the ticker: '$ORCL' is Oracle's topics", () => {
    const reply = fresh().reply({ text: "$ORCL" });
    expect(reply.kind === "browse" && reply.subject).toBe("Oracle");
  });
});

describe("'which one' in a thread (conversation sets ao and ap)", () => {
  it("'which one opens first' after a question on one site asks which of the sites", () => {
    const reply = inThread(["is there a stargate site in ohio", "which one opens first"], "t-which-one");
    expect(reply.kind === "fact" && reply.readAs).toMatch(/^which site/);
    expect(cardOf(reply)).toBe("abilene-first-site");
  });
});
