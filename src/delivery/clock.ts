/** Time as delivery sees it: injectable so tests and the load run can play back 30 s of retries in a fraction of that. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/**
 * A clock that runs `factor` times faster than the wall clock: sleep(1000) with factor 50 waits 20 ms,
 * and now() advances 50 ms per real millisecond, so deadlines and back-offs keep their proportions.
 */
export function fastClock(factor: number): Clock {
  const origin = Date.now();
  return {
    now: () => origin + (Date.now() - origin) * factor,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms / factor))),
  };
}
