// EFP ADMIN's audit journal and CSV exports in Chromium: the Journal screen (its filters as a
// form, the table, the pages), the navigation between Utilisateurs and Journal, and both exports
// downloaded as a person would (the file read as it arrives, then saved), axe-core on each
// screen. What a screen shows is checked against the admin API; what a file holds, byte for byte.
import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "../support/axe.js";
import { launchChromium } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { csvRecords } from "../support/csv.js";
import { PERSON_PASSWORD, administratorApi, apiAs, createApplication, createPerson, freshSiret, personToken } from "../support/efp-admin.js";
import { signInToAccount } from "../support/login-page.js";

const context = testContext();
const ACCOUNT = `${context.keycloakUrl}/realms/${context.realm}/account/`;
const suffix = `${Date.now() % 1e8}`;
const WORD = `jrn${suffix.replace(/\d/g, (digit) => "bcdfghjklm"[Number(digit)])}`;
const APP = `journal-${suffix}`;
const SIRET = freshSiret();
// Names refuse markup; a company name and a request's words may hold it, and a formula.
const MARKUP = `<img src=x onerror="window.efpInjected=1">`;
const COMPANY = `=HYPERLINK("http://exemple.invalid") ${WORD} <b>GRAS</b>`;
const TODAY = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" });
const admin = administratorApi();

type Person = { id: string; email: string };
let browser: Browser;
const people = {} as Record<"aa" | "holder" | "second" | "requester", Person>;

const person = async (label: string, realmRoles: string[] = [], clientRoles: Record<string, string[]> = {}) => {
  const created = await createPerson(`${WORD}${label}`, realmRoles, clientRoles);
  return { ...created, email: created.email.toLowerCase() };
};

beforeAll(async () => {
  browser = await launchChromium();
  await createApplication(APP);
  await admin.request("POST", "companies", { siret: SIRET, name: COMPANY });
  people.aa = await person("aa", [], { [APP]: ["efp-application-admin"] });
  people.holder = await person("titulaire");
  people.second = await person("second");
  for (const who of [people.holder, people.second])
    await admin.request("POST", "habilitations", { user: who.email, application: APP, company: SIRET, roles: ["lecteur"] });
  people.requester = await person("demandeur");
  await apiAs(await personToken(people.requester.email), "efp-access").request("POST", "me/requests", { application: APP, siret: SIRET, description: MARKUP });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function openAs(who: Person, link: string, locale = "fr-FR"): Promise<Page> {
  const page = await (await browser.newContext({ locale, acceptDownloads: true })).newPage();
  await signInToAccount(page, { email: who.email, password: PERSON_PASSWORD }, link);
  await page.waitForSelector("#efp-admin-nav", { timeout: 20_000 });
  return page;
}

/** Clicks an export button, waits for the browser's download, and returns the file and the status said. */
async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), page.click(button)]);
  const saved = await file.path();
  await page.waitForFunction((id) => /terminé|finished/.test(document.getElementById(id)?.textContent ?? ""), `${button.slice(1)}-status`);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(saved!), status: await page.locator(`${button}-status`).innerText() };
}

