// The test stack, in its own process (run with tsx by the global setup): Keycloak from the
// official distribution (its own copy, fresh database, free ports), MailDev and the demo app.
// `--database=postgres` runs that Keycloak on a fresh PostgreSQL cluster instead of H2.
// With KEYCLOAK_URL set, the H2 stack only describes that running stack (e.g. the one of
// `npm start`); the PostgreSQL stack always starts its own, since proving PostgreSQL is its point.
// Prints READY_LINE once the suites can run; SIGTERM stops everything it started.
import { loadRealmConfig, type Environment } from "@efp/provisioning";
import { readStackConfig } from "../../scripts/src/config.js";
import type { Database } from "../../scripts/src/keycloak/build.js";
import { EXTENSION_TESTING_JAR, REALM_CONFIG_DIR } from "../../scripts/src/paths.js";
import { stopAllServices } from "../../scripts/src/process.js";
import { freeStackPorts, startStack } from "../../scripts/src/stack.js";
import { writeTestContext } from "../support/context.js";
import { captchetatKeycloakEnv, startFakeCaptchEtat } from "../support/fake-captchetat.js";
import { rechercheEntreprisesKeycloakEnv, startFakeRechercheEntreprises } from "../support/fake-recherche-entreprises.js";

export const READY_LINE = "EFP_TEST_STACK_READY";
const ADMIN = { username: "admin", password: "admin-test" };

// Stopped while still starting (the stack's own handler is not there yet): what has been started
// so far stops too, instead of a Keycloak left running with nobody to stop it.
const stopEarly = () => {
  log("arrêt demandé pendant le démarrage : arrêt de ce qui a déjà démarré");
  void stopAllServices().finally(() => process.exit(1));
};
process.once("SIGTERM", stopEarly);
process.once("SIGINT", stopEarly);

const config = readStackConfig();
const databaseArgument = process.argv.find((arg) => arg.startsWith("--database="))?.slice("--database=".length) ?? "dev-file";
if (databaseArgument !== "dev-file" && databaseArgument !== "postgres") throw new Error(`--database=${databaseArgument} : dev-file ou postgres attendu`);
const database: Database = databaseArgument;
const log = (line: string) => console.log(`  [stack${database === "postgres" ? " postgres" : ""}] ${line}`);

if (process.env.KEYCLOAK_URL && database === "dev-file") {
  // The accounts of the environment that stack was started with (dev for `npm start`).
  const [user] = loadRealmConfig(REALM_CONFIG_DIR, config.environment as Environment).users;
  if (!user) throw new Error(`realm-config/environments/${config.environment}.yaml ne déclare aucun compte pour les tests`);
  writeTestContext(
    {
      keycloakUrl: process.env.KEYCLOAK_URL.replace(/\/$/, ""),
      managementUrl: process.env.KEYCLOAK_MANAGEMENT_URL ?? `http://127.0.0.1:${config.keycloakManagementPort}`,
      mailWebUrl: process.env.MAILDEV_URL ?? `http://localhost:${config.mailWebPort}`,
      mailSmtpHost: process.env.SMTP_HOST ?? "127.0.0.1",
      mailSmtpPort: config.mailSmtpPort,
      demoAppUrl: process.env.DEMO_APP_URL ?? `http://localhost:${config.demoAppPort}`,
      realm: config.realm,
      adminUsername: config.adminUsername,
      adminPassword: config.adminPassword,
      user,
      external: true,
    },
    database,
  );
  log(`pile existante : ${process.env.KEYCLOAK_URL}`);
  console.log(READY_LINE);
} else {
  const startedAt = Date.now();
  const fakeCaptchEtat = await startFakeCaptchEtat();
  const fakeDirectory = await startFakeRechercheEntreprises();
  // A free port can be taken by another program between our check and Keycloak's bind, some
  // twenty seconds later: then the stack (stopped whole by startStack) starts again on new ports.
  const start = async () => {
    const ports = await freeStackPorts();
    return startStack({
      instance: "test",
      database,
      environment: "test",
      ports,
      adminUsername: ADMIN.username,
      adminPassword: ADMIN.password,
      realm: config.realm,
      freshData: true,
      extraJars: [EXTENSION_TESTING_JAR],
      keycloakEnv: {
        ...captchetatKeycloakEnv(fakeCaptchEtat.url),
        ...rechercheEntreprisesKeycloakEnv(fakeDirectory.url),
        // The outbox retries within seconds here, so the SMTP-outage test need not wait minutes.
        KC_SPI_EVENTS_LISTENER__EFP_OUTBOX__FIRST_RETRY_MILLIS: "1000",
        KC_SPI_EVENTS_LISTENER__EFP_OUTBOX__MAX_RETRY_MILLIS: "3000",
        // Expired test accounts are disabled within seconds, not within the hour.
        KC_SPI_EVENTS_LISTENER__EFP_TEST_ACCOUNT_EXPIRY__INTERVAL_MILLIS: "2000",
        // A slow SMS gateway gives up within a second here (the slow-gateway test).
        KC_SPI_EFP_SMS_GATEWAY__BREVO__TIMEOUT_MILLIS: "1000",
      },
      log,
    });
  };
  const startWithRetries = async (attempt = 1): Promise<Awaited<ReturnType<typeof startStack>>> => {
    try {
      return await start();
    } catch (error) {
      if (attempt >= 3 || !/Address already in use|EADDRINUSE|est déjà utilisé/.test(String((error as Error).message))) throw error;
      log(`un port choisi a été pris entre-temps (${attempt}/3) : nouveau démarrage sur d'autres ports`);
      return startWithRetries(attempt + 1);
    }
  };
  const stack = await startWithRetries();
  writeTestContext(
    {
      keycloakUrl: stack.keycloak.url,
      managementUrl: stack.keycloak.managementUrl,
      mailWebUrl: stack.mail.webUrl,
      mailSmtpHost: stack.mail.smtpHost,
      mailSmtpPort: stack.mail.smtpPort,
      demoAppUrl: stack.demoAppUrl,
      smsInboxUrl: stack.sms.url,
      realm: config.realm,
      adminUsername: ADMIN.username,
      adminPassword: ADMIN.password,
      user: stack.config.users[0],
      fakeCaptchEtatUrl: fakeCaptchEtat.url,
      fakeRechercheEntreprisesUrl: fakeDirectory.url,
      external: false,
      database,
      ...(stack.postgres && {
        postgres: {
          host: stack.postgres.host,
          port: stack.postgres.port,
          database: stack.postgres.database,
          username: stack.postgres.username,
          password: stack.postgres.password,
          psql: stack.postgres.psql,
        },
      }),
    },
    database,
  );
  const on = stack.postgres ? `PostgreSQL ${stack.postgres.major} (${stack.postgres.host}:${stack.postgres.port})` : "H2 (dev-file)";
  log(
    `prête en ${((Date.now() - startedAt) / 1000).toFixed(1)} s (Keycloak ${stack.keycloak.url} sur Java ${stack.jdk.major} et ${on}, journal ${stack.keycloak.service.logFile})`,
  );
  console.log(READY_LINE);
  const stop = async () => {
    await stack.stop();
    await fakeCaptchEtat.close();
    await fakeDirectory.close();
    process.exit(0);
  };
  process.off("SIGTERM", stopEarly);
  process.off("SIGINT", stopEarly);
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
}
