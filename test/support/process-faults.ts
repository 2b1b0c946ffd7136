import { subscribe } from "node:diagnostics_channel";
import { EventEmitter } from "node:events";

/**
 * Preloaded (`--import`) into the bot's process by the last-resort tests. When the bot asks Open Cloud
 * for one of these users, a defect of the kind the process guard exists for happens right there, in the
 * async context of the interaction being handled: an 'error' event nobody listens to, a promise rejection
 * nobody handles, or a plain uncaught exception. undici announces each request it creates on this
 * diagnostics channel, synchronously, in the caller's context.
 */
export const FAULT_USER_IDS = {
  strayErrorEvent: "9100000001",
  unhandledRejection: "9100000002",
  uncaughtException: "9100000003",
} as const;

subscribe("undici:request:create", (message) => {
  const path = (message as { request?: { path?: string } }).request?.path ?? "";
  const userId = /^\/cloud\/v2\/users\/(\d+)$/.exec(path)?.[1];
  switch (userId) {
    case FAULT_USER_IDS.strayErrorEvent:
      setImmediate(() => new EventEmitter().emit("error", new Error("injected stray error event")));
      break;
    case FAULT_USER_IDS.unhandledRejection:
      void Promise.reject(new Error("injected unhandled rejection"));
      break;
    case FAULT_USER_IDS.uncaughtException:
      setImmediate(() => {
        throw new Error("injected uncaught exception");
      });
      break;
  }
});
