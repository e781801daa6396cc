// Agents' habilitations and logout, in Chromium against the real Keycloak, its stand-in ADFS
// realms, MailDev and the SOFFI demo app: an agent without access asks at the gate for their
// ministerial structure (no directory, no access manager) → the application's admin is mailed,
// approves in Mon compte → the agent reaches SOFFI, whose ID token names their kind and structure.
// Logging out of SOFFI ends the EFP Connect session and, by a SAML logout, the ADFS's: the next
// login asks the ADFS for the password again. Nobody else decides an agent's request: not a
// company's access manager, not the agent; the efp CLI approves it too.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import type { Page } from "playwright-core";
import { loadRealmConfig } from "@efp/provisioning";
import { REALM_CONFIG_DIR } from "../../scripts/src/paths.js";
import { adminClient } from "../support/admin.js";
import { HYDRE, newStandInAgent } from "../support/adfs-agents.js";
import { seriousViolations } from "../support/axe.js";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { tick } from "../support/dsfr.js";
import {
  EFP_CLI_SECRET,
  PERSON_PASSWORD,
  acceptCharter,
  administratorApi,
  apiAs,
  applicationToken,
  claims,
  createPerson,
  freshSiret,
  personToken,
  refusalOf,
  statusOf,
} from "../support/efp-admin.js";
import { submitLogin, waitForAccessGate } from "../support/login-page.js";
import { CLI_PERSON_CLIENT } from "../support/person-token.js";
import { waitForEmail, type Email } from "../support/mailbox.js";

const context = testContext();
const freshPage = useFreshPage();
const suffix = `${Date.now() % 1e8}`;
const config = loadRealmConfig(REALM_CONFIG_DIR, "test", { KEYCLOAK_URL: context.keycloakUrl });
const hydre = config.adfsStandIns.find((candidate) => candidate.realm === "adfs-hydre")!;
const hydreAgent = hydre.agents.find((agent) => agent.login === "agent")!;
const DGEFP = config.ministries.find((ministry) => ministry.code === "DGEFP")!;
const ROOT = path.resolve(import.meta.dirname, "..", "..");
// The CLI acts as the efp-cli automation client (an administrator), with no person's session.
const CLI_CONFIG_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "efp-cli-config-"));

type Request = { id: string; siret?: string; requester?: { id: string; email: string } };

let appAdmin: { id: string; email: string };

beforeAll(async () => {
  appAdmin = await createPerson("AdministrateurSoffi", [], { soffi: ["efp-application-admin"] });
  await forgetSoffiHabilitations(hydreAgent.email);
}, 60_000);

// hydre\agent is shared with agents.test.ts, which expects it at the gate: leave it without access.
afterAll(async () => {
  await forgetSoffiHabilitations(hydreAgent.email);
});

async function efpUser(email: string) {
  const kc = await adminClient();
  const [user] = await kc.users.find({ realm: context.realm, email, exact: true });
  return user;
}

/** No habilitation and no pending request on SOFFI for that agent. */
async function forgetSoffiHabilitations(email: string) {
  const user = await efpUser(email);
  if (!user) return;
  const admin = administratorApi();
  const page = await admin.request<{ items: { id: string }[] }>("GET", "habilitations", undefined, { application: "soffi", user: user.id! });
  for (const h of page.items) await admin.request("DELETE", `habilitations/${h.id}`);
  for (const request of await pendingOf(user.id!)) await admin.request("POST", `requests/${request.id}/refuse`, { reason: "Remise à zéro des tests." });
}

/** From SOFFI's demo app, `identifier` alone in our login form: straight to that ADFS. */
async function typeIdentifier(page: Page, identifier: string) {
  await page.goto(context.demoAppUrl);
  await page.click("#login");
  await page.waitForSelector("#username");
  await page.fill("#username", identifier);
  await page.click("#kc-login");
}

