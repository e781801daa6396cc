// "Mon compte" in Chromium against the real Keycloak: the DSFR account SPA at
// /realms/efp/account/, signed in through our login page, calling only the efp-access API.
// What a screen did is checked against what the API (or the admin API) says afterwards.
import type { Browser, Page } from "playwright-core";
import { adminClient } from "../support/admin.js";
import { seriousViolations as axeViolations } from "../support/axe.js";
import { requestAccessThroughGate } from "../support/access-gate.js";
import { launchChromium } from "../support/browser.js";
import { tick as tickControl } from "../support/dsfr.js";
import { testContext } from "../support/context.js";
import { accessApiAs } from "../support/efp-access.js";
import { PERSON_PASSWORD, acceptCharter, administratorApi, createPerson, freshSiret } from "../support/efp-admin.js";
import { signInToAccount } from "../support/login-page.js";

type Person = { id: string; email: string };
type UsersPage = {
  total: number;
  items: { id: string; userId: string; email: string; roles: string[]; accessManager: boolean; kind: string; expiresAt: string | null }[];
};

// A third party's delegation ends within the realm's maximum (3 years): a date two years ahead.
const THIRD_PARTY_YEAR = new Date().getUTCFullYear() + 2;
const context = testContext();
const ACCOUNT = `${context.keycloakUrl}/realms/${context.realm}/account/`;
const SIRET = freshSiret();
const OTHER_SIRET = freshSiret();
// Markup in a company name must reach the screen as text.
const COMPANY = `L'ATELIER <i>MON COMPTE</i> & CIE ${SIRET.slice(-4)}`;
const OTHER_COMPANY = `BUREAU ANNEXE ${OTHER_SIRET.slice(-4)}`;

let browser: Browser;
let people: Record<"manager" | "alice" | "bruno" | "chloe" | "tiers" | "plain" | "agent" | "outsider", Person>;

/** A person of this suite; Keycloak keeps addresses in lower case, and the screens show them so. */
async function person(label: string): Promise<Person> {
  const created = await createPerson(label);
  return { ...created, email: created.email.toLowerCase() };
}

async function grant(user: Person, application: string, company: string, roles: string[], extra: Record<string, unknown> = {}) {
  return administratorApi().request<{ id: string }>("POST", "habilitations", { user: user.email, application, company, roles, ...extra });
}

