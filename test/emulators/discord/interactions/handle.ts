import { InteractionResponseType } from "discord-api-types/v10";
import { type MessageStore, snapshot } from "../messages.js";
import type { AckInfo, InteractionHandle, MessageState } from "../types.js";
import type { InteractionRecord, InteractionRegistry } from "./registry.js";

const DEFAULT_ACK_TIMEOUT_MS = 5_000;
const DEFAULT_MESSAGE_TIMEOUT_MS = 10_000;

/**
 * Waits (in real time) until `check` returns a value, re-checking whenever the interaction or one of
 * the messages changes. `check` may throw to reject early.
 */
function waitUntil<T>(
  registry: InteractionRegistry,
  store: MessageStore,
  check: () => T | undefined,
  timeoutMs: number,
  describe: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cleanup = (): void => {
      clearTimeout(timer);
      registry.off("update", onChange);
      store.off("change", onChange);
    };
    const onChange = (): void => {
      try {
        const value = check();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      } catch (error) {
        cleanup();
        reject(error);
      }
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${describe}`));
    }, timeoutMs);
    registry.on("update", onChange);
    store.on("change", onChange);
    onChange();
  });
}

export function createHandle(
  record: InteractionRecord,
  registry: InteractionRegistry,
  store: MessageStore,
): InteractionHandle {
  const original = (): MessageState | undefined =>
    record.originalMessageId ? store.messages.get(record.originalMessageId) : undefined;
  const followUps = (): MessageState[] =>
    record.followUpIds.flatMap((id) => {
      const message = store.messages.get(id);
      return message ? [message] : [];
    });
  const failIfDead = (): void => {
    if (record.dead && !record.ack) {
      throw new Error(`interaction ${record.id} was not acknowledged within 3 s and is dead (10062)`);
    }
  };

  return {
    id: record.id,
    token: record.token,
    ack: (timeoutMs = DEFAULT_ACK_TIMEOUT_MS) =>
      waitUntil<AckInfo>(
        registry,
        store,
        () => {
          failIfDead();
          return record.ack
            ? { type: record.ack.type, elapsedMs: record.ack.at - record.createdAt }
            : undefined;
        },
        timeoutMs,
        `the acknowledgement of interaction ${record.id}`,
      ),
    reply: (timeoutMs = DEFAULT_MESSAGE_TIMEOUT_MS) =>
      waitUntil(
        registry,
        store,
        () => {
          failIfDead();
          if (record.ack?.type === InteractionResponseType.Modal)
            throw new Error(`interaction ${record.id} was answered with a modal`);
          const message = original();
          return record.responded && message ? snapshot(message) : undefined;
        },
        timeoutMs,
        `the reply to interaction ${record.id}`,
      ),
    waitFor: (predicate, timeoutMs = DEFAULT_MESSAGE_TIMEOUT_MS) =>
      waitUntil(
        registry,
        store,
        () => {
          failIfDead();
          const candidates = [original(), ...followUps()].filter((m): m is MessageState => m !== undefined);
          const match = candidates.find((message) => predicate(snapshot(message)));
          return match ? snapshot(match) : undefined;
        },
        timeoutMs,
        `a message of interaction ${record.id} matching the predicate`,
      ),
    message: () => {
      const message = original();
      return message ? snapshot(message) : undefined;
    },
    followUps: () => followUps().map(snapshot),
    modal: () => record.modal ?? undefined,
  };
}
