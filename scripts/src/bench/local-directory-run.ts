import { readStackConfig } from "../config.js";
import { EXTENSION_TESTING_JAR } from "../paths.js";
import { freePort } from "../process.js";
import { startStack } from "../stack.js";
import { benchDirectory } from "./directory.js";
const log = (line: string) => console.log(`• ${line}`);
const config = readStackConfig();
const stack = await startStack({
  instance: "bench",
  environment: "test",
  ports: { keycloak: await freePort(), management: await freePort(), demoApp: await freePort(), mailWeb: await freePort(), mailSmtp: await freePort() },
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
