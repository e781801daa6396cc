// EFP ADMIN's RA codes screen in Chromium (#/admin/codes-ra): an application admin creates a
// code for an establishment, sees it once (a reload forgets it) and copies it; a professional
// redeems it at the gate, as in real life; the list then says who used it and when; another code
// is revoked with a confirmation. A support agent reads the list without any button to act.
// Keyboard only from the SIRET field to the revocation; axe-core on each state of the screen.
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { RaCodesPage } from "@efp/contract";
import { adminClient } from "../support/admin.js";
import { seriousViolations } from "../support/axe.js";
import { launchChromium } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { PERSON_PASSWORD, administratorApi, createPerson, freshSiret } from "../support/efp-admin.js";
import { signInToAccount, submitLogin } from "../support/login-page.js";

const context = testContext();
const suffix = `${Date.now() % 1e8}`;
const APP = `coderaweb-${suffix}`;
const APP_NAME = `CODES RA ${suffix}`;
const CALLBACK = "http://127.0.0.1:65001/efp-ra-codes-callback";
const SIRET = freshSiret();
// Markup in a company name: shown as text in the list and the callout.
const COMPANY = `Établissement <i>codes</i> ${suffix}`;
const CODE_PATTERN = /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/;
const admin = administratorApi();

type Person = { id: string; email: string };
let browser: Browser;
let aa: Person;
let support: Person;
let professional: Person;