beforeAll(async () => {
  browser = await launchChromium();
  const admin = administratorApi();
  // In the directory too: the access gate searches it.
  await admin.request("POST", "directory/establishments", [
    { siret: SIRET, name: COMPANY, address: "1 RUE DU COMPTE", postalCode: "75011", city: "PARIS", active: true },
  ]);
  await admin.request("POST", "companies", { siret: SIRET, name: COMPANY });
  await admin.request("POST", "companies", { siret: OTHER_SIRET, name: OTHER_COMPANY });
  people = {
    manager: await person("Rachel"),
    alice: await person("Alice"),
    bruno: await person("Bruno"),
    chloe: await person("Chloe"),
    tiers: await person("Tiers"),
    plain: await person("Simone"),
    agent: await person("Agathe"),
    outsider: await person("Externe"),
  };
  await grant(people.manager, "soffi", SIRET, ["gestionnaire"], { accessManager: true });
  await grant(people.manager, "maf", SIRET, ["deposant"], { accessManager: true });
  // A new access manager accepts the charter at the next login; this one already has.
  await acceptCharter(people.manager.id);
  await grant(people.alice, "soffi", SIRET, ["consultation"]);
  await grant(people.bruno, "soffi", SIRET, ["consultation"]);
  await grant(people.chloe, "soffi", SIRET, ["gestionnaire"]);
  await grant(people.tiers, "soffi", SIRET, ["consultation"], { kind: "third-party", expiresAt: `${THIRD_PARTY_YEAR}-06-30T21:59:59Z` });
  await grant(people.plain, "soffi", OTHER_SIRET, ["consultation"]);
  await grant(people.plain, "maf", OTHER_SIRET, ["deposant", "administrateur-projet"]);
  // An agent, as brokered from a ministry's ADFS would be: read-only profile in Mon compte.
  const kc = await adminClient();
  const agent = await kc.users.findOne({ realm: context.realm, id: people.agent.id });
  await kc.users.update({ realm: context.realm, id: people.agent.id }, { ...agent, attributes: { ...(agent?.attributes ?? {}), "efp.user-kind": ["agent"] } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

let page: Page;
beforeEach(async () => {
  page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
});
afterEach(async () => {
  await page.context().close();
});

const signIn = (person: Person, link = "") => signInToAccount(page, { email: person.email, password: PERSON_PASSWORD }, link);
const seriousViolations = () => axeViolations(page);

async function screenshot(name: string) {
  await page.screenshot({ path: `/tmp/mon-compte-${name}.png`, fullPage: true });
}

/** Opens the header's "Mon compte" menu and follows one of its links. */
async function openFromMenu(label: string) {
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("button", { name: "Mon compte" }).click();
  await page.getByRole("link", { name: label, exact: true }).click();
  await page.waitForFunction(
    (text) => document.querySelector("h1#page-title")?.textContent === text,
    label === "Mes demandes" ? "Mes demandes d'accès" : label,
  );
}

const users = (person: Person, application = "soffi", siret = SIRET) =>
  accessApiAs<UsersPage>(person.email, "GET", `applications/${application}/companies/${siret}/users?max=200`);

const tick = (selector: string) => tickControl(page, selector);

/** Presses Tab until the element matching `selector` has the focus (keyboard-only paths). */
async function tabTo(selector: string, presses = 120) {
  for (let count = 0; count < presses; count++) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector} (focus on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))})`);
}

test("a professional sees their applications, requests and profile; no access management", async () => {
  await signIn(people.plain);
  expect(await page.locator("h1#page-title").innerText()).toBe("Mes applications");
  expect(await page.locator("html").getAttribute("lang")).toBe("fr");
  const soffi = page.locator("[data-application=soffi]");
  await soffi.waitFor();
  expect(await soffi.locator("h2").innerText()).toBe("SOFFI");
  expect(await soffi.locator(`[data-siret="${OTHER_SIRET}"]`).innerText()).toContain(OTHER_COMPANY);
  expect(await soffi.locator(".fr-tag").allInnerTexts()).toEqual(["Consultation"]);
  expect(await page.locator("[data-application=maf] .fr-tag").allInnerTexts()).toEqual(["Administrateur projet", "Déposant"]);
  expect(await page.getByRole("link", { name: /Gestion des accès/ }).count()).toBe(0);
  expect(await seriousViolations()).toEqual([]);
  await screenshot("applications");

  await openFromMenu("Mes demandes");
  await page.waitForSelector("#efp-no-request");
  expect(await seriousViolations()).toEqual([]);
  await screenshot("demandes");

  await openFromMenu("Mon profil");
  expect(await page.locator("[data-field=email]").innerText()).toBe(people.plain.email);
  expect(await page.locator("[data-field=firstName]").innerText()).toBe("Simone");
  expect(await page.locator("[data-field=kind]").innerText()).toBe("Usager professionnel");
  expect(await page.locator("#efp-update-password").isVisible()).toBe(true);
  expect(await seriousViolations()).toEqual([]);
  await screenshot("profil");

  // The route's title took the focus, for screen readers.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("page-title");

  // English on demand, kept on the account for the next visit (efp-access/me/locale).
  const pick = async (language: string) => {
    const stored = page.waitForResponse((response) => response.url().endsWith("/efp-access/me/locale") && response.ok());
    await page.locator("button.fr-translate:visible").click();
    await page.locator("a.fr-translate__language:visible", { hasText: language }).click();
    await stored;
  };
  await pick("English");
  await page.waitForFunction(() => document.querySelector("h1#page-title")?.textContent === "My profile");
  expect(await page.locator("html").getAttribute("lang")).toBe("en");
  await page.reload();
  await page.waitForFunction(() => document.querySelector("h1#page-title")?.textContent === "My profile");
  // The roles read in the page's language: MAF's English labels from realm-config.
  await page.goto(page.url().replace(/#.*$/, "") + "#/applications");
  await page.locator("[data-application=maf] .fr-tag").first().waitFor();
  expect(await page.locator("[data-application=maf] .fr-tag").allInnerTexts()).toEqual(["Project administrator", "Filer"]);
  // Back to French: the next tests sign in with the same account.
  await pick("Français");
  await page.waitForFunction(() => document.documentElement.lang === "fr");
  expect(await page.locator("[data-application=maf] .fr-tag").allInnerTexts()).toEqual(["Administrateur projet", "Déposant"]);
});

test("the API, not the page, decides: a plain user following a management link is refused", async () => {
  await signIn(people.plain, `?application=soffi&siret=${SIRET}#/acces/utilisateurs`);
  const alert = page.locator(".fr-alert--error");
  await alert.waitFor();
  expect(await alert.innerText()).toContain("vous n'êtes pas responsable des accès");
  expect(await page.locator("#efp-users-list").count()).toBe(0);
});

