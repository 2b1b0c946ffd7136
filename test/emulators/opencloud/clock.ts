/**
 * The emulator's time. It runs with real time, and `advance` moves it forward so a test can reach
 * "a minute later" (an expired authorization code) or "90 days later" at once, without sleeping.
 */
export interface EmulatorClock {
  now(): number;
  advance(ms: number): void;
}

export function createEmulatorClock(): EmulatorClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance: (ms: number) => {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError("clock.advance needs a non-negative number of ms");
      offset += ms;
    },
  };
}
