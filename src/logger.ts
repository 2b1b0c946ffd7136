import { type DestinationStream, type Logger, pino } from "pino";

export type { Logger } from "pino";

export interface LoggerOptions {
  readonly level: string;
  readonly pretty: boolean;
  /** Exact secret values (bot token, API key) to scrub from every line, wherever they appear. */
  readonly secrets: readonly string[];
  /** Where lines go; defaults to stdout. Tests pass a stream to capture lines. */
  readonly destination?: DestinationStream;
}

const REDACTED = "[redacted]";

/** Structured paths that hold secrets; the line scrubber below catches anything these miss. */
const redactPaths = [
  "token",
  "apiKey",
  "authorization",
  "*.token",
  "*.apiKey",
  "*.authorization",
  'headers["x-api-key"]',
  "headers.authorization",
  '*.headers["x-api-key"]',
  "*.headers.authorization",
];

/** Tokens that travel inside URLs and messages: interaction and webhook tokens, CDN signatures. */
const tokenPatterns: ReadonlyArray<[RegExp, string]> = [
  [/(\/webhooks\/\d+\/)[\w.-]+/g, `$1${REDACTED}`],
  [/(\/interactions\/\d+\/)[\w.-]+/g, `$1${REDACTED}`],
  [/([?&](?:ex|is|hm|sig|signature|token)=)[^&\s"\\]+/g, `$1${REDACTED}`],
  [/(Bot |Bearer )[\w.-]{16,}/g, `$1${REDACTED}`],
];

export function createScrubber(secrets: readonly string[]): (line: string) => string {
  const exact = secrets.filter((secret) => secret.length >= 8);
  return (line) => {
    let scrubbed = line;
    for (const secret of exact) {
      if (scrubbed.includes(secret)) scrubbed = scrubbed.split(secret).join(REDACTED);
    }
    for (const [pattern, replacement] of tokenPatterns) scrubbed = scrubbed.replace(pattern, replacement);
    return scrubbed;
  };
}

export function createLogger(options: LoggerOptions): Logger {
  const scrub = createScrubber(options.secrets);
  const settings = {
    level: options.level,
    redact: { paths: redactPaths, censor: REDACTED },
    hooks: { streamWrite: scrub },
  };
  if (options.destination) return pino(settings, options.destination);
  if (options.pretty) {
    return pino({ ...settings, transport: { target: "pino-pretty", options: { colorize: true } } });
  }
  return pino(settings);
}
