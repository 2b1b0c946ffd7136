const DISCORD_EPOCH = 1_420_070_400_000n;

/** Makes Discord-style snowflakes: timestamp since the Discord epoch in the high bits, a counter in the low ones. */
export function createSnowflakeFactory(now: () => number): () => string {
  let increment = 0n;
  return () => {
    increment = (increment + 1n) & 0xfffn;
    return (((BigInt(now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
  };
}
