// `npm start`: the whole dev stack in the foreground; Ctrl-C stops everything it started.
import { readStackConfig } from "./config.js";
import { demoAgentLines } from "./demo-agents.js";
import { stopAllServices } from "./process.js";
import { startStack } from "./stack.js";

const startedAt = Date.now();
const config = readStackConfig();
const log = (line: string) => console.log(`• ${line}`);

// Ctrl-C while the stack starts: what has been started so far stops too (each service runs in
// its own process group, which the terminal's signal does not reach).
const stopEarly = () => {
  console.log("\nArrêt demandé pendant le démarrage : arrêt de ce qui a déjà démarré…");
  void stopAllServices().finally(() => process.exit(1));
};
process.once("SIGINT", stopEarly);
process.once("SIGTERM", stopEarly);

const stack = await startStack({
  instance: "dev",
  database: config.database,
  environment: config.environment as "dev",
  ports: {
    keycloak: config.keycloakPort,
    management: config.keycloakManagementPort,
    demoApp: config.demoAppPort,
    mailWeb: config.mailWebPort,
    mailSmtp: config.mailSmtpPort,
    smsInbox: config.smsInboxPort,
  },
  adminUsername: config.adminUsername,
  adminPassword: config.adminPassword,
  realm: config.realm,
  soffiClientSecret: process.env.SOFFI_CLIENT_SECRET,
  log,
}).catch((error: Error) => {
  console.error(`\nÉchec du démarrage : ${error.message}`);
  process.exit(1);
});

const kc = stack.keycloak.url;
const urls: [string, string][] = [
  ["Application de démonstration SOFFI", stack.demoAppUrl],
  [`Compte EFP Connect (realm ${config.realm})`, `${kc}/realms/${config.realm}/account`],
  ["Console d'administration Keycloak", `${kc}/admin/   (${config.adminUsername} / ${config.adminPassword})`],
  ["Boîte de réception MailDev", `${stack.mail.webUrl}   (SMTP ${stack.mail.smtpHost}:${stack.mail.smtpPort})`],
  ["Boîte SMS locale (API Brevo)", stack.sms.url],
  ["Santé et métriques", `${stack.keycloak.managementUrl}/health/ready   ${stack.keycloak.managementUrl}/metrics`],
  [
    "Base de données de Keycloak",
    stack.postgres
      ? `PostgreSQL ${stack.postgres.major}, ${stack.postgres.host}:${stack.postgres.port}   PGPASSWORD=${stack.postgres.password} ${stack.postgres.psql} -h ${stack.postgres.host} -p ${stack.postgres.port} -U ${stack.postgres.username} ${stack.postgres.database}`
      : `H2 (dev-file) dans .cache/keycloak/${stack.instance}/`,
  ],
];
const width = Math.max(...urls.map(([label]) => label.length)) + 3;
console.log(`
EFP Connect est prêt en ${((Date.now() - startedAt) / 1000).toFixed(0)} s.

${urls.map(([label, value]) => `  ${label.padEnd(width)}${value}`).join("\n")}

  Comptes de démonstration (realm-config/environments/${config.environment}.yaml)
${stack.config.users.map((user) => `    ${user.email.padEnd(34)} ${user.password}`).join("\n") || "    (aucun)"}

  Agents de démonstration (ADFS simulés dans ce Keycloak : ${stack.config.adfsStandIns.map((standIn) => standIn.realm).join(", ") || "aucun"})
${demoAgentLines(stack.config).join("\n") || "    (aucun)"}

  Journaux : .cache/logs/   ·   Ctrl-C pour tout arrêter.
`);

let stopping = false;
const shutdown = async (reason: string, exitCode = 0) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${reason} : arrêt de Keycloak, MailDev${stack.postgres ? ", PostgreSQL" : ""} et de la démo…`);
  await stack.stop();
  process.exit(exitCode);
};
process.off("SIGINT", stopEarly);
process.off("SIGTERM", stopEarly);
process.on("SIGINT", () => void shutdown("Ctrl-C"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
for (const service of [stack.keycloak.service, stack.mail.service, ...(stack.postgres ? [stack.postgres.service] : [])]) {
  service.child.once("exit", (code) => void shutdown(`${service.name} s'est arrêté (code ${code}), voir ${service.logFile}`, 1));
}
