import type { DiscordEmulator, MessageState } from "../test/emulators/discord/index.js";
import type { OpenCloudEmulator } from "../test/emulators/opencloud/index.js";
import { startBotChild } from "./support/childProcess.js";
import { startEmulators } from "./support/emulators.js";
import type { Table } from "./support/results.js";
import { ms, ratio, summarize } from "./support/stats.js";

const INVOKER = { id: "300000000000000001", username: "invoker" };
const LATENCY_MS = 80;

interface Pass {
  command: number;
  turns: number[];
  requests: number;
  families: Record<string, number>;
  /** Turns whose footer did not move on by one page. */
  stuck: number;
}

function nextButton(message: MessageState): string {
  const rows = message.components as Array<{ components: Array<{ custom_id?: string }> }>;
  const id = rows
    .flatMap((row) => row.components)
    .map((button) => button.custom_id ?? "")
    .find((customId) => customId.endsWith(":next"));
  if (!id) throw new Error("the message has no next button");
  return id;
}

function pageOf(message: MessageState): number {
  const footer = (message.embeds[0] as { footer?: { text?: string } } | undefined)?.footer?.text ?? "";
  return Number(/page (\d+)/i.exec(footer)?.[1] ?? Number.NaN);
}

async function browse(
  discord: DiscordEmulator,
  roblox: OpenCloudEmulator,
  command: { name: string; options: Record<string, unknown> },
  turns: number,
): Promise<Pass> {
  roblox.clearRequests();
  const t0 = performance.now();
  // Any finished message ends the wait: an explained failure (a follow-up, the deferred reply deleted)
  // is reported at once instead of running into the timeout.
  let message = await discord
    .runCommand({ ...command, user: INVOKER })
    .waitFor((m) => !m.loading && !m.deleted, 30_000);
  if (message.embeds.length === 0)
    throw new Error(`/${command.name} did not render a page: ${message.content || "(no text)"}`);
  const commandMs = performance.now() - t0;
  const turnMs: number[] = [];
  let stuck = 0;
  for (let i = 0; i < turns; i++) {
    const before = pageOf(message);
    const t1 = performance.now();
    const click = discord.click(message, nextButton(message), { user: INVOKER });
    const turned = await click
      .waitFor((m) => m.id === message.id && pageOf(m) !== before, 15_000)
      .catch(() => undefined);
    if (turned) message = turned;
    else {
      stuck++;
      console.warn(`${command.name}: turn ${i + 1} did not leave page ${before}`);
    }
    turnMs.push(performance.now() - t1);
  }
  const families: Record<string, number> = {};
  for (const request of roblox.requests) families[request.family] = (families[request.family] ?? 0) + 1;
  return { command: commandMs, turns: turnMs, requests: roblox.requests.length, families, stuck };
}

function familyText(families: Record<string, number>): string {
  return Object.entries(families)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([family, count]) => `${family} ${count}`)
    .join(", ");
}