test("a professional corrects their name on Keycloak's themed page and comes back to Mon profil; logout", async () => {
  const person = await createPerson("Prenom");
  // On MAF: the SOFFI counts of this company are another test's.
  await grant(person, "maf", SIRET, ["deposant"]);
  const found = async (search: string) =>
    (await accessApiAs<UsersPage>(people.manager.email, "GET", `applications/maf/companies/${SIRET}/users?search=${encodeURIComponent(search)}`)).items.map(
      (item) => item.userId,
    );
  const newName = `Corrigé-${Date.now()}`;
  expect(await found(newName)).toEqual([]);
  expect(await found("test")).toContain(person.id);
  await signIn(person, "#/profil");
  await page.click("#efp-update-profile");
  await page.waitForSelector("#firstName");
  await page.fill("#firstName", "Prénom-Corrigé");
  await page.fill("#lastName", newName);
  await page.click("#kc-submit");
  await page.waitForSelector("#efp-profile-updated");
  expect(await page.locator("h1#page-title").innerText()).toBe("Mon profil");
  expect(await page.locator("[data-field=firstName]").innerText()).toBe("Prénom-Corrigé");
  // The access managers' list follows the change at once: found by the new name, without accents.
  expect(await found(newName.replace("é", "e").toUpperCase())).toEqual([person.id]);
  // The old last name ("Test") no longer finds them.
  expect(await found("test")).not.toContain(person.id);

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await page.waitForSelector("#username");
  // Signed out for real: Mon compte asks for a login again.
  await page.goto(ACCOUNT);
  await page.waitForSelector("#username");
});

test("an application admin manages a company of their application by its link, without being its access manager", async () => {
  const applicationAdmin = await createPerson("Aa", [], { soffi: ["efp-application-admin"] });
  await signIn({ ...applicationAdmin, email: applicationAdmin.email.toLowerCase() }, `?application=soffi&siret=${SIRET}#/acces/utilisateurs`);
  await page.waitForSelector("#efp-users-list");
  expect(await page.locator("#efp-pair-title").innerText()).toBe(`SOFFI – ${COMPANY} (SIRET ${SIRET})`);
  expect(await page.locator("#efp-users-list > li").count()).toBeGreaterThan(0);
});

