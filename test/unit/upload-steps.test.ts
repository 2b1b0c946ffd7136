import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { systemClock } from "../../src/clock.js";
import { InProcessJobs } from "../../src/jobs/index.js";
import type { OpenCloudClient } from "../../src/services/opencloud/index.js";
import { ReplyEditors, type UploadJob, UploadService } from "../../src/services/uploads/index.js";
import type { UploadRequest } from "../../src/services/uploads/preflight.js";
import type { ReplyEditOutcome } from "../../src/services/uploads/reply.js";
import type { Stores } from "../../src/store/index.js";
import { MemoryPrimitives } from "../../src/store/primitives/index.js";

// Every call into a step file from another file is recorded: the real steps run, wrapped. A step
// calling back into a file the upload already left would show up here as a second entry.
const steps = vi.hoisted(() => {
  const entered: string[] = [];
  const isClass = (value: unknown) => /^class\b/.test(Function.prototype.toString.call(value));
  const recorded = (step: string, module: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(module).map(([key, value]) => [
        key,
        typeof value === "function" && !isClass(value)
          ? (...args: unknown[]) => {
              entered.push(step);
              return (value as (...a: unknown[]) => unknown)(...args);
            }
          : value,
      ]),
    );
  return { entered, recorded };
});
vi.mock("../../src/services/uploads/preflight.js", async (original) =>
  steps.recorded("preflight", await original()),
);
vi.mock("../../src/services/uploads/download.js", async (original) =>
  steps.recorded("download", await original()),
);
vi.mock("../../src/services/uploads/inspect.js", async (original) =>
  steps.recorded("inspect", await original()),
);
vi.mock("../../src/services/uploads/send.js", async (original) => steps.recorded("send", await original()));
vi.mock("../../src/services/uploads/watch.js", async (original) => steps.recorded("watch", await original()));

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(2_000, 7),
]);
const SERVER = "101500000000000001";

let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
  steps.entered.length = 0;
});

async function serve(body: Buffer): Promise<string> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { "content-length": String(body.length) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanup.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function setUp(file: Buffer) {
  const cdn = await serve(file);
  const primitives = new MemoryPrimitives(systemClock);
  const jobs = new InProcessJobs(primitives, systemClock);
  const sent: Array<{ assetType: string; contentType: string; fileName: string }> = [];
  const roblox = {
    assets: {
      createAsset: async (input: {
        assetType: string;
        file: { contentType: string; fileName: string; stream: AsyncIterable<Uint8Array> };
      }) => {
        for await (const _chunk of input.file.stream);
        sent.push({ assetType: input.assetType, ...input.file });
        return { operationId: "op-1" };
      },
      waitForOperation: async () => ({
        status: "approved",
        asset: { assetId: "9001", revisionId: "1", moderationState: "approved" },
      }),
    },
  } as unknown as OpenCloudClient;
  const edits: object[] = [];
  const webhook = async (_address: unknown, body: object): Promise<ReplyEditOutcome> => {
    edits.push(body);
    return { ok: true, editedAt: undefined };
  };
  const uploads = new UploadService({
    roblox,
    stores: {} as Stores,
    primitives,
    jobs,
    logger: pino({ level: "silent" }),
    creator: { userId: "1" },
    policy: { guildIds: [SERVER], roleIds: [] },
    cdnHosts: [cdn],
    replies: new ReplyEditors(webhook),
    directMessages: async () => ({ ok: true }),
    limits: { cooldownSeconds: 0, dailyCapPerServer: 100 },
    render: (job) => ({ stage: job.stage, result: job.result }),
  });
  await jobs.start();
  cleanup.push(async () => {
    await jobs.close();
    await uploads.close();
  });
  const request: UploadRequest = {
    interactionId: "1015000000000000077",
    applicationId: "1015000000000000002",
    interactionToken: "token",
    interactionCreatedAt: Date.now(),
    userId: "1015000000000000003",
    guildId: SERVER,
    memberMayUpload: true,
    memberRoleIds: [],
    attachment: { url: `http://${cdn}/attachments/1/2/file.png`, name: "file.png", size: file.length },
    attachmentSizeLimit: undefined,
    type: "Auto",
    locale: "en-US",
    guildLocale: "en-US",
    memberLocale: "en-US",
  };
  const finished = async (): Promise<UploadJob> =>
    vi.waitFor(
      async () => {
        const [job] = await uploads.recent(request.userId);
        if (job?.stage !== "finished") throw new Error(`still ${job?.stage}`);
        return job;
      },
      { timeout: 5_000, interval: 50 },
    );
  return { uploads, request, sent, edits, finished };
}

describe("an upload's steps", () => {
  it("passes through preflight, download, inspect, send and watch once each, in that order", async () => {
    const { uploads, request, sent, finished } = await setUp(PNG);
    await uploads.start(request);
    const job = await finished();

    expect(job.result).toEqual({ kind: "approved", assetId: "9001", revisionId: "1" });
    expect(sent).toEqual([
      expect.objectContaining({ assetType: "Decal", contentType: "image/png", fileName: "file.png" }),
    ]);
    expect(steps.entered).toEqual(["preflight", "download", "inspect", "send", "watch"]);
  });

  it("stops at inspect when the bytes are refused: nothing is sent and nothing is watched", async () => {
    const { uploads, request, sent, finished } = await setUp(Buffer.from("GIF89a not an upload", "latin1"));
    await expect(uploads.start(request)).rejects.toThrow(/That file is a GIF image/);
    const job = await finished();

    expect(job.result).toMatchObject({ kind: "failed", nothingSent: true });
    expect(sent).toEqual([]);
    expect(steps.entered).toEqual(["preflight", "download", "inspect"]);
  });

  it("stops at preflight when the request is refused, before any download", async () => {
    const { uploads, request } = await setUp(PNG);
    await expect(uploads.start({ ...request, memberMayUpload: false })).rejects.toThrow(/Manage Expressions/);
    expect(await uploads.recent(request.userId)).toEqual([]);
    expect(steps.entered).toEqual(["preflight"]);
  });
});
