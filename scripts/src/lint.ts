// The format and lint checks of `npm test` (first, they take seconds), or `--fix` to apply them
// (`npm run format`): Prettier over the TypeScript, ESLint's rules of hooks over the theme,
// Spotless (palantir-java-format) over the extension's Java.
import path from "node:path";
import { EXTENSION_DIR, REPO_ROOT } from "./paths.js";
import { run } from "./process.js";

const fix = process.argv.includes("--fix");
const bin = (name: string) => path.join(REPO_ROOT, "node_modules", ".bin", name);

const checks: { label: string; command: string; args: string[]; cwd: string }[] = [
  { label: "Prettier", command: bin("prettier"), args: [fix ? "--write" : "--check", "--log-level=warn", "."], cwd: REPO_ROOT },
  { label: "ESLint", command: bin("eslint"), args: [...(fix ? ["--fix"] : []), "keycloak-theme/src"], cwd: REPO_ROOT },
  {
    label: "Spotless",
    command: "mvn",
    args: ["-B", "-q", "--no-transfer-progress", "-Dstyle.color=never", fix ? "spotless:apply" : "spotless:check"],
    cwd: EXTENSION_DIR,
  },
];

const failed: string[] = [];
for (const check of checks) {
  try {
    await run(check.command, check.args, { cwd: check.cwd, quiet: true });
    console.log(`• ${check.label} : ${fix ? "appliqué" : "conforme"}`);
  } catch (error) {
    failed.push(check.label);
    console.error(`• ${check.label} : ${(error as Error).message}`);
  }
}
if (failed.length > 0) {
  console.error(`\nFormat à corriger (${failed.join(", ")}) : npm run format, puis relisez le changement.`);
  process.exit(1);
}