/** The stand-in ADFS's own login page, which asks for the Windows password. */
async function signInAtAdfs(page: Page, login: string, password: string) {
  await page.waitForURL(/\/realms\/adfs-hydre\//, { timeout: 15_000 });
  await page.waitForSelector("#password");
  expect(await page.inputValue("#username")).toBe(login);
  await page.fill("#password", password);
  await page.click("#kc-login");
}

/** An agent of the hydre ADFS made for one test (the demo agents are shared). */
const newHydreAgent = (label: string) => newStandInAgent(HYDRE, `${label}${suffix}`, { lastName: label });

/** At the gate, an agent's one request: for their structure. */
async function askForStructure(page: Page, description: string) {
  await waitForAccessGate(page);
  expect(await page.locator("#efp-agent-structure").innerText()).toContain(`${DGEFP.name} (DGEFP)`);
  // No directory for agents: nothing to search, no company to pick, no RA code.
  expect(await page.locator("#efp-gate-search, #query, [name=siret], #efp-gate-ra-code").count()).toBe(0);
  await page.fill("#description", description);
  await page.click("#efp-request-submit");
  await page.waitForSelector("#efp-gate-message");
  return page.locator("#efp-gate-message").innerText();
}

/** The one link of a mail's text part that leads into Mon compte. */
function accountLink(mail: Email): URL {
  const link = ((mail.text ?? "").match(/https?:\/\/[^\s<>"]+/g) ?? []).find((candidate) => candidate.includes(`/realms/${context.realm}/account/`));
  if (!link) throw new Error(`aucun lien vers Mon compte dans « ${mail.subject} » : ${mail.text}`);
  return new URL(link);
}

async function pendingOf(userId: string): Promise<Request[]> {
  const items = await administratorApi().request<{ items: Request[] }>("GET", "requests", undefined, { application: "soffi", company: "DGEFP" });
  return items.items.filter((request) => request.requester?.id === userId);
}

function efp(args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT, "provisioning", "bin", "efp.js"), ...args], {
    encoding: "utf8",
    env: {
      ...process.env,
      KEYCLOAK_URL: context.keycloakUrl,
      EFP_CLIENT_SECRET: EFP_CLI_SECRET,
      EFP_CONFIG_DIR: CLI_CONFIG_DIR,
    },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("hydre\\agent at the gate asks for the DGEFP → the application admin is mailed, approves in Mon compte → SOFFI, kind and structure in the ID token", async () => {
  const page = freshPage();
  await typeIdentifier(page, "hydre\\agent");
  await signInAtAdfs(page, "agent", hydreAgent.password);
  await waitForAccessGate(page);
  expect(await seriousViolations(page)).toEqual([]);
  const sent = await askForStructure(page, "Suivi des opérateurs de la DGEFP.");
  expect(sent).toBe(`Votre demande d'accès pour ${DGEFP.name} a été transmise aux administrateurs de SOFFI.`);
  expect(await page.locator("#efp-pending").innerText()).toContain(DGEFP.name);
  expect(await seriousViolations(page)).toEqual([]);

  // The application's admin is mailed (agents have no access manager), with a link to the structure's requests.
  const agent = await efpUser(hydreAgent.email);
  const mail = await waitForEmail(appAdmin.email, (email) => email.subject.includes("SOFFI") && (email.text ?? "").includes(hydreAgent.email.toLowerCase()));
  expect(mail.text).toContain(`agent de ${DGEFP.name} (structure DGEFP), demande l'accès au service numérique SOFFI`);
  expect(mail.text).toContain("Vous recevez ce message en tant qu'administrateur de SOFFI");
  const link = accountLink(mail);
  expect([link.searchParams.get("application"), link.searchParams.get("siret"), link.hash]).toEqual(["soffi", "DGEFP", "#/acces/demandes"]);

  // In Mon compte, the admin approves it with a role.
  const adminPage = await freshPage.another();
  await adminPage.goto(link.href);
  await adminPage.waitForSelector("#username");
  await submitLogin(adminPage, { email: appAdmin.email, password: PERSON_PASSWORD });
  await adminPage.waitForFunction(() => document.querySelector("#efp-pending-count")?.textContent === "1 demande en attente", undefined, { timeout: 20_000 });
  expect(await adminPage.locator("#efp-pair-title").innerText()).toBe(`SOFFI – ${DGEFP.name} (structure DGEFP)`);
  expect(await seriousViolations(adminPage)).toEqual([]);
  const request = adminPage.locator(`[data-email="${hydreAgent.email.toLowerCase()}"]`);
  expect(await request.locator("[data-description]").textContent()).toBe("Suivi des opérateurs de la DGEFP.");
  const requestId = await request.getAttribute("data-request");
  await tick(adminPage, `#efp-request-${requestId}-roles input[value=consultation]`);
  await adminPage.click(`#efp-request-${requestId}-approve`);
  await adminPage.waitForFunction(() => document.querySelector("#efp-pending-count")?.textContent === "0 demande en attente");
  const approvedMail = await waitForEmail(hydreAgent.email, (email) => email.subject === "Votre accès à SOFFI est ouvert");
  expect(approvedMail.text).toContain(`Vous avez désormais accès au service numérique SOFFI pour ${DGEFP.name} (structure DGEFP).`);

  // The agent gets in: the ID token says agent, DGEFP, and the habilitation names the structure.
  const agentPage = await freshPage.another();
  await typeIdentifier(agentPage, "hydre\\agent");
  await signInAtAdfs(agentPage, "agent", hydreAgent.password);
  await agentPage.waitForURL(`${context.demoAppUrl}/`, { timeout: 20_000 });
  const idToken = claims((await agentPage.locator("#raw-id-token").textContent())!.trim());
  expect(idToken.sub).toBe(agent.id);
  expect(idToken.efp_user_kind).toBe("agent");
  expect(idToken.efp_structure).toBe("DGEFP");
  expect(idToken.efp_habilitations).toEqual([expect.objectContaining({ structure: "DGEFP", roles: ["consultation"], access_manager: false })]);
  // The userinfo endpoint says the same, for SOFFI's access token (the demo app shows its answer).
  const userInfo = Object.fromEntries(
    await agentPage
      .locator("#userinfo-claims tbody tr")
      .evaluateAll((rows) => rows.map((row) => [row.querySelector("th")!.textContent, row.querySelector("td")!.textContent])),
  );
  expect([userInfo.sub, userInfo.efp_user_kind, userInfo.efp_structure]).toEqual([agent.id, "agent", "DGEFP"]);
}, 150_000);

test("logout from SOFFI ends the EFP Connect session and the hydre ADFS's (SAML logout): the next login asks the ADFS for the password", async () => {
  const kc = await adminClient();
  const agent = await newHydreAgent("slo");
  const page = freshPage();
  await typeIdentifier(page, `hydre\\${agent.login}`);
  await signInAtAdfs(page, agent.login, agent.password);
  await waitForAccessGate(page);
  const user = await efpUser(agent.email);
  await administratorApi().request("POST", "habilitations", { user: user.id, application: "soffi", company: "DGEFP", roles: ["consultation"] });
  // With the habilitation now, the same browser goes through: both sessions are alive, no password asked.
  await typeIdentifier(page, `hydre\\${agent.login}`);
  await page.waitForURL(`${context.demoAppUrl}/`, { timeout: 20_000 });
  const [atAdfs] = await kc.users.find({ realm: "adfs-hydre", username: agent.login, exact: true });
  expect(await kc.users.listSessions({ realm: "adfs-hydre", id: atAdfs.id! })).toHaveLength(1);
  expect(await kc.users.listSessions({ realm: context.realm, id: user.id! })).toHaveLength(1);

  await page.click("#logout");
  await page.waitForURL(`${context.demoAppUrl}/`, { timeout: 20_000 });
  await page.waitForSelector("#login");
  expect(await kc.users.listSessions({ realm: context.realm, id: user.id! })).toEqual([]);
  expect(await kc.users.listSessions({ realm: "adfs-hydre", id: atAdfs.id! })).toEqual([]);

  // A new login from the same browser goes to the ADFS, which asks for the password again.
  await typeIdentifier(page, `hydre\\${agent.login}`);
  await signInAtAdfs(page, agent.login, agent.password);
  await page.waitForURL(`${context.demoAppUrl}/`, { timeout: 20_000 });
});

test("nobody but the application's admins decides an agent's request: not a company's access manager, not the agent; the efp CLI approves it", async () => {
  const agent = await newHydreAgent("demandeur");
  const page = freshPage();
  await typeIdentifier(page, `hydre\\${agent.login}`);
  await signInAtAdfs(page, agent.login, agent.password);
  await askForStructure(page, "Accès pour le contrôle.");
  const user = await efpUser(agent.email);
  const [request] = await pendingOf(user.id!);
  expect(request.siret).toBe("DGEFP");

  // An access manager of a company of SOFFI: 403 on the structure's requests, and the admin API is not theirs.
  const siret = freshSiret();
  const admin = administratorApi();
  await admin.request("POST", "companies", { siret, name: `ENTREPRISE ${siret.slice(-4)}` });
  const manager = await createPerson("ResponsableEntreprise");
  await admin.request("POST", "habilitations", { user: manager.email, application: "soffi", company: siret, roles: ["consultation"], accessManager: true });
  await acceptCharter(manager.id);
  const managerAccess = apiAs(await personToken(manager.email), "efp-access");
  expect(await statusOf(managerAccess.request("GET", "applications/soffi/companies/DGEFP/requests"))).toBe(403);
  expect(await statusOf(managerAccess.request("POST", `applications/soffi/companies/DGEFP/requests/${request.id}/approve`, { roles: ["consultation"] }))).toBe(
    403,
  );
  expect(
    await statusOf(managerAccess.request("POST", `applications/soffi/companies/${siret}/requests/${request.id}/approve`, { roles: ["consultation"] })),
  ).toBe(404);
  expect(await statusOf(apiAs(await personToken(manager.email)).request("POST", `requests/${request.id}/approve`, { roles: ["consultation"] }))).toBe(403);

  // An application admin who asked for access themself does not decide their own request.
  const selfAdmin = await createPerson("AdminDemandeur", [], { soffi: ["efp-application-admin"] });
  const selfAccess = apiAs(await personToken(selfAdmin.email), "efp-access");
  await selfAccess.request("POST", "me/requests", { application: "soffi", siret, description: "" });
  const [own] = (await administratorApi().request<{ items: Request[] }>("GET", "requests", undefined, { application: "soffi", company: siret })).items.filter(
    (candidate) => candidate.requester?.id === selfAdmin.id,
  );
  expect(await refusalOf(apiAs(await personToken(selfAdmin.email)).request("POST", `requests/${own.id}/approve`, { roles: ["consultation"] }))).toEqual([
    403,
    "own_request",
  ]);
  expect(await statusOf(selfAccess.request("POST", `applications/soffi/companies/${siret}/requests/${own.id}/approve`, { roles: ["consultation"] }))).toBe(403);
  // No access-manager flag on a structure, whichever way it is given.
  expect(
    await refusalOf(
      admin.request("POST", "habilitations", { user: user.id, application: "soffi", company: "DGEFP", roles: ["consultation"], accessManager: true }),
    ),
  ).toEqual([400, "no_access_manager"]);
  expect(await refusalOf(admin.request("POST", `requests/${request.id}/approve`, { roles: ["consultation"], accessManager: true }))).toEqual([
    400,
    "no_access_manager",
  ]);

  // The CLI lists the request and approves it (efp-admin).
  const listed = efp(["requests", "list", "--application", "soffi", "--company", "DGEFP"]);
  expect(listed.code).toBe(0);
  expect(listed.stdout).toContain(`${request.id}\t${agent.email}\tsoffi\tDGEFP`);
  const approved = efp(["requests", "approve", request.id, "--roles", "consultation"]);
  expect([approved.code, approved.stdout.trim()]).toEqual([0, `Demande ${request.id} approuvée (consultation).`]);
  expect(await pendingOf(user.id!)).toEqual([]);
  const held = await admin.request<{ items: { company: { code?: string }; roles: string[]; accessManager: boolean }[] }>("GET", "habilitations", undefined, {
    application: "soffi",
    user: user.id!,
  });
  expect(held.items.map((h) => [h.company.code, h.roles, h.accessManager])).toEqual([["DGEFP", ["consultation"], false]]);
});

/**
 * An agent's own token for efp-access and efp-admin, as `efp login` gets it: the device
 * authorization grant of the CLI's public client, the agent signing in through their ADFS in the
 * browser (or riding on its session), then confirming the device's access.
 */
async function agentPersonToken(page: Page, login: string, password: string): Promise<string> {
  const oidc = `${context.keycloakUrl}/realms/${context.realm}/protocol/openid-connect`;
  const started = await fetch(`${oidc}/auth/device`, {
    method: "POST",
    body: new URLSearchParams({ client_id: CLI_PERSON_CLIENT, scope: "openid efp-admin" }),
  });
  const device = (await started.json()) as { device_code: string; verification_uri_complete: string };
  await page.goto(device.verification_uri_complete);
  // Our login form (the device flow asks for a sign-in), then the ADFS, whose own session may
  // still be open: its password form only if it asks.
  await page.waitForSelector("#username, button[name=accept]");
  if (await page.locator("#username").count()) {
    await page.fill("#username", `hydre\\${login}`);
    await page.click("#kc-login");
    await page.waitForSelector("button[name=accept], [action*='/realms/adfs-hydre/'] #password", { timeout: 20_000 });
    if (!(await page.locator("button[name=accept]").count())) await signInAtAdfs(page, login, password);
  }
  await page.click("button[name=accept]");
  await page.waitForURL((url) => !url.pathname.includes("/login-actions/"), { timeout: 20_000 });
  const response = await fetch(`${oidc}/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:device_code", device_code: device.device_code, client_id: CLI_PERSON_CLIENT }),
  });
  const body = (await response.json()) as { access_token?: string; error?: string };
  if (!body.access_token) throw new Error(`jeton de l'agent refusé : ${body.error}`);
  return body.access_token;
}

test("an agent who is an admin of SOFFI does not decide their own request, with their own token (efp-admin and efp-access)", async () => {
  const kc = await adminClient();
  const agent = await newHydreAgent("admindemandeur");
  const page = freshPage();
  await typeIdentifier(page, `hydre\\${agent.login}`);
  await signInAtAdfs(page, agent.login, agent.password);
  await askForStructure(page, "Je demande pour moi-même.");
  const user = await efpUser(agent.email);
  const [request] = await pendingOf(user.id!);
  const [soffi] = await kc.clients.find({ realm: context.realm, clientId: "soffi" });
  const role = await kc.clients.findRole({ realm: context.realm, id: soffi.id!, roleName: "efp-application-admin" });
  await kc.users.addClientRoleMappings({ realm: context.realm, id: user.id!, clientUniqueId: soffi.id!, roles: [{ id: role!.id!, name: role!.name! }] });

  const token = await agentPersonToken(page, agent.login, agent.password);
  expect([claims(token).sub, claims(token).azp]).toEqual([user.id, CLI_PERSON_CLIENT]);
  // Their token reads the structure's requests (they are an admin of SOFFI), but deciding their own is refused.
  const asAdmin = apiAs(token);
  const listed = await asAdmin.request<{ items: Request[] }>("GET", "requests", undefined, { application: "soffi", company: "DGEFP" });
  expect(listed.items.map((item) => item.id)).toContain(request.id);
  expect(await refusalOf(asAdmin.request("POST", `requests/${request.id}/approve`, { roles: ["consultation"] }))).toEqual([403, "own_request"]);
  expect(await refusalOf(asAdmin.request("POST", `requests/${request.id}/refuse`, { reason: "Non." }))).toEqual([403, "own_request"]);
  expect(
    await statusOf(
      apiAs(token, "efp-access").request("POST", `applications/soffi/companies/DGEFP/requests/${request.id}/approve`, { roles: ["consultation"] }),
    ),
  ).toBe(403);
  // Still pending, nothing granted.
  expect((await pendingOf(user.id!)).map((item) => item.id)).toEqual([request.id]);
  const held = await administratorApi().request<{ items: unknown[] }>("GET", "habilitations", undefined, { application: "soffi", user: user.id! });
  expect(held.items).toEqual([]);
  // The first test counts the structure's pending requests: none of this one's is left.
  await forgetSoffiHabilitations(agent.email);
});

test("in English: the agent's gate, its request and its confirmation, with not a French sentence", async () => {
  const agent = await newHydreAgent("anglais");
  const page = freshPage();
  await page.goto(context.demoAppUrl);
  await page.click("#login");
  await page.waitForSelector("#username");
  await page.locator("button.fr-translate:visible").click();
  await page.locator("a.fr-translate__language:visible", { hasText: "English" }).click();
  await page.waitForFunction(() => document.documentElement.lang === "en" && document.querySelector("#username") !== null);
  await page.fill("#username", `hydre\\${agent.login}`);
  await page.click("#kc-login");
  await signInAtAdfs(page, agent.login, agent.password);
  await page.waitForSelector("#efp-agent-structure", { timeout: 20_000 });
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  expect((await page.locator("h1").innerText()).trim()).toBe("You have no access to the digital service SOFFI");
  expect(await page.locator("#efp-agent-structure").innerText()).toBe(
    `As an agent, you ask for access for your structure, ${DGEFP.name} (DGEFP). Your request will be sent to the administrators of SOFFI, who will accept or refuse it.`,
  );
  expect((await page.locator("#efp-request-submit").innerText()).trim()).toBe("Ask for access for DGEFP");
  await page.fill("#description", "Follow-up of the operators.");
  await page.click("#efp-request-submit");
  await page.waitForSelector("#efp-gate-message");
  expect((await page.locator("#efp-gate-message").innerText()).trim()).toBe(`Your access request for ${DGEFP.name} was sent to the administrators of SOFFI.`);
  expect(await page.locator("#efp-pending").innerText()).toContain(`Request of `);
  // Only the structure's name (data) is French on the page: no sentence of the French texts.
  const text = await page.locator("body").innerText();
  for (const french of ["Vous ", "votre ", "Demander", "demande d'accès", "Se déconnecter", "Annuler"])
    expect([french, text.includes(french)]).toEqual([french, false]);
  expect(await seriousViolations(page)).toEqual([]);
  await forgetSoffiHabilitations(agent.email);
});

test("a professional's tokens say professional, and no structure", async () => {
  const professional = await createPerson("Professionnelle");
  const siret = freshSiret();
  const admin = administratorApi();
  await admin.request("POST", "companies", { siret, name: `ENTREPRISE ${siret.slice(-4)}` });
  await admin.request("POST", "habilitations", { user: professional.email, application: "soffi", company: siret, roles: ["consultation"] });
  const secret = config.applications.find((application) => application.clientId === "soffi")!.secret;
  const token = claims(await applicationToken(professional.email, "soffi", secret));
  expect(token.efp_user_kind).toBe("professional");
  expect(token).not.toHaveProperty("efp_structure");
});
