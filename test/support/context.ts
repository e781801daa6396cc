import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

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
}

export const CONTEXT_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", ".cache", "test-context.json");

export function writeTestContext(context: TestContext) {
  fs.mkdirSync(path.dirname(CONTEXT_FILE), { recursive: true });
  fs.writeFileSync(CONTEXT_FILE, JSON.stringify(context, null, 2));
}

export function testContext(): TestContext {
  return JSON.parse(fs.readFileSync(CONTEXT_FILE, "utf8"));
}
