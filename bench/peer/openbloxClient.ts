// Lists an inventory or uploads a file through OpenBlox (child process of the peer benchmark).
// OpenBlox has a documented HTTP adapter hook (config.http.adapter); ours rewrites apis.roblox.com to the
// emulator and otherwise does what OpenBlox's own fetch adapter does, so no OpenBlox code is patched.
import { AssetsApi, InventoryApi } from "openblox/cloud";
import { setDefaultOpenbloxConfig } from "openblox/config";
import { HttpResponse } from "openblox/http";
import { readTask, report } from "./task.js";

const task = readTask();

interface AdapterRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  formData?: FormData;
}

async function toEmulator({ url, method, headers, body, formData }: AdapterRequest) {
  const target = url.replace(/^https:\/\/[a-z.]*roblox\.com/, task.url);
  const response = await fetch(target, { method, headers, body: formData ?? body ?? null });
  const isJson = response.headers.get("content-type")?.startsWith("application/json") ?? false;
  return new HttpResponse({
    url: url as `https://${string}`,
    method: method as "GET",
    success: response.ok,
    statusCode: response.status,
    headers: response.headers,
    body: isJson ? await response.json() : await response.text(),
    fullResponse: response,
  });
}

setDefaultOpenbloxConfig({ cloudKey: task.apiKey, http: { adapter: toEmulator } } as never);

await report(async () => {
  if (task.mode === "list") {
    let items = 0;
    const first = await InventoryApi.inventoryItemsForUser({ userId: Number(task.userId), limit: 100 });
    for await (const page of first) items += page.data.length;
    return items;
  }
  const operation = await AssetsApi.createAsset({
    assetType: "Model",
    displayName: "Bench model",
    description: "peer benchmark",
    userId: Number(task.userId),
    file: task.filePath,
  } as never);
  return operation.data ? 1 : 0;
});