test("an application admin finds any company of their application from the menu, by name or SIRET", async () => {
  const applicationAdmin = await createPerson("Ab", [], { maf: ["efp-application-admin"] });
  await signIn({ ...applicationAdmin, email: applicationAdmin.email.toLowerCase() });
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Gestion des accès" }).click();
  await page.waitForSelector("#efp-finder-list");
  expect(await page.locator("#efp-no-managed").count()).toBe(0);
  expect(await seriousViolations()).toEqual([]);
  await screenshot("acces-etablissements");
  // The two companies of this suite on MAF, among the others of the application.
  await page.fill("#efp-finder-text", OTHER_SIRET);
  await page.click("#efp-finder button[type=submit]");
  await page.waitForFunction(() => document.querySelector("#efp-finder-count")?.textContent === "1 établissement pour MAF");
  const other = page.locator(`#efp-finder-list [data-siret="${OTHER_SIRET}"]`);
  expect(await other.innerText()).toContain("1 personne");
  await page.fill("#efp-finder-text", "l'atelier <i>mon compte");
  await page.keyboard.press("Enter");
  await page.waitForSelector(`#efp-finder-list [data-siret="${SIRET}"]`);
  expect(await page.locator("#efp-finder-list > li").count()).toBe(1);
  // Keyboard alone: Tab to the company's link, Enter opens its users.
  await tabTo(`#efp-finder-list [data-siret="${SIRET}"] a`);
  await page.keyboard.press("Enter");
  await page.waitForFunction((siret) => new URLSearchParams(location.search).get("siret") === siret && location.hash === "#/acces/utilisateurs", SIRET);
  await page.waitForSelector("#efp-users-list");
  expect(await page.locator("#efp-pair-title").innerText()).toBe(`MAF – ${COMPANY} (SIRET ${SIRET})`);
});

test("an agent's profile is read only", async () => {
  await signIn(people.agent, "#/profil");
  expect(await page.locator("[data-field=kind]").innerText()).toBe("Agent du ministère");
  await page.waitForSelector("#efp-agent-read-only");
  expect(await page.locator("#efp-update-profile, #efp-update-password").count()).toBe(0);
});

