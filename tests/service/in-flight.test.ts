import { describe, expect, it } from "vitest";
import { createInFlight } from "../../src/service/in-flight.js";

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe("in-flight answers", () => {
  it("counts work while it runs and hands back its result", async () => {
    const tracker = createInFlight();
    const running = tracker.track(() => later(30, "posted"));
    expect(tracker.size).toBe(1);
    expect(await running).toBe("posted");
    expect(tracker.size).toBe(0);
  });

  it("still counts down when the work fails", async () => {
    const tracker = createInFlight();
    await expect(tracker.track(() => Promise.reject(new Error("post failed")))).rejects.toThrow("post failed");
    expect(tracker.size).toBe(0);
  });

  it("once closed, drops new work without running it, and waits for what was already running", async () => {
    const tracker = createInFlight();
    const order: string[] = [];
    const first = tracker.track(() => later(60, null).then(() => order.push("first answer sent")));
    tracker.close();
    let ranLate = false;
    expect(await tracker.track(async () => (ranLate = true))).toBeUndefined();
    expect(ranLate).toBe(false);
    await tracker.drained(5000).then(({ left }) => order.push(`drained, ${left} left`));
    await first;
    expect(order).toEqual(["first answer sent", "drained, 0 left"]);
  });

  it("gives up waiting after the timeout and says how many were left", async () => {
    const tracker = createInFlight();
    void tracker.track(() => later(2000, null));
    expect(await tracker.drained(50)).toEqual({ left: 1 });
  });
});
