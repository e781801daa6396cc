import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { applyRealmConfig, connect, EfpApi, importDemoDirectory, loadRealmConfig, type Change, type Environment, type RealmConfig } from "@efp/provisioning";
import { createDemoApp } from "./demo-app/server.js";
import { ensureJars } from "./jars.js";
import { buildOptions, ensureBuilt, type Database } from "./keycloak/build.js";
import { ensureInstance } from "./keycloak/distribution.js";
import { findKeycloakJdk, type Jdk } from "./keycloak/jdk.js";
import { startKeycloak, type RunningKeycloak } from "./keycloak/server.js";
import { startMailDev, type RunningMailDev } from "./mail/maildev.js";
import { createSmsInbox, type SmsInbox } from "./sms/inbox.js";
import { CACHE_DIR, LOG_DIR, REALM_CONFIG_DIR } from "./paths.js";
import { startPostgres, type RunningPostgres } from "./postgres/server.js";
import { freePort, isPortInUse, type Service } from "./process.js";

export interface StackOptions {
  /**
   * Name of the Keycloak copy under .cache/keycloak/ (dev, test): each has its own data. On
   * PostgreSQL the name gets a `-pg` suffix: the copy is built differently (kc.sh build --db).
   */
  instance: string;
  /**
   * Keycloak's database: `dev-file` (embedded H2 in the instance's data folder, the default) or
   * `postgres` (a PostgreSQL server of this machine on its own cluster, started and stopped with
   * the stack, on a free loopback port).
   */
  database?: Database;
  environment: Environment;
  ports: { keycloak: number; management: number; demoApp: number; mailWeb: number; mailSmtp: number; smsInbox: number };
  adminUsername: string;
  adminPassword: string;
  realm: string;
  soffiClientSecret?: string;
  /** Deletes the instance's database before starting: tests start from nothing. */
  freshData?: boolean;
  /** Jars installed besides ours (test-only providers). */
  extraJars?: string[];
  /** Extra Keycloak server configuration (environment variables). */
  keycloakEnv?: Record<string, string>;
  log: (line: string) => void;
}

export interface Stack {
  /** The instance name actually used (with its `-pg` suffix on PostgreSQL). */
  instance: string;
  database: Database;
  /** Present on PostgreSQL: how to reach Keycloak's database. */
  postgres?: RunningPostgres;
  keycloak: RunningKeycloak;
  mail: RunningMailDev;
  /** The local SMS inbox Keycloak's SMS gateway (Brevo's API) sends to: its page and API. */
  sms: { url: string; inbox: SmsInbox };
  demoAppUrl: string;
  jdk: Jdk;
  config: RealmConfig;
  changes: Change[];
  stop(): Promise<void>;
}

async function assertPortsFree(ports: StackOptions["ports"]) {
  const names: Record<keyof StackOptions["ports"], string> = {
    keycloak: "KEYCLOAK_PORT",
    management: "KEYCLOAK_MANAGEMENT_PORT",
    demoApp: "DEMO_APP_PORT",
    mailWeb: "MAILDEV_WEB_PORT",
    mailSmtp: "MAILDEV_SMTP_PORT",
    smsInbox: "SMS_INBOX_PORT",
  };
  for (const [key, port] of Object.entries(ports) as [keyof StackOptions["ports"], number][]) {
    if (await isPortInUse(port)) {
      throw new Error(`Le port ${port} est déjà utilisé (une pile déjà lancée ?). Arrêtez ce programme ou choisissez un autre port : ${names[key]}=…`);
    }
  }
}

/** The variables realm-config reads, as the stack sets them (the environment fills the rest). */
export function realmConfigVariables(stack: {
  smtpHost: string;
  smtpPort: number;
  demoAppUrl: string;
  /** This Keycloak: the dev and test overlays point the ADFS providers at its stand-in realms. */
  keycloakUrl?: string;
  soffiClientSecret?: string;
}): Record<string, string | undefined> {
  return {
    ...process.env,
    ...(stack.keycloakUrl && { KEYCLOAK_URL: stack.keycloakUrl }),
    SMTP_HOST: stack.smtpHost,
    SMTP_PORT: String(stack.smtpPort),
    SOFFI_URL: stack.demoAppUrl,
    ...(stack.soffiClientSecret && { SOFFI_CLIENT_SECRET: stack.soffiClientSecret }),
  };
}

/** A free loopback port for each of the stack's services (the tests and the bench). */
export async function freeStackPorts(): Promise<StackOptions["ports"]> {
  return {
    keycloak: await freePort(),
    management: await freePort(),
    demoApp: await freePort(),
    mailWeb: await freePort(),
    mailSmtp: await freePort(),
    smsInbox: await freePort(),
  };
}

/** The local SMS inbox's API key: not a secret (loopback only); production sets Brevo's own (README, "SMS"). */
export const SMS_INBOX_API_KEY = "xkeysib-efp-local-inbox";

/** Keycloak's SMS gateway (Brevo's API) pointed at the local SMS inbox. */
export function smsGatewayKeycloakEnv(inboxUrl: string): Record<string, string> {
  return { KC_SPI_EFP_SMS_GATEWAY__BREVO__URL: inboxUrl, KC_SPI_EFP_SMS_GATEWAY__BREVO__API_KEY: SMS_INBOX_API_KEY };
}

/** The instance's name on disk and in the logs: build options differ, so PostgreSQL gets its own copy. */
export function instanceName(instance: string, database: Database): string {
  return database === "postgres" ? `${instance}-pg` : instance;
}

