import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { keycloakify } from "keycloakify/vite-plugin";

export default defineConfig({
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
