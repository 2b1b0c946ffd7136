import type { Config } from "../../config.js";
import type { DoctorFinding } from "./finding.js";

/** What Discord says about how the application takes interactions. */
export interface InteractionFacts {
  /** The application's public key (hex), which signs HTTP interactions. */
  readonly verifyKey: string | undefined;
  /** Where Discord POSTs interactions; undefined or empty: over the gateway. */
  readonly endpointUrl: string | undefined;
}

const SUBJECT = "Interactions";
const PORTAL = "the developer portal (your application → General Information → Interactions Endpoint URL)";

/**
 * INTERACTIONS_MODE against the application's Interactions Endpoint URL: with a URL saved Discord sends
 * no interaction over the gateway, and without one it POSTs none, so a mismatch means no command arrives.
 */
export function describeInteractions(config: Config, facts: InteractionFacts | undefined): DoctorFinding[] {
  if (facts === undefined) return [];
  const endpoint = facts.endpointUrl || undefined;
  if (config.interactions.mode === "gateway") {
    if (endpoint === undefined) {
      return [
        { ok: true, subject: SUBJECT, detail: "over the gateway; no Interactions Endpoint URL is set" },
      ];
    }
    return [
      {
        ok: false,
        subject: SUBJECT,
        detail: `Discord POSTs interactions to ${endpoint}, so none arrive over the gateway: no command will reach this bot`,
        fix: `Clear the Interactions Endpoint URL in ${PORTAL}, or set INTERACTIONS_MODE=http and serve that address.`,
      },
    ];
  }
  const findings: DoctorFinding[] = [];
  if (facts.verifyKey !== undefined && facts.verifyKey.toLowerCase() !== config.interactions.publicKey) {
    findings.push({
      ok: false,
      subject: "Public key",
      detail: "DISCORD_PUBLIC_KEY is not this application's public key: every interaction would be refused",
      fix: "Copy Public Key from your application's General Information page into DISCORD_PUBLIC_KEY.",
    });
  } else {
    findings.push({ ok: true, subject: "Public key", detail: "DISCORD_PUBLIC_KEY is the application's" });
  }
  const expected = config.web.publicUrl === undefined ? undefined : `${config.web.publicUrl}/interactions`;
  if (endpoint === undefined) {
    findings.push({
      ok: false,
      subject: SUBJECT,
      detail:
        "INTERACTIONS_MODE=http, but no Interactions Endpoint URL is set: Discord sends commands over the gateway, where no process answers them",
      fix: `Set ${expected ?? "https://<your host>/interactions"} as the Interactions Endpoint URL in ${PORTAL} once the bot runs (Discord checks it on saving).`,
    });
  } else if (expected !== undefined && endpoint !== expected) {
    findings.push({
      ok: false,
      subject: SUBJECT,
      detail: `Discord POSTs interactions to ${endpoint}, not to PUBLIC_URL's ${expected}`,
      fix: `Set ${expected} as the Interactions Endpoint URL in ${PORTAL}, or correct PUBLIC_URL.`,
    });
  } else {
    findings.push({ ok: true, subject: SUBJECT, detail: `over HTTP: Discord POSTs them to ${endpoint}` });
  }
  return findings;
}