beforeAll(async () => {
  browser = await launchChromium();
  const kc = await adminClient();
  await kc.clients.create({
    realm: context.realm,
    clientId: APP,
    name: APP_NAME,
    publicClient: true,
    standardFlowEnabled: true,
    redirectUris: [CALLBACK],
    attributes: { "efp.application": "true", "efp.display-name": APP_NAME, "efp.ra-codes-enabled": "true", "pkce.code.challenge.method": "" },
  });
  const [client] = await kc.clients.find({ realm: context.realm, clientId: APP });
  for (const name of ["lecteur", "efp-application-admin", "efp-support"]) await kc.clients.createRole({ realm: context.realm, id: client.id!, name });
  await admin.request("POST", "companies", { siret: SIRET, name: COMPANY });
  aa = await createPerson("aa", [], { [APP]: ["efp-application-admin"] });
  support = await createPerson("assistance", [], { [APP]: ["efp-support"] });
  professional = await createPerson("nouveau");
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const contexts: BrowserContext[] = [];
afterEach(async () => {
  for (const opened of contexts.splice(0)) await opened.close();
});

async function openAs(who: Person, link = `#/admin/codes-ra?application=${APP}`, locale = "fr-FR", width = 1280): Promise<Page> {
  const opened = await browser.newContext({ locale, viewport: { width, height: 900 }, permissions: ["clipboard-read", "clipboard-write"] });
  contexts.push(opened);
  const page = await opened.newPage();
  await signInToAccount(page, { email: who.email, password: PERSON_PASSWORD }, link);
  await page.waitForSelector("#efp-ra-codes-count", { timeout: 20_000 });
  return page;
}

const statusOfRow = (page: Page, id: string) => page.locator(`#efp-ra-codes tr:has([data-ra-code-id="${id}"]) .efp-ra-code-status`);
const codes = () => admin.request<RaCodesPage>("GET", "ra-codes", undefined, { application: APP });
const today = (page: Page) => page.evaluate(() => new Intl.DateTimeFormat("fr-FR", { day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date()));

/** The professional types the code at the application's gate, accepts the charter, and gets in. */
async function redeem(code: string) {
  const opened = await browser.newContext({ locale: "fr-FR" });
  contexts.push(opened);
  const page = await opened.newPage();
  await page.route(`${CALLBACK}**`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><html lang=fr><title>ok</title><h1 id=arrived>arrivé</h1></html>" }),
  );
  const authorize = new URL(`${context.keycloakUrl}/realms/${context.realm}/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({ client_id: APP, redirect_uri: CALLBACK, response_type: "code", scope: "openid", state: "s" }).toString();
  await page.goto(authorize.toString());
  await submitLogin(page, { email: professional.email, password: PERSON_PASSWORD });
  await page.fill("#ra_code", code);
  await page.click("#efp-ra-submit");
  await page.waitForSelector("#efp-charter-form");
  await page.click("label[for=accepted]");
  await page.click("#kc-submit");
  await page.waitForSelector("#arrived", { timeout: 15_000 });
}

test("an application admin creates a code, sees it once, copies it; once redeemed the list says by whom; another is revoked", async () => {
  const page = await openAs(aa);
  expect(await page.locator("h1").innerText()).toBe("Codes responsable des accès");
  expect(await page.locator('#efp-admin-nav a[aria-current="page"]').innerText()).toBe("Codes RA");
  expect(await page.inputValue("#efp-ra-codes-application")).toBe(APP);
  expect(await page.locator("#efp-ra-codes-count").innerText()).toBe("0 code");
  expect(await seriousViolations(page)).toEqual([]);

  // Checked before it is sent: a SIRET with a wrong check digit.
  await page.fill("#efp-ra-codes-create-company", "57206768400109");
  await page.click("#efp-ra-codes-create-submit");
  await page.waitForSelector("text=Ce SIRET n'est pas valide");
  expect((await codes()).total).toBe(0);
  // An unknown establishment: the API's French message, nothing stored.
  await page.fill("#efp-ra-codes-create-company", freshSiret());
  await page.click("#efp-ra-codes-create-submit");
  await page.waitForSelector("text=Établissement ou structure inconnu");
  expect((await codes()).total).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);

  // Spaces as people type them.
  await page.fill("#efp-ra-codes-create-company", `${SIRET.slice(0, 3)} ${SIRET.slice(3, 6)} ${SIRET.slice(6, 9)} ${SIRET.slice(9)}`);
  await page.click("#efp-ra-codes-create-submit");
  await page.waitForSelector("#efp-ra-code-created");
  const code = await page.locator("#efp-ra-code-value").innerText();
  expect(code).toMatch(CODE_PATTERN);
  expect(await page.locator("#efp-ra-code-created-title").innerText()).toBe(`Code créé pour ${COMPANY} (SIRET ${SIRET})`);
  expect(await page.locator("#efp-ra-code-warning").innerText()).toContain("il ne sera plus jamais affiché");
  expect(await page.locator("#efp-ra-code-created i").count()).toBe(0);
  await page.waitForFunction(() => document.getElementById("efp-ra-codes-count")?.textContent === "1 code");
  const [first] = (await codes()).items;
  expect(await statusOfRow(page, first.id).innerText()).toMatch(/^Actif jusqu'au \d{2}\/\d{2}\/\d{4}$/);
  expect(await page.locator(`#efp-ra-codes [data-ra-code-id="${first.id}"]`).innerText()).toBe(`${COMPANY} (${SIRET})`);
  expect(await page.locator(`#efp-ra-codes [data-ra-code-created="${first.id}"]`).innerText()).toBe(
    `Créé le ${await today(page)} par aa TEST (${aa.email.toLowerCase()})`,
  );
  expect(await seriousViolations(page)).toEqual([]);

  // Copied to the clipboard, and said to screen readers.
  expect(await page.locator("#efp-ra-code-copied").getAttribute("role")).toBe("status");
  await page.click("#efp-ra-code-copy");
  await page.waitForFunction(() => document.getElementById("efp-ra-code-copied")?.textContent === "Code copié.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

  // Shown once: after a reload, nowhere in the page.
  await page.reload();
  await page.waitForSelector("#efp-ra-codes-count");
  await page.waitForSelector(`[data-ra-code-id="${first.id}"]`);
  expect(await page.locator("#efp-ra-code-created").count()).toBe(0);
  expect(await page.content()).not.toContain(code);

  // The professional redeems it at the application's gate.
  await redeem(code);
  await page.reload();
  await page.waitForSelector(`[data-ra-code-id="${first.id}"]`);
  const date = await today(page);
  expect(await statusOfRow(page, first.id).innerText()).toBe(`Utilisé par nouveau TEST (${professional.email.toLowerCase()}) le ${date}`);
  expect(await page.locator(`#efp-ra-code-revoke-${first.id}`).count()).toBe(0);

  // A second code, revoked after a confirmation.
  await page.fill("#efp-ra-codes-create-company", SIRET);
  await page.click("#efp-ra-codes-create-submit");
  await page.waitForFunction(() => document.getElementById("efp-ra-codes-count")?.textContent === "2 codes");
  const second = (await codes()).items.find((item) => item.id !== first.id)!;
  expect(await page.locator(`#efp-ra-code-revoke-${second.id}`).innerText()).toBe("Révoquer");
  await page.click(`#efp-ra-code-revoke-${second.id}`);
  await page.waitForSelector(`#efp-ra-code-revoke-${second.id}-confirm`);
  expect(await page.locator('[role="group"][aria-label^="Révoquer le code"] p').innerText()).toContain("Il ne pourra plus être utilisé.");
  await page.click(`#efp-ra-code-revoke-${second.id}-confirm`);
  await page.waitForFunction(() => /est révoqué/.test(document.getElementById("efp-ra-codes-flash")?.textContent ?? ""));
  await page.waitForFunction(
    (id) => (document.querySelector(`#efp-ra-codes tr:has([data-ra-code-id="${id}"]) [data-status]`) as HTMLElement | null)?.dataset.status === "revoked",
    second.id,
  );
  expect(await statusOfRow(page, second.id).innerText()).toBe(`Révoqué le ${date} par aa TEST (${aa.email.toLowerCase()})`);
  expect((await codes()).items.find((item) => item.id === second.id)?.status).toBe("revoked");
  expect(await seriousViolations(page)).toEqual([]);

  // Filtered by status, in the address.
  await page.selectOption("#efp-ra-codes-status", "used");
  await page.click("#efp-ra-codes-submit");
  await page.waitForFunction(() => window.location.hash.includes("status=used"));
  await page.waitForFunction(() => document.getElementById("efp-ra-codes-count")?.textContent === "1 code");
  expect(await page.locator("#efp-ra-codes tbody tr").count()).toBe(1);
  expect(await page.locator(`[data-ra-code-id="${first.id}"]`).count()).toBe(1);
  // Two people, a sign-in at the gate and a charter: longer than one step's minute on a loaded machine.
}, 180_000);

test("a support agent reads the codes, without a button to create or revoke", async () => {
  const active = await admin.request<{ id: string }>("POST", "ra-codes", { application: APP, company: SIRET });
  const page = await openAs(support);
  await page.waitForSelector(`[data-ra-code-id="${active.id}"]`);
  const total = (await codes()).total;
  expect(await page.locator("#efp-ra-codes-count").innerText()).toBe(`${total} codes`);
  expect(await page.locator("#efp-ra-codes-read-only").innerText()).toContain("pas en créer ni en révoquer");
  expect(await page.locator("#efp-ra-codes-create").count()).toBe(0);
  expect(await page.locator("[id^=efp-ra-code-revoke-]").count()).toBe(0);
  expect(await page.locator("#efp-ra-codes th").allInnerTexts()).toEqual(["Établissement", "Statut"]);
  expect(await statusOfRow(page, active.id).innerText()).toMatch(/^Actif jusqu'au /);
  expect(await seriousViolations(page)).toEqual([]);
});

test("keyboard only: SIRET typed, code created, copied, then revoked", async () => {
  const page = await openAs(aa);
  const tabTo = async (matches: (id: string) => boolean, limit = 40) => {
    for (let step = 0; step < limit; step++) {
      const id = await page.evaluate(() => document.activeElement?.id ?? "");
      if (matches(id)) return id;
      await page.keyboard.press("Tab");
    }
    throw new Error(`élément non atteint au clavier (focus : ${await page.evaluate(() => document.activeElement?.id ?? "")})`);
  };
  await page.focus("h1");
  await tabTo((id) => id === "efp-ra-codes-create-company");
  await page.keyboard.type(SIRET);
  await page.keyboard.press("Enter");
  // The callout takes the focus; the next stop is its copy button.
  await page.waitForFunction(() => document.activeElement?.id === "efp-ra-code-created");
  const code = await page.locator("#efp-ra-code-value").innerText();
  expect(code).toMatch(CODE_PATTERN);
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("efp-ra-code-copy");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.getElementById("efp-ra-code-copied")?.textContent === "Code copié.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

  // The newest code is the first row: its revoke button, then the confirmation, which takes the focus.
  const [newest] = (await codes()).items;
  await page.waitForSelector(`#efp-ra-code-revoke-${newest.id}`);
  await tabTo((id) => id === `efp-ra-code-revoke-${newest.id}`);
  await page.keyboard.press("Enter");
  await page.waitForFunction((id) => document.activeElement?.id === `efp-ra-code-revoke-${id}-confirm`, newest.id);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "efp-ra-codes-flash");
  expect(await page.locator("#efp-ra-codes-flash").innerText()).toContain("est révoqué");
  await page.waitForFunction(
    (id) => (document.querySelector(`#efp-ra-codes tr:has([data-ra-code-id="${id}"]) [data-status]`) as HTMLElement | null)?.dataset.status === "revoked",
    newest.id,
  );
  expect((await codes()).items.find((item) => item.id === newest.id)?.status).toBe("revoked");
  expect(await seriousViolations(page)).toEqual([]);
});

test("in English and at 375 px: the screen in one language, the table without sideways scrolling", async () => {
  const page = await openAs(support, `#/admin/codes-ra?application=${APP}&status=active`, "en-GB", 375);
  // Mon compte follows the language Keycloak chose for the login page; switch if it kept French.
  if ((await page.locator("html").getAttribute("lang")) !== "en") {
    await page.goto(`${context.keycloakUrl}/realms/${context.realm}/account/?kc_locale=en#/admin/codes-ra?application=${APP}&status=active`);
    await page.waitForSelector("#efp-ra-codes-count");
  }
  expect(await page.locator("h1").innerText()).toBe("Access manager codes");
  expect(await page.locator('#efp-admin-nav a[aria-current="page"]').innerText()).toBe("AM codes");
  expect(await page.locator("#efp-ra-codes-read-only").innerText()).toBe("You may read the codes of this application, but not create or revoke them.");
  expect(await page.locator("#efp-ra-codes th").allInnerTexts()).toEqual(["Establishment", "Status"]);
  for (const status of await page.locator(".efp-ra-code-status").allInnerTexts()) expect(status).toMatch(/^Active until \d{2}\/\d{2}\/\d{4}$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
});
