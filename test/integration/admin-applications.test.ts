// EFP ADMIN's applications (efp-admin GET/PUT applications/{clientId}, POST applications, POST
// applications/{clientId}/secret; `efp applications show|create|update|rotate-secret`): who may
// do what, what is refused and leaves nothing behind, the secret shown once and working, and
// `efp plan` reporting a change made through the API, against the real Keycloak.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ApplicationDetails, AuditEntry } from "@efp/contract";
import { applyRealmConfig, loadRealmConfig, readOutside, type EfpApi } from "@efp/provisioning";
import { realmConfigVariables } from "../../scripts/src/stack.js";
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";
import {
  EFP_CLI_SECRET,
  administratorApi,
  apiAs,
  applicationToken,
  createApplication,
  createPerson,
  freshSiret,
  refusalOf,
  statusOf,
} from "../support/efp-admin.js";
import { staffCallers, type Caller, type Person } from "../support/staff-callers.js";

const context = testContext();
const REALM_CONFIG = path.resolve(import.meta.dirname, "..", "..", "realm-config");
const suffix = `${Date.now() % 1e8}`;
const APP = `appli-${suffix}`;
const OTHER_APP = `appli-voisine-${suffix}`;
const SIRET = freshSiret();
const admin = administratorApi();
const CALLERS: Caller[] = ["anonymous", "plain", "accessManager", "supportOtherApp", "support", "aaOtherApp", "aa", "administrator"];
const tokens = {} as Record<Caller, string | undefined>;
const as = (caller: Caller): EfpApi => apiAs(tokens[caller]);
let firstSecret = "";

const newApp = (clientId: string, extra: Record<string, unknown> = {}) => ({
  clientId,
  name: `Appli ${clientId}`,
  description: "Une application de test",
  url: "http://127.0.0.1:9",
  raCodesEnabled: false,
  listedPublicly: false,
  roles: [
    { name: "lecteur", description: "Lecteur", descriptionEn: "Reader" },
    { name: "redacteur", description: "Rédacteur", descriptionEn: "Writer" },
  ],
  ...extra,
});

async function clientOf(clientId: string) {
  const kc = await adminClient();
  const [client] = await kc.clients.find({ realm: context.realm, clientId });
  return client;
}

