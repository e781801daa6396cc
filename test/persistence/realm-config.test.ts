// realm-config applied by the global setup produced the realm the platform promises, and
// applying it again changes nothing.
import path from "node:path";
import { applyRealmConfig, loadRealmConfig } from "@efp/provisioning";
import { realmConfigVariables } from "../../scripts/src/stack.js";
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";

const REALM_CONFIG = path.resolve(import.meta.dirname, "..", "..", "realm-config");

test("the efp realm uses our theme, French first, with brute-force detection", async () => {
  const kc = await adminClient();
  const realm = await kc.realms.findOne({ realm: testContext().realm });
  expect(realm).toMatchObject({
    enabled: true,
    loginTheme: "efp",
    defaultLocale: "fr",
    internationalizationEnabled: true,
    bruteForceProtected: true,
    registrationAllowed: true,
  });
  expect(realm?.supportedLocales?.sort()).toEqual(["en", "fr"]);
});

test("the validation-code policy of realm.yaml reaches the extension as realm attributes", async () => {
  const kc = await adminClient();
  const realm = await kc.realms.findOne({ realm: testContext().realm });
  expect(realm?.attributes).toMatchObject({
    "efp.validationCode.validitySeconds": "600",
    "efp.validationCode.maxAttempts": "5",
    "efp.validationCode.resendSeconds": "60",
  });
});

test("agents' read-only identity reaches Keycloak: the validator on email and names, the ministry domains, no password for agents", async () => {
  const kc = await adminClient();
  const realm = await kc.realms.findOne({ realm: testContext().realm });
  expect(realm?.attributes?.["efp.agents.emailDomains"]?.split(",")).toEqual(expect.arrayContaining(["travail.gouv.fr", "hydre.exemple.fr"]));
  expect(realm?.passwordPolicy).toContain("efpNoAgentPassword");
  const profile = await kc.users.getProfile({ realm: testContext().realm });
  const guarded = (profile.attributes ?? []).filter((attribute) => attribute.validations?.["efp-agent-read-only"]).map((attribute) => attribute.name);
  expect(guarded.sort()).toEqual(["email", "firstName", "lastName"]);
});

test("SOFFI is a confidential EFP application that requires PKCE S256", async () => {
  const kc = await adminClient();
  const [soffi] = await kc.clients.find({ realm: testContext().realm, clientId: "soffi" });
  expect(soffi).toMatchObject({ publicClient: false, standardFlowEnabled: true, implicitFlowEnabled: false, directAccessGrantsEnabled: false });
  expect(soffi.attributes).toMatchObject({ "pkce.code.challenge.method": "S256", "efp.application": "true", "efp.display-name": "SOFFI" });
  expect(soffi.redirectUris).toEqual([`${testContext().demoAppUrl}/callback`]);
});

// An external stack was configured with its own environment and secrets, unknown here.
(testContext().external ? test.skip : test)("a second apply reports no change", async () => {
  const context = testContext();
  const kc = await adminClient();
  const variables = realmConfigVariables({
    smtpHost: context.mailSmtpHost,
    smtpPort: context.mailSmtpPort,
    demoAppUrl: context.demoAppUrl,
    keycloakUrl: context.keycloakUrl,
  });
  expect(await applyRealmConfig(kc, loadRealmConfig(REALM_CONFIG, "test", variables))).toEqual([]);
});

test("the token limit, the company scope and its required action of realm-config reach Keycloak", async () => {
  const kc = await adminClient();
  const { realm } = testContext();
  expect((await kc.realms.findOne({ realm }))?.attributes).toMatchObject({ "efp.tokens.maxHabilitations": "20" });
  for (const clientId of ["soffi", "maf", "ceres", "edof"]) {
    const [client] = await kc.clients.find({ realm, clientId });
    expect((await kc.clients.listOptionalClientScopes({ realm, id: client.id! })).map((scope) => scope.name)).toContain("efp-company");
  }
  expect(await kc.authenticationManagement.getRequiredActionForAlias({ realm, alias: "efp-company-choice" })).toMatchObject({ enabled: true, priority: 1020 });
});
