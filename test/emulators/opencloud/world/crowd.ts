import type { World } from "./world.js";

/**
 * A crowd of members with realistic group counts: how many groups a Roblox user is in is heavy-tailed, so
 * the counts are drawn from a log-normal with median 15 and 95th percentile 80, cut at Roblox's limit of 100
 * groups per user. Deterministic for a seed. The crowd's groups are made here (`groups` of them); the first
 * `boundGroups` have a Cadet (50) and an Officer (100) role, which a crowd member holds in some of them.
 */
export interface CrowdOptions {
  readonly members: number;
  readonly firstUserId: number;
  readonly groups: number;
  readonly boundGroups: number;
  readonly seed: number;
}

export interface Crowd {
  readonly userIds: readonly string[];
  readonly boundGroupIds: readonly string[];
  /** Per user, the bound groups where they hold Officer. */
  readonly officerIn: ReadonlyMap<string, readonly string[]>;
  /** Per user, how many groups they are in. */
  readonly groupCounts: readonly number[];
}

const MAX_GROUPS_PER_USER = 100;
const MEDIAN = 15;
const P95 = 80;
const Z95 = 1.6449;

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function addCrowd(world: World, options: CrowdOptions): Crowd {
  const next = random(options.seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const sigma = (Math.log(P95) - Math.log(MEDIAN)) / Z95;
  if (options.groups % 7 === 0) throw new Error("the crowd's group count must not be a multiple of 7");
  const groupIds: string[] = [];
  for (let g = 0; g < options.groups; g++) {
    const bound = g < options.boundGroups;
    groupIds.push(
      world.addGroup({
        name: `Crowd Group ${g}`,
        ...(bound
          ? {
              roles: [
                { name: "Cadet", rank: 50 },
                { name: "Officer", rank: 100 },
              ],
            }
          : {}),
      }).id,
    );
  }
  const boundGroupIds = groupIds.slice(0, options.boundGroups);
  const userIds: string[] = [];
  const groupCounts: number[] = [];
  const officerIn = new Map<string, string[]>();
  for (let m = 0; m < options.members; m++) {
    const userId = String(options.firstUserId + m);
    world.addUser({ id: userId, name: `Crowd${m}`, displayName: `Crowd ${m}` });
    const count = Math.max(
      1,
      Math.min(
        MAX_GROUPS_PER_USER,
        options.groups,
        Math.round(Math.exp(Math.log(MEDIAN) + sigma * normal())),
      ),
    );
    // Distinct groups: a random start and stride over the crowd's groups (coprime with a prime count).
    const start = Math.floor(next() * options.groups);
    const picked = new Set<number>();
    for (let k = 0; picked.size < count; k++) picked.add((start + k * 7) % options.groups);
    const officer: string[] = [];
    for (const index of picked) {
      const groupId = groupIds[index] ?? "";
      const group = world.getGroup(groupId);
      const bound = index < options.boundGroups;
      const role = bound
        ? group?.roles.find((r) => r.name === (next() < 0.5 ? "Officer" : "Cadet"))
        : undefined;
      world.addMembership(userId, groupId, role?.id);
      if (role?.name === "Officer") officer.push(groupId);
    }
    userIds.push(userId);
    groupCounts.push(count);
    officerIn.set(userId, officer);
  }
  return { userIds, boundGroupIds, officerIn, groupCounts };
}
