// The gate: a professional without a habilitation asks for access from the login flow;
// the access manager is told by email, approves through the API; the professional then gets in
// with the role for that SIRET. RA codes with the charter; cancelling; no duplicate request.
import type { Page } from "playwright-core";
import { adminClient } from "../support/admin.js";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { acceptCharter, administratorApi, apiAs, createPerson, freshSiret, personToken, PERSON_PASSWORD } from "../support/efp-admin.js";
import { submitLogin } from "../support/login-page.js";
import { listEmails, waitForEmail } from "../support/mailbox.js";

const context = testContext();
const freshPage = useFreshPage();
const suffix = `${Date.now() % 1e8}`;
const CALLBACK = "http://127.0.0.1:65001/efp-gate-callback";
// An EFP application with RA codes for this suite; its redirect is caught by the browser.
const APP = { clientId: `gate-${suffix}`, name: `GATE ${suffix}` };
// Letters only: the directory matches whole words, and this name must be found alone.
const COMPANY = { siret: freshSiret(), name: `ENTREPRISE ${suffix.replace(/\d/g, (digit) => "BCDFGHJKLM"[Number(digit)])}` };
// Letters only, unique to this run: a word 201 establishments share.
const CROWD = `FOULE${suffix.replace(/\d/g, (digit) => "BCDFGHJKLM"[Number(digit)])}`;
const admin = administratorApi();
let manager: { id: string; email: string };

beforeAll(async () => {
  const kc = await adminClient();
  await kc.clients.create({
    realm: context.realm,
    clientId: APP.clientId,
    name: APP.name,
    publicClient: true,
    standardFlowEnabled: true,
    redirectUris: [CALLBACK],
    attributes: { "efp.application": "true", "efp.display-name": APP.name, "efp.ra-codes-enabled": "true", "pkce.code.challenge.method": "" },
  });
  const [client] = await kc.clients.find({ realm: context.realm, clientId: APP.clientId });
  for (const name of ["lecteur", "redacteur"]) await kc.clients.createRole({ realm: context.realm, id: client.id!, name });
  // In the directory (what the gate searches) and already a company of the realm (it has an access manager).
  await admin.request("POST", "directory/establishments", [
    { siret: COMPANY.siret, name: COMPANY.name, address: "1 RUE DE LA PORTE", postalCode: "75011", city: "PARIS", active: true },
  ]);
  await admin.request("POST", "companies", { siret: COMPANY.siret, name: COMPANY.name, address: "1 RUE DE LA PORTE 75011 PARIS" });
  // 201 establishments sharing a word: more than the directory counts.
  await admin.request(
    "POST",
    "directory/establishments",
    Array.from({ length: 201 }, (_, index) => ({
      siret: freshSiret(),
      name: `${CROWD} ${index}`,
      address: "2 RUE DE LA FOULE",
      postalCode: "75011",
      city: "PARIS",
      active: true,
    })),
  );
  manager = await createPerson("ra");
  await admin.request("POST", "habilitations", {
    user: manager.email,
    application: APP.clientId,
    company: COMPANY.siret,
    roles: ["lecteur"],
    accessManager: true,
  });
  // The manager has accepted the current charter already (the charter has its own test).
  await acceptCharter(manager.id);
});

