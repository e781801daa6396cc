// French by default, English on request: the login page and the messages the server writes
// into it follow ui_locales (sent by an application) or the language switch of the header
// (Keycloak's link with kc_locale).
import { launchChromium } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { submitLogin } from "../support/login-page.js";
import type { Browser, Page } from "playwright-core";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh browser speaking `locale`, at the login page of SOFFI with `extra` parameters. */
async function loginPage(locale: string, extra: Record<string, string> = {}): Promise<Page> {
  const { keycloakUrl, realm, demoAppUrl } = testContext();
  const page = await (await browser.newContext({ locale })).newPage();
  const authorize = new URL(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({
    client_id: "soffi",
    redirect_uri: `${demoAppUrl}/callback`,
    response_type: "code",
    scope: "openid",
    state: "langue",
    // SOFFI requires PKCE; the flow never reaches the token request here.
    code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    code_challenge_method: "S256",
    ...extra,
  }).toString();
  await page.goto(authorize.toString());
  await page.waitForSelector("#kc-login");
  return page;
}

async function texts(page: Page) {
  return {
    lang: await page.evaluate(() => document.documentElement.lang),
    heading: (await page.locator("h1").innerText()).trim(),
    button: (await page.locator("#kc-login").innerText()).trim(),
    captcha: (await page.locator("#captcha legend").innerText()).split("\n")[0].trim(),
  };
}

afterEach(async () => {
  for (const context of browser.contexts()) await context.close();
});

test("French by default, whatever language the browser asks that the realm does not offer", async () => {
  const page = await loginPage("de-DE");
  expect(await texts(page)).toEqual({
    lang: "fr",
    heading: "Je m'identifie avec mon compte EFP Connect",
    button: "Se connecter",
    captcha: "Je ne suis pas un robot",
  });
});

test("English when the application asks for it (ui_locales=en), server messages included", async () => {
  const page = await loginPage("fr-FR", { ui_locales: "en" });
  expect(await texts(page)).toEqual({ lang: "en", heading: "I sign in with my EFP Connect account", button: "Sign in", captcha: "I am not a robot" });
  await submitLogin(page, { email: testContext().user.email, password: "pas-le-bon-mot-de-passe" });
  await page.waitForSelector("#kc-message");
  expect((await page.locator("#kc-message").innerText()).trim()).toBe(
    "Incorrect username or password. After several failed attempts, signing in to an account is suspended for a few minutes.",
  );
  expect((await page.locator("h1").innerText()).trim()).toBe("I sign in with my EFP Connect account");
});

test("English when the person picks it in the header (Keycloak's kc_locale link), and back to French", async () => {
  const page = await loginPage("fr-FR");
  expect(await texts(page)).toMatchObject({ lang: "fr" });
  const pick = async (language: string) => {
    await page.locator("button.fr-translate:visible").click();
    await page.locator("a.fr-translate__language:visible", { hasText: language }).click();
    await page.waitForFunction(
      (lang) => document.documentElement.lang === lang && document.querySelector("#kc-login") !== null,
      language === "English" ? "en" : "fr",
    );
  };
  await pick("English");
  expect(new URL(page.url()).searchParams.get("kc_locale")).toBe("en");
  expect(await texts(page)).toEqual({ lang: "en", heading: "I sign in with my EFP Connect account", button: "Sign in", captcha: "I am not a robot" });
  await pick("Français");
  expect(await texts(page)).toEqual({
    lang: "fr",
    heading: "Je m'identifie avec mon compte EFP Connect",
    button: "Se connecter",
    captcha: "Je ne suis pas un robot",
  });
});
