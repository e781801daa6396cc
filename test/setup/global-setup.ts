// Starts the real stack once for the integration and e2e suites: a Keycloak from the official
// distribution (its own copy, free ports, fresh database), MailDev and the demo app. With
// KEYCLOAK_URL set, it uses that running stack instead (e.g. the one of `npm start`).
import { readStackConfig } from "../../scripts/src/config.js";
import { freePort } from "../../scripts/src/process.js";
import { startStack, type Stack } from "../../scripts/src/stack.js";
import { writeTestContext } from "../support/context.js";

declare global {
  var __EFP_STACK__: Stack | undefined;
}

export default async function globalSetup() {
  const config = readStackConfig();
  if (process.env.KEYCLOAK_URL) {
    writeTestContext({
      keycloakUrl: process.env.KEYCLOAK_URL.replace(/\/$/, ""),
      managementUrl: process.env.KEYCLOAK_MANAGEMENT_URL ?? `http://127.0.0.1:${config.keycloakManagementPort}`,
      mailWebUrl: process.env.MAILDEV_URL ?? `http://localhost:${config.mailWebPort}`,
      mailSmtpHost: process.env.SMTP_HOST ?? "127.0.0.1",
      mailSmtpPort: config.mailSmtpPort,
      demoAppUrl: process.env.DEMO_APP_URL ?? `http://localhost:${config.demoAppPort}`,
      realm: config.realm,
      adminUsername: config.adminUsername,
      adminPassword: config.adminPassword,
      external: true,
    });
    return;
  }
  const startedAt = Date.now();
  const log = (line: string) => process.stdout.write(`  [stack] ${line}\n`);
  const ports = { keycloak: await freePort(), management: await freePort(), demoApp: await freePort(), mailWeb: await freePort(), mailSmtp: await freePort() };
  const stack = await startStack({
    instance: "test",
    environment: "test",
    ports,
    adminUsername: "admin",
    adminPassword: "admin-test",
    realm: config.realm,
    freshData: true,
    log,
  });
  globalThis.__EFP_STACK__ = stack;
  writeTestContext({
    keycloakUrl: stack.keycloak.url,
    managementUrl: stack.keycloak.managementUrl,
    mailWebUrl: stack.mail.webUrl,
    mailSmtpHost: stack.mail.smtpHost,
    mailSmtpPort: stack.mail.smtpPort,
    demoAppUrl: stack.demoAppUrl,
    realm: config.realm,
    adminUsername: "admin",
    adminPassword: "admin-test",
    external: false,
  });
  log(`prête en ${((Date.now() - startedAt) / 1000).toFixed(1)} s (Keycloak ${stack.keycloak.url}, Java ${stack.jdk.major})`);
}
