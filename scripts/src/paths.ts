import path from "node:path";
import { fileURLToPath } from "node:url";

// The repository root, found from this file so that scripts work from any working directory.
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CACHE_DIR = path.join(REPO_ROOT, ".cache");
export const LOG_DIR = path.join(CACHE_DIR, "logs");
export const EXTENSION_DIR = path.join(REPO_ROOT, "keycloak-extension");
export const THEME_DIR = path.join(REPO_ROOT, "keycloak-theme");
export const EXTENSION_JAR = path.join(EXTENSION_DIR, "target", "efp-keycloak-extension.jar");
/** Test-only providers (the fixed-answer CAPTCHA): installed by the test harness, never shipped. */
export const EXTENSION_TESTING_JAR = path.join(EXTENSION_DIR, "target", "efp-keycloak-extension-testing.jar");
export const THEME_JAR = path.join(THEME_DIR, "dist_keycloak", "efp-keycloak-theme.jar");
export const REALM_CONFIG_DIR = path.join(REPO_ROOT, "realm-config");
