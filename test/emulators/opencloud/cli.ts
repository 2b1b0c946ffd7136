import { startOpenCloudEmulator } from "./index.js";
import { DEFAULT_APP_SCOPES } from "./oauth/control.js";

/**
 * `npm run emulator:opencloud -- --port 8787 --seed 1 [--host 0.0.0.0] [--rate-limits off] [--operation-polls 2]
 *  [--oauth-redirect http://localhost:3000/oauth/callback]`
 */
function readArgs(argv: string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (!arg.startsWith("--")) continue;
    const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) args.set(name, inline);
    else if (next !== undefined && !next.startsWith("--")) {
      args.set(name, next);
      i++;
    } else args.set(name, "true");
  }
  return args;
}

function integer(args: Map<string, string>, name: string, fallback: number): number {
  const raw = args.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a non-negative integer, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

const args = readArgs(process.argv.slice(2));
const rateLimits = args.get("rate-limits") === "off" ? "off" : "spec";
const emulator = await startOpenCloudEmulator({
  host: args.get("host") ?? "127.0.0.1",
  port: integer(args, "port", 8787),
  seed: integer(args, "seed", 1),
  operationPolls: integer(args, "operation-polls", 2),
  rateLimits,
  ...(args.get("oauth-redirect") === undefined
    ? {}
    : {
        oauth: {
          apps: [
            {
              name: "Emulated bot",
              redirectUris: [args.get("oauth-redirect") as string],
              scopes: DEFAULT_APP_SCOPES,
            },
          ],
        },
      }),
});
const { subjects } = emulator.world;
console.log(`Roblox Open Cloud emulator listening on ${emulator.url}`);
console.log(`API key (owner ${subjects.admin.username}, every scope): ${emulator.adminKey}`);
console.log(
  `Point apis.roblox.com, users.roblox.com, catalog/badges/thumbnails.roblox.com at ${emulator.url}`,
);
console.log(`World description: ${emulator.url}/_emulator/world`);
const app = emulator.oauth.defaultApp;
if (app !== undefined) {
  console.log(
    `OAuth app (unreviewed): client id ${app.clientId}, secret ${app.clientSecret}, redirect ${app.redirectUris.join(" ")}`,
  );
}
console.log(
  `Subjects: rich=${subjects.richUser.username} (${subjects.richUser.userId}), small=${subjects.smallUser.username}, ` +
    `private=${subjects.privateUser.username}, groups=${subjects.manyGroupsUser.username}`,
);

const stop = () => {
  emulator.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