async function openApplication(page: Page, email: string) {
  await page.route(`${CALLBACK}**`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><html lang=fr><title>ok</title><h1 id=arrived>arrivé</h1></html>" }),
  );
  const authorize = new URL(`${context.keycloakUrl}/realms/${context.realm}/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({ client_id: APP.clientId, redirect_uri: CALLBACK, response_type: "code", scope: "openid", state: "s" }).toString();
  await page.goto(authorize.toString());
  await submitLogin(page, { email, password: PERSON_PASSWORD });
}

const arrived = (page: Page) => page.waitForSelector("#arrived", { timeout: 15_000 });

test("no habilitation: the gate; search, request with a description, the access manager's email, no duplicate", async () => {
  const page = freshPage();
  const requester = await createPerson("demandeur");
  await openApplication(page, requester.email);
  await page.waitForSelector("#efp-gate-search");
  expect(await page.textContent("h1")).toContain(`Vous n'avez pas accès au service numérique ${APP.name}`);

  // More matches than the directory counts: said as such, not as an exact total.
  await page.fill("#query", CROWD);
  await page.click("#efp-search");
  await page.waitForSelector("#efp-results-count");
  expect(await page.textContent("#efp-results-count")).toMatch(/^\d+ résultats affichés sur plus de 200 : précisez votre recherche$/);

  await page.fill("#query", COMPANY.name);
  await page.click("#efp-search");
  await page.waitForFunction(() => document.querySelector("#efp-results-count")?.textContent === "1 résultat affiché sur 1");
  await page.check(`#siret-${COMPANY.siret}`);
  const description = `<script>alert("x")</script> <b>merci</b> ${suffix}`;
  await page.fill("#description", description);
  await page.click("#efp-request-submit");
  await page.waitForSelector("#efp-gate-message");
  expect(await page.textContent("#efp-gate-message")).toContain("Votre demande d'accès a été transmise");
  expect(await page.textContent("#efp-pending")).toContain(COMPANY.name);
  // The description is shown nowhere as markup.
  expect(await page.$("script:has-text('alert(\"x\")')")).toBeNull();

  // The request's mail (the manager was also told, when named, that they have access).
  const mail = await waitForEmail(manager.email, (email) => email.subject === `Demande d'accès à ${APP.name}`);
  expect(mail.text).toContain(requester.email);
  expect(mail.text).toContain(COMPANY.siret);
  expect(mail.text).toContain(description);
  expect(mail.html).toContain("&lt;script&gt;");
  expect(mail.html).not.toContain("<script>");
  expect(mail.html).toContain(`/realms/${context.realm}/account/?application=${APP.clientId}&amp;siret=${COMPANY.siret}`);

  // Twice the same request: nothing changes, no second email.
  await page.fill("#query", COMPANY.siret);
  await page.click("#efp-search");
  await page.check(`#siret-${COMPANY.siret}`);
  await page.click("#efp-request-submit");
  await page.waitForSelector("#efp-gate-message");
  expect(await page.textContent("#efp-gate-message")).toContain("déjà en attente");
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  expect((await listEmails()).filter((email) => email.to.some((to) => to.address === manager.email) && email.text?.includes(requester.email))).toHaveLength(1);

  // The manager approves with a role; the requester is told and gets in with it.
  const managerApi = apiAs(await personToken(manager.email), "efp-access");
  const { items } = await managerApi.request<{ items: { id: string; requester: { email: string } }[] }>(
    "GET",
    `applications/${APP.clientId}/companies/${COMPANY.siret}/requests`,
  );
  const request = items.find((item) => item.requester.email === requester.email)!;
  await managerApi.request("POST", `applications/${APP.clientId}/companies/${COMPANY.siret}/requests/${request.id}/approve`, { roles: ["redacteur"] });
  await waitForEmail(requester.email, (email) => email.subject.includes("est ouvert"));
  const again = await freshPage.another();
  await openApplication(again, requester.email);
  await arrived(again);
});

test("a pending request is shown at the next login and can be cancelled", async () => {
  const page = freshPage();
  const requester = await createPerson("annule");
  await openApplication(page, requester.email);
  await page.fill("#query", COMPANY.siret);
  await page.click("#efp-search");
  await page.check(`#siret-${COMPANY.siret}`);
  await page.click("#efp-request-submit");
  await page.waitForSelector("#efp-pending");

  const next = await freshPage.another();
  await openApplication(next, requester.email);
  await next.waitForSelector("#efp-pending");
  await next.click("#efp-pending button");
  await next.waitForSelector("#efp-gate-message");
  expect(await next.textContent("#efp-gate-message")).toContain("annulée");
  expect(await next.$("#efp-pending")).toBeNull();
});

test("bad input at the gate: an oversized description is refused and nothing is stored", async () => {
  const page = freshPage();
  const requester = await createPerson("long");
  await openApplication(page, requester.email);
  await page.fill("#query", COMPANY.siret);
  await page.click("#efp-search");
  await page.check(`#siret-${COMPANY.siret}`);
  await page.$eval("#description", (element) => element.removeAttribute("maxlength"));
  await page.fill("#description", "x".repeat(1001));
  await page.click("#efp-request-submit");
  await page.waitForSelector("#efp-gate-message, .fr-message--error");
  expect(await page.textContent("body")).toContain("La description dépasse 1000 caractères");
  expect(await page.$("#efp-pending")).toBeNull();
  const token = await personToken(requester.email);
  const mine = await apiAs(token, "efp-access").request<{ items: unknown[] }>("GET", "me/requests");
  expect(mine.items).toEqual([]);
});