test("an access manager sees who has access with the counts per role, searches, and changes access", async () => {
  await signIn(people.manager);
  // Both pairs they manage are offered; the menu leads to the management screens.
  await page.getByRole("link", { name: "Gestion des accès" }).click();
  await page.waitForSelector("#efp-pair");
  await page.selectOption("#efp-pair", `soffi|${SIRET}`);
  await page.click("#efp-pair-picker button[type=submit]");
  await page.waitForFunction((siret) => new URLSearchParams(location.search).get("siret") === siret && location.hash === "#/acces/utilisateurs", SIRET);
  await page.waitForSelector("#efp-role-counts");
  expect(await page.locator("#efp-pair-title").innerText()).toBe(`SOFFI – ${COMPANY} (SIRET ${SIRET})`);

  // The seed's table "Rôle / Nombre de Personnes".
  const counts = Object.fromEntries(
    await Promise.all(
      (await page.locator("#efp-role-counts tbody tr").all()).map(async (row) => (await row.locator("td").allInnerTexts()).map((cell) => cell.trim())),
    ),
  );
  expect(counts).toEqual({ Consultation: "3 personnes", Gestionnaire: "2 personnes", "Responsable des accès": "1 personne", Tiers: "1 personne" });
  expect(await page.locator("#efp-users-count").innerText()).toBe("5 personnes ont accès à SOFFI");
  const tiers = page.locator(`[data-email="${people.tiers.email}"]`);
  expect(await tiers.locator(".fr-badge").allTextContents()).toEqual(["Tiers", `Jusqu'au 30/06/${THIRD_PARTY_YEAR}`]);
  expect(await seriousViolations()).toEqual([]);
  await screenshot("acces-utilisateurs");

  // Search by name, filter by role.
  await page.fill("#efp-users-search-text", "chloe");
  await page.click("#efp-users-search button[type=submit]");
  await page.waitForFunction(() => document.querySelector("#efp-users-count")?.textContent === "1 personne correspond à la recherche");
  await page.fill("#efp-users-search-text", "");
  await page.selectOption("#efp-users-role", "gestionnaire");
  await page.click("#efp-users-search button[type=submit]");
  await page.waitForFunction(() => document.querySelector("#efp-users-count")?.textContent === "2 personnes correspondent à la recherche");
  await page.getByRole("button", { name: "Tout afficher" }).click();
  await page.waitForFunction(() => document.querySelectorAll("#efp-users-list > li").length === 5);

  // Change Alice's roles.
  const alice = (await users(people.manager)).items.find((item) => item.email === people.alice.email)!;
  await page.click(`#efp-habilitation-${alice.id}-edit`);
  await tick(`#efp-habilitation-${alice.id}-roles input[value=gestionnaire]`);
  await page.click(`#efp-habilitation-${alice.id}-save`);
  await page.waitForSelector("#efp-users-flash .fr-alert--success");
  expect((await users(people.manager)).items.find((item) => item.email === people.alice.email)!.roles).toEqual(["consultation", "gestionnaire"]);

  // Name Bruno access manager.
  const bruno = (await users(people.manager)).items.find((item) => item.email === people.bruno.email)!;
  await page.click(`#efp-habilitation-${bruno.id}-edit`);
  await tick(`#efp-habilitation-${bruno.id}-roles input[name$=access-manager]`);
  await page.click(`#efp-habilitation-${bruno.id}-save`);
  await page.waitForFunction(
    (email) => document.querySelector(`[data-email="${email}"] .fr-badge`)?.textContent === "Responsable des accès",
    people.bruno.email,
  );
  expect((await users(people.manager)).items.find((item) => item.email === people.bruno.email)!.accessManager).toBe(true);

  // Delegate to a third party outside the company, until an end date.
  await page.click("#efp-grant-third-party");
  expect(await page.isChecked("#efp-grant-kind input[value=third-party]")).toBe(true);
  await page.click("#efp-grant-submit");
  await page.waitForSelector("#efp-grant-form .fr-input-group--error");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("efp-grant-email");
  await page.fill("#efp-grant-email", people.outsider.email);
  await tick("#efp-grant-roles input[value=consultation]");
  await page.fill("#efp-grant-last-day", `${THIRD_PARTY_YEAR}-03-31`);
  expect(await seriousViolations()).toEqual([]);
  await screenshot("acces-delegation");
  await page.click("#efp-grant-submit");
  await page.waitForSelector("#efp-users-flash .fr-alert--success");
  const delegated = (await users(people.manager)).items.find((item) => item.email === people.outsider.email)!;
  expect(delegated).toMatchObject({ roles: ["consultation"], kind: "third-party", accessManager: false });
  expect(new Date(delegated.expiresAt!).getUTCFullYear()).toBe(THIRD_PARTY_YEAR);

  // An unknown address: the API's French message, in an alert, nothing granted.
  await page.click("#efp-grant-member");
  await page.fill("#efp-grant-email", `personne.${Date.now()}@exemple.fr`);
  await tick("#efp-grant-roles input[value=consultation]");
  await page.click("#efp-grant-submit");
  await page.waitForSelector("#efp-grant-error.fr-alert--error");
  expect(await page.locator("#efp-grant-error").innerText()).toContain("Aucun compte EFP Connect pour cette adresse");
  await page.getByRole("button", { name: "Annuler" }).click();

  // Revoke Chloé.
  const chloe = (await users(people.manager)).items.find((item) => item.email === people.chloe.email)!;
  await page.click(`#efp-habilitation-${chloe.id}-revoke`);
  await page.click(`#efp-habilitation-${chloe.id}-revoke-confirm`);
  await page.waitForFunction((email) => document.querySelector(`[data-email="${email}"]`) === null, people.chloe.email);
  expect((await users(people.manager)).items.map((item) => item.email)).not.toContain(people.chloe.email);
});