/** Jars, Keycloak (on H2 or PostgreSQL), MailDev, realm-config, demo app: everything `npm start` and the tests need. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const { log, ports } = options;
  const database = options.database ?? "dev-file";
  const instance = instanceName(options.instance, database);
  await assertPortsFree(ports);
  const jars = [...(await ensureJars(log)), ...(options.extraJars ?? [])];
  const jdk = findKeycloakJdk();
  log(`JDK pour Keycloak : ${jdk.home} (Java ${jdk.major})`);
  const home = await ensureInstance(instance, log);
  await ensureBuilt(home, jars, buildOptions(database), jdk, log);
  const mailDirectory = path.join(CACHE_DIR, "maildev", instance);
  if (options.freshData) {
    fs.rmSync(path.join(home, "data"), { recursive: true, force: true });
    fs.rmSync(mailDirectory, { recursive: true, force: true });
  }
  fs.mkdirSync(mailDirectory, { recursive: true });

  const started: Service[] = [];
  let databaseService: Service | undefined;
  let demoServer: http.Server | undefined;
  let smsInbox: SmsInbox | undefined;
  // The database last: Keycloak closes its connections before the server goes away.
  const stop = async () => {
    if (demoServer) await new Promise((resolve) => demoServer!.close(resolve));
    if (smsInbox?.server.listening) await new Promise((resolve) => smsInbox!.server.close(resolve));
    await Promise.all(started.map((service) => service.stop()));
    await databaseService?.stop();
  };
  try {
    let postgres: RunningPostgres | undefined;
    let databaseEnv: Record<string, string> = {};
    if (database === "postgres") {
      postgres = await startPostgres({
        instance,
        // Not a documented port: only this stack's Keycloak and the tests connect to it.
        port: await freePort(),
        fresh: options.freshData ?? false,
        logFile: path.join(LOG_DIR, `postgres-${instance}.log`),
        log,
        onSpawn: (service) => (databaseService = service),
      });
      log(`PostgreSQL ${postgres.major} prêt sur ${postgres.host}:${postgres.port} (base ${postgres.database})`);
      databaseEnv = { KC_DB_URL: postgres.jdbcUrl, KC_DB_USERNAME: postgres.username, KC_DB_PASSWORD: postgres.password };
    }

    // The SMS inbox first: Keycloak's SMS gateway points at it.
    smsInbox = createSmsInbox({ apiKey: SMS_INBOX_API_KEY });
    await new Promise<void>((resolve, reject) => smsInbox!.server.once("error", reject).listen(ports.smsInbox, "127.0.0.1", resolve));
    const smsUrl = `http://localhost:${ports.smsInbox}`;
    log("Démarrage de Keycloak et de MailDev…");
    const onSpawn = (service: Service) => started.push(service);
    const [mail, keycloak] = await Promise.all([
      startMailDev({ smtpPort: ports.mailSmtp, webPort: ports.mailWeb, mailDirectory, logFile: path.join(LOG_DIR, `maildev-${instance}.log`), onSpawn }),
      startKeycloak({
        home,
        jdk,
        port: ports.keycloak,
        managementPort: ports.management,
        adminUsername: options.adminUsername,
        adminPassword: options.adminPassword,
        logFile: path.join(LOG_DIR, `keycloak-${instance}.log`),
        env: { ...smsGatewayKeycloakEnv(`http://127.0.0.1:${ports.smsInbox}`), ...options.keycloakEnv, ...databaseEnv },
        onSpawn,
      }),
    ]);

    const demoAppUrl = `http://localhost:${ports.demoApp}`;
    const variables = realmConfigVariables({
      smtpHost: mail.smtpHost,
      smtpPort: mail.smtpPort,
      demoAppUrl,
      keycloakUrl: keycloak.url,
      soffiClientSecret: options.soffiClientSecret,
    });
    const config = loadRealmConfig(REALM_CONFIG_DIR, options.environment, variables);
    log(`Application de realm-config (${options.environment})…`);
    const kc = await connect({ baseUrl: keycloak.url, username: options.adminUsername, password: options.adminPassword });
    const changes = await applyRealmConfig(kc, config);
    const automation = config.realm.adminClients?.[0];
    if (options.environment !== "production" && automation) {
      // The sample directory (the seed's establishments among others) behind "Raison sociale ou SIRET".
      const api = new EfpApi({ baseUrl: keycloak.url, realm: options.realm, clientId: automation.clientId, clientSecret: automation.secret });
      const report = await importDemoDirectory(api, path.join(REALM_CONFIG_DIR, "directory"));
      log(`Annuaire de démonstration : ${report.establishments} établissements (${report.created} ajoutés)`);
    }

    const soffi = config.applications.find((application) => application.clientId === "soffi");
    if (!soffi) throw new Error("realm-config ne déclare pas l'application soffi dont la démo a besoin");
    demoServer = createDemoApp({
      issuer: `${keycloak.url}/realms/${options.realm}`,
      clientId: soffi.clientId,
      clientSecret: soffi.secret,
      baseUrl: demoAppUrl,
    });
    await new Promise<void>((resolve, reject) => demoServer!.once("error", reject).listen(ports.demoApp, "127.0.0.1", resolve));
    return { instance, database, postgres, keycloak, mail, sms: { url: smsUrl, inbox: smsInbox }, demoAppUrl, jdk, config, changes, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
