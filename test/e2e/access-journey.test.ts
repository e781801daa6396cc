// The end-to-end journey of access management, every step as people take it, in Chromium against the real
// Keycloak, MailDev and the SOFFI demo app:
// a professional without access asks for SOFFI for a company at the access gate → the company's
// access manager receives the email, follows its link into Mon compte, approves with a role →
// the professional is told by email, logs into the demo app, and the access token carries that
// role for that SIRET. And the other way: a refusal with a reason, told by email, and still the
// gate at the next login.
import type { Browser, Page } from "playwright-core";
import { requestAccessThroughGate } from "../support/access-gate.js";
import { launchChromium } from "../support/browser.js";
import { tick } from "../support/dsfr.js";
import { testContext } from "../support/context.js";
import { PERSON_PASSWORD, acceptCharter, administratorApi, createPerson, freshSiret } from "../support/efp-admin.js";
import { submitLogin, waitForAccessGate } from "../support/login-page.js";
import { waitForEmail, type Email } from "../support/mailbox.js";

const context = testContext();
const SIRET = freshSiret();
const COMPANY = `MENUISERIE DU PARCOURS ${SIRET.slice(-4)}`;

let browser: Browser;
let manager: { id: string; email: string };

beforeAll(async () => {
  browser = await launchChromium();
  const admin = administratorApi();
  await admin.request("POST", "directory/establishments", [
    { siret: SIRET, name: COMPANY, address: "3 RUE DU PARCOURS", postalCode: "69002", city: "LYON", active: true },
  ]);
  await admin.request("POST", "companies", { siret: SIRET, name: COMPANY });
  manager = await createPerson("Responsable");
  await admin.request("POST", "habilitations", { user: manager.email, application: "soffi", company: SIRET, roles: ["consultation"], accessManager: true });
  await acceptCharter(manager.id);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function newPage(): Promise<Page> {
  return (await browser.newContext({ locale: "fr-FR" })).newPage();
}

/** The one link of a mail's text part that leads into Mon compte. */
function accountLink(mail: Email): string {
  const links = (mail.text ?? "").match(/https?:\/\/[^\s<>"]+/g) ?? [];
  const link = links.find((candidate) => candidate.includes(`/realms/${context.realm}/account/`));
  if (!link) throw new Error(`aucun lien vers Mon compte dans « ${mail.subject} » : ${mail.text}`);
  return link;
}

/** Logs into the SOFFI demo app and reads the access token's efp_habilitations claim. */
async function soffiHabilitations(page: Page, email: string): Promise<{ siret?: string; roles: string[]; access_manager: boolean }[]> {
  await page.goto(context.demoAppUrl);
  await page.click("#login");
  await page.waitForSelector("#username");
  await submitLogin(page, { email, password: PERSON_PASSWORD });
  await page.waitForURL(`${context.demoAppUrl}/`);
  const row = page.locator("#access-token-claims tbody tr").filter({ has: page.locator("th", { hasText: /^efp_habilitations$/ }) });
  return JSON.parse(await row.locator("td").innerText());
}

test("request at the gate → the access manager's email → approval in Mon compte → the token carries the role for that SIRET", async () => {
  const requester = await createPerson("Demandeuse");
  await requestAccessThroughGate(browser, {
    email: requester.email,
    password: PERSON_PASSWORD,
    siret: SIRET,
    description: "Nouvelle gestionnaire de formation.",
  });

  // The access manager's email names the requester and links to the company's requests.
  const mail = await waitForEmail(manager.email, (email) => email.subject.includes("SOFFI") && (email.text ?? "").includes(requester.email.toLowerCase()));
  const link = new URL(accountLink(mail));
  expect(link.searchParams.get("application")).toBe("soffi");
  expect(link.searchParams.get("siret")).toBe(SIRET);
  expect(link.hash).toBe("#/acces/demandes");

  // Following it: sign in, land on the requests of that company, approve with "gestionnaire".
  const page = await newPage();
  await page.goto(link.href);
  await page.waitForSelector("#username");
  await submitLogin(page, { email: manager.email, password: PERSON_PASSWORD });
  await page.waitForFunction(() => document.querySelector("#efp-pending-count")?.textContent === "1 demande en attente");
  expect(await page.locator("#efp-pair-title").innerText()).toBe(`SOFFI – ${COMPANY} (SIRET ${SIRET})`);
  const request = page.locator(`[data-email="${requester.email.toLowerCase()}"]`);
  expect(await request.locator("[data-description]").textContent()).toBe("Nouvelle gestionnaire de formation.");
  const requestId = await request.getAttribute("data-request");
  await tick(page, `#efp-request-${requestId}-roles input[value=gestionnaire]`);
  await page.click(`#efp-request-${requestId}-approve`);
  await page.waitForFunction(() => document.querySelector("#efp-pending-count")?.textContent === "0 demande en attente");
  await page.context().close();

  // The requester is told, then gets in: the token carries the role for that SIRET only.
  await waitForEmail(requester.email, (email) => email.subject === "Votre accès à SOFFI est ouvert");
  const requesterPage = await newPage();
  const habilitations = await soffiHabilitations(requesterPage, requester.email);
  expect(habilitations).toEqual([expect.objectContaining({ siret: SIRET, roles: ["gestionnaire"], access_manager: false })]);
  const resourceAccess = JSON.parse(
    await requesterPage
      .locator("#access-token-claims tbody tr")
      .filter({ has: requesterPage.locator("th", { hasText: /^resource_access$/ }) })
      .locator("td")
      .innerText(),
  );
  expect(resourceAccess.soffi.roles).toEqual(["gestionnaire"]);
  await requesterPage.context().close();
});

test("a refusal with a reason: the requester's email says why (as text), and the next login still meets the gate", async () => {
  const requester = await createPerson("Refusee");
  await requestAccessThroughGate(browser, { email: requester.email, password: PERSON_PASSWORD, siret: SIRET });
  const mail = await waitForEmail(manager.email, (email) => (email.text ?? "").includes(requester.email.toLowerCase()));

  const page = await newPage();
  await page.goto(accountLink(mail));
  await page.waitForSelector("#username");
  await submitLogin(page, { email: manager.email, password: PERSON_PASSWORD });
  const request = page.locator(`[data-email="${requester.email.toLowerCase()}"]`);
  await request.waitFor();
  const requestId = await request.getAttribute("data-request");
  const reason = "Vous ne faites pas partie de <b>l'établissement</b> & du service.";
  await page.click(`#efp-request-${requestId}-refuse`);
  await page.fill(`#efp-request-${requestId}-reason`, reason);
  await page.click(`#efp-request-${requestId}-refuse-confirm`);
  await page.waitForFunction((id) => document.querySelector(`[data-request="${id}"]`) === null, requestId);
  await page.context().close();

  const refusal = await waitForEmail(requester.email, (email) => email.subject === "Votre demande d'accès à SOFFI");
  expect(refusal.text).toContain(reason);
  expect(refusal.html).toContain("&lt;b&gt;l&#39;établissement&lt;/b&gt; &amp; du service");
  expect(refusal.html).not.toContain("<b>l'établissement</b>");

  const requesterPage = await newPage();
  await requesterPage.goto(context.demoAppUrl);
  await requesterPage.click("#login");
  await requesterPage.waitForSelector("#username");
  await submitLogin(requesterPage, { email: requester.email, password: PERSON_PASSWORD });
  await waitForAccessGate(requesterPage);
  expect(new URL(requesterPage.url()).origin).not.toBe(new URL(context.demoAppUrl).origin);
  await requesterPage.context().close();
});
