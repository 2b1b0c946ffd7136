import { Client, Events, GatewayIntentBits } from "discord.js";
import type { DiscordEmulator } from "./index.js";

/** A real discord.js Client pointed at the emulator, logged in and ready. */
export async function connectClient(emu: DiscordEmulator): Promise<Client<true>> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: emu.apiUrl } });
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(emu.token);
  return ready;
}
