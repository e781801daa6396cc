// EFP ADMIN's applications in Chromium: an administrator creates an application and sees its
// secret once (copy button), an application admin changes their application's description with
// the keyboard only, the realm-config warning on a declared application; axe-core on each
// screen. What a screen did is checked against what the admin API says afterwards.
import type { Browser, Page } from "playwright-core";
import type { ApplicationDetails } from "@efp/contract";
import { seriousViolations } from "../support/axe.js";
import { launchChromium } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { PERSON_PASSWORD, administratorApi, createPerson } from "../support/efp-admin.js";
import { signInToAccount } from "../support/login-page.js";

const context = testContext();
const suffix = `${Date.now() % 1e8}`;
const CLIENT_ID = `ecran-appli-${suffix}`;
// The application admin's own application, made through the API: their test does not hang on the creation's.
const AA_APP = `ecran-aa-${suffix}`;
const NAME = `Appli « Tom & Jerry » ${suffix}`;
const admin = administratorApi();
type Person = { id: string; email: string };
let browser: Browser;
let administrator: Person;

beforeAll(async () => {
  browser = await launchChromium();
  administrator = await createPerson(`administrateur${suffix}`, ["efp-administrator"]);
  await admin.request("POST", "applications", {
    clientId: AA_APP,
    name: `Appli de l'AA ${suffix}`,
    url: "https://aa.example.fr",
    roles: [{ name: "lecteur", description: "Lecteur" }],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function newPage(): Promise<Page> {
  const browserContext = await browser.newContext({ locale: "fr-FR" });
  await browserContext.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(context.keycloakUrl).origin });
  return browserContext.newPage();
}

async function openAt(page: Page, who: Person, link: string, ready: string) {
  await signInToAccount(page, { email: who.email.toLowerCase(), password: PERSON_PASSWORD }, link);
  await page.waitForSelector(ready, { timeout: 20_000 });
}

/** Presses Tab until the focus is on `selector` (keyboard only), at most `max` times. */
async function tabTo(page: Page, selector: string, max = 80) {
  for (let step = 0; step < max; step++) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${selector} jamais atteint au clavier`);
}

test("an administrator creates an application: the form, its checks, the secret shown once with a copy button", async () => {
  const page = await newPage();
  await openAt(page, administrator, "#/admin/applications", "#efp-apps");
  expect(await page.locator("#efp-admin-nav a[aria-current=page]").innerText()).toBe("Applications");
  expect(await page.locator("#efp-apps a[data-application=soffi]").count()).toBe(1);
  expect(await seriousViolations(page)).toEqual([]);

  await page.click("#efp-apps-create");
  await page.waitForSelector("#efp-app-new");
  expect(await seriousViolations(page)).toEqual([]);
  // Checked before sending: the first field in error takes the focus.
  await page.fill("#efp-app-clientId", "Pas_Bon");
  await page.fill("#efp-app-name", "<b>gras</b>");
  await page.click("#efp-app-new-submit");
  await page.waitForSelector("#efp-app-clientId-desc-error, .fr-error-text");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("efp-app-clientId");
  expect(await page.locator("#efp-app-new").innerText()).toContain("Les caractères < et > ne sont pas acceptés.");
  expect(await seriousViolations(page)).toEqual([]);

  await page.fill("#efp-app-clientId", CLIENT_ID);
  await page.fill("#efp-app-name", NAME);
  await page.fill("#efp-app-description", "Décrite à l'écran");
  await page.fill("#efp-app-url", "https://ecran.example.fr");
  await page.fill("#efp-app-role-0-name", "gestionnaire");
  await page.fill("#efp-app-role-0-description", "Gestionnaire");
  await page.fill("#efp-app-role-0-descriptionEn", "Manager");
  await page.click("#efp-app-role-add");
  await page.fill("#efp-app-role-1-name", "lecteur");
  await page.fill("#efp-app-role-1-description", "Lecteur & co");
  await page.click("#efp-app-new-submit");
  await page.waitForSelector("#efp-app-secret");

  const secret = await page.inputValue("#efp-app-secret");
  expect(secret.length).toBeGreaterThanOrEqual(32);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("efp-app-secret");
  expect(await page.locator("#efp-app-secret-panel").innerText()).toContain("il ne sera plus jamais affiché");
  await page.click("#efp-app-secret-copy");
  await page.waitForFunction(() => document.getElementById("efp-app-secret-copied")?.textContent !== "");
  expect(await page.locator("#efp-app-secret-copied").innerText()).toBe("Secret copié dans le presse-papiers.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  expect(await seriousViolations(page)).toEqual([]);

  const created = await admin.request<ApplicationDetails>("GET", `applications/${CLIENT_ID}`);
  expect(created).toMatchObject({ name: NAME, description: "Décrite à l'écran", url: "https://ecran.example.fr", source: "efp-admin" });
  expect(created.roles.map((role) => [role.name, role.description, role.descriptionEn])).toEqual([
    ["gestionnaire", "Gestionnaire", "Manager"],
    ["lecteur", "Lecteur & co", undefined],
  ]);

  // Its page never shows the secret again; the name's characters are text.
  await page.click("#efp-app-created-open");
  await page.waitForSelector("#efp-app-details");
  expect(await page.locator("h1#page-title").innerText()).toBe(NAME);
  expect(await page.locator("#efp-app-secret").count()).toBe(0);
  expect(await page.content()).not.toContain(secret);
  expect(await page.locator("#efp-app-roles").innerText()).toContain("Lecteur & co");
  expect(await page.getAttribute("#efp-app-ra-codes-link", "href")).toBe(`#/admin/codes-ra?application=${CLIENT_ID}`);
  expect(await seriousViolations(page)).toEqual([]);

  // Renewing: a confirmation, then the new secret once.
  await page.click("#efp-app-rotate");
  await page.waitForSelector("#efp-app-rotate-confirm");
  await page.click("#efp-app-rotate-confirm");
  await page.waitForSelector("#efp-app-secret");
  const renewed = await page.inputValue("#efp-app-secret");
  expect(renewed).not.toBe(secret);
  expect(await seriousViolations(page)).toEqual([]);

  // A declared application says that efp apply puts its file back.
  await page.goto(`${context.keycloakUrl}/realms/${context.realm}/account/#/admin/application?id=soffi`);
  await page.waitForSelector("#efp-app-realm-config");
  expect(await page.locator("#efp-app-realm-config").innerText()).toContain("remplacés au prochain efp apply");
  expect(await page.locator("#efp-app-rotate").count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
}, 180_000);

test("an application admin changes their application's description with the keyboard only", async () => {
  const aa = await createPerson(`aa${suffix}`, [], { [AA_APP]: ["efp-application-admin"] });
  const page = await newPage();
  await openAt(page, aa, `#/admin/application?id=${AA_APP}`, "#efp-app-details");
  // No creation, no secret for an application admin.
  expect(await page.locator("#efp-app-rotate").count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);

  await tabTo(page, "#efp-app-edit");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#efp-app-form");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("efp-app-name");
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("efp-app-description");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Changée au clavier par son administrateur");
  await tabTo(page, "#efp-app-save");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#efp-app-saved");
  expect(await page.locator("#efp-app-description").innerText()).toBe("Changée au clavier par son administrateur");
  expect((await admin.request<ApplicationDetails>("GET", `applications/${AA_APP}`)).description).toBe("Changée au clavier par son administrateur");

  // Their list holds their application only, without the creation button.
  await page.goto(`${context.keycloakUrl}/realms/${context.realm}/account/#/admin/applications`);
  await page.waitForSelector("#efp-apps");
  expect(await page.locator("#efp-apps a[data-application]").evaluateAll((links) => links.map((link) => link.getAttribute("data-application")))).toEqual([
    AA_APP,
  ]);
  expect(await page.locator("#efp-apps-create").count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
}, 180_000);
