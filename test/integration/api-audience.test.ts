// Each of the extension's APIs accepts only tokens issued for it, and no
// client of the realm checks a password without the CAPTCHA.
//
// 1. A token that SOFFI received for an access manager was accepted by efp-access, which sent an
//    access manager's invitation in that person's name: an application is a relying party and
//    must never act as the person. Every other client's token (MAF, SOFFI, admin-cli, account,
//    a service account) is now refused by both APIs, and nothing is sent.
// 2. admin-cli had the password grant on (Keycloak's default): spraying passwords through it
//    escaped the CAPTCHA. It is off on every client, and the realm's direct grant flow refuses
//    even for a client that turns it on again by hand; efp plan names such a client.
import path from "node:path";
import { ApiError, applyRealmConfig, loadRealmConfig } from "@efp/provisioning";
import { realmConfigVariables } from "../../scripts/src/stack.js";
import { codeFlowToken } from "../../bench/src/http-login.js";
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";
import {
  acceptCharter,
  administratorApi,
  apiAs,
  applicationToken,
  claims,
  createPerson,
  EFP_CLI_SECRET,
  freshSiret,
  PERSON_PASSWORD,
  personToken,
  refusalOf,
  statusOf,
} from "../support/efp-admin.js";
import { FIXED_CAPTCHA_ANSWER } from "../support/login-page.js";
import { listEmails } from "../support/mailbox.js";
import { serviceAccountApi } from "../support/service-account.js";

const context = testContext();
const REALM_CONFIG = path.resolve(import.meta.dirname, "..", "..", "realm-config");
const SIRET = freshSiret();
const suffix = `${Date.now() % 1e8}`;
let manager: { id: string; email: string };

const oidc = (pathname: string) => `${context.keycloakUrl}/realms/${context.realm}/protocol/openid-connect/${pathname}`;
const invitationBy = (token: string, email: string) =>
  apiAs(token, "efp-access").request("POST", `applications/maf/companies/${SIRET}/invitations`, { email, roles: ["deposant"], accessManager: true });

async function clientCredentialsToken(clientId: string, clientSecret: string): Promise<string> {
  const response = await fetch(oidc("token"), {
    method: "POST",
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }),
  });
  const body = (await response.json()) as { access_token?: string; error_description?: string };
  if (!body.access_token) throw new Error(`client credentials refusés pour ${clientId} : ${body.error_description}`);
  return body.access_token;
}

/** Tokens of clients that are not Mon compte's, nor the CLI's for people, nor an admin client. */
async function otherClientsTokens(): Promise<Record<string, string>> {
  const kc = await adminClient();
  const tokens: Record<string, string> = {
    soffi: await applicationToken(manager.email, "soffi", "soffi-test-secret"),
    maf: await applicationToken(manager.email, "maf", "maf-test-secret"),
  };
  // Keycloak's own clients: `account` (public, code flow), and admin-cli, opened to the code
  // flow for the time of the test (its password grant is off, see below).
  const account = await codeFlowToken({
    keycloakUrl: context.keycloakUrl,
    realm: context.realm,
    clientId: "account",
    redirectUri: `${context.keycloakUrl}/realms/${context.realm}/account/`,
    username: manager.email,
    password: PERSON_PASSWORD,
    captchaAnswer: FIXED_CAPTCHA_ANSWER,
  });
  tokens.account = account.access_token;
  const [adminCli] = await kc.clients.find({ realm: context.realm, clientId: "admin-cli" });
  const redirect = "http://127.0.0.1:9/admin-cli";
  await kc.clients.update({ realm: context.realm, id: adminCli.id! }, { ...adminCli, standardFlowEnabled: true, redirectUris: [redirect] });
  try {
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    tokens["admin-cli"] = (
      await codeFlowToken({
        keycloakUrl: context.keycloakUrl,
        realm: context.realm,
        clientId: "admin-cli",
        redirectUri: redirect,
        username: manager.email,
        password: PERSON_PASSWORD,
        captchaAnswer: FIXED_CAPTCHA_ANSWER,
      })
    ).access_token;
  } finally {
    await kc.clients.update({ realm: context.realm, id: adminCli.id! }, { ...adminCli });
  }
  // A service account of some other program, administrator by its roles: roles do not make it an admin client.
  const serviceId = `autre-service-${suffix}`;
  await serviceAccountApi(serviceId, { realmRoles: ["efp-administrator"] }, false);
  const [service] = await kc.clients.find({ realm: context.realm, clientId: serviceId });
  tokens["service account"] = await clientCredentialsToken(serviceId, (await kc.clients.getClientSecret({ realm: context.realm, id: service.id! })).value!);
  return tokens;
}

