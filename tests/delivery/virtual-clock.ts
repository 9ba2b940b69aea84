import type { Clock } from "../../src/delivery/clock.js";

/** A clock whose sleeps return at once and move time forward: retry schedules play out instantly and exactly. */
export function virtualClock(start = 0): Clock & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    async sleep(ms) {
      slept.push(ms);
      now += Math.max(0, ms);
    },
  };
}
