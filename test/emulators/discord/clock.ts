/**
 * Virtual time for Discord's timing rules: it runs with real time (scaled by timeScale)
 * and `advance` shifts it forward, so a test can reach "15 minutes later" at once.
 */
export interface VirtualClock {
  now(): number;
  advance(ms: number): void;
}

export function createVirtualClock(timeScale = 1): VirtualClock {
  const realStart = Date.now();
  let offset = 0;
  return {
    now: () => realStart + Math.floor((Date.now() - realStart) * timeScale) + offset,
    advance: (ms: number) => {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError("clock.advance needs a non-negative number of ms");
      offset += ms;
    },
  };
}