beforeAll(async () => {
  await administratorApi().request("POST", "companies", { siret: SIRET, name: `AUDIENCE ${suffix}` });
  manager = await createPerson("ra-audience");
  for (const application of ["maf", "soffi"]) {
    await administratorApi().request("POST", "habilitations", {
      user: manager.email,
      application,
      company: SIRET,
      roles: application === "maf" ? ["deposant"] : ["consultation"],
      accessManager: true,
    });
  }
  await acceptCharter(manager.id);
});

test("an application's token, or any other client's, is refused by efp-access and efp-admin, and sends nothing", async () => {
  const tokens = await otherClientsTokens();
  expect(Object.keys(tokens).sort()).toEqual(["account", "admin-cli", "maf", "service account", "soffi"]);
  // The applications' tokens name the application as their audience.
  const audiences = (token: string) => [claims(token).aud].flat();
  expect([claims(tokens.soffi).azp, audiences(tokens.soffi)]).toEqual(["soffi", ["soffi"]]);
  expect(audiences(tokens.maf)).toEqual(["maf"]);
  const mailsBefore = (await listEmails()).length;
  for (const [client, token] of Object.entries(tokens)) {
    const invitee = `invite-${client.replace(/\W/g, "")}.${suffix}@exemple.fr`;
    const asAccess = await invitationBy(token, invitee).then(
      () => 201,
      (error: ApiError) => error,
    );
    expect([client, asAccess instanceof ApiError ? asAccess.status : asAccess]).toEqual([client, 403]);
    expect((asAccess as ApiError).code).toBe("wrong_audience");
    expect([client, await statusOf(apiAs(token).request("GET", "applications"))]).toEqual([client, 403]);
    expect([client, await statusOf(apiAs(token, "efp-access").request("GET", "me/applications"))]).toEqual([client, 403]);
  }
  // Nothing was stored, nothing sent: the manager's own session sees no invitation.
  const own = await apiAs(await personToken(manager.email), "efp-access").request<{ items: unknown[] }>(
    "GET",
    `applications/maf/companies/${SIRET}/invitations`,
  );
  expect(own.items).toEqual([]);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect((await listEmails()).length).toBe(mailsBefore);
});

