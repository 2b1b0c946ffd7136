import type { IncomingMessage } from "node:http";

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super("request body too large");
  }
}

interface ReadBodyOptions {
  /** Most bytes accepted. */
  limit: number;
  /**
   * Past the limit: "drain" reads the rest and throws at the end, so an answer can still reach a client
   * that is sending; "abort" throws at once, which destroys the socket. Default "drain".
   */
  whenTooLarge?: "drain" | "abort";
}

/** The whole request body; BodyTooLargeError past `limit`. */
export async function readBody(req: IncomingMessage, options: ReadBodyOptions): Promise<Buffer> {
  const { limit, whenTooLarge = "drain" } = options;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size <= limit) chunks.push(buffer);
    else if (whenTooLarge === "abort") throw new BodyTooLargeError(limit);
  }
  if (size > limit) throw new BodyTooLargeError(limit);
  return Buffer.concat(chunks);
}