test("an RA code gives access, makes its user access manager after the charter, and is single use", async () => {
  const code = await admin.request<{ code: string }>("POST", "ra-codes", { application: APP.clientId, company: COMPANY.siret });
  const page = freshPage();
  const newcomer = await createPerson("code");
  await openApplication(page, newcomer.email);
  await page.fill("#ra_code", code.code.toLowerCase());
  await page.click("#efp-ra-submit");
  await page.waitForSelector("#efp-charter-form");
  expect(await page.textContent("h1")).toContain("Charte du responsable des accès");
  await page.click("#kc-submit");
  await page.waitForSelector("#accepted-error");
  // As a person does: the DSFR checkbox is drawn by its label.
  await page.click("label[for=accepted]");
  await page.click("#kc-submit");
  await arrived(page);

  const kc = await adminClient();
  const user = await kc.users.findOne({ realm: context.realm, id: newcomer.id });
  expect(user?.attributes?.["efp.charter.accepted-version"]).toEqual(["2026-11"]);
  const listed = await admin.request<{ items: { accessManager: boolean; company: { siret: string } }[] }>("GET", "habilitations", undefined, {
    application: APP.clientId,
    user: newcomer.email,
  });
  expect(listed.items).toMatchObject([{ accessManager: true, company: { siret: COMPANY.siret } }]);
  await waitForEmail(manager.email, (email) => email.text?.includes(newcomer.email) === true && email.subject.includes("responsable des accès"));

  const other = await freshPage.another();
  const latecomer = await createPerson("tard");
  await openApplication(other, latecomer.email);
  await other.fill("#ra_code", code.code);
  await other.click("#efp-ra-submit");
  await other.waitForSelector(".fr-message--error, #efp-gate-message");
  expect(await other.textContent("body")).toContain("a déjà été utilisé");
});

test("wrong RA codes are rate-limited", async () => {
  const page = freshPage();
  const guesser = await createPerson("devine");
  await openApplication(page, guesser.email);
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.fill("#ra_code", `AAAA-BBBB-CC${attempt}${attempt}`.slice(0, 14));
    await page.click("#efp-ra-submit");
    await page.waitForSelector("#ra_code");
  }
  const code = await admin.request<{ code: string }>("POST", "ra-codes", { application: APP.clientId, company: COMPANY.siret });
  await page.fill("#ra_code", code.code);
  await page.click("#efp-ra-submit");
  await page.waitForSelector("#ra_code");
  expect(await page.textContent("body")).toContain("Trop de codes erronés");
});

// The count and the check were two steps, so 16 wrong codes sent at once were
// all evaluated against a limit of 5. Each evaluation now takes one of 5 slots atomically.
test("16 wrong RA codes at once from one user: at most 5 evaluated, the others and then the right code refused", async () => {
  const { httpLoginTo, postForm } = await import("../support/http-login.js");
  const guesser = await createPerson("rafale");
  const sessions = [];
  for (let i = 0; i < 16; i++) {
    // One person's sign-ins spaced as people space them (Keycloak's quick-login check).
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 1_200));
    const session = await httpLoginTo(APP.clientId, CALLBACK, guesser.email, PERSON_PASSWORD);
    expect(session.html).toContain("efp-access-gate.ftl");
    sessions.push(session);
  }
  const answers = await Promise.all(
    sessions.map((session, i) => postForm(session, { efp_action: "ra-code", ra_code: `ZZZZ-ZZZZ-ZZ${String(i).padStart(2, "0")}` })),
  );
  // The page's message (accents may come escaped in its JSON context): ASCII parts only.
  const said = (html: string) =>
    /Trop de codes erron/.test(html) ? "refusé" : /pas valide/.test(html) ? "évalué" : `autre : ${/[\w-]+\.ftl/.exec(html)?.[0]}`;
  const outcomes = answers.map((answer) => said(answer.html));
  expect(outcomes.filter((outcome) => outcome !== "évalué" && outcome !== "refusé")).toEqual([]);
  expect(outcomes.filter((outcome) => outcome === "évalué").length).toBeLessThanOrEqual(5);
  expect(outcomes.filter((outcome) => outcome === "refusé").length).toBeGreaterThanOrEqual(11);
  // The right code now: refused until the window (15 minutes) has passed, and still unused.
  const code = await admin.request<{ code: string; id: string }>("POST", "ra-codes", { application: APP.clientId, company: COMPANY.siret });
  // On a page of its own (a posted form's action does not serve twice).
  await new Promise((resolve) => setTimeout(resolve, 1_200));
  const fresh = await httpLoginTo(APP.clientId, CALLBACK, guesser.email, PERSON_PASSWORD);
  const right = await postForm(fresh, { efp_action: "ra-code", ra_code: code.code });
  expect(said(right.html)).toBe("refusé");
  const codes = await admin.request<{ items: { id: string; status: string }[] }>("GET", "ra-codes", undefined, { application: APP.clientId });
  expect(codes.items.find((item) => item.id === code.id)?.status).toBe("active");
  await admin.request("DELETE", `ra-codes/${code.id}`);
});

