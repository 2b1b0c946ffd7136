// The baseline for acknowledgement latency: a bare discord.js client that only defers.
import { Client, Events, GatewayIntentBits } from "discord.js";

const token = process.env.DISCORD_TOKEN ?? "";
const api = process.env.DISCORD_API_URL ?? "";

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api } });
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) interaction.deferReply().catch(() => undefined);
});
client.once(Events.ClientReady, () => console.log("bare client connected to Discord"));
process.on("SIGTERM", () => {
  void client.destroy().then(() => process.exit(0));
});
await client.login(token);
