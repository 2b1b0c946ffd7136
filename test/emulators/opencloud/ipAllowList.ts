/** Whether `address` (as Node reports the peer, e.g. `::ffff:127.0.0.1`) is among `allowed` (plain or CIDR). */
export function ipAllowed(address: string | undefined, allowed: readonly string[]): boolean {
  if (address === undefined) return false;
  const ip = address.replace(/^::ffff:/i, "");
  return allowed.some((entry) => {
    const [base = "", bitsText] = entry.split("/");
    const target = ipv4Number(ip);
    const network = ipv4Number(base);
    if (target === undefined || network === undefined) return ip === base;
    const bits = bitsText === undefined ? 32 : Number(bitsText);
    if (!Number.isInteger(bits) || bits < 0 || bits > 32) return false;
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    return (target & mask) >>> 0 === (network & mask) >>> 0;
  });
}

function ipv4Number(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = value * 256 + Number(part);
  }
  return value;
}
