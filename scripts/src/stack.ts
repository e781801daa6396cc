import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { applyRealmConfig, connect, loadRealmConfig, type Change, type Environment, type RealmConfig } from "@efp/provisioning";
import { createDemoApp } from "./demo-app/server.js";
import { ensureJars } from "./jars.js";
import { DEV_BUILD_OPTIONS, ensureBuilt } from "./keycloak/build.js";
import { ensureInstance } from "./keycloak/distribution.js";
import { findKeycloakJdk, type Jdk } from "./keycloak/jdk.js";
import { startKeycloak, type RunningKeycloak } from "./keycloak/server.js";
import { startMailDev, type RunningMailDev } from "./mail/maildev.js";
import { CACHE_DIR, LOG_DIR, REALM_CONFIG_DIR } from "./paths.js";
import { isPortInUse, type Service } from "./process.js";

export interface StackOptions {
  /** Name of the Keycloak copy under .cache/keycloak/ (dev, test): each has its own data. */
  instance: string;
  environment: Environment;
  ports: { keycloak: number; management: number; demoApp: number; mailWeb: number; mailSmtp: number };
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
  keycloak: RunningKeycloak;
  mail: RunningMailDev;
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
  };
  for (const [key, port] of Object.entries(ports) as [keyof StackOptions["ports"], number][]) {
    if (await isPortInUse(port)) {
      throw new Error(`Le port ${port} est déjà utilisé (une pile déjà lancée ?). Arrêtez ce programme ou choisissez un autre port : ${names[key]}=…`);
    }
  }
}

/** The variables realm-config reads, as the stack sets them (the environment fills the rest). */
export function realmConfigVariables(stack: { smtpHost: string; smtpPort: number; demoAppUrl: string; soffiClientSecret?: string }): Record<string, string | undefined> {
  return {
    ...process.env,
    SMTP_HOST: stack.smtpHost,
    SMTP_PORT: String(stack.smtpPort),
    SOFFI_URL: stack.demoAppUrl,
    ...(stack.soffiClientSecret && { SOFFI_CLIENT_SECRET: stack.soffiClientSecret }),
  };
}

/** Jars, Keycloak, MailDev, realm-config, demo app: everything `npm start` and the tests need. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const { log, ports } = options;
  await assertPortsFree(ports);
  const jars = [...(await ensureJars(log)), ...(options.extraJars ?? [])];
  const jdk = findKeycloakJdk();
  log(`JDK pour Keycloak : ${jdk.home} (Java ${jdk.major})`);
  const home = await ensureInstance(options.instance, log);
  await ensureBuilt(home, jars, DEV_BUILD_OPTIONS, jdk, log);
  const mailDirectory = path.join(CACHE_DIR, "maildev", options.instance);
  if (options.freshData) {
    fs.rmSync(path.join(home, "data"), { recursive: true, force: true });
    fs.rmSync(mailDirectory, { recursive: true, force: true });
  }
  fs.mkdirSync(mailDirectory, { recursive: true });

  const started: Service[] = [];
  let demoServer: http.Server | undefined;
  const stop = async () => {
    if (demoServer) await new Promise((resolve) => demoServer!.close(resolve));
    await Promise.all(started.map((service) => service.stop()));
  };
  try {
    log("Démarrage de Keycloak et de MailDev…");
    const onSpawn = (service: Service) => started.push(service);
    const [mail, keycloak] = await Promise.all([
      startMailDev({ smtpPort: ports.mailSmtp, webPort: ports.mailWeb, mailDirectory, logFile: path.join(LOG_DIR, `maildev-${options.instance}.log`), onSpawn }),
      startKeycloak({
        home,
        jdk,
        port: ports.keycloak,
        managementPort: ports.management,
        adminUsername: options.adminUsername,
        adminPassword: options.adminPassword,
        logFile: path.join(LOG_DIR, `keycloak-${options.instance}.log`),
        env: options.keycloakEnv,
        onSpawn,
      }),
    ]);

    const demoAppUrl = `http://localhost:${ports.demoApp}`;
    const variables = realmConfigVariables({ smtpHost: mail.smtpHost, smtpPort: mail.smtpPort, demoAppUrl, soffiClientSecret: options.soffiClientSecret });
    const config = loadRealmConfig(REALM_CONFIG_DIR, options.environment, variables);
    log(`Application de realm-config (${options.environment})…`);
    const kc = await connect({ baseUrl: keycloak.url, username: options.adminUsername, password: options.adminPassword });
    const changes = await applyRealmConfig(kc, config);

    const soffi = config.applications.find((application) => application.clientId === "soffi");
    if (!soffi) throw new Error("realm-config ne déclare pas l'application soffi dont la démo a besoin");
    demoServer = createDemoApp({ issuer: `${keycloak.url}/realms/${options.realm}`, clientId: soffi.clientId, clientSecret: soffi.secret, baseUrl: demoAppUrl });
    await new Promise<void>((resolve, reject) => demoServer!.once("error", reject).listen(ports.demoApp, "127.0.0.1", resolve));
    return { keycloak, mail, demoAppUrl, jdk, config, changes, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
