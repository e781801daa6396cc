import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { keycloakify } from "keycloakify/vite-plugin";

/**
 * The chunk of a module, for the first page a person waits for. Left alone, every lazy import
 * (the login or account app, then its page, then keycloakify's messages) is one more round trip
 * after the previous one has run: 4 to 5 in a row before the login form shows. Here the
 * libraries (and src/shared) are one chunk fetched with the entry, each app is one chunk with
 * all its pages; keycloakify's default messages of our two languages go with the libraries: one round
 * trip after the entry. Libraries must have a chunk of their own: otherwise Rollup puts React in
 * whichever app chunk reaches it first, and the entry and the other app import that chunk.
 */
export function chunkOf(id: string): string | undefined {
  const path = id.replace(/\\/g, "/");
  const messages = /\/keycloakify\/login\/i18n\/messages_defaultSet\/([a-zA-Z-]+)\.js$/.exec(path);
  if (messages) return messages[1] === "fr" || messages[1] === "en" ? "vendor" : undefined;
  // The DSFR's own script is loaded once the page shows (menus, language switch): it stays apart.
  if (path.includes("/dsfr/dsfr.module")) return undefined;
  if (path.includes("/node_modules/") || path.includes("/src/shared/")) return "vendor";
  if (path.includes("/src/login/")) return "login";
  if (path.includes("/src/account/")) return "account";
  return undefined;
}

export default defineConfig({
  build: { rollupOptions: { output: { manualChunks: chunkOf } } },
  plugins: [
    react(),
    keycloakify({
      themeName: "efp",
      groupId: "fr.gouv.travail.efp",
      artifactId: "efp-keycloak-theme",
      // "Mon compte" (src/account): our own DSFR single-page app at /realms/{realm}/account/,
      // signed in with the realm's account-console client, calling the extension's efp-access API.
      accountThemeImplementation: "Single-Page",
      // Read by Keycloak from its environment at each page render (theme.properties
      // `${env.NAME:default}`): ops change them with a restart, no rebuild. See README.
      environmentVariables: [
        { name: "EFP_MINISTRY_NAME", default: "Ministère du Travail, de l'Emploi et de l'Insertion" },
        { name: "EFP_SERVICE_TITLE", default: "EFP Connect" },
        { name: "EFP_NOTICE", default: "" },
      ],
      // We only run Keycloak 26: one jar, no build for the 22-25 range.
      keycloakVersionTargets: {
        "22-to-25": false,
        "all-other-versions": "efp-keycloak-theme.jar",
      },
    }),
  ],
});
