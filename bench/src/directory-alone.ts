// The directory part of `npm run bench` alone, on its own stack (same instance as bench.ts):
//   node --import tsx bench/src/directory-alone.ts
// KEEP_DATA=1 keeps the bench database of the previous run; with BENCH_DIRECTORY_SKIP_IMPORT=1
// (same BENCH_DIRECTORY_ROWS) it only searches, to measure a change of the search alone.
import { readStackConfig } from "../../scripts/src/config.js";
import { EXTENSION_TESTING_JAR } from "../../scripts/src/paths.js";
import { freeStackPorts, startStack } from "../../scripts/src/stack.js";
import { benchDirectory } from "./directory.js";
const log = (line: string) => console.log(`• ${line}`);
const config = readStackConfig();
const stack = await startStack({
  instance: "bench",
  environment: "test",
  ports: await freeStackPorts(),
  adminUsername: "admin",
  adminPassword: "admin-bench",
  realm: config.realm,
  freshData: process.env.KEEP_DATA !== "1",
  extraJars: [EXTENSION_TESTING_JAR],
  log,
});
try {
  await benchDirectory({ keycloakUrl: stack.keycloak.url, realm: config.realm, admin: { username: "admin", password: "admin-bench" }, log });
} finally {
  await stack.stop();
}
