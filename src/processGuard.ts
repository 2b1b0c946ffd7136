import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "./logger.js";

/** The interaction whose handling started the current chain of async work, for the last-resort logs. */
const interactionScope = new AsyncLocalStorage<string>();

/** Runs `work` so that anything it starts, however indirectly, is known to belong to `interactionId`. */
export function inInteraction<T>(interactionId: string, work: () => T): T {
  return interactionScope.run(interactionId, work);
}

/** At most this long passes between an uncaught exception and the exit. */
export const CRASH_DRAIN_MS = 5_000;

export interface ProcessGuardOptions {
  readonly logger: Logger;
  /** Stops the bot, letting interactions in flight finish within the deadline. */
  readonly drain: (deadlineMs: number) => Promise<void>;
  readonly exit?: (code: number) => void;
}

/**
 * The last line of defence, installed once by the entry point. A rejected promise nobody awaited or an
 * 'error' event nobody listened to is a defect in one piece of work, not in the bot: it is logged (with
 * the interaction it came from, when known) and everyone else is still served. Any other uncaught
 * exception leaves the process in an unknown state: it is logged, in-flight work gets a few seconds to
 * finish, and the process exits 1 for its supervisor to restart it.
 */
export function installProcessGuard(options: ProcessGuardOptions): void {
  const { logger } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let crashing = false;

  process.on("unhandledRejection", (reason) => {
    logger.error(
      { err: reason, interactionId: interactionScope.getStore() },
      "unhandled promise rejection; the bot keeps running",
    );
  });

  process.on("uncaughtException", (error) => {
    const interactionId = interactionScope.getStore();
    if (isStrayErrorEvent(error)) {
      logger.error({ err: error, interactionId }, "unhandled 'error' event; the bot keeps running");
      return;
    }
    logger.fatal({ err: error, interactionId }, "uncaught exception; stopping");
    if (crashing) return;
    crashing = true;
    const deadline = setTimeout(() => exit(1), CRASH_DRAIN_MS);
    deadline.unref();
    options.drain(CRASH_DRAIN_MS - 1_000).then(
      () => exit(1),
      () => exit(1),
    );
  });
}

/**
 * Whether an uncaught exception is an 'error' event emitted with no listener. Node throws the emitted
 * Error itself from `emit`, marking it for its inspector (lib/events.js, kEnhanceStackBeforeInspector);
 * a non-Error value is wrapped as ERR_UNHANDLED_ERROR.
 */
export function isStrayErrorEvent(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  if ((error as { code?: unknown }).code === "ERR_UNHANDLED_ERROR") return true;
  return Object.getOwnPropertySymbols(error).some(
    (symbol) => symbol.description === "kEnhanceStackBeforeInspector",
  );
}
