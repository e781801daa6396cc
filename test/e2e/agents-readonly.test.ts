// Agents' identity is their ministry's (issue 14, item 3): names, email and password come from
// the ADFS and cannot be changed in EFP Connect, through Mon compte, Keycloak's account REST API,
// the update-password / update-profile / update-email actions (asked by an application or set by
// an administrator), nor a password set by anyone. "Mot de passe oublié" and "Créer mon compte"
// with an agent identifier or a ministry address say how agents sign in, send nothing, store
// nothing, and answer from the text typed, never from an account (whole-page comparison).
import crypto from "node:crypto";
import type { Page } from "playwright-core";
import { loadRealmConfig } from "@efp/provisioning";
import { REALM_CONFIG_DIR } from "../../scripts/src/paths.js";
import { codeFlowToken, pkcePair } from "../../bench/src/http-login.js";
import { adminClient } from "../support/admin.js";
import { seriousViolations } from "../support/axe.js";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { FIXED_CAPTCHA_ANSWER, submitLogin, waitForAccessGate } from "../support/login-page.js";
import { listEmails, seenMails } from "../support/mailbox.js";
import { normalised, snapshotAfter, type PageSnapshot } from "../support/page-snapshot.js";
import { openForgottenPassword, openRegistration, submitRegistration } from "../support/registration.js";
import { enableRequiredAction } from "../support/required-actions.js";
import { createUser } from "../support/users.js";

const context = testContext();
const freshPage = useFreshPage();
const suffix = `${Date.now() % 1e8}`;
const config = loadRealmConfig(REALM_CONFIG_DIR, "test", { KEYCLOAK_URL: context.keycloakUrl });
const hydreAgent = config.adfsStandIns.find((standIn) => standIn.realm === "adfs-hydre")!.agents.find((agent) => agent.login === "agent")!;
const accountUrl = `${context.keycloakUrl}/realms/${context.realm}/account/`;
const oidc = `${context.keycloakUrl}/realms/${context.realm}/protocol/openid-connect`;

const AGENT_NO_PASSWORD = "Les agents du ministère n'ont pas de mot de passe EFP Connect";
const AGENT_NO_REGISTRATION = "Les agents du ministère ne créent pas de compte EFP Connect";

