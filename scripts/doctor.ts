/** npm run doctor: checks the Discord token, the Roblox API key and the store before going live. */

import { runDoctor } from "../src/cli/doctor/index.js";
import { ConfigError, loadConfig } from "../src/config.js";

try {
  const findings = await runDoctor(loadConfig());
  for (const finding of findings) {
    console.log(`${finding.ok ? "✓" : "✗"} ${finding.subject}: ${finding.detail}`);
    if (finding.fix) console.log(`    → ${finding.fix}`);
  }
  const problems = findings.filter((finding) => !finding.ok).length;
  console.log(problems === 0 ? "\nEverything is ready." : `\n${problems} thing(s) to fix before going live.`);
  process.exit(problems === 0 ? 0 : 1);
} catch (error) {
  console.error(
    error instanceof ConfigError ? error.message : `The doctor failed: ${(error as Error).message}`,
  );
  process.exit(1);
}
