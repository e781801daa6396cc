// Proves the running Keycloak loaded our two jars: the extension's providers and the theme.
import { adminToken } from "../support/admin.js";
import { testContext } from "../support/context.js";

interface ServerInfo {
  systemInfo: { version: string };
  themes: Record<string, { name: string }[]>;
  providers: Record<string, { providers: Record<string, unknown> }>;
}

let info: ServerInfo;

beforeAll(async () => {
  const response = await fetch(`${testContext().keycloakUrl}/admin/serverinfo`, { headers: { Authorization: `Bearer ${await adminToken()}` } });
  expect(response.status).toBe(200);
  info = (await response.json()) as ServerInfo;
});

test("runs the pinned Keycloak version", () => {
  expect(info.systemInfo.version).toBe("26.7.3");
});

test("lists the extension's SIRET validator provider", () => {
  expect(Object.keys(info.providers.validator.providers)).toContain("efp-siret");
});

test("lists the efp login theme", () => {
  expect(info.themes.login.map((theme) => theme.name)).toContain("efp");
});

test("refuses server info to an anonymous caller", async () => {
  const response = await fetch(`${testContext().keycloakUrl}/admin/serverinfo`);
  expect(response.status).toBe(401);
});
