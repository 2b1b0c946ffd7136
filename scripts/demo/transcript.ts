/** Renders Discord messages as framed text blocks, for the demo's transcript. */

interface EmbedLike {
  author?: { name?: string };
  title?: string;
  url?: string;
  description?: string;
  fields?: Array<{ name: string; value: string; inline?: boolean }>;
  footer?: { text?: string };
  image?: { url?: string };
  thumbnail?: { url?: string };
}

interface ButtonLike {
  label?: string;
  emoji?: { name?: string };
  disabled?: boolean;
  url?: string;
}

export interface MessageLike {
  content: string;
  embeds: Array<Record<string, unknown>>;
  components: Array<Record<string, unknown>>;
  attachments: Array<{ filename: string; size: number }>;
  ephemeral: boolean;
}

const WIDTH = 78;

/** Markdown links `[name](url)` read as `name`; Discord timestamps `<t:…>` as a date. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, "$1")
    .replace(/<t:(\d+):[a-zA-Z]>/g, (_, seconds: string) =>
      new Date(Number(seconds) * 1000).toISOString().slice(0, 10),
    )
    .replace(/\\([*_`~|>[\]()])/g, "$1");
}

function wrap(text: string): string[] {
  const lines: string[] = [];
  for (const raw of plain(text).split("\n")) {
    let rest = raw;
    while (Array.from(rest).length > WIDTH - 4) {
      const chars = Array.from(rest);
      lines.push(chars.slice(0, WIDTH - 4).join(""));
      rest = chars.slice(WIDTH - 4).join("");
    }
    lines.push(rest);
  }
  return lines;
}

function embedLines(embed: EmbedLike): string[] {
  const lines: string[] = [];
  if (embed.author?.name) lines.push(`👤 ${embed.author.name}`);
  if (embed.title) lines.push(`▌${embed.title}`);
  if (embed.description) lines.push(...wrap(embed.description));
  for (const field of embed.fields ?? []) lines.push(...wrap(`• ${field.name}: ${field.value}`));
  if (embed.thumbnail?.url || embed.image?.url) lines.push("🖼  (picture)");
  if (embed.footer?.text) lines.push(`— ${embed.footer.text}`);
  return lines;
}

function buttonLines(components: Array<Record<string, unknown>>): string[] {
  return components.map((row) =>
    ((row.components as ButtonLike[] | undefined) ?? [])
      .map((button) => {
        const label = button.label ?? button.emoji?.name ?? "?";
        return button.disabled ? `(${label})` : `[${label}]`;
      })
      .join(" "),
  );
}

export function frame(heading: string, message: MessageLike): string {
  const body: string[] = [];
  if (message.content) body.push(...wrap(message.content));
  for (const embed of message.embeds) body.push(...embedLines(embed as EmbedLike));
  body.push(...buttonLines(message.components));
  for (const file of message.attachments) body.push(`📎 ${file.filename} (${file.size} bytes)`);
  const title = `${heading}${message.ephemeral ? " (only you can see this)" : ""}`;
  const top = `┌─ ${title} ${"─".repeat(Math.max(2, WIDTH - Array.from(title).length - 4))}`;
  return [top, ...body.map((line) => `│ ${line}`), `└${"─".repeat(WIDTH - 1)}`].join("\n");
}