test("Mon compte's token reaches efp-access only; the automation client's efp-admin only; a person's CLI session both", async () => {
  const monCompteToken = (scope?: string) =>
    codeFlowToken({
      keycloakUrl: context.keycloakUrl,
      realm: context.realm,
      clientId: "account-console",
      redirectUri: `${context.keycloakUrl}/realms/${context.realm}/account/`,
      username: manager.email,
      password: PERSON_PASSWORD,
      captchaAnswer: FIXED_CAPTCHA_ANSWER,
      scope,
    });
  const monCompte = await monCompteToken();
  expect(claims(monCompte.access_token)).toMatchObject({ azp: "account-console" });
  expect([claims(monCompte.access_token).aud].flat()).toContain("efp-access");
  expect(await statusOf(apiAs(monCompte.access_token, "efp-access").request("GET", "me/applications"))).toBe(200);
  expect(await statusOf(apiAs(monCompte.access_token).request("GET", "applications"))).toBe(403);
  expect([claims(monCompte.access_token).aud].flat()).not.toContain("efp-admin");
  // EFP ADMIN's screens (Mon compte asks for efp-admin when they are opened): the token is also the
  // admin API's, and the database still decides (this access manager administers nothing).
  const monCompteAdmin = await monCompteToken("openid efp-admin");
  expect([claims(monCompteAdmin.access_token).aud].flat()).toEqual(expect.arrayContaining(["efp-access", "efp-admin"]));
  expect(await refusalOf(apiAs(monCompteAdmin.access_token).request("GET", "users"))).toEqual([403, "forbidden"]);

  const automation = await clientCredentialsToken("efp-cli", EFP_CLI_SECRET);
  expect([claims(automation).aud].flat()).toContain("efp-admin");
  expect(await statusOf(apiAs(automation).request("GET", "applications"))).toBe(200);
  expect(await statusOf(apiAs(automation, "efp-access").request("GET", "me/applications"))).toBe(403);

  const session = await personToken(manager.email);
  expect(claims(session)).toMatchObject({ azp: "efp-cli-person", aud: expect.arrayContaining(["efp-access", "efp-admin"]) });
  expect(await statusOf(apiAs(session, "efp-access").request("GET", `applications/maf/companies/${SIRET}/invitations`))).toBe(200);
  // Issued for the admin API, but the person is no administrator: the roles decide what they may do there.
  expect(await statusOf(apiAs(session).request("GET", "applications"))).toBe(403);
  expect(await statusOf(apiAs(undefined, "efp-access").request("GET", "me/applications"))).toBe(401);
  expect(await statusOf(apiAs("pas-un-jeton").request("GET", "applications"))).toBe(401);
});

test("no client checks a password outside the login pages: password grants are refused, even when a client turns them on again", async () => {
  const kc = await adminClient();
  const passwordGrant = (clientId: string, clientSecret?: string) =>
    fetch(oidc("token"), {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "password",
        client_id: clientId,
        username: manager.email,
        password: PERSON_PASSWORD,
        ...(clientSecret && { client_secret: clientSecret }),
      }),
    });
  for (const [clientId, secret] of [
    ["admin-cli"],
    ["account-console"],
    ["efp-cli-person"],
    ["soffi", "soffi-test-secret"],
    ["efp-cli", EFP_CLI_SECRET],
  ] as const) {
    const answer = await passwordGrant(clientId, secret);
    expect([clientId, answer.ok, await answer.text()]).toEqual([clientId, false, expect.not.stringContaining("access_token")]);
  }
  const [adminCli] = await kc.clients.find({ realm: context.realm, clientId: "admin-cli" });
  expect(adminCli.directAccessGrantsEnabled).toBe(false);

  // A client made by hand in the console with the password grant on.
  const clientId = `fait-main-${suffix}`;
  await kc.clients.create({ realm: context.realm, clientId, publicClient: true, directAccessGrantsEnabled: true, standardFlowEnabled: false });
  try {
    const answer = await passwordGrant(clientId);
    expect(answer.ok).toBe(false);
    expect(await answer.text()).not.toContain("access_token");
    // The right password was refused by the flow, not counted as a failure: the person still signs in.
    expect(claims(await personToken(manager.email)).azp).toBe("efp-cli-person");

    if (!context.external) {
      const variables = realmConfigVariables({
        smtpHost: context.mailSmtpHost,
        smtpPort: context.mailSmtpPort,
        demoAppUrl: context.demoAppUrl,
        keycloakUrl: context.keycloakUrl,
      });
      const plan = await applyRealmConfig(kc, loadRealmConfig(REALM_CONFIG, "test", variables), { dryRun: true });
      expect(plan).toEqual([
        { action: "update", resource: `client ${clientId} (mot de passe sans CAPTCHA : password grant)`, fields: ["directAccessGrantsEnabled"] },
      ]);
    }
  } finally {
    const [made] = await kc.clients.find({ realm: context.realm, clientId });
    await kc.clients.del({ realm: context.realm, id: made.id! });
  }
});