export async function measureCommandCost(entry: string, coldRuns: number): Promise<Table> {
  const passes = new Map<string, Pass[]>();
  const record = (key: string, pass: Pass) => passes.set(key, [...(passes.get(key) ?? []), pass]);
  let groupTurns = 0;
  let groupCount = 0;
  const inventoryTurns = 20;
  for (let run = 0; run < coldRuns; run++) {
    // Fresh emulators (a new rate window) and a fresh bot process with an empty memory store.
    // Roblox's per-IP web limits off, in the emulator and in the bot's own budget (as in the emulator
    // host): the realistic username budget (1 per 90 s) refuses the second command's lookup, and that
    // throttle is what `realistic` measures.
    const emulators = await startEmulators({
      opencloud: { webLimits: "off", faults: { latencyMs: LATENCY_MS } },
    });
    const { manyGroupsUser, richUser } = emulators.roblox.world.subjects;
    groupCount = emulators.roblox.world.membershipsOfUser(manyGroupsUser.userId).length;
    groupTurns = Math.ceil(groupCount / 15) - 1;
    const scenarios = [
      {
        label: "/groups",
        command: { name: "groups", options: { user: manyGroupsUser.username } },
        turns: groupTurns,
      },
      {
        label: "/inventory",
        command: { name: "inventory", options: { user: richUser.username } },
        turns: inventoryTurns,
      },
    ];
    const bot = await startBotChild(entry, emulators.botEnv({ ROBLOX_WEB_LIMITS: "off" }));
    try {
      for (const scenario of scenarios) {
        const { discord, roblox } = emulators;
        record(`${scenario.label}|cold`, await browse(discord, roblox, scenario.command, scenario.turns));
        record(`${scenario.label}|warm`, await browse(discord, roblox, scenario.command, scenario.turns));
      }
    } finally {
      await bot.stop();
      await emulators.close();
    }
  }

  const pagesOfGroups = groupTurns + 1;
  const groupsMinimum = Math.ceil(groupCount / 100) + 2 * groupCount + 3;
  const inventoryReads = Math.ceil(((inventoryTurns + 1) * 10) / 100);
  const minimum: Record<string, string> = {
    "/groups|cold": `${groupsMinimum}: ${Math.ceil(groupCount / 100)} memberships pages + 1 group and 1 role lookup per row on the ${pagesOfGroups} pages + name, profile, headshot`,
    "/groups|warm": "1 memberships request (the issue's minimum); everything else cached",
    "/inventory|cold": `${inventoryReads} inventory reads (1 per 100 items browsed); names and pictures are extra lookups`,
    "/inventory|warm": `${inventoryReads} inventory reads, or 0 when the pages are cached`,
  };
  const rows: string[][] = [];
  const coldMedian = new Map<string, number>();
  for (const [key, list] of passes) {
    const [label, cache] = key.split("|") as [string, string];
    const command = summarize(list.map((pass) => pass.command));
    const turns = summarize(list.flatMap((pass) => pass.turns));
    if (cache === "cold") coldMedian.set(label, command.p50);
    const requests = summarize(list.map((pass) => pass.requests));
    const inventoryCount = summarize(list.map((pass) => pass.families.inventory ?? 0));
    rows.push([
      label,
      cache,
      `${ms(command.p50)} / ${ms(command.p99)}`,
      `${ms(turns.p50)} / ${ms(turns.p99)} (n ${turns.n})`,
      cache === "warm" ? ratio(command.p50, coldMedian.get(label) ?? Number.NaN) : "1.00×",
      `${requests.p50} (inventory ${inventoryCount.p50})`,
      familyText(list[0]?.families ?? {}),
      minimum[key] ?? "",
      String(list.reduce((sum, pass) => sum + pass.stuck, 0)),
    ]);
  }
  const medianRequests = (key: string) => summarize((passes.get(key) ?? []).map((p) => p.requests)).p50;
  const medianInventory = (key: string) =>
    summarize((passes.get(key) ?? []).map((p) => p.families.inventory ?? 0)).p50;
  const verdicts = [
    `/groups cold: ${medianRequests("/groups|cold")} Roblox requests for all ${pagesOfGroups} pages against a minimum of ${groupsMinimum}; warm: ${medianRequests("/groups|warm")} (issue's minimum 1 memberships request).`,
    `/inventory: ${medianInventory("/inventory|cold")} inventory reads cold for ${(inventoryTurns + 1) * 10} items browsed (minimum ${inventoryReads}), ${medianInventory("/inventory|warm")} warm; page turn p50 ${ms(summarize((passes.get("/inventory|cold") ?? []).flatMap((p) => p.turns)).p50)} ms cold with ${LATENCY_MS} ms per Roblox call.`,
  ];
  return {
    verdicts,
    title: `2. Command latency and Roblox cost (emulator latency ${LATENCY_MS} ms)`,
    notes: [
      `Wall time from dispatch to the first rendered page, and from click to the next page, in ms (median / p99), over ${coldRuns} runs. Cold: a fresh bot process with an empty cache; warm: the same command again right after, in the same process. /groups (a user in ${groupCount} groups, 15 a page) turns every page (${groupTurns} turns), /inventory is a user with 10,000 visible items, /inventory turns ${inventoryTurns} pages (10 items a page).`,
      "Requests: every Roblox request of one command plus its page turns (median over runs); the families of the first run beside it.",
    ],
    headers: [
      "command",
      "cache",
      "command ms (p50 / p99)",
      "page turn ms (p50 / p99)",
      "command vs cold",
      "Roblox requests",
      "by family (run 1)",
      "minimum possible",
      "turns that did not advance",
    ],
    rows,
  };
}