test("the journal: reached from the Administration navigation, filtered by a labelled form, the markup of entries shown as text, axe-clean", async () => {
  const page = await openAs(people.aa, "#/admin/utilisateurs");
  // The navigation says where we are, and leads to the journal.
  expect(await page.locator('#efp-admin-nav a[aria-current="page"]').innerText()).toBe("Utilisateurs");
  await page.locator("#efp-admin-nav a", { hasText: "Journal" }).click();
  await page.waitForSelector("#efp-journal-count");
  expect(await page.locator("h1").innerText()).toBe("Journal");
  expect(await page.locator('#efp-admin-nav a[aria-current="page"]').innerText()).toBe("Journal");
  expect(await seriousViolations(page)).toEqual([]);

  // Every field has its label.
  for (const id of ["application", "action", "from", "to", "company", "user", "actor"])
    expect(await page.locator(`label[for="efp-journal-${id}"]`).count()).toBe(1);
  await page.fill("#efp-journal-user", people.requester.email);
  await page.selectOption("#efp-journal-action", "ACCESS_REQUESTED");
  await page.fill("#efp-journal-from", TODAY);
  await page.click("#efp-journal-submit");
  await page.waitForFunction(() => window.location.hash.includes("action=ACCESS_REQUESTED"));
  await page.waitForFunction(() => document.getElementById("efp-journal-count")?.textContent === "1 entrée");
  const row = await page.locator("#efp-journal tbody tr").innerText();
  // The action in words (the history's labels); the recorded name stays in data-action.
  expect(row).toContain("Demande d'accès");
  expect(await page.locator("#efp-journal tbody [data-action=ACCESS_REQUESTED]").count()).toBe(1);
  expect(row).toContain(people.requester.email);
  // The details in words (the recorded JSON's facts), the markup in them shown as text, never run.
  expect(row).toContain(`Description : ${MARKUP}`);
  expect(await page.locator("#efp-journal tbody img").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { efpInjected?: number }).efpInjected)).toBeUndefined();
  expect(await seriousViolations(page)).toEqual([]);

  // The address holds the filters: a reload shows the same entries, the form filled in.
  await page.reload();
  await page.waitForFunction(() => document.getElementById("efp-journal-count")?.textContent === "1 entrée");
  expect(await page.inputValue("#efp-journal-user")).toBe(people.requester.email);
  // What the API says for the same filters.
  const api = await admin.request<{ total: number }>("GET", "audit", undefined, { user: people.requester.email, action: "ACCESS_REQUESTED", from: TODAY });
  expect(api.total).toBe(1);

  // A date range that ends before it starts: the API's French message, no table.
  await page.fill("#efp-journal-from", "2026-05-02");
  await page.fill("#efp-journal-to", "2026-05-01");
  await page.click("#efp-journal-submit");
  await page.waitForSelector("#efp-journal-error");
  expect(await page.locator("#efp-journal-error").innerText()).toContain("La date de début (from) doit précéder la date de fin (to).");
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

test("the journal's export: the filtered entries downloaded as Excel's CSV, progress said, formulas neutralised", async () => {
  const page = await openAs(people.aa, `#/admin/journal?application=${APP}&action=HABILITATION_GRANTED`);
  await page.waitForFunction(() => document.getElementById("efp-journal-count")?.textContent === "2 entrées");
  const file = await download(page, "#efp-journal-export");
  expect(file.name).toBe(`efp-journal-${TODAY}.csv`);
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = csvRecords(file.bytes.subarray(3).toString("utf8"));
  expect(records.map((entry) => entry["Utilisateur concerné"]).sort()).toEqual([people.holder.email, people.second.email].sort());
  for (const entry of records) expect(entry["Établissement"]).toBe(`'${COMPANY}`);
  expect(file.status).toBe("Export terminé : 2 lignes. Le fichier est dans vos téléchargements.");
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

test("the user list's export: the current search downloaded in Chromium, one row per habilitation, keyboard reachable", async () => {
  const page = await openAs(people.aa, `#/admin/utilisateurs?q=${WORD}`);
  await page.waitForSelector("#efp-admin-users-count");
  // From the search field, the keyboard reaches the export button.
  await page.focus("#efp-admin-search-text");
  for (let step = 0; step < 15; step++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.id === "efp-admin-users-export")) break;
  }
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("efp-admin-users-export");
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), page.keyboard.press("Enter")]);
  expect(file.suggestedFilename()).toBe(`efp-utilisateurs-${TODAY}.csv`);
  const bytes = fs.readFileSync((await file.path())!);
  const records = csvRecords(bytes.subarray(3).toString("utf8"));
  const rows = records.map((row) => `${row["Prénom"].replace(WORD, "")} ${row["Application"]}`).sort();
  // The application admin's own account holds nothing on the application: not theirs to list.
  expect(rows).toEqual([`demandeur `, `second ${APP}`, `titulaire ${APP}`]);
  await page.waitForFunction(() => /Export terminé : 3 lignes/.test(document.getElementById("efp-admin-users-export-status")?.textContent ?? ""));
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

test("in English: the journal and its navigation in one language", async () => {
  const page = await openAs(people.aa, "#/admin/journal", "en-GB");
  await page.waitForSelector("#efp-journal-count");
  // Mon compte follows the language Keycloak chose for the login page; switch if it kept French.
  if ((await page.locator("html").getAttribute("lang")) !== "en") {
    await page.goto(`${ACCOUNT}?kc_locale=en#/admin/journal`);
    await page.waitForSelector("#efp-journal-count");
  }
  expect(await page.locator("#efp-admin-nav").innerText()).toMatch(/Users\s+Journal/);
  expect(await page.locator("#efp-journal-export").innerText()).toBe("Export (CSV)");
  expect(await page.locator("label[for=efp-journal-actor]").innerText()).toContain("Author");
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});
