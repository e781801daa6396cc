// Runs the SOFFI demo application alone: DEMO_APP_PORT, KEYCLOAK_URL, SOFFI_CLIENT_SECRET.
import { readStackConfig } from "../config.js";
import { createDemoApp } from "./server.js";

const config = readStackConfig();
const keycloakUrl = process.env.KEYCLOAK_URL ?? `http://localhost:${config.keycloakPort}`;
const baseUrl = `http://localhost:${config.demoAppPort}`;
createDemoApp({ issuer: `${keycloakUrl}/realms/${config.realm}`, clientId: "soffi", clientSecret: config.soffiClientSecret, baseUrl }).listen(
  config.demoAppPort,
  "127.0.0.1",
  () => console.log(`SOFFI (démo) : ${baseUrl}`),
);
