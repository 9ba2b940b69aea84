import { describe, expect, it } from "vitest";
import { ThreadMemory } from "../../../src/core/conversation/thread-memory.js";

describe("ThreadMemory", () => {
  it("drops expired threads and aliases as new ones are written, so a long-running bot holds only recent ones", () => {
    let now = 0;
    const memory = new ThreadMemory(() => now, 1000);
    for (let i = 0; i < 50; i++) {
      memory.set(`t${i}`, { question: "how much is it worth", card: null });
      memory.link(`reply${i}`, `t${i}`);
    }
    expect(memory.size()).toBe(100);
    now = 5000;
    memory.set("fresh", { question: "when does it start", card: null });
    expect(memory.size()).toBe(1);
    expect(memory.get("fresh")?.question).toBe("when does it start");
    expect(memory.get("t1")).toBeNull();
  });

  it("keeps a thread alive while it is written to, and its reply alias points to it", () => {
    let now = 0;
    const memory = new ThreadMemory(() => now, 1000);
    memory.set("t", { question: "q1", card: null });
    memory.link("r", "t");
    now = 800;
    memory.set("t", { question: "q2", card: null });
    now = 1500;
    memory.set("other", { question: "q3", card: null });
    expect(memory.get("t")?.question).toBe("q2");
  });

  it("keeps the two questions before the last, newest first, and 'touch' keeps them as they are", () => {
    let now = 0;
    const memory = new ThreadMemory(() => now, 1000);
    for (const q of ["q1", "q2", "q3", "q4"]) memory.set("t", { question: q, card: `${q}-card` });
    expect(memory.get("t")?.question).toBe("q4");
    expect(memory.get("t")?.earlier.map((e) => e.question)).toEqual(["q3", "q2"]);
    now = 900;
    memory.touch("t");
    now = 1800;
    expect(memory.get("t")?.earlier.map((e) => e.question)).toEqual(["q3", "q2"]);
  });
});
