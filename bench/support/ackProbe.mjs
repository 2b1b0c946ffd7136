/**
 * Preloaded into the ack benchmark's clients (`node --import <this file>`), the bot and the bare
 * client alike; nothing in the bot knows about it. Through undici's diagnostics channels (every copy
 * of undici in the process publishes on them, Node's own fetch included) it notes, for each HTTP
 * request the process writes, when its headers went out and how much CPU the process had used by
 * then. On SIGUSR2 it prints what it noted since the last print as one line and forgets it:
 *   BENCH_ACKS {"requests":[[monotonicUs, cpuUs, interactionId or null], …]}
 * so the bench can tell how much CPU a client spent before its last acknowledgement of a burst,
 * which the machine's load does not stretch the way it stretches wall time.
 * Plain JavaScript for the same reason as gcHook.mjs.
 */
import { subscribe } from "node:diagnostics_channel";
import { writeSync } from "node:fs";

const CALLBACK = /\/interactions\/(\d+)\/[^/]+\/callback(\?|$)/;
let requests = [];

subscribe("undici:client:sendHeaders", ({ request }) => {
  const cpu = process.cpuUsage();
  const callback = CALLBACK.exec(request.path);
  requests.push([Number(process.hrtime.bigint() / 1_000n), cpu.user + cpu.system, callback?.[1] ?? null]);
});

process.on("SIGUSR2", () => {
  const line = `BENCH_ACKS ${JSON.stringify({ requests })}\n`;
  requests = [];
  writeSync(1, line);
});
