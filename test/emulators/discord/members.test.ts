import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type DiscordEmulator, startDiscordEmulator } from "./index.js";

const GUILDS = 1 << 0;
const GUILD_MEMBERS = 1 << 1;
const MEMBER = { id: "200000000000000002", username: "member" };

type Frame = { op: number; t?: string; d: Record<string, unknown> };

/** A bare gateway client, so each frame Discord would send can be checked. */
async function rawGateway(emu: DiscordEmulator, intents: number) {
  const ws = new WebSocket(`${emu.gatewayUrl}?v=10&encoding=json`);
  const frames: Frame[] = [];
  let closed: number | undefined;
  ws.on("message", (raw) => frames.push(JSON.parse(String(raw))));
  ws.on("close", (code) => {
    closed = code;
  });
  await new Promise((resolve) => ws.once("open", resolve));
  ws.send(JSON.stringify({ op: 2, d: { token: emu.token, intents, properties: {} } }));
  const until = async (predicate: () => boolean, what: string): Promise<void> => {
    for (let waited = 0; !predicate(); waited += 5) {
      if (waited > 3_000) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  await until(() => frames.some((f) => f.t === "GUILD_CREATE"), "GUILD_CREATE");
  return {
    frames,
    send: (frame: unknown) => ws.send(JSON.stringify(frame)),
    events: (t: string) => frames.filter((f) => f.t === t).map((f) => f.d),
    until,
    closeCode: () => closed,
    close: () => ws.close(),
  };
}

let emu: DiscordEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function setup(options: Parameters<typeof startDiscordEmulator>[0] = {}) {
  const started = await startDiscordEmulator({
    guilds: [{ roles: [{ name: "Member" }, { name: "Officer" }] }],
    ...options,
  });
  emu = started;
  const guildId = started.guilds[0]?.id ?? "";
  const roles = started.guildControls.roles(guildId);
  const roleId = (name: string) => roles.find((role) => role.name === name)?.id ?? "";
  started.guildControls.addMember(guildId, MEMBER);
  const api = (path: string, init: RequestInit & { reason?: string } = {}) =>
    fetch(`${started.apiUrl}/v10${path}`, {
      ...init,
      headers: {
        authorization: `Bot ${started.token}`,
        "content-type": "application/json",
        ...(init.reason ? { "x-audit-log-reason": encodeURIComponent(init.reason) } : {}),
      },
    });
  return { emu: started, guildId, roleId, api };
}

describe("guild roles and members", () => {
  it("answers Get Guild with the owner and roles, without GUILD_CREATE's own fields; 10004 for an unknown guild", async () => {
    const { guildId, api } = await setup();
    const guild = (await (await api(`/guilds/${guildId}`)).json()) as Record<string, unknown>;
    expect(guild).toMatchObject({ id: guildId, owner_id: expect.stringMatching(/^\d+$/) });
    expect((guild.roles as unknown[]).length).toBe(4);
    expect(guild).not.toHaveProperty("members");
    expect(guild).not.toHaveProperty("channels");
    expect(guild).not.toHaveProperty("joined_at");
    const unknown = await api("/guilds/123456789012345678");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 10004 });
  });

  it("lists roles by position with the bot's managed role on top, and reads a member", async () => {
    const { guildId, api } = await setup();
    const roles = (await (await api(`/guilds/${guildId}/roles`)).json()) as Array<Record<string, unknown>>;
    expect(roles.map((role) => [role.name, role.position, role.managed])).toEqual([
      ["@everyone", 0, false],
      ["Member", 1, false],
      ["Officer", 2, false],
      ["Emulated Bot", 3, true],
    ]);
    const member = await api(`/guilds/${guildId}/members/${MEMBER.id}`);
    expect(member.status).toBe(200);
    expect(((await member.json()) as { user: { id: string } }).user.id).toBe(MEMBER.id);
    const me = (await (await api(`/guilds/${guildId}/members/@me`)).json()) as { roles: string[] };
    expect(me.roles).toEqual([roles.at(-1)?.id]);
    const stranger = await api(`/guilds/${guildId}/members/300000000000000003`);
    expect(stranger.status).toBe(404);
    expect(((await stranger.json()) as { code: number }).code).toBe(10007);
  });

  it("applies a full role list in one PATCH, records the audit-log reason, and tells GuildMembers sessions", async () => {
    const { emu, guildId, roleId, api } = await setup({ allowedPrivilegedIntents: GUILD_MEMBERS });
    const gateway = await rawGateway(emu, GUILDS | GUILD_MEMBERS);
    const response = await api(`/guilds/${guildId}/members/${MEMBER.id}`, {
      method: "PATCH",
      body: JSON.stringify({ roles: [roleId("Member"), roleId("Officer")] }),
      reason: "Roblox rank ≥ 100",
    });
    expect(response.status).toBe(200);
    expect(emu.guildControls.member(guildId, MEMBER.id)?.roles).toEqual([
      roleId("Member"),
      roleId("Officer"),
    ]);
    expect(emu.roleWrites).toEqual([
      expect.objectContaining({
        method: "PATCH",
        added: [roleId("Member"), roleId("Officer")],
        removed: [],
        reason: "Roblox rank ≥ 100",
        status: 200,
      }),
    ]);
    await gateway.until(() => gateway.events("GUILD_MEMBER_UPDATE").length === 1, "GUILD_MEMBER_UPDATE");
    gateway.close();
  });

  it("sends member events only to sessions that identified with GuildMembers", async () => {
    const { emu, guildId } = await setup({ allowedPrivilegedIntents: GUILD_MEMBERS });
    const without = await rawGateway(emu, GUILDS);
    emu.guildControls.addMember(guildId, { id: "400000000000000004" });
    emu.guildControls.removeMember(guildId, "400000000000000004");
    // A frame sent afterwards proves the earlier events would have arrived first.
    emu.guildControls.createRole(guildId, { name: "Marker" });
    await without.until(() => without.events("GUILD_ROLE_CREATE").length === 1, "GUILD_ROLE_CREATE");
    expect(without.events("GUILD_MEMBER_ADD")).toEqual([]);
    expect(without.events("GUILD_MEMBER_REMOVE")).toEqual([]);
    without.close();
    const withIntent = await rawGateway(emu, GUILDS | GUILD_MEMBERS);
    emu.guildControls.addMember(guildId, { id: "400000000000000005" });
    await withIntent.until(() => withIntent.events("GUILD_MEMBER_ADD").length === 1, "GUILD_MEMBER_ADD");
    withIntent.close();
  });

  it("refuses roles at or above the bot's top role, managed roles and @everyone with 50013", async () => {
    const { emu, guildId, roleId, api } = await setup();
    emu.guildControls.moveRole(guildId, emu.guildControls.botRoleId(guildId), 2); // Member < bot < Officer
    const tryRole = async (id: string) => {
      const response = await api(`/guilds/${guildId}/members/${MEMBER.id}/roles/${id}`, { method: "PUT" });
      return { status: response.status, body: response.status === 204 ? null : await response.json() };
    };
    expect((await tryRole(roleId("Member"))).status).toBe(204);
    expect(await tryRole(roleId("Officer"))).toEqual({
      status: 403,
      body: { code: 50013, message: "Missing Permissions" },
    });
    expect((await tryRole(emu.guildControls.botRoleId(guildId))).status).toBe(403);
    expect((await tryRole(guildId)).status).toBe(403);
    expect(emu.guildControls.member(guildId, MEMBER.id)?.roles).toEqual([roleId("Member")]);
    expect(emu.roleWrites.map((write) => write.status)).toEqual([204, 403, 403, 403]);
  });

  it("refuses role writes without Manage Roles, and nicknames without Manage Nicknames or on the owner", async () => {
    const { emu, guildId, roleId, api } = await setup();
    const patch = (userId: string, body: unknown) =>
      api(`/guilds/${guildId}/members/${userId}`, { method: "PATCH", body: JSON.stringify(body) });
    expect((await patch(MEMBER.id, { nick: "Builder" })).status).toBe(200);
    expect(emu.guildControls.member(guildId, MEMBER.id)?.nick).toBe("Builder");
    const owner = "100000000000000001";
    expect((await patch(owner, { nick: "Boss" })).status).toBe(403);
    // A member whose top role is above the bot's is out of reach too.
    emu.guildControls.addMember(guildId, { id: "700000000000000007" }, [roleId("Officer")]);
    emu.guildControls.moveRole(guildId, emu.guildControls.botRoleId(guildId), 2);
    expect((await patch("700000000000000007", { nick: "Nope" })).status).toBe(403);
    expect(emu.guildControls.member(guildId, "700000000000000007")?.nick).toBeNull();
    // Manage Roles (1 << 28) and Manage Nicknames (1 << 27) removed from @everyone and the bot's role.
    const without = ((1n << 53n) - 1n) & ~((1n << 3n) | (1n << 28n) | (1n << 27n));
    emu.guildControls.setRolePermissions(guildId, guildId, without);
    emu.guildControls.setRolePermissions(guildId, emu.guildControls.botRoleId(guildId), without);
    expect((await patch(MEMBER.id, { roles: [roleId("Member")] })).status).toBe(403);
    expect((await patch(MEMBER.id, { nick: "Other" })).status).toBe(403);
    expect(emu.guildControls.member(guildId, MEMBER.id)).toEqual({ roles: [], nick: "Builder" });
  });

  it("checks the PATCH body against the spec", async () => {
    const { emu, guildId, api } = await setup();
    const response = await api(`/guilds/${guildId}/members/${MEMBER.id}`, {
      method: "PATCH",
      body: JSON.stringify({ nick: "x".repeat(33) }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: number }).code).toBe(50035);
    expect(emu.violations).toHaveLength(1);
  });

  it("refuses the member list without the GuildMembers privileged intent", async () => {
    const refused = await setup();
    const answer = await refused.api(`/guilds/${refused.guildId}/members?limit=10`);
    expect(answer.status).toBe(403);
    expect(((await answer.json()) as { code: number }).code).toBe(50001);
    await refused.emu.close();
    const allowed = await setup({ allowedPrivilegedIntents: GUILD_MEMBERS });
    const list = await allowed.api(`/guilds/${allowed.guildId}/members?limit=10`);
    expect(list.status).toBe(200);
    expect(((await list.json()) as unknown[]).length).toBe(3); // bot, owner, member
  });

  it("limits member writes per guild with Discord's headers", async () => {
    const { emu, guildId, roleId, api } = await setup({
      rateLimits: { memberEdit: { limit: 2, windowMs: 10_000 } },
    });
    const put = () =>
      api(`/guilds/${guildId}/members/${MEMBER.id}/roles/${roleId("Member")}`, { method: "PUT" });
    const first = await put();
    expect(first.headers.get("x-ratelimit-limit")).toBe("2");
    expect(first.headers.get("x-ratelimit-remaining")).toBe("1");
    await put();
    const limited = await put();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).not.toBeNull();
    expect(limited.headers.get("x-ratelimit-scope")).toBe("user");
    expect(((await limited.json()) as { global: boolean }).global).toBe(false);
    emu.clock.advance(10_000);
    expect((await put()).status).toBe(204);
  });

  it("applies the global limit per bot token across routes, but not to interaction endpoints", async () => {
    const { emu, guildId, api } = await setup({ rateLimits: { global: { limit: 3, windowMs: 1_000 } } });
    for (let index = 0; index < 3; index++) expect((await api(`/guilds/${guildId}/roles`)).status).toBe(200);
    const limited = await api(`/guilds/${guildId}/members/${MEMBER.id}`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("x-ratelimit-global")).toBe("true");
    expect(limited.headers.get("x-ratelimit-scope")).toBe("global");
    expect(((await limited.json()) as { global: boolean }).global).toBe(true);
    emu.clock.advance(1_000);
    expect((await api(`/guilds/${guildId}/roles`)).status).toBe(200);
  });

  it("counts 401/403/429 answers and then refuses everything from that credential, Cloudflare-style", async () => {
    const { emu, guildId, roleId, api } = await setup({ invalidRequests: { limit: 3 } });
    emu.guildControls.moveRole(guildId, emu.guildControls.botRoleId(guildId), 1);
    const refusedWrite = () =>
      api(`/guilds/${guildId}/members/${MEMBER.id}/roles/${roleId("Officer")}`, { method: "PUT" });
    await refusedWrite();
    await refusedWrite();
    expect(emu.invalidRequests()).toEqual({ count: 2 });
    await refusedWrite();
    expect(emu.invalidRequests().bannedUntil).toBeGreaterThan(emu.clock.now());
    const banned = await api(`/guilds/${guildId}/roles`);
    expect(banned.status).toBe(429);
    expect(banned.headers.get("content-type")).toBe("text/html");
    // Another credential is not affected.
    const other = await fetch(`${emu.apiUrl}/v10/gateway/bot`, { headers: { authorization: "Bot wrong" } });
    expect(other.status).toBe(401);
  });
});

