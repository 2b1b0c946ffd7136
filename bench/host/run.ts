import { setTimeout as sleep } from "node:timers/promises";
import type { DiscordEmulator, InteractionHandle } from "../../test/emulators/discord/index.js";
import type { RunRequest, RunResult } from "./protocol.js";

/** Waits for each handle's acknowledgement (and final response, when asked); failures are counted. */
async function settle(
  handles: InteractionHandle[],
  request: RunRequest,
): Promise<{ ackMs: number[]; failed: number }> {
  const timeoutMs = request.timeoutMs ?? 20_000;
  const settled = await Promise.allSettled(
    handles.map(async (handle) => {
      const ack = await handle.ack(timeoutMs);
      if (request.waitFor === "final") await handle.waitFor((message) => !message.loading, timeoutMs);
      return ack.elapsedMs;
    }),
  );
  const ackMs = settled.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  return { ackMs, failed: settled.length - ackMs.length };
}

/** Runs a request's commands inside the host, so pacing and timing never cross the pipe. */
export async function runCommands(discord: DiscordEmulator, request: RunRequest): Promise<RunResult> {
  const base = BigInt(request.userIdBase);
  // CLOCK_MONOTONIC µs, shared by every process on the machine: the bench compares it with the
  // moment the client wrote its acknowledgement (support/ackProbe.mjs).
  const dispatchedUs: Record<string, number> = {};
  const dispatch = (index: number) => {
    const handle = discord.runCommand({
      name: request.command.name,
      options: request.command.options,
      user: { id: String(base + BigInt(index)), username: `member${index}` },
      ...(request.spreadGuilds ? { guildId: discord.guilds[index % discord.guilds.length]?.id ?? null } : {}),
    });
    dispatchedUs[handle.id] = Number(process.hrtime.bigint() / 1_000n);
    return handle;
  };
  const started = performance.now();
  const ackMs: number[] = [];
  let failed = 0;
  const add = (result: { ackMs: number[]; failed: number }) => {
    for (const value of result.ackMs) ackMs.push(value);
    failed += result.failed;
  };
  if (request.spreadSeconds !== undefined) {
    const gapMs = (request.spreadSeconds * 1_000) / request.count;
    const handles: InteractionHandle[] = [];
    for (let i = 0; i < request.count; i++) {
      const wait = started + i * gapMs - performance.now();
      if (wait > 1) await sleep(wait);
      handles.push(dispatch(i));
    }
    add(await settle(handles, request));
  } else {
    const batch = request.batch ?? request.count;
    for (let sent = 0; sent < request.count; sent += batch) {
      const size = Math.min(batch, request.count - sent);
      add(
        await settle(
          Array.from({ length: size }, (_, i) => dispatch(sent + i)),
          request,
        ),
      );
    }
  }
  return { ackMs, failed, seconds: (performance.now() - started) / 1_000, dispatchedUs };
}
