import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Database } from "../../scripts/src/keycloak/build.js";
import type { PostgresConnection } from "../../scripts/src/postgres/server.js";

declare global {
  /** Set per jest project (`globals` in jest.config.ts): which stack this project's suites run against. */
  var __EFP_TEST_DATABASE__: Database | undefined;
}

/** What the global setup started, for the suites (which run in other processes). */
/** An account of the stack's environment overlay that the suites may log in with. */
export interface TestUser {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

export interface TestContext {
  keycloakUrl: string;
  managementUrl: string;
  mailWebUrl: string;
  mailSmtpHost: string;
  mailSmtpPort: number;
  demoAppUrl: string;
  /** The local SMS inbox (Brevo's API, a page, /_inbox/… for the tests); absent for an external stack. */
  smsInboxUrl?: string;
  realm: string;
  adminUsername: string;
  adminPassword: string;
  user: TestUser;
  /** The fake CaptchEtat the test Keycloak's captchetat provider talks to (absent outside jest's own stack). */
  fakeCaptchEtatUrl?: string;
  /** The fake API Recherche d'entreprises the recherche-entreprises directory talks to (idem). */
  fakeRechercheEntreprisesUrl?: string;
  /** True when the suites run against a stack started outside jest (KEYCLOAK_URL set). */
  external: boolean;
  /** Keycloak's database (unknown for an external stack). */
  database?: Database;
  /** On PostgreSQL: Keycloak's own database, for suites that check what was stored (test/support/database.ts). */
  postgres?: PostgresConnection;
}

const CACHE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", ".cache");

/** The database of the jest project the calling suite runs in (H2 unless its project says otherwise). */
export function currentDatabase(): Database {
  return globalThis.__EFP_TEST_DATABASE__ ?? "dev-file";
}

/** One file per stack, so that the H2 and the PostgreSQL projects may even run in one jest invocation. */
export function contextFile(database: Database = currentDatabase()): string {
  return path.join(CACHE, database === "dev-file" ? "test-context.json" : `test-context-${database}.json`);
}

export function writeTestContext(context: TestContext, database: Database) {
  const file = contextFile(database);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Holds the database password of the throw-away cluster: readable by us only.
  fs.writeFileSync(file, JSON.stringify(context, null, 2), { mode: 0o600 });
}

export function testContext(): TestContext {
  return JSON.parse(fs.readFileSync(contextFile(), "utf8"));
}
