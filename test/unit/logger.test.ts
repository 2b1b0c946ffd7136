import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, createScrubber } from "../../src/logger.js";

const TOKEN = "MTAxNTAwMDAwMDAwMDAwMDAwMA.GsEcRt.very-secret-token-value_123";
const API_KEY = "roblox-secret-api-key-ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const INTERACTION_TOKEN = "aW50ZXJhY3Rpb246MTAxNTAwMDAwMDAwMDAwMDAwMDpzZWNyZXQ";

function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

describe("logger redaction", () => {
  it("keeps secrets out of structured fields, headers, messages and URLs", () => {
    const { lines, stream } = capture();
    const logger = createLogger({
      level: "debug",
      pretty: false,
      secrets: [TOKEN, API_KEY],
      destination: stream,
    });
    logger.info({ token: TOKEN, apiKey: API_KEY }, "fields");
    logger.info({ request: { headers: { authorization: `Bot ${TOKEN}`, "x-api-key": API_KEY } } }, "headers");
    logger.warn({ err: new Error(`request with key ${API_KEY} failed`) }, "error text");
    logger.info(`token in the message ${TOKEN}`);
    logger.info({ url: `https://discord.com/api/v10/webhooks/1015/${INTERACTION_TOKEN}/messages/@original` });
    logger.info({ url: `https://discord.com/api/v10/interactions/1016/${INTERACTION_TOKEN}/callback` });
    logger.info({ url: "https://cdn.discordapp.com/attachments/1/2/a.png?ex=65f&is=65e&hm=deadbeefcafe&" });
    logger.info({ header: `Bearer ${INTERACTION_TOKEN}` }, "bearer");

    expect(lines).toHaveLength(8);
    const all = lines.join("");
    for (const secret of [TOKEN, API_KEY, INTERACTION_TOKEN, "deadbeefcafe", "very-secret"]) {
      expect(all).not.toContain(secret);
    }
    expect(all).toContain("[redacted]");
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({ msg: "fields", token: "[redacted]" });
  });

  it("leaves ordinary text alone", () => {
    const scrub = createScrubber([TOKEN]);
    const line = '{"msg":"listed 10 groups for users/12345","interactionId":"1015"}';
    expect(scrub(line)).toBe(line);
  });
});