test("the link of an access-request email opens that company's requests; the keyboard alone changes a role", async () => {
  await signIn(people.manager, `?application=soffi&siret=${SIRET}#/acces/demandes`);
  await page.waitForSelector("#efp-pending-count");
  expect(await page.locator("#efp-pair-title").innerText()).toBe(`SOFFI – ${COMPANY} (SIRET ${SIRET})`);
  expect(await page.getByRole("tab", { name: /Demandes d'accès/ }).getAttribute("aria-selected")).toBe("true");
  expect(await seriousViolations()).toEqual([]);
  await screenshot("acces-demandes");

  // From the top of the page, keys only: Tab to the selected tab, arrow to "Utilisateurs", then
  // give Tiers the "gestionnaire" role.
  const tiers = (await users(people.manager)).items.find((item) => item.email === people.tiers.email)!;
  const prefix = `efp-habilitation-${tiers.id}`;
  await page.locator("h1#page-title").focus();
  await tabTo('[role=tab][aria-selected="true"]');
  await page.keyboard.press("ArrowLeft");
  await page.waitForSelector("#efp-users-list");
  expect(await page.evaluate(() => location.hash)).toBe("#/acces/utilisateurs");
  await tabTo(`#${prefix}-edit`);
  await page.keyboard.press("Enter");
  await tabTo(`#${prefix}-roles input[value=gestionnaire]`, 10);
  await page.keyboard.press("Space");
  await tabTo(`#${prefix}-save`, 10);
  await page.keyboard.press("Enter");
  await page.waitForSelector("#efp-users-flash .fr-alert--success");
  expect((await users(people.manager)).items.find((item) => item.email === people.tiers.email)!.roles).toEqual(["consultation", "gestionnaire"]);
});

describe("with requests made at the access gate", () => {
  let requesters: Record<"first" | "second" | "third", Person>;

  beforeAll(async () => {
    requesters = { first: await person("Thierry"), second: await person("Patrice"), third: await person("Regrets") };
    await requestAccessThroughGate(browser, { email: requesters.third.email, password: PERSON_PASSWORD, siret: SIRET });
    await requestAccessThroughGate(browser, {
      email: requesters.first.email,
      password: PERSON_PASSWORD,
      siret: SIRET,
      description: "Je remplace Chloé au service formation.",
    });
    await requestAccessThroughGate(browser, {
      email: requesters.second.email,
      password: PERSON_PASSWORD,
      siret: SIRET,
      description: '<script>alert("x")</script><b>gras</b>',
    });
  }, 60_000);

  test("the requester sees the pending request in Mes demandes", async () => {
    await signIn(requesters.first, "#/demandes");
    await page.waitForSelector("#efp-my-requests");
    expect(await page.locator("#efp-my-requests [data-status]").first().textContent()).toBe("En attente");
    expect(await page.locator("#efp-my-requests tbody").innerText()).toContain(COMPANY);
    expect(await seriousViolations()).toEqual([]);
    await screenshot("demandes-en-attente");
  });

  test("a requester cancels their pending request; the API says it is cancelled", async () => {
    await signIn(requesters.third, "#/demandes");
    await page.getByRole("button", { name: /Annuler la demande d'accès à SOFFI/ }).click();
    // The confirmation took the focus: Enter confirms.
    await page.keyboard.press("Enter");
    await page.waitForSelector("#efp-requests-flash .fr-alert--success");
    await page.waitForFunction(() => document.querySelector("#efp-my-requests [data-status]")?.textContent === "Annulée");
    const mine = await accessApiAs<{ items: { status: string }[] }>(requesters.third.email, "GET", "me/requests");
    expect(mine.items[0].status).toBe("CANCELLED");
  });

  test("the access manager approves one with a role, using the keyboard alone, and refuses the other with a reason", async () => {
    await signIn(people.manager, `?application=soffi&siret=${SIRET}#/acces/demandes`);
    await page.waitForFunction(() => document.querySelector("#efp-pending-count")?.textContent === "2 demandes en attente");
    // The requester's words, as typed: text, never markup.
    const second = page.locator(`[data-email="${requesters.second.email}"]`);
    expect(await second.locator("[data-description]").textContent()).toBe('<script>alert("x")</script><b>gras</b>');
    expect(await second.locator("[data-description] b, [data-description] script").count()).toBe(0);
    expect(await seriousViolations()).toEqual([]);
    await screenshot("acces-demandes-en-attente");

    const { items } = await accessApiAs<{ items: { id: string; requester: { email: string } }[] }>(
      people.manager.email,
      "GET",
      `applications/soffi/companies/${SIRET}/requests`,
    );
    const first = items.find((item) => item.requester.email === requesters.first.email)!;
    const prefix = `efp-request-${first.id}`;
    await tabTo(`#${prefix}-roles input[value=consultation]`);
    await page.keyboard.press("Space");
    await tabTo(`#${prefix}-approve`, 10);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("#efp-pending-count")?.textContent === "1 demande en attente");
    expect((await users(people.manager)).items.find((item) => item.email === requesters.first.email)).toMatchObject({
      roles: ["consultation"],
      kind: "member",
    });

    const secondId = items.find((item) => item.requester.email === requesters.second.email)!.id;
    await page.click(`#efp-request-${secondId}-refuse`);
    await page.click(`#efp-request-${secondId}-refuse-confirm`);
    // A reason is required: said under the field, which has the focus, and nothing is sent.
    expect(await page.locator(`#efp-request-${secondId}-reason`).getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator(`[data-request="${secondId}"] .fr-input-group--error`).innerText()).toContain("Indiquez le motif du refus");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`efp-request-${secondId}-reason`);
    expect(await page.locator("#efp-pending-count").textContent()).toBe("1 demande en attente");
    await page.fill(`#efp-request-${secondId}-reason`, "Vous ne faites pas partie de l'établissement.");
    await page.click(`#efp-request-${secondId}-refuse-confirm`);
    await page.waitForFunction(() => document.querySelector("#efp-pending-count")?.textContent === "0 demande en attente");
    const mine = await accessApiAs<{ items: { status: string; reason: string }[] }>(requesters.second.email, "GET", "me/requests");
    expect(mine.items[0]).toMatchObject({ status: "REFUSED", reason: "Vous ne faites pas partie de l'établissement." });
  });
});

// The API refuses an access manager who owes the charter (charter_not_accepted);
// Mon compte turns that into a link to the charter page, which comes back here once accepted.
test("an access manager who owes the charter gets a link to it, accepts it and comes back to manage", async () => {
  const siret = freshSiret();
  await administratorApi().request("POST", "companies", { siret, name: `CHARTE ${siret.slice(-4)}` });
  const newcomer = await person("Charlotte");
  await grant(newcomer, "maf", siret, ["deposant"], { accessManager: true });
  await acceptCharter(newcomer.id);
  await signIn(newcomer);
  // A new version of the charter is published while they are signed in.
  const kc = await adminClient();
  const user = await kc.users.findOne({ realm: context.realm, id: newcomer.id });
  await kc.users.update(
    { realm: context.realm, id: newcomer.id },
    { ...user, attributes: { ...user!.attributes, "efp.charter.accepted-version": ["version-precedente"] } },
  );

  await page.getByRole("link", { name: "Gestion des accès" }).click();
  const link = page.locator("#efp-charter-link").first();
  await link.waitFor();
  const alert = page.locator(".fr-alert--warning").first();
  expect(await alert.innerText()).toContain("acceptez la charte du responsable des accès");
  expect(await page.locator("#efp-users-list").count()).toBe(0);
  expect(await seriousViolations()).toEqual([]);
  await screenshot("charte-a-accepter");

  await link.click();
  await page.waitForSelector("#efp-charter-form");
  await page.click("label[for=accepted]");
  await page.click("#kc-submit");
  // Back in Mon compte, on the same screen, which now loads.
  await page.waitForSelector("#efp-users-list", { timeout: 20_000 });
  expect(new URL(page.url()).pathname).toBe(new URL(ACCOUNT).pathname);
  expect(await page.locator("#efp-charter-link").count()).toBe(0);
  const accepted = await kc.users.findOne({ realm: context.realm, id: newcomer.id });
  const realm = await kc.realms.findOne({ realm: context.realm });
  expect(accepted?.attributes?.["efp.charter.accepted-version"]).toEqual([realm?.attributes?.["efp.charter.version"]]);
});
