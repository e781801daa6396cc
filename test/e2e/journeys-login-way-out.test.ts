// Issue 13, item 1: no dead end in the login theme. Every page but the login page offers a way
// out (back to the application, Mon compte, "Se déconnecter" once the person is known), and
// declining the access manager charter signs the person out with an explanation.
import type { Page } from "playwright-core";
import { adminClient } from "../support/admin.js";
import { seriousViolations } from "../support/axe.js";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { administratorApi, createPerson, freshSiret, PERSON_PASSWORD } from "../support/efp-admin.js";
import { signInToAccount, submitLogin, waitForAccessGate } from "../support/login-page.js";

const context = testContext();
const freshPage = useFreshPage();
const admin = administratorApi();

/** From the demo app (SOFFI) to whatever page follows the login page; signs in when asked. */
async function openDemoApp(page: Page, email?: string) {
  await page.goto(context.demoAppUrl);
  await page.click("#login");
  if (email) {
    await page.waitForSelector("#username, h1");
    if (await page.locator("#username").count()) await submitLogin(page, { email, password: PERSON_PASSWORD });
  }
}

/** The links of the way out, by id, with their text. */
async function wayOut(page: Page): Promise<Record<string, string>> {
  const links = await page.locator("#efp-way-out a").all();
  const found: Record<string, string> = {};
  for (const link of links) found[(await link.getAttribute("id"))!] = (await link.innerText()).trim();
  return found;
}

test("the gate of a person signed in elsewhere: back to SOFFI, Mon compte, and a sign-out that ends the session", async () => {
  const page = freshPage();
  const person = await createPerson("sortie");
  // Signed in to Mon compte first: an SSO session exists, so only a real sign-out leads to the login page again.
  await signInToAccount(page, { email: person.email, password: PERSON_PASSWORD });
  await openDemoApp(page);
  await waitForAccessGate(page);

  expect(await wayOut(page)).toEqual({
    "efp-way-out-application": "Retour à SOFFI",
    "efp-way-out-account": "Mon compte",
    "efp-way-out-logout": "Se déconnecter",
  });
  expect(await page.getAttribute("#efp-way-out-application", "href")).toBe(`${context.demoAppUrl}/`);
  expect(await page.getAttribute("#efp-way-out-account", "href")).toBe(`${context.keycloakUrl}/realms/${context.realm}/account`);
  expect(await seriousViolations(page)).toEqual([]);

  await page.click("#efp-way-out-logout");
  await page.waitForSelector("#kc-logout-confirm");
  await page.click("#kc-logout-confirm [type=submit]");
  await page.waitForFunction(() => (window as unknown as { kcContext?: { pageId?: string } }).kcContext?.pageId === "info.ftl");

  // Back to the application: the login page, not the gate.
  await openDemoApp(page);
  await page.waitForSelector("#username");
  expect(await page.locator("h1").innerText()).toMatch(/Je m'identifie/);
  expect(await page.locator("#efp-way-out").count()).toBe(0);
});

test("the forgotten-password page offers Mon compte and the way back, without a sign-out", async () => {
  const page = freshPage();
  await openDemoApp(page);
  await page.waitForSelector("#kc-forgot-password");
  await page.click("#kc-forgot-password");
  await page.waitForSelector("[name=captcha_answer]");
  const links = await wayOut(page);
  expect(links["efp-way-out-account"]).toBe("Mon compte");
  expect(links["efp-way-out-application"]).toBe("Retour à SOFFI");
  expect(links["efp-way-out-logout"]).toBeUndefined();
});

test("declining the charter signs the access manager out, says why and what next, and keeps the habilitation", async () => {
  const page = freshPage();
  const person = await createPerson("refus-charte");
  const siret = freshSiret();
  await admin.request("POST", "companies", { siret, name: `REFUS ${siret}`, address: "1 RUE DU REFUS 75011 PARIS" });
  // Signed in to Mon compte before being named: the SSO session outlives the login page.
  await signInToAccount(page, { email: person.email, password: PERSON_PASSWORD });
  await admin.request("POST", "habilitations", { user: person.email, application: "soffi", company: siret, roles: ["consultation"], accessManager: true });

  await openDemoApp(page);
  await page.waitForSelector("#efp-charter-form");
  expect(await wayOut(page)).toMatchObject({ "efp-way-out-logout": "Se déconnecter", "efp-way-out-account": "Mon compte" });
  expect(await page.locator("#efp-charter-decline").innerText()).toBe("Je refuse la charte");
  await page.click("#efp-charter-decline");

  await page.waitForSelector("#efp-charter-declined");
  expect(await page.locator("h1").innerText()).toBe("Vous avez refusé la charte du responsable des accès");
  const text = await page.locator("#efp-charter-declined").innerText();
  expect(text).toContain("Votre session est fermée.");
  expect(text).toContain("vous ne pouvez pas agir comme responsable des accès");
  expect(text).toContain("la charte vous sera présentée de nouveau à votre prochaine connexion");
  // Already signed out: no second sign-out; Mon compte and SOFFI remain.
  expect(await wayOut(page)).toEqual({ "efp-way-out-application": "Retour à SOFFI", "efp-way-out-account": "Mon compte" });
  expect(await seriousViolations(page)).toEqual([]);

  // Signed out: SOFFI asks to sign in again (with the SSO session alive it would show the charter).
  await openDemoApp(page);
  await page.waitForSelector("#username");
  // Declining is not resigning: still access manager, the charter still owed.
  const habilitations = await admin.request<{ items: { accessManager: boolean }[] }>("GET", "habilitations", undefined, {
    application: "soffi",
    user: person.email,
  });
  expect(habilitations.items.map((habilitation) => habilitation.accessManager)).toEqual([true]);
  const kc = await adminClient();
  const user = await kc.users.findOne({ realm: context.realm, id: person.id });
  expect(user?.attributes?.["efp.charter.accepted-version"]).toBeUndefined();
  // And the next sign-in shows the charter again.
  await submitLogin(page, { email: person.email, password: PERSON_PASSWORD });
  await page.waitForSelector("#efp-charter-form");
});