/** hydre\agent typed in our login form, then the stand-in ADFS's own login page. */
async function signInAsHydreAgent(page: Page, typed = "hydre\\agent") {
  await page.waitForSelector("#username");
  await page.fill("#username", typed);
  await page.click("#kc-login");
  await page.waitForURL(/\/realms\/adfs-hydre\//, { timeout: 15_000 });
  await page.waitForSelector("#password");
  await page.fill("#password", hydreAgent.password);
  await page.click("#kc-login");
}

/** The EFP Connect account of the hydre stand-in agent (its email changes with agents.test.ts). */
async function hydreAgentAccount() {
  const kc = await adminClient();
  const [user] = await kc.users.find({ realm: context.realm, idpAlias: "hydre", idpUserId: hydreAgent.id });
  if (!user) throw new Error("compte de l'agent hydre introuvable");
  return user;
}

/**
 * Mon compte's page loads without its application: handed a code it cannot exchange (the PKCE of
 * these tests), the application would start sign-ins of its own (silent SSO check, then a login)
 * in the same browser session, racing with the test's next authorization request. Playwright
 * cannot route the redirected page itself, only what it loads.
 */
async function withoutMonCompteApp(page: Page) {
  await page.route(
    (url) => url.pathname.includes("/resources/") && url.pathname.includes("/account/"),
    (route) => route.abort(),
  );
}

/**
 * An authorization request of Mon compte's client (account-console) in the browser, PKCE, the
 * redirect back to Mon compte stopped to read where Keycloak sent the person: the code, or the
 * status of an application-initiated action.
 */
async function accountConsoleRedirect(page: Page, extra: Record<string, string>, signIn?: () => Promise<void>) {
  const pkce = pkcePair();
  let landed: URL | undefined;
  // Playwright routes no redirected request: the redirect to Mon compte is read from the
  // request events, and Mon compte's own exchange of the code is stopped, so the code is ours.
  const onRequest = (request: import("playwright-core").Request) => {
    const url = new URL(request.url());
    if (url.pathname === new URL(accountUrl).pathname && (url.searchParams.has("code") || url.searchParams.has("error"))) landed = url;
  };
  const tokenEndpoint = (url: URL) => url.pathname.endsWith("/protocol/openid-connect/token");
  page.on("request", onRequest);
  await page.route(tokenEndpoint, (route) => route.abort());
  await withoutMonCompteApp(page);
  const query = new URLSearchParams({
    client_id: "account-console",
    response_type: "code",
    response_mode: "query",
    scope: "openid",
    redirect_uri: accountUrl,
    state: crypto.randomBytes(9).toString("base64url"),
    code_challenge: pkce.challenge,
    code_challenge_method: "S256",
    ...extra,
  });
  try {
    await page.goto(`${oidc}/auth?${query}`);
    if (signIn) await signIn();
    const deadline = Date.now() + 20_000;
    while (!landed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    // The landing is seen as it is requested; its page must have loaded before the next request
    // starts, or that one's navigation is interrupted by it (CI: "interrupted by another navigation").
    if (landed) await page.waitForURL((url) => url.pathname === new URL(accountUrl).pathname, { waitUntil: "load", timeout: 10_000 }).catch(() => undefined);
  } finally {
    page.off("request", onRequest);
    await page.unroute(tokenEndpoint);
  }
  if (!landed) throw new Error(`pas de retour vers Mon compte (page : ${page.url()} « ${(await page.locator("body").innerText()).slice(0, 400)} »)`);
  return { landed, verifier: pkce.verifier };
}

async function exchange(code: string, verifier: string): Promise<string> {
  const response = await fetch(`${oidc}/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: accountUrl, client_id: "account-console", code_verifier: verifier }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`échange refusé : ${JSON.stringify(body)}`);
  return body.access_token;
}

/** Keycloak's own account REST API, as the account console calls it. */
async function accountApi(token: string, method: "GET" | "POST", body?: unknown) {
  const response = await fetch(accountUrl, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: "application/json", ...(body !== undefined && { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function passwordCredentials(userId: string) {
  const kc = await adminClient();
  return (await kc.users.getCredentials({ realm: context.realm, id: userId })).filter((credential) => credential.type === "password");
}

/** Mails MailDev received for `address` (any case), but those in `before` (other tests' mails). */
async function mailsTo(address: string, before: Set<string> = new Set()) {
  return (await listEmails()).filter((mail) => !before.has(mail.id) && mail.to.some((to) => to.address.toLowerCase() === address.toLowerCase()));
}

test("Mon compte: a brokered agent reads their profile, read only, with the sentence saying why", async () => {
  const page = freshPage();
  await page.goto(`${accountUrl}#/profil`);
  await signInAsHydreAgent(page);
  await page.waitForSelector("#efp-agent-read-only", { timeout: 20_000 });
  expect(await page.locator("[data-field=kind]").innerText()).toBe("Agent du ministère");
  expect(await page.locator("#efp-agent-read-only").innerText()).toContain(
    "Vos informations viennent de votre compte ministériel (identifiants Windows de votre structure) : elles ne se modifient pas",
  );
  expect(await page.locator("#efp-update-profile, #efp-update-password").count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test("account REST API: an agent's names are refused (400, the reason), email and username stay theirs; professionals keep theirs editable", async () => {
  const page = freshPage();
  const { landed, verifier } = await accountConsoleRedirect(page, {}, () => signInAsHydreAgent(page));
  const token = await exchange(landed.searchParams.get("code")!, verifier);
  const before = await hydreAgentAccount();

  const current = await accountApi(token, "GET");
  expect(current.status).toBe(200);
  const me = current.json;
  for (const change of [{ firstName: "Usurpé" }, { lastName: "Usurpé" }]) {
    const refused = await accountApi(token, "POST", { ...me, ...change });
    expect([refused.status, Object.keys(change)[0]]).toEqual([400, Object.keys(change)[0]]);
    expect(refused.json).toEqual(expect.objectContaining({ field: Object.keys(change)[0], errorMessage: "efpAgentIdentityReadOnly" }));
  }
  // Email (and the username, which is the email in this realm) are read only in the account API
  // for everyone, since the update-email action is on: Keycloak ignores them there, whoever asks.
  for (const change of [{ email: `usurpe.${suffix}@exemple.fr` }, { username: `usurpe.${suffix}@exemple.fr` }]) {
    const ignored = await accountApi(token, "POST", { ...me, ...change });
    expect([ignored.status, ignored.text]).toEqual([204, ""]);
    const unchanged = await hydreAgentAccount();
    expect([unchanged.email, unchanged.username]).toEqual([before.email, before.username]);
  }
  // The same values sent back (what a form does with the fields it did not touch) pass.
  expect((await accountApi(token, "POST", me)).status).toBe(204);
  const after = await hydreAgentAccount();
  expect([after.username, after.email, after.firstName, after.lastName]).toEqual([before.username, before.email, before.firstName, before.lastName]);

  // A professional changes their name, but takes no address of a ministry domain.
  const email = `pro.compte.${suffix}@exemple.fr`;
  const professional = await createUser(email);
  const tokens = await codeFlowToken({
    keycloakUrl: context.keycloakUrl,
    realm: context.realm,
    clientId: "account-console",
    redirectUri: accountUrl,
    username: email,
    password: context.user.password,
    captchaAnswer: FIXED_CAPTCHA_ANSWER,
  });
  const own = (await accountApi(tokens.access_token, "GET")).json;
  expect((await accountApi(tokens.access_token, "POST", { ...own, firstName: "Paulette" })).status).toBe(204);
  // Their email is changed on the update-email page only (read only here, as for the agent).
  expect((await accountApi(tokens.access_token, "POST", { ...own, firstName: "Paulette", email: `pro.${suffix}@travail.gouv.fr` })).status).toBe(204);
  const kc = await adminClient();
  const saved = await kc.users.findOne({ realm: context.realm, id: professional.id! });
  expect([saved!.firstName, saved!.email]).toEqual(["Paulette", email]);
});

/** The realm's stock UPDATE_PROFILE and UPDATE_EMAIL enabled for one test (it leaves them off). */
async function withUpdateActions<T>(body: () => Promise<T>): Promise<T> {
  const restores = [await enableRequiredAction("UPDATE_PROFILE"), await enableRequiredAction("UPDATE_EMAIL")];
  try {
    return await body();
  } finally {
    for (const restore of restores) await restore();
  }
}

test("update password, profile and email asked by an application (kc_action): skipped for an agent, back with kc_action_status=error", async () => {
  await withUpdateActions(async () => {
    const page = freshPage();
    // First sign-in of this browser (SSO session), then each action asked on top of it.
    const first = await accountConsoleRedirect(page, {}, () => signInAsHydreAgent(page));
    expect(first.landed.searchParams.has("code")).toBe(true);
    const before = await hydreAgentAccount();
    for (const action of ["UPDATE_PASSWORD", "UPDATE_PROFILE", "UPDATE_EMAIL"]) {
      const shown: string[] = [];
      const onPage = (frame: import("playwright-core").Frame) => {
        if (frame === page.mainFrame()) shown.push(frame.url());
      };
      page.on("framenavigated", onPage);
      const { landed } = await accountConsoleRedirect(page, { kc_action: action });
      page.off("framenavigated", onPage);
      expect([action, landed.searchParams.get("kc_action_status")]).toEqual([action, "error"]);
      expect(landed.searchParams.has("code")).toBe(true);
      // Straight back: no page of ours came in between.
      expect(shown.filter((url) => url.includes("/login-actions/"))).toEqual([]);
    }
    const after = await hydreAgentAccount();
    expect(await passwordCredentials(after.id!)).toEqual([]);
    expect([after.email, after.firstName, after.lastName, after.requiredActions]).toEqual([before.email, before.firstName, before.lastName, []]);

    // The same requests show a professional Keycloak's themed pages: the skip is the agents'
    // only. And on the update-email page, an address of a ministry domain is refused.
    const email = `pro.action.${suffix}@exemple.fr`;
    await createUser(email);
    const other = await freshPage.another();
    const authorize = (action: string) =>
      `${oidc}/auth?${new URLSearchParams({
        client_id: "account-console",
        response_type: "code",
        scope: "openid",
        redirect_uri: accountUrl,
        code_challenge: pkcePair().challenge,
        code_challenge_method: "S256",
        kc_action: action,
      })}`;
    await other.goto(authorize("UPDATE_PASSWORD"));
    await other.waitForSelector("#username");
    await submitLogin(other, { email, password: context.user.password });
    await other.waitForSelector("[name=password-new]", { timeout: 20_000 });
    // "Annuler" ends that action and the login: the next request rides on the session.
    await withoutMonCompteApp(other);
    await other.click("#kc-cancel");
    await other.waitForURL((url) => url.pathname.endsWith("/account/"), { timeout: 20_000 });
    await other.goto(authorize("UPDATE_EMAIL"));
    await other.waitForSelector("#kc-update-email-form [name=email]", { timeout: 20_000 });
    // Typed once the page has settled (the DSFR's script starts after the first paint), as a person would.
    await other.waitForFunction(() => document.documentElement.getAttribute("data-fr-js") === "true", undefined, { timeout: 20_000 });
    await other.fill("[name=email]", `pro.${suffix}@travail.gouv.fr`);
    expect(await other.inputValue("[name=email]")).toBe(`pro.${suffix}@travail.gouv.fr`);
    await other.click("#kc-submit");
    await other.waitForSelector("text=Les adresses des domaines du ministère sont réservées aux agents", { timeout: 30_000 }).catch(async (error) => {
      throw new Error(`${error} — ${other.url()} « ${(await other.locator("body").innerText()).slice(0, 600)} »`);
    });
    expect(await seriousViolations(other)).toEqual([]);
    const kc = await adminClient();
    expect((await kc.users.find({ realm: context.realm, email, exact: true })).length).toBe(1);
  });
});

/** The stand-in ADFS's password form again (it was asked to authenticate anew), filled in. */
async function signInAgainAtHydre(page: Page) {
  await page.waitForURL(/\/realms\/adfs-hydre\//, { timeout: 15_000 });
  await page.waitForSelector("#password");
  await page.fill("#password", hydreAgent.password);
  await page.click("#kc-login");
}

test("an agent asked to sign in again (prompt=login, an action on an older sign-in) does it at their ADFS, never on a password form of ours", async () => {
  const kc = await adminClient();
  const page = freshPage();
  const shown: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) shown.push(frame.url());
  });
  // Pages of ours shown on the way, but the broker's self-posting form that carries the SAML
  // request to the ADFS and Mon compte itself.
  const ours = () =>
    shown.filter((url) => url.includes(`/realms/${context.realm}/`) && !url.includes(`/realms/${context.realm}/broker/`) && !url.includes("/account"));
  const atAdfs = () => shown.filter((url) => url.includes("/realms/adfs-hydre/"));
  await accountConsoleRedirect(page, {}, () => signInAsHydreAgent(page));
  shown.length = 0;

  // The application asks for a fresh sign-in: the ADFS asks for the password again, although
  // its own session is still open (ForceAuthn), and the agent is back with a code.
  const again = await accountConsoleRedirect(page, { prompt: "login" }, () => signInAgainAtHydre(page));
  expect(again.landed.searchParams.has("code")).toBe(true);
  expect(ours()).toEqual([]);
  expect(atAdfs().length).toBeGreaterThan(0);

  // An application-initiated action on a sign-in older than the action allows (0 s here):
  // Keycloak asks to sign in again, the ADFS does it, then the action is skipped for the agent.
  await withUpdateActions(async () => {
    await kc.authenticationManagement.updateRequiredActionConfig({ realm: context.realm, alias: "UPDATE_PROFILE" }, { config: { max_auth_age: "0" } });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      shown.length = 0;
      const action = await accountConsoleRedirect(page, { kc_action: "UPDATE_PROFILE" }, () => signInAgainAtHydre(page));
      expect(action.landed.searchParams.get("kc_action_status")).toBe("error");
      expect(ours()).toEqual([]);
      expect(atAdfs().length).toBeGreaterThan(0);
    } finally {
      await kc.authenticationManagement.removeRequiredActionConfig({ realm: context.realm, alias: "UPDATE_PROFILE" });
    }
  });
  expect(await passwordCredentials((await hydreAgentAccount()).id!)).toEqual([]);
});

test("required actions an administrator sets on an agent are dropped at their next login; no password can be given to them", async () => {
  await withUpdateActions(async () => {
    const kc = await adminClient();
    let agent = await hydreAgentAccount();
    await kc.users.update({ realm: context.realm, id: agent.id! }, { ...agent, requiredActions: ["UPDATE_PASSWORD", "UPDATE_PROFILE", "UPDATE_EMAIL"] });

    const page = freshPage();
    await page.goto(context.demoAppUrl);
    await page.click("#login");
    await signInAsHydreAgent(page, "HYDRE\\agent");
    await waitForAccessGate(page);
    agent = await hydreAgentAccount();
    expect(agent.requiredActions).toEqual([]);
    expect(await passwordCredentials(agent.id!)).toEqual([]);

    // Not even an administrator: the realm's password policy refuses any password for an agent.
    await expect(
      kc.users.resetPassword({ realm: context.realm, id: agent.id!, credential: { type: "password", value: "Mot-De-Passe-Agent-2026", temporary: false } }),
    ).rejects.toThrow();
    expect(await passwordCredentials(agent.id!)).toEqual([]);
  });
});

test("an update-password page opened by a professional who became an agent before posting it: cancelled, no new password", async () => {
  const kc = await adminClient();
  const email = `pro.devenu.agent.${suffix}@exemple.fr`;
  const user = await createUser(email);
  const [before] = await passwordCredentials(user.id!);
  const page = freshPage();
  const { landed } = await accountConsoleRedirect(page, { kc_action: "UPDATE_PASSWORD" }, async () => {
    await page.waitForSelector("#username");
    await submitLogin(page, { email, password: context.user.password });
    await page.waitForSelector("[name=password-new]", { timeout: 20_000 });
    const current = await kc.users.findOne({ realm: context.realm, id: user.id! });
    await kc.users.update({ realm: context.realm, id: user.id! }, { ...current, attributes: { ...(current?.attributes ?? {}), "efp.user-kind": ["agent"] } });
    await page.fill("[name=password-new]", "Mot-De-Passe-Agent-2026");
    await page.fill("[name=password-confirm]", "Mot-De-Passe-Agent-2026");
    await page.click("#kc-submit");
  });
  expect(landed.searchParams.get("kc_action_status")).toBe("cancelled");
  expect(await passwordCredentials(user.id!)).toEqual([before]);
});

test("forgotten password with hydre\\jdupont (any case) or a ministry address: the agents' way in, no mail", async () => {
  const page = freshPage();
  const agent = await hydreAgentAccount();
  // The shared demo agent is mailed by other files' tests (access opened…): only this test's count.
  const before = await seenMails();
  for (const typed of ["hydre\\jdupont", "HYDRE\\JDupont", agent.email!, `Personne.Inconnue.${suffix}@TRAVAIL.gouv.fr`]) {
    await openForgottenPassword(page);
    await page.fill("[name=username]", typed);
    await page.fill("[name=captcha_answer]", FIXED_CAPTCHA_ANSWER);
    await page.click("#kc-submit");
    await page.waitForSelector("#kc-message");
    const message = await page.locator("#kc-message").innerText();
    expect([typed, message]).toEqual([typed, expect.stringContaining(AGENT_NO_PASSWORD)]);
    expect(message).toContain("(hydre\\, polaris\\)");
    expect(await page.locator("[name=code]").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  }
  // The code would have been mailed at once: nothing came for the agent.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  expect(await mailsTo(agent.email!, before)).toEqual([]);
});

/** "Mot de passe oublié" submitted for `email`, snapshot of the page that answers. */
async function forgottenPasswordAnswer(page: Page, email: string): Promise<PageSnapshot> {
  await openForgottenPassword(page);
  await page.fill("[name=username]", email);
  await page.fill("[name=captcha_answer]", FIXED_CAPTCHA_ANSWER);
  return snapshotAfter(page, () => page.click("#kc-submit"), "#kc-message");
}

test("forgotten password: the same page for a ministry address with an agent account and one without", async () => {
  const kc = await adminClient();
  const known = `agent.connu.${suffix}@travail.gouv.fr`;
  const unknown = `agent.inconnu.${suffix}@travail.gouv.fr`;
  await kc.users.create({
    realm: context.realm,
    username: known,
    email: known,
    firstName: "Agent",
    lastName: "Connu",
    enabled: true,
    emailVerified: true,
    attributes: { "efp.user-kind": ["agent"] },
  });
  const first = normalised(await forgottenPasswordAnswer(freshPage(), known), { [known]: "<adresse saisie>" });
  const second = normalised(await forgottenPasswordAnswer(await freshPage.another(), unknown), { [unknown]: "<adresse saisie>" });
  expect(second.kcContext).toBe(first.kcContext);
  expect(second.html).toBe(first.html);
  expect(second.dom).toBe(first.dom);
  expect(first.dom).toContain(AGENT_NO_PASSWORD);
  expect(await mailsTo(known)).toEqual([]);
});

test("an agent account whose address is outside the ministry's domains: the code page as for anyone, but no code is mailed", async () => {
  const kc = await adminClient();
  const email = `agent.horsdomaine.${suffix}@exemple.fr`;
  await kc.users.create({
    realm: context.realm,
    username: email,
    email,
    firstName: "Agent",
    lastName: "Horsdomaine",
    enabled: true,
    emailVerified: true,
    attributes: { "efp.user-kind": ["agent"] },
  });
  const page = freshPage();
  await openForgottenPassword(page);
  await page.fill("[name=username]", email);
  await page.fill("[name=captcha_answer]", FIXED_CAPTCHA_ANSWER);
  await page.click("#kc-submit");
  await page.waitForSelector("[name=code]");
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  expect(await mailsTo(email)).toEqual([]);
});

test("Créer mon compte with an agent identifier or a ministry address: told to use the agent login, nothing stored, no code mailed", async () => {
  const kc = await adminClient();
  for (const typed of ["hydre\\jdupont", `nouveau.${suffix}@sg.social.gouv.fr`, `nouveau.${suffix}@ara.dreets.gouv.fr`]) {
    const page = await freshPage.another();
    await openRegistration(page);
    await submitRegistration(page, typed);
    await page.waitForSelector(`text=${AGENT_NO_REGISTRATION}`, { timeout: 15_000 });
    const error = await page.locator("text=" + AGENT_NO_REGISTRATION).innerText();
    expect(error).toContain("(hydre\\, polaris\\)");
    // Alone on the page: not "adresse invalide" beside it, and the page is still the form.
    expect(await page.locator("[name=email]").inputValue()).toBe(typed);
    expect(await page.locator("[name=password]").inputValue()).toBe("");
    expect(await page.locator("[name=code]").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await kc.users.find({ realm: context.realm, email: typed, exact: true })).toEqual([]);
    expect(await kc.users.find({ realm: context.realm, lastName: "Nouvelle", firstName: "Agathe", email: typed } as never)).toEqual([]);
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await mailsTo(`nouveau.${suffix}@sg.social.gouv.fr`)).toEqual([]);
});
