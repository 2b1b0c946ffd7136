import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  createOpenCloudClient,
  type OpenCloudClient,
  type OpenCloudClientOptions,
} from "../../../src/services/opencloud/index.js";
import {
  type OpenCloudEmulator,
  type OpenCloudEmulatorOptions,
  startOpenCloudEmulator,
} from "../../emulators/opencloud/index.js";

export interface Harness {
  emulator: OpenCloudEmulator;
  client: OpenCloudClient;
  close(): Promise<void>;
}

/** An emulator on a random loopback port and a client pointed at it with fast retries. */
export async function startHarness(
  emulatorOptions: OpenCloudEmulatorOptions = {},
  clientOptions: Partial<OpenCloudClientOptions> = {},
): Promise<Harness> {
  // The public web APIs' per-IP limits are exercised end to end (test/e2e/web-limits.test.ts).
  const emulator = await startOpenCloudEmulator({ seed: 7, webLimits: "off", ...emulatorOptions });
  const client = createOpenCloudClient({
    apiKey: emulator.adminKey,
    baseUrls: { apis: emulator.url, users: emulator.url },
    retry: { maxAttempts: 4, baseDelayMs: 50, maxDelayMs: 400, deadlineMs: 10_000 },
    ...clientOptions,
  });
  return {
    emulator,
    client,
    close: async () => {
      await client.close();
      await emulator.close();
    },
  };
}

export type StubHandler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/** A tiny loopback server for wire shapes the emulator does not produce. */
export async function startStub(
  handler: StubHandler,
): Promise<{ url: string; hits: number; close(): Promise<void> }> {
  const state = { hits: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      state.hits++;
      handler(req, res, Buffer.concat(chunks).toString("utf8"));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get hits() {
      return state.hits;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