describe("Request Guild Members (op 8)", () => {
  it("answers user_ids with a chunk and not_found, without any privileged intent", async () => {
    const { emu, guildId } = await setup();
    const gateway = await rawGateway(emu, GUILDS);
    gateway.send({
      op: 8,
      d: { guild_id: guildId, user_ids: [MEMBER.id, "500000000000000005"], limit: 0, nonce: "n1" },
    });
    await gateway.until(() => gateway.events("GUILD_MEMBERS_CHUNK").length === 1, "GUILD_MEMBERS_CHUNK");
    const chunk = gateway.events("GUILD_MEMBERS_CHUNK")[0] as {
      members: Array<{ user: { id: string } }>;
      not_found: string[];
      nonce: string;
      chunk_count: number;
    };
    expect(chunk.members.map((member) => member.user.id)).toEqual([MEMBER.id]);
    expect(chunk.not_found).toEqual(["500000000000000005"]);
    expect(chunk.nonce).toBe("n1");
    expect(chunk.chunk_count).toBe(1);
    gateway.close();
  });

  it("leaves a request for the whole list unanswered without GuildMembers, and answers it with", async () => {
    const { emu, guildId } = await setup({ allowedPrivilegedIntents: GUILD_MEMBERS });
    const without = await rawGateway(emu, GUILDS);
    without.send({ op: 8, d: { guild_id: guildId, query: "", limit: 0 } });
    without.send({ op: 8, d: { guild_id: guildId, user_ids: [MEMBER.id], limit: 0 } });
    await without.until(() => without.events("GUILD_MEMBERS_CHUNK").length === 1, "the user_ids chunk");
    expect(emu.refusedMemberRequests()).toEqual([{ guildId, reason: expect.any(String) }]);
    without.close();
    const withIntent = await rawGateway(emu, GUILDS | GUILD_MEMBERS);
    withIntent.send({ op: 8, d: { guild_id: guildId, query: "", limit: 0 } });
    await withIntent.until(() => withIntent.events("GUILD_MEMBERS_CHUNK").length === 1, "the full list");
    expect((withIntent.events("GUILD_MEMBERS_CHUNK")[0] as { members: unknown[] }).members).toHaveLength(3);
    withIntent.close();
  });

  it("closes with 4008 past 120 sends in 60 s, and refuses more than 100 user_ids", async () => {
    const { emu, guildId } = await setup();
    const gateway = await rawGateway(emu, GUILDS);
    const ids = Array.from({ length: 101 }, (_, index) => String(600000000000000000n + BigInt(index)));
    gateway.send({ op: 8, d: { guild_id: guildId, user_ids: ids, limit: 0 } });
    await gateway.until(() => gateway.closeCode() !== undefined, "the close");
    expect(gateway.closeCode()).toBe(4002);
    const busy = await rawGateway(emu, GUILDS);
    // IDENTIFY was the first send; 119 heartbeats make 120.
    for (let index = 0; index < 119; index++) busy.send({ op: 1, d: null });
    await busy.until(() => busy.frames.filter((f) => f.op === 11).length === 119, "heartbeat ACKs");
    expect(busy.closeCode()).toBeUndefined();
    busy.send({ op: 1, d: null });
    await busy.until(() => busy.closeCode() !== undefined, "the close");
    expect(busy.closeCode()).toBe(4008);
  });
});
