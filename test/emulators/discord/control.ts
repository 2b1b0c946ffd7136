import type { IncomingMessage, ServerResponse } from "node:http";
import { readRaw, sendJson } from "./http-io.js";
import type { DiscordEmulator, MessageState, RunCommandInput, UserInput } from "./types.js";

/** Message state without attachment bytes, for JSON answers. */
function publicState(message: MessageState): Record<string, unknown> {
  const strip = (m: Omit<MessageState, "editHistory">) => ({
    ...m,
    attachments: m.attachments.map(({ data: _data, ...attachment }) => attachment),
  });
  return { ...strip(message), editHistory: message.editHistory.map(strip) };
}

/**
 * A small HTTP control surface under /_emulator for scripts and manual runs (the CLI), mirroring the
 * programmatic harness: run a command, click a button, read messages, requests and violations.
 */
export async function handleControl(
  emu: DiscordEmulator,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  try {
    const raw = await readRaw(req);
    const body = raw.length > 0 ? (JSON.parse(raw.toString("utf8")) as Record<string, unknown>) : {};
    if (req.method === "POST" && path === "/command") {
      const handle = emu.runCommand(body as unknown as RunCommandInput);
      sendJson(res, 200, { interactionId: handle.id, reply: publicState(await handle.reply()) });
    } else if (req.method === "POST" && path === "/click") {
      const handle = emu.click(
        { id: String(body.messageId) },
        String(body.customId),
        body.user ? { user: body.user } : {},
      );
      sendJson(res, 200, { interactionId: handle.id, reply: publicState(await handle.reply()) });
    } else if (req.method === "POST" && path === "/install") {
      sendJson(res, 200, emu.installGuild(body as Parameters<DiscordEmulator["installGuild"]>[0]));
    } else if (req.method === "POST" && path === "/oauth/sign-in") {
      sendJson(res, 200, { user: emu.oauth.signIn((body.user ?? null) as UserInput | null) });
    } else if (req.method === "POST" && path === "/oauth/consent") {
      const opts = {
        ...(body.user ? { user: body.user as UserInput } : {}),
        ...(typeof body.approve === "boolean" ? { approve: body.approve } : {}),
      };
      sendJson(res, 200, { location: emu.oauth.consent(String(body.url), opts) });
    } else if (req.method === "GET" && path === "/role-writes") {
      sendJson(res, 200, emu.roleWrites);
    } else if (req.method === "GET" && path === "/messages") {
      sendJson(res, 200, [...emu.messages.values()].map(publicState));
    } else if (req.method === "GET" && path === "/requests") {
      sendJson(res, 200, emu.requests);
    } else if (req.method === "GET" && path === "/violations") {
      sendJson(res, 200, emu.violations);
    } else {
      sendJson(res, 404, { error: "unknown control route" });
    }
  } catch (error) {
    sendJson(res, 409, { error: error instanceof Error ? error.message : String(error) });
  }
}