/** What Keycloak's token endpoint says of a client's secret: a bogus code is refused after the client is authenticated. */
async function secretCheck(clientId: string, secret: string): Promise<string> {
  const response = await fetch(`${context.keycloakUrl}/realms/${context.realm}/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: "pas-un-code",
      redirect_uri: "http://127.0.0.1:9/callback",
      client_id: clientId,
      client_secret: secret,
    }),
  });
  const body = (await response.json()) as { error?: string };
  // invalid_grant: the client passed (its secret is right), the code did not; invalid_client / unauthorized_client: the secret is wrong.
  return `${response.status} ${body.error}`;
}

async function matrix(call: (api: EfpApi, caller: Caller) => Promise<unknown>): Promise<Record<Caller, number>> {
  const statuses = {} as Record<Caller, number>;
  for (const caller of CALLERS) statuses[caller] = await statusOf(call(as(caller), caller));
  return statuses;
}

/** The answers of a matrix where only `allowed` may: 401 without a token, 403 for the others. */
function allowedTo(...allowed: Caller[]): Record<Caller, number> {
  return Object.fromEntries(CALLERS.map((caller) => [caller, caller === "anonymous" ? 401 : allowed.includes(caller) ? 200 : 403])) as Record<Caller, number>;
}

const auditOf = async (clientId: string) => (await admin.request<{ items: AuditEntry[] }>("GET", "audit", undefined, { application: clientId })).items;

beforeAll(async () => {
  // The application is created through the API by an administrator (the efp-cli automation client): what follows uses it.
  const created = await admin.request<ApplicationDetails>("POST", "applications", newApp(APP));
  firstSecret = created.secret!;
  await createApplication(OTHER_APP);
  await admin.request("POST", "companies", { siret: SIRET, name: `APPLI ${suffix}` });
  // The access manager of the callers holds the created application's role lecteur: its roles are grantable.
  Object.assign(tokens, (await staffCallers(APP, OTHER_APP, SIRET)).tokens);
}, 180_000);

test("creating: an administrator only, 201 with the secret once, a confidential client with PKCE, our mappers and the efp attributes", async () => {
  const statuses = await matrix((api, caller) => api.request("POST", "applications", newApp(`mx-${caller.toLowerCase()}-${suffix}`)));
  expect(statuses).toEqual(allowedTo("administrator"));
  for (const caller of CALLERS) expect(Boolean(await clientOf(`mx-${caller.toLowerCase()}-${suffix}`))).toBe(caller === "administrator");

  // The raw answer: 201, the secret in it and nowhere else.
  const clientId = `brut-${suffix}`;
  const response = await fetch(`${admin.root}/applications`, {
    method: "POST",
    headers: { authorization: `Bearer ${tokens.administrator}`, "content-type": "application/json" },
    body: JSON.stringify(newApp(clientId, { redirectUris: ["http://127.0.0.1:9/cb"], logoUrl: "https://logo.example.fr/l.png", listedPublicly: true })),
  });
  expect(response.status).toBe(201);
  const created = (await response.json()) as ApplicationDetails;
  expect(created.secret).toMatch(/^\S{32,}$/);
  expect(created).toMatchObject({
    clientId,
    source: "efp-admin",
    describedInRealmConfig: false,
    logoUrl: "https://logo.example.fr/l.png",
    listedPublicly: true,
    redirectUris: ["http://127.0.0.1:9/cb"],
    actions: ["edit", "rotate-secret"],
  });

  const client = (await clientOf(clientId))!;
  expect(client).toMatchObject({
    publicClient: false,
    clientAuthenticatorType: "client-secret",
    standardFlowEnabled: true,
    implicitFlowEnabled: false,
    directAccessGrantsEnabled: false,
    serviceAccountsEnabled: false,
    fullScopeAllowed: false,
    rootUrl: "http://127.0.0.1:9",
  });
  expect(client.attributes).toMatchObject({
    "pkce.code.challenge.method": "S256",
    "efp.application": "true",
    "efp.source": "efp-admin",
    "efp.display-name": `Appli ${clientId}`,
    "efp.url": "http://127.0.0.1:9",
    "efp.logo-url": "https://logo.example.fr/l.png",
    "efp.ra-codes-enabled": "false",
    "efp.listed-publicly": "true",
  });
  const kc = await adminClient();
  const mappers = await kc.clients.listProtocolMappers({ realm: context.realm, id: client.id! });
  const byName = Object.fromEntries(mappers.map((mapper) => [mapper.name, mapper]));
  expect(byName["efp-habilitations"]?.protocolMapper).toBe("efp-habilitations-mapper");
  expect(byName["efp-audience"]?.config?.["included.client.audience"]).toBe(clientId);
  // The realm's configured claim names (realm.yaml tokens.claims), as efp apply gives the realm-config applications.
  const [soffi] = await kc.clients.find({ realm: context.realm, clientId: "soffi" });
  const soffiIdentity = (await kc.clients.listProtocolMappers({ realm: context.realm, id: soffi.id! })).find((mapper) => mapper.name === "efp-identity");
  expect(byName["efp-identity"]?.config?.["efp.claim.user-kind"]).toBe(soffiIdentity?.config?.["efp.claim.user-kind"]);
  expect(byName["efp-identity"]?.config?.["efp.claim.structure"]).toBe(soffiIdentity?.config?.["efp.claim.structure"]);
  const roles = (await kc.clients.listRoles({ realm: context.realm, id: client.id! })).map((role) => role.name).sort();
  expect(roles).toEqual(["efp-application-admin", "efp-support", "lecteur", "redacteur"]);
  const optional = await kc.clients.listOptionalClientScopes({ realm: context.realm, id: client.id! });
  expect(optional.map((scope) => scope.name)).toContain("efp-company");

  // Audited, without the secret.
  const entries = await auditOf(clientId);
  expect(entries.map((entry) => entry.action)).toEqual(["APPLICATION_CREATED"]);
  expect(JSON.stringify(entries)).not.toContain(created.secret!);
});

test("bad input is refused whole with a 400 naming it, a taken clientId with a 409; nothing is created", async () => {
  const bad: [string, Record<string, unknown>, string][] = [
    [`Majuscules-${suffix}`, {}, "invalid_client_id"],
    ["efp-maison", {}, "reserved_client_id"],
    [`http-${suffix}`, { url: "http://service.example.fr" }, "invalid_url"],
    [`js-${suffix}`, { url: "javascript:alert(1)" }, "invalid_url"],
    [`logo-${suffix}`, { logoUrl: "http://logo.example.fr/l.png" }, "invalid_logo_url"],
    [`retour-${suffix}`, { redirectUris: ["https://*.example.fr/"] }, "invalid_redirect_uris"],
    [`barre-${suffix}`, { roles: [{ name: "a|b" }] }, "invalid_role_name"],
    [`reserve-${suffix}`, { roles: [{ name: "lecteur" }, { name: "efp-support" }] }, "reserved_role"],
    [`double-${suffix}`, { roles: [{ name: "lecteur" }, { name: "lecteur" }] }, "duplicate_role"],
    [`sansrole-${suffix}`, { roles: [] }, "missing_roles"],
    [`balise-${suffix}`, { name: "<script>alert(1)</script>" }, "markup_refused"],
    [`libelle-${suffix}`, { roles: [{ name: "lecteur", description: "<b>Lecteur</b>" }] }, "markup_refused"],
    [`long-${suffix}`, { description: "x".repeat(501) }, "invalid_description"],
  ];
  for (const [clientId, extra, code] of bad) {
    expect([clientId, await refusalOf(admin.request("POST", "applications", newApp(clientId, extra)))]).toEqual([clientId, [400, code]]);
    expect(await clientOf(clientId)).toBeUndefined();
  }
  expect(await refusalOf(admin.request("POST", "applications", newApp(APP)))).toEqual([409, "application_exists"]);
  expect(await refusalOf(admin.request("POST", "applications", newApp("account")))).toEqual([409, "application_exists"]);
  expect(await refusalOf(admin.request("POST", "applications", { clientId: `vide-${suffix}` }))).toEqual([400, "missing_name"]);
});

test("reading: the application's staff and the administrators; never the secret", async () => {
  const statuses = await matrix((api) => api.request("GET", `applications/${APP}`));
  expect(statuses).toEqual(allowedTo("support", "aa", "administrator"));
  const raw = await fetch(`${admin.root}/applications/${APP}`, { headers: { authorization: `Bearer ${tokens.administrator}` } });
  const text = await raw.text();
  expect(text).not.toContain(firstSecret);
  expect(JSON.parse(text)).not.toHaveProperty("secret");
  const page = JSON.parse(text) as ApplicationDetails;
  expect(page.roles).toEqual([
    { name: "lecteur", description: "Lecteur", descriptionEn: "Reader", habilitations: 1 },
    { name: "redacteur", description: "Rédacteur", descriptionEn: "Writer", habilitations: 0 },
  ]);
  // What each may do, as the screen offers it.
  expect((await as("support").request<ApplicationDetails>("GET", `applications/${APP}`)).actions).toEqual([]);
  expect((await as("aa").request<ApplicationDetails>("GET", `applications/${APP}`)).actions).toEqual(["edit"]);
  expect(await refusalOf(admin.request("GET", `applications/inconnue-${suffix}`))).toEqual([404, "unknown_application"]);
  // The list says who may create.
  expect((await as("administrator").request<{ actions: string[] }>("GET", "applications")).actions).toEqual(["create"]);
  expect((await as("aa").request<{ actions: string[] }>("GET", "applications")).actions).toEqual([]);
});

test("changing: the administrators and the application's admins; markup refused, other characters kept as typed; audited", async () => {
  const statuses = await matrix((api, caller) => api.request("PUT", `applications/${APP}`, { description: `Par ${caller}` }));
  expect(statuses).toEqual(allowedTo("aa", "administrator"));
  const typed = `Tom & Jerry "l'appli" ${suffix}`;
  const changed = await as("aa").request<ApplicationDetails>("PUT", `applications/${APP}`, {
    name: typed,
    raCodesEnabled: true,
    listedPublicly: true,
    roles: [
      { name: "lecteur", description: "Lecteur", descriptionEn: "Reader (read only)" },
      { name: "redacteur", description: "Rédacteur" },
      { name: "auditeur", description: "Auditeur", descriptionEn: "Auditor" },
    ],
  });
  expect(changed).toMatchObject({ name: typed, raCodesEnabled: true, listedPublicly: true, description: "Par administrator" });
  expect(changed.roles.map((role) => [role.name, role.description, role.descriptionEn])).toEqual([
    ["auditeur", "Auditeur", "Auditor"],
    ["lecteur", "Lecteur", "Reader (read only)"],
    ["redacteur", "Rédacteur", undefined],
  ]);
  expect(await refusalOf(as("aa").request("PUT", `applications/${APP}`, { name: "<img src=x onerror=alert(1)>" }))).toEqual([400, "markup_refused"]);
  expect((await admin.request<ApplicationDetails>("GET", `applications/${APP}`)).name).toBe(typed);

  // A role a habilitation carries cannot go (and the rest of that change is not written); an unused one can.
  const refused = await refusalOf(
    as("aa").request("PUT", `applications/${APP}`, { description: "jamais écrite", roles: [{ name: "redacteur" }, { name: "auditeur" }] }),
  );
  expect(refused).toEqual([409, "role_in_use"]);
  const after = await admin.request<ApplicationDetails>("GET", `applications/${APP}`);
  expect(after.description).toBe("Par administrator");
  expect(after.roles.map((role) => role.name)).toEqual(["auditeur", "lecteur", "redacteur"]);
  const removed = await as("aa").request<ApplicationDetails>("PUT", `applications/${APP}`, {
    roles: [{ name: "lecteur", description: "Lecteur" }, { name: "redacteur" }],
  });
  expect(removed.roles.map((role) => role.name)).toEqual(["lecteur", "redacteur"]);

  const actions = (await auditOf(APP)).filter((entry) => entry.action === "APPLICATION_UPDATED");
  expect(actions.length).toBeGreaterThanOrEqual(4);
  expect(actions.some((entry) => (entry.details ?? "").includes('"rolesRemoved":["auditeur"]'))).toBe(true);
  expect(actions.some((entry) => (entry.details ?? "").includes('"rolesAdded":["auditeur"]'))).toBe(true);
});

test("the secret works, is rotated by an administrator only, and the old one stops working", async () => {
  expect(await secretCheck(APP, firstSecret)).toBe("400 invalid_grant");
  expect(await secretCheck(APP, `${firstSecret}x`)).toMatch(/^401 (invalid_client|unauthorized_client)$/);

  // A person with a habilitation signs in to the new application with that secret: its roles are in the token.
  const holder = await createPerson(`titulaire${suffix}`);
  await admin.request("POST", "habilitations", { user: holder.email, application: APP, company: SIRET, roles: ["redacteur"] });
  const token = await applicationToken(holder.email, APP, firstSecret);
  const claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()) as Record<string, unknown>;
  expect(claims.resource_access).toEqual({ [APP]: { roles: ["redacteur"] } });
  expect(claims.aud).toContain(APP);
  expect(claims.efp_habilitations).toEqual([expect.objectContaining({ siret: SIRET, roles: ["redacteur"] })]);

  const statuses = await matrix((api, caller) => (caller === "administrator" ? Promise.resolve() : api.request("POST", `applications/${APP}/secret`)));
  expect(statuses).toEqual(allowedTo("administrator"));
  expect(await secretCheck(APP, firstSecret)).toBe("400 invalid_grant");
  const rotated = await as("administrator").request<ApplicationDetails>("POST", `applications/${APP}/secret`);
  expect(rotated.secret).toBeTruthy();
  expect(rotated.secret).not.toBe(firstSecret);
  expect(await secretCheck(APP, firstSecret)).toMatch(/^401 (invalid_client|unauthorized_client)$/);
  expect(await secretCheck(APP, rotated.secret!)).toBe("400 invalid_grant");
  expect(JSON.stringify(await admin.request("GET", `applications/${APP}`))).not.toContain(rotated.secret!);
  const rotations = (await auditOf(APP)).filter((entry) => entry.action === "APPLICATION_SECRET_ROTATED");
  expect(rotations).toHaveLength(1);
  expect(JSON.stringify(rotations)).not.toContain(rotated.secret!);
  firstSecret = rotated.secret!;

  // realm-config's applications keep the secret of their environment variable: rotating it here would be undone by efp apply.
  expect(await refusalOf(as("administrator").request("POST", "applications/soffi/secret"))).toEqual([409, "secret_from_realm_config"]);
  const soffi = await admin.request<ApplicationDetails>("GET", "applications/soffi");
  expect(soffi).toMatchObject({ source: "realm-config", describedInRealmConfig: true });
  expect(soffi.actions).toEqual(["edit"]);
});

test("efp plan reports a change made through the API field by field, and the application created outside realm-config", async () => {
  if (context.external) return;
  const kc = await adminClient();
  const variables = realmConfigVariables({
    smtpHost: context.mailSmtpHost,
    smtpPort: context.mailSmtpPort,
    demoAppUrl: context.demoAppUrl,
    keycloakUrl: context.keycloakUrl,
  });
  const config = loadRealmConfig(REALM_CONFIG, "test", variables);
  const before = await admin.request<ApplicationDetails>("GET", "applications/maf");
  try {
    await admin.request("PUT", "applications/maf", {
      description: `Changée dans EFP ADMIN ${suffix}`,
      listedPublicly: !before.listedPublicly,
      roles: [...before.roles.map(({ name, description, descriptionEn }) => ({ name, description, descriptionEn })), { name: `ajout-${suffix}` }],
    });
    const plan = await applyRealmConfig(kc, config, { dryRun: true });
    expect(plan).toEqual([{ action: "update", resource: "application maf", fields: ["description", "listedPublicly"] }]);
    const outside = await readOutside(kc, config);
    expect(outside).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ resource: `application maf role ajout-${suffix}` }),
        expect.objectContaining({ resource: `application ${APP}`, source: "efp-admin" }),
      ]),
    );
    // realm-config wins for what its files say: apply puts them back, and leaves the rest alone.
    await applyRealmConfig(kc, config);
    expect(await applyRealmConfig(kc, config, { dryRun: true })).toEqual([]);
    const restored = await admin.request<ApplicationDetails>("GET", "applications/maf");
    expect(restored).toMatchObject({ description: before.description, listedPublicly: before.listedPublicly });
    expect(restored.roles.map((role) => role.name)).toContain(`ajout-${suffix}`);
    expect(await clientOf(APP)).toBeDefined();
  } finally {
    const [maf] = await kc.clients.find({ realm: context.realm, clientId: "maf" });
    await kc.clients.delRole({ realm: context.realm, id: maf.id!, roleName: `ajout-${suffix}` }).catch(() => undefined);
  }
});

/** The CLI as an automation runs it (efp-cli's client credentials), against the test stack. */
function efp(args: string[]) {
  const root = path.resolve(import.meta.dirname, "..", "..");
  const result = spawnSync(process.execPath, [path.join(root, "provisioning", "bin", "efp.js"), ...args], {
    encoding: "utf8",
    env: {
      ...process.env,
      KEYCLOAK_URL: context.keycloakUrl,
      KC_BOOTSTRAP_ADMIN_USERNAME: context.adminUsername,
      KC_BOOTSTRAP_ADMIN_PASSWORD: context.adminPassword,
      EFP_CLIENT_SECRET: EFP_CLI_SECRET,
      EFP_CONFIG_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "efp-apps-")),
      EFP_ENV: "test",
      SMTP_HOST: context.mailSmtpHost,
      SMTP_PORT: String(context.mailSmtpPort),
      SOFFI_URL: context.demoAppUrl,
    },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("efp applications create|show|update|rotate-secret over the same endpoints; efp plan lists the application apart", async () => {
  const clientId = `cli-${suffix}`;
  const created = efp([
    "applications",
    "create",
    clientId,
    "--name",
    "Par la CLI",
    "--app-url",
    "https://cli.example.fr",
    "--role",
    "lecteur=Lecteur|Reader",
    "--json",
  ]);
  expect(created.stderr).toBe("");
  const json = JSON.parse(created.stdout) as ApplicationDetails;
  expect(json.secret).toBeTruthy();
  expect(await secretCheck(clientId, json.secret!)).toBe("400 invalid_grant");

  const shown = efp(["applications", "show", clientId]);
  expect(shown.code).toBe(0);
  expect(shown.stdout).toContain("lecteur\tLecteur\tReader\t0 habilitation(s)");
  expect(shown.stdout).toContain("Origine : EFP ADMIN");
  expect(shown.stdout).not.toContain(json.secret!);

  const updated = efp(["applications", "update", clientId, "--description", "Changée par la CLI", "--listed", "--json"]);
  expect(JSON.parse(updated.stdout)).toMatchObject({ description: "Changée par la CLI", listedPublicly: true });
  expect(efp(["applications", "update", clientId, "--app-url", "http://cli.example.fr"]).code).toBe(3);

  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "efp-secret-")), "secret");
  const rotated = efp(["applications", "rotate-secret", clientId, "--secret-file", file]);
  expect(rotated.code).toBe(0);
  const secret = fs.readFileSync(file, "utf8").trim();
  expect(rotated.stdout).not.toContain(secret);
  expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  expect(await secretCheck(clientId, secret)).toBe("400 invalid_grant");
  expect(await secretCheck(clientId, json.secret!)).toMatch(/^401 /);
  expect(efp(["applications", "rotate-secret", "soffi"]).code).toBe(3);

  if (!context.external) {
    const plan = efp(["plan"]);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain(`? application ${clientId} : créée dans EFP ADMIN`);
  }
});
