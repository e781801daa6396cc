// A person's language choice is kept, and each page is in one language (issue 13, item 4):
// - a choice made on the login page is stored on the account, but a page shown before the
//   person proved who they are (forgotten password) never follows the account: it would change
//   with the address typed (and tell that the account exists); its email follows the page;
// - Mon compte's switch is kept on the account: after logout and login, in any browser;
// - the gate's RA-code errors, written by the server, are in the page's language;
// - the footer speaks the page's language.
import type { Page } from "playwright-core";
import { adminClient } from "../support/admin.js";
import { seriousViolations } from "../support/axe.js";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { createPerson, PERSON_PASSWORD } from "../support/efp-admin.js";
import { submitLogin } from "../support/login-page.js";
import { seenMails } from "../support/mailbox.js";
import { openReset } from "../support/registration.js";
import { codeFromMail } from "../support/validation-code.js";

const context = testContext();
const freshPage = useFreshPage();
const suffix = `${Date.now() % 1e8}`;

/** The page's language, its title and its footer's accessibility line. */
async function language(page: Page) {
  return {
    lang: await page.evaluate(() => document.documentElement.lang),
    h1: (await page.locator("h1").first().innerText()).trim(),
    footer: (await page.locator("#footer .fr-footer__bottom-item").first().innerText()).trim(),
  };
}

/** The header's language switch, as a person uses it. */
async function pick(page: Page, language: "English" | "Français") {
  await page.locator("button.fr-translate:visible").click();
  await page.locator("a.fr-translate__language:visible, button.fr-translate__language:visible", { hasText: language }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language === "English" ? "en" : "fr");
}

async function storedLocale(id: string): Promise<string[] | undefined> {
  const kc = await adminClient();
  return (await kc.users.findOne({ realm: context.realm, id }))?.attributes?.locale;
}

const accountUrl = () => `${context.keycloakUrl}/realms/${context.realm}/account/`;

test("English picked once on the login page is kept on the account; the forgotten-password pages and their email stay in the browser's French", async () => {
  const person = await createPerson("anglais");
  const page = freshPage();
  await page.goto(accountUrl());
  await page.waitForSelector("#username");
  await pick(page, "English");
  await submitLogin(page, { email: person.email, password: PERSON_PASSWORD });
  await page.waitForSelector("h1#page-title");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  expect(await storedLocale(person.id)).toEqual(["en"]);

  // Another day, a French browser without cookies: "Mot de passe oublié" for that account.
  const other = await freshPage.another();
  const seen = await seenMails();
  await openReset(other, person.email);
  const codePage = await language(other);
  expect(codePage).toEqual({ lang: "fr", h1: "Réinitialisez votre mot de passe", footer: "Accessibilité : non conforme" });
  const { email } = await codeFromMail(person.email, seen);
  expect(email.subject).toBe("Votre code de validation EFP Connect");
  expect(email.text ?? email.html).not.toMatch(/validation code|valid for/i);
});

test("Mon compte's switch back to French is kept: after logout and login, even in an English browser", async () => {
  const person = await createPerson("retour");
  const kc = await adminClient();
  const user = await kc.users.findOne({ realm: context.realm, id: person.id });
  await kc.users.update({ realm: context.realm, id: person.id }, { ...user, attributes: { ...(user?.attributes ?? {}), locale: ["en"] } });

  const page = freshPage();
  await page.goto(accountUrl());
  await page.waitForSelector("#username");
  // Before signing in, the page is the browser's (French), not the account's.
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
  await submitLogin(page, { email: person.email, password: PERSON_PASSWORD });
  await page.waitForSelector("h1#page-title");
  // Signed in: the account's choice.
  expect(await language(page)).toMatchObject({ lang: "en", footer: "Accessibility : non compliant" });

  const stored = page.waitForResponse((response) => response.url().endsWith("/efp-access/me/locale") && response.request().method() === "PUT");
  await pick(page, "Français");
  expect((await stored).status()).toBe(200);
  expect(await language(page)).toMatchObject({ lang: "fr", footer: "Accessibilité : non conforme" });
  expect(await storedLocale(person.id)).toEqual(["fr"]);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await page.waitForSelector("#username");
  // The login page after logout follows the choice too (the cookie Mon compte set).
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
  await submitLogin(page, { email: person.email, password: PERSON_PASSWORD });
  await page.waitForSelector("h1#page-title");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");

  // An English-speaking browser, no cookie: once signed in, Mon compte is French.
  const english = await (await page.context().browser()!.newContext({ locale: "en-GB" })).newPage();
  try {
    await english.goto(accountUrl());
    await english.waitForSelector("#username");
    expect(await english.evaluate(() => document.documentElement.lang)).toBe("en");
    await submitLogin(english, { email: person.email, password: PERSON_PASSWORD });
    await english.waitForSelector("h1#page-title");
    expect(await english.evaluate(() => document.documentElement.lang)).toBe("fr");
    expect((await english.locator("h1#page-title").innerText()).trim()).toMatch(/^Mes /);
  } finally {
    await english.context().close();
  }
});

test("an unsupported language is refused with a clear 400, and nothing is stored", async () => {
  const person = await createPerson("langue");
  const { personToken } = await import("../support/efp-admin.js");
  const token = await personToken(person.email);
  const response = await fetch(`${context.keycloakUrl}/realms/${context.realm}/efp-access/me/locale`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ locale: "de" }),
  });
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({ error: "unsupported_locale" });
  expect(await storedLocale(person.id)).toBeUndefined();
});

describe("the gate in English", () => {
  const CALLBACK = "http://127.0.0.1:65001/efp-lang-callback";
  const APP = { clientId: `lang-${suffix}`, name: `LANG ${suffix}` };

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
  });

  afterAll(async () => {
    const kc = await adminClient();
    const [client] = await kc.clients.find({ realm: context.realm, clientId: APP.clientId });
    if (client) await kc.clients.del({ realm: context.realm, id: client.id! });
  });

  test("RA-code errors are in English on the English gate, not the server's French", async () => {
    const person = await createPerson("gate");
    const page = freshPage();
    const authorize = new URL(`${context.keycloakUrl}/realms/${context.realm}/protocol/openid-connect/auth`);
    authorize.search = new URLSearchParams({ client_id: APP.clientId, redirect_uri: CALLBACK, response_type: "code", scope: "openid", state: "s" }).toString();
    await page.goto(authorize.toString());
    await page.waitForSelector("#username");
    await pick(page, "English");
    await submitLogin(page, { email: person.email, password: PERSON_PASSWORD });
    await page.waitForSelector("#ra_code");
    expect(await language(page)).toMatchObject({ lang: "en", footer: "Accessibility : non compliant" });

    const error = async () => {
      await page.waitForSelector(".fr-message--error, #efp-gate-message");
      return (await page.locator(".fr-message--error, #efp-gate-message").first().innerText()).trim();
    };
    await page.fill("#ra_code", "ABCD");
    await page.click("#efp-ra-submit");
    expect(await error()).toBe("This access manager code is not valid: it has 12 letters and digits (e.g. ABCD-EFGH-JKMN).");
    await page.fill("#ra_code", "ZZZZ-ZZZZ-ZZZZ");
    await page.click("#efp-ra-submit");
    await page.waitForFunction(() => document.body.innerText.includes("not valid for"));
    expect(await error()).toBe(`This access manager code is not valid for ${APP.name}.`);
    const body = await page.locator("body").innerText();
    expect(body).not.toMatch(/Ce code|n'est pas valide|Accessibilité/);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