test("20 people redeem the same RA code at once: exactly one becomes access manager", async () => {
  const { httpLoginTo, postForm } = await import("../support/http-login.js");
  const code = await admin.request<{ code: string; id: string }>("POST", "ra-codes", { application: APP.clientId, company: COMPANY.siret });
  const people = await Promise.all(Array.from({ length: 20 }, (_, i) => createPerson(`course${i}`)));
  const sessions = [];
  for (const person of people) {
    const session = await httpLoginTo(APP.clientId, CALLBACK, person.email, PERSON_PASSWORD);
    expect(session.html).toContain("efp-access-gate.ftl");
    sessions.push(session);
  }
  const answers = await Promise.all(sessions.map((session) => postForm(session, { efp_action: "ra-code", ra_code: code.code })));
  // A winner leaves the gate (the charter comes next); the others stay on it with a refusal.
  const winners = answers.filter((answer) => answer.status === 302 || answer.html.includes("efp-charter.ftl"));
  expect(winners).toHaveLength(1);
  // Every loser is told, on the gate itself, that the code was used (never an error page).
  const losers = answers.filter((answer) => !winners.includes(answer));
  expect(
    losers
      .filter((answer) => !(answer.html.includes("efp-access-gate.ftl") && /d(é|\\u00e9)j(à|\\u00e0) (é|\\u00e9)t(é|\\u00e9) utilis/.test(answer.html)))
      .map((answer) => `${answer.status} ${/[\w-]+\.ftl/.exec(answer.html)?.[0]}`),
  ).toEqual([]);
  const managers = await admin.request<{ items: { accessManager: boolean; user: { email: string } }[] }>("GET", "habilitations", undefined, {
    application: APP.clientId,
    company: COMPANY.siret,
    max: 1000,
  });
  const racers = new Set(people.map((person) => person.email));
  expect(managers.items.filter((h) => racers.has(h.user.email))).toHaveLength(1);
  const codes = await admin.request<{ items: { id: string; status: string }[] }>("GET", "ra-codes", undefined, { application: APP.clientId });
  expect(codes.items.find((item) => item.id === code.id)?.status).toBe("used");
});

test("an establishment found in the directory becomes a company of the realm with the first request", async () => {
  const siret = freshSiret();
  const name = `NOUVELLE ${COMPANY.name.split(" ")[1]}`;
  await admin.request("POST", "directory/establishments", [{ siret, name, address: "2 RUE NEUVE", postalCode: "69001", city: "LYON", active: true }]);
  await expect(admin.request("GET", `companies/${siret}`)).rejects.toMatchObject({ status: 404 });
  const page = freshPage();
  const requester = await createPerson("premier");
  await openApplication(page, requester.email);
  await page.fill("#query", siret);
  await page.click("#efp-search");
  await page.check(`#siret-${siret}`);
  await page.click("#efp-request-submit");
  await page.waitForSelector("#efp-pending");
  const company = await admin.request<{ name: string; address: string }>("GET", `companies/${siret}`);
  expect(company).toMatchObject({ name, address: "2 RUE NEUVE 69001 LYON" });
});
