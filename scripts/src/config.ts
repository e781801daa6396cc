// Every setting of the dev stack, read from the environment with a documented dev default.
// Kept pure (takes the environment as an argument) so tests can check the defaults.
import type { Database } from "./keycloak/build.js";

export const KEYCLOAK_VERSION = "26.7.3";

export interface StackConfig {
  keycloakPort: number;
  keycloakManagementPort: number;
  demoAppPort: number;
  mailWebPort: number;
  mailSmtpPort: number;
  /** The local SMS inbox (Brevo's API and a page of received messages). */
  smsInboxPort: number;
  adminUsername: string;
  adminPassword: string;
  realm: string;
  environment: string;
  soffiClientSecret: string;
  /** Keycloak's database for `npm start`: H2 file (default) or this machine's PostgreSQL. */
  database: Database;
}

const DEFAULT_PORTS = {
  KEYCLOAK_PORT: 8080,
  KEYCLOAK_MANAGEMENT_PORT: 9000,
  DEMO_APP_PORT: 3000,
  MAILDEV_WEB_PORT: 1080,
  MAILDEV_SMTP_PORT: 1025,
  SMS_INBOX_PORT: 1090,
} as const;

export function parsePort(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} doit être un numéro de port entre 1 et 65535 (reçu : "${value}")`);
  }
  return port;
}

export function readStackConfig(env: NodeJS.ProcessEnv = process.env): StackConfig {
  const port = (name: keyof typeof DEFAULT_PORTS) => parsePort(name, env[name], DEFAULT_PORTS[name]);
  return {
    keycloakPort: port("KEYCLOAK_PORT"),
    keycloakManagementPort: port("KEYCLOAK_MANAGEMENT_PORT"),
    demoAppPort: port("DEMO_APP_PORT"),
    mailWebPort: port("MAILDEV_WEB_PORT"),
    mailSmtpPort: port("MAILDEV_SMTP_PORT"),
    smsInboxPort: port("SMS_INBOX_PORT"),
    // Dev defaults only: production sets these through the environment (see docker-compose.yml).
    adminUsername: env.KC_BOOTSTRAP_ADMIN_USERNAME || "admin",
    adminPassword: env.KC_BOOTSTRAP_ADMIN_PASSWORD || "admin",
    realm: env.EFP_REALM || "efp",
    environment: env.EFP_ENV || "dev",
    soffiClientSecret: env.SOFFI_CLIENT_SECRET || "soffi-dev-secret-change-me",
    database: parseDatabase(env.EFP_DATABASE),
  };
}

export function parseDatabase(value: string | undefined): Database {
  if (value === undefined || value.trim() === "" || value === "dev-file") return "dev-file";
  if (value === "postgres") return "postgres";
  throw new Error(`EFP_DATABASE doit valoir dev-file (H2, par défaut) ou postgres (reçu : "${value}")`);
}
