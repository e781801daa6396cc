// `npm run bench`: performance figures, measured on a real stack started for the purpose
// (own Keycloak copy, free ports, fresh database, test overlay with the fixed-answer CAPTCHA).
// The parts, in order (bench/src/parts.ts; each one says what it measures):
//
// - captcha: CAPTCHA images per second (builtin renderer, in-process Java benchmark);
// - logins: login throughput of our browser flow (efp-browser: CAPTCHA + password) against
//   Keycloak's stock browser flow, on the same server, same realm, same users, alternating
//   rounds: ratio;
// - enumeration: time of account creation with a new or an existing address, of a
//   forgotten-password request for a known or an unknown address, and their ratio;
// - access: the access managers' user list of a company holding 10,000 habilitations (p95,
//   target ≤ 100 ms, against Keycloak's own organization members page), its first load with the
//   counts per role after a change, and the submission of an access request (p95);
// - directory: import rows/s of 1,000,000 synthetic establishments and search latency
//   (p50/p95/p99, target p95 ≤ 50 ms); BENCH_DIRECTORY_ROWS=0 skips it;
// - browser: in Chromium, the time to a usable page for the login page from the application,
//   Mon compte with an SSO cookie (both against stock Keycloak's pages), a gate search and an
//   approval in Mon compte (target under 1 s each).
//
// BENCH_ONLY=captcha,logins,… runs some of them. `npm test` runs every part once at a tiny size
// (test/integration/bench.test.ts), so that a broken part fails the tests.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { resolveSizes, selectParts, type BenchContext } from "./part.js";
import { BENCH_PARTS } from "./parts.js";
import { readStackConfig } from "../../scripts/src/config.js";
import { CACHE_DIR, EXTENSION_TESTING_JAR } from "../../scripts/src/paths.js";
import { freeStackPorts, startStack } from "../../scripts/src/stack.js";

const log = (line: string) => console.log(`• ${line}`);
// Checked before anything starts: a misspelt part name should not cost a stack start.
const parts = selectParts(BENCH_PARTS, process.env.BENCH_ONLY);
const sizes = new Map(parts.map((part) => [part.name, resolveSizes(part.sizes, "full")]));

const config = readStackConfig();
const admin = { username: "admin", password: "admin-bench" };
const stack = await startStack({
  instance: "bench",
  environment: "test",
  ports: await freeStackPorts(),
  adminUsername: admin.username,
  adminPassword: admin.password,
  realm: config.realm,
  freshData: true,
  extraJars: [EXTENSION_TESTING_JAR],
  log,
});
try {
  // The parts write their generated files here (migration files): it may not exist yet.
  const workDir = path.join(CACHE_DIR, "bench");
  fs.mkdirSync(workDir, { recursive: true });
  const context: BenchContext = {
    keycloakUrl: stack.keycloak.url,
    demoAppUrl: stack.demoAppUrl,
    managementUrl: stack.keycloak.managementUrl,
    realm: config.realm,
    admin,
    password: stack.config.users[0].password,
    captchaAnswer: "EFPTEST",
    runId: crypto.randomBytes(3).toString("hex"),
    // The stack is thrown away after the run.
    cleanUp: false,
    workDir,
    log,
    print: (line) => console.log(line),
  };
  console.log("\nRésultats");
  for (const part of parts) {
    const outcome = await part.run(context, sizes.get(part.name)!);
    if (outcome.errors > 0)
      console.log(`  ${part.name} : ${outcome.errors} opération(s) en erreur sur ${outcome.operations + outcome.errors} : chiffres à ne pas retenir`);
  }
} finally {
  await stack.stop();
}
