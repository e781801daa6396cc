// EFP ADMIN in Chromium: the Administration space of Mon compte (user list, user page, account
// actions, revoking a habilitation) as an application admin, a support agent, an administrator
// and a plain professional would use it, keyboard only where the issue asks, axe-core on each
// screen. What a screen did is checked against what the admin API says afterwards.
import type { Browser, Page } from "playwright-core";
import type { UserPage } from "@efp/contract";
import { seriousViolations } from "../support/axe.js";
import { launchChromium } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { PERSON_PASSWORD, administratorApi, apiAs, createApplication, createPerson, freshSiret, personToken } from "../support/efp-admin.js";
import { signInToAccount } from "../support/login-page.js";
import { waitForEmail } from "../support/mailbox.js";
import { tick } from "../support/dsfr.js";
import { adminClient } from "../support/admin.js";

const context = testContext();
const ACCOUNT = `${context.keycloakUrl}/realms/${context.realm}/account/`;
const suffix = `${Date.now() % 1e8}`;
// Letters only: the run's own word, in the first name of every account of this suite.
const WORD = `adm${suffix.replace(/\d/g, (digit) => "bcdfghjklm"[Number(digit)])}`;
const APP = `ecran-${suffix}`;
const OTHER_APP = `ecran-voisin-${suffix}`;
const SIRET = freshSiret();
const COMPANY = `ATELIER ${WORD.toUpperCase()} <b>GRAS</b>`;
const admin = administratorApi();

type Person = { id: string; email: string };
let browser: Browser;
const people = {} as Record<"aa" | "support" | "administrator" | "plain" | "holder" | "second" | "neighbour" | "markup" | "doomed", Person>;
let holderHabilitation: string;

const person = async (label: string, realmRoles: string[] = [], clientRoles: Record<string, string[]> = {}) => {
  const created = await createPerson(`${WORD}${label}`, realmRoles, clientRoles);
  return { ...created, email: created.email.toLowerCase() };
};
// Names refuse markup (the user profile's validators); a company name and a request's words may hold it.
const MARKUP = `<img src=x onerror="window.efpInjected=1">`;

const grant = (user: Person, application = APP) =>
  admin.request<{ id: string }>("POST", "habilitations", { user: user.email, application, company: SIRET, roles: ["lecteur"] });

const userPage = (id: string) => admin.request<UserPage>("GET", `users/${id}`);

beforeAll(async () => {
  browser = await launchChromium();
  await createApplication(APP);
  await createApplication(OTHER_APP);
  await admin.request("POST", "companies", { siret: SIRET, name: COMPANY });
  // Roles read as the application names them (their description), in the page; tokens keep the name.
  const kc = await adminClient();
  const [client] = await kc.clients.find({ realm: context.realm, clientId: APP });
  for (const [name, description] of [
    ["lecteur", "Lecteur des dossiers"],
    ["redacteur", "Rédacteur"],
  ])
    await kc.clients.updateRole({ realm: context.realm, id: client.id!, roleName: name }, { name, description });
  people.aa = await person("aa", [], { [APP]: ["efp-application-admin"] });
  people.support = await person("assistance", [], { [APP]: ["efp-support"] });
  people.administrator = await person("administrateur", ["efp-administrator"]);
  people.plain = await person("simple");
  people.holder = await person("titulaire");
  holderHabilitation = (await grant(people.holder)).id;
  people.second = await person("second");
  await grant(people.second);
  people.doomed = await person("condamne");
  await grant(people.doomed);
  people.neighbour = await person("voisin");
  await grant(people.neighbour, OTHER_APP);
  people.markup = await person("balise");
  await apiAs(await personToken(people.markup.email), "efp-access").request("POST", "me/requests", { application: APP, siret: SIRET, description: MARKUP });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function newPage(options: { locale?: string; width?: number } = {}): Promise<Page> {
  const browserContext = await browser.newContext({
    locale: options.locale ?? "fr-FR",
    ...(options.width && { viewport: { width: options.width, height: 800 } }),
  });
  return browserContext.newPage();
}

/** Signs in to Mon compte on the list's address; the Administration space asks for its scope on the way (no page). */
async function openAdministration(page: Page, who: Person, link = "#/admin/utilisateurs") {
  await signInToAccount(page, { email: who.email, password: PERSON_PASSWORD }, link);
  await page.waitForSelector("#efp-admin-search, #efp-admin-refused, #efp-admin-user-error, #efp-admin-identity", { timeout: 20_000 });
}

async function searchFor(page: Page, text: string) {
  await page.fill("#efp-admin-search-text", text);
  await page.click("#efp-admin-search-submit");
  await page.waitForFunction((wanted) => window.location.hash.includes(`q=${wanted}`), text);
  await page.waitForSelector("#efp-admin-users-count");
}

const listedNames = (page: Page) => page.locator("#efp-admin-users a[data-user]").allInnerTexts();

test("an application admin: the Administration entry, the list of their application's accounts only, the search in the address, axe-clean", async () => {
  const page = await newPage();
  await openAdministration(page, people.aa);
  await expect(page.locator("nav a", { hasText: "Administration" }).first().isVisible()).resolves.toBe(true);
  // The token of this Mon compte session is now also issued for efp-admin (asked for on the way, without a page).
  await searchFor(page, WORD);
  const names = await listedNames(page);
  expect(names.map((name) => name.replace(WORD, "").replace(/ .*/, "")).sort()).toEqual(["balise", "condamne", "second", "titulaire"]);
  expect(await page.locator("#efp-admin-users-count").innerText()).toBe("4 comptes");
  expect(await seriousViolations(page)).toEqual([]);

  // The requester's page: the company's markup and the request's are text.
  await page.locator(`#efp-admin-users a[data-user="${people.markup.id}"]`).click();
  await page.waitForSelector("#efp-admin-requests");
  expect(await page.locator("#efp-admin-requests").innerText()).toContain(MARKUP);
  expect(await page.locator("#efp-admin-requests").innerText()).toContain(COMPANY);
  expect(await page.evaluate(() => (window as unknown as { efpInjected?: number }).efpInjected)).toBeUndefined();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goBack();
  await page.waitForSelector("#efp-admin-users-count");

  // A filter and a reload of the address give the same list (the search lives in it).
  await page.selectOption("#efp-admin-status", "disabled");
  await page.click("#efp-admin-search-submit");
  await page.waitForFunction(() => window.location.hash.includes("status=disabled"));
  await page.waitForSelector("#efp-admin-users-none");
  await page.reload();
  await page.waitForSelector("#efp-admin-users-none");
  expect(await page.inputValue("#efp-admin-status")).toBe("disabled");
  await page.close();
});

test("keyboard only: search, open a user's page, revoke a habilitation; the API no longer has it", async () => {
  const page = await newPage();
  await openAdministration(page, people.aa);
  await page.focus("#efp-admin-search-text");
  await page.keyboard.type(`${WORD}titulaire`);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll("#efp-admin-users a[data-user]").length === 1);
  // Tab from the search field reaches the user's link (filters, buttons, then the table).
  for (let step = 0; step < 15; step++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.hasAttribute("data-user") === true)) break;
  }
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-user"))).toBe(people.holder.id);
  await page.keyboard.press("Enter");
  await page.waitForSelector("#efp-admin-identity");
  // The new page's title has the focus, as for every route.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("page-title");
  expect(await page.locator("h1").innerText()).toContain(`${WORD}titulaire`);
  expect(await seriousViolations(page)).toEqual([]);

  const revoke = `#efp-admin-revoke-${holderHabilitation}`;
  for (let step = 0; step < 30; step++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((id) => document.activeElement?.id === id, revoke.slice(1))) break;
  }
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(revoke.slice(1));
  await page.keyboard.press("Enter");
  // The confirmation takes the focus.
  await page.waitForFunction((id) => document.activeElement?.id === id, `${revoke.slice(1)}-confirm`);
  await page.keyboard.press("Enter");
  await page.waitForSelector("#efp-admin-user-flash .fr-alert--success");
  expect(await page.locator("#efp-admin-user-flash").innerText()).toContain("est retirée");
  // That was their only access to the admin's application: the account leaves the admin's perimeter, and the page says so.
  await page.waitForSelector("#efp-admin-user-gone");
  expect(await page.locator("#efp-admin-habilitations").count()).toBe(0);
  expect((await userPage(people.holder.id)).habilitations).toEqual([]);

  // Back to the same list.
  await page.click("#efp-admin-back");
  await page.waitForSelector("#efp-admin-users-count");
  expect(await page.inputValue("#efp-admin-search-text")).toBe(`${WORD}titulaire`);
  await page.close();
});

test("an administrator disables an account after confirming (its sessions end) and enables it again; a support agent only reads", async () => {
  const page = await newPage();
  await openAdministration(page, people.administrator, `#/admin/utilisateur?id=${people.second.id}`);
  await page.waitForSelector("#efp-admin-disable");
  await page.click("#efp-admin-disable");
  await page.waitForFunction(() => document.activeElement?.id === "efp-admin-disable-confirm");
  expect(await page.locator("[role=group]").innerText()).toContain("Ses sessions en cours sont fermées");
  await page.click("#efp-admin-disable-confirm");
  await page.waitForSelector("#efp-admin-enable");
  const states = await page.locator("#efp-admin-identity [data-status]").allTextContents();
  expect(states).toContain("Désactivé");
  expect(states).not.toContain("Actif");
  expect((await userPage(people.second.id)).user.enabled).toBe(false);
  await page.click("#efp-admin-enable");
  await page.waitForSelector("#efp-admin-disable");
  expect((await userPage(people.second.id)).user.enabled).toBe(true);
  // The history shows both, newest first, by the administrator (the API's own order and names).
  await page.waitForFunction(() => document.querySelector("#efp-admin-history tbody tr [data-type]")?.getAttribute("data-type") === "ACCOUNT_ENABLED");
  const rows = page.locator("#efp-admin-history tbody tr");
  expect(await rows.nth(0).innerText()).toContain("Compte réactivé");
  expect(await rows.nth(0).innerText()).toContain(people.administrator.email);
  expect(await rows.nth(1).innerText()).toContain("Compte désactivé");
  expect(await page.locator("#efp-admin-history thead").innerText()).toContain("Date et heure");
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();

  const support = await newPage();
  await openAdministration(support, people.support, `#/admin/utilisateur?id=${people.second.id}`);
  // A support agent may send the emails and unlock, and otherwise only reads.
  await support.waitForSelector("#efp-admin-reset-password");
  expect(await support.locator("#efp-admin-disable, #efp-admin-enable, #efp-admin-delete").count()).toBe(0);
  expect(await support.locator("[id^=efp-admin-revoke-], [id^=efp-admin-edit-], #efp-admin-grant").count()).toBe(0);
  expect(await support.locator("#efp-admin-habilitations").innerText()).toContain("Lecteur des dossiers");
  expect(await seriousViolations(support)).toEqual([]);
  // An account outside the support agent's application reads as unknown.
  await support.goto(`${ACCOUNT}#/admin/utilisateur?id=${people.neighbour.id}`);
  await support.waitForSelector("#efp-admin-user-error");
  expect(await support.locator("#efp-admin-user-error").innerText()).toContain("Utilisateur inconnu");
  await support.close();
});

test("a support agent emails a new password link; an administrator deletes an account by typing its username, keyboard only", async () => {
  const support = await newPage();
  await openAdministration(support, people.support, `#/admin/utilisateur?id=${people.second.id}`);
  await support.waitForSelector("#efp-admin-reset-password");
  expect(await support.locator("#efp-admin-resend-validation").count()).toBe(0);
  await support.click("#efp-admin-reset-password");
  await support.waitForSelector("#efp-admin-user-flash");
  expect(await support.locator("#efp-admin-user-flash").innerText()).toContain(`a été envoyé à ${people.second.email}`);
  await waitForEmail(people.second.email, (email) => /action-token/.test(email.text ?? ""));
  expect(await support.locator("#efp-admin-delete").count()).toBe(0);
  await support.close();

  const page = await newPage();
  await openAdministration(page, people.administrator, `#/admin/utilisateur?id=${people.doomed.id}`);
  await page.waitForSelector("#efp-admin-delete");
  await page.focus("#efp-admin-delete");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "efp-admin-delete-typed");
  expect(await page.locator("#efp-admin-delete-confirm").isDisabled()).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.type("quelqu-un d'autre");
  await page.keyboard.press("Enter");
  expect((await userPage(people.doomed.id)).user.id).toBe(people.doomed.id);
  await page.fill("#efp-admin-delete-typed", "");
  await page.keyboard.type(people.doomed.email.toUpperCase());
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => (document.querySelector("#efp-admin-user-flash")?.textContent ?? "").includes("supprimé"));
  await expect(userPage(people.doomed.id)).rejects.toMatchObject({ status: 404 });
  await page.close();
});

test("an application admin creates an account with its habilitation: the form says what is missing, then the API has it all", async () => {
  const page = await newPage();
  await openAdministration(page, people.aa);
  await page.click("#efp-admin-new-account");
  await page.waitForSelector("#efp-new-account");
  // Nothing typed: each field says so, the first takes the focus.
  await page.click("#efp-new-account-submit");
  await page.waitForFunction(() => document.activeElement?.id === "efp-new-account-email");
  expect(await page.locator("#efp-new-account .fr-error-text, #efp-new-account .fr-message--error").allInnerTexts()).toEqual(
    expect.arrayContaining(["Indiquez l'adresse électronique de la personne.", "Indiquez le prénom.", "Choisissez l'application."]),
  );
  expect(await seriousViolations(page)).toEqual([]);
  const email = `${WORD}nouveau.${Date.now()}@exemple.fr`;
  await page.fill("#efp-new-account-email", email);
  await page.fill("#efp-new-account-firstName", `${WORD}nouveau`);
  await page.fill("#efp-new-account-lastName", "Créé");
  await page.selectOption("#efp-new-account-h0-application", APP);
  await page.fill("#efp-new-account-h0-company", SIRET);
  // The DSFR's checkbox, not the browser's (its stylesheet kept by the build's pruning).
  expect(await page.locator("#efp-new-account-h0-roles input[value=lecteur]").evaluate((box) => getComputedStyle(box).opacity)).toBe("0");
  expect(await page.locator("#efp-new-account-add").innerText()).toBe("Ajouter une habilitation");
  await tick(page, "#efp-new-account-h0-roles input[value=lecteur]");
  await page.click("#efp-new-account-submit");
  await page.waitForSelector("#efp-new-account-created");
  expect(await page.locator("#efp-new-account-created").innerText()).toContain(`Le compte ${email} est créé`);
  await waitForEmail(email, (mail) => /action-token/.test(mail.text ?? ""));
  await page.click("#efp-new-account-open");
  await page.waitForSelector("#efp-admin-identity");
  await page.waitForFunction(() => (document.querySelector("#efp-admin-habilitations")?.textContent ?? "").includes("Lecteur des dossiers"));
  // The API refuses what the page cannot know: an unknown establishment, said in the page.
  await page.goto(`${ACCOUNT}#/admin/nouveau-compte`);
  await page.waitForSelector("#efp-new-account");
  await page.fill("#efp-new-account-email", `${WORD}refuse.${Date.now()}@exemple.fr`);
  await page.fill("#efp-new-account-firstName", "Refus");
  await page.fill("#efp-new-account-lastName", "Refus");
  await page.selectOption("#efp-new-account-h0-application", APP);
  await page.fill("#efp-new-account-h0-company", freshSiret());
  await tick(page, "#efp-new-account-h0-roles input[value=lecteur]");
  await page.click("#efp-new-account-submit");
  await page.waitForFunction(() => document.activeElement?.id === "efp-new-account-refused");
  expect(await page.locator("#efp-new-account-refused").innerText()).toContain("Établissement ou structure inconnu");
  await page.close();
});

test("keyboard only, an application admin gives a habilitation from a user's page, then changes it: roles read as the application names them", async () => {
  const page = await newPage();
  await openAdministration(page, people.aa, `#/admin/utilisateur?id=${people.markup.id}`);
  await page.waitForSelector("#efp-admin-grant");
  expect(await page.locator("#efp-admin-habilitations").count()).toBe(0);
  await page.focus("#efp-admin-grant");
  await page.keyboard.press("Enter");
  // The form opens on its first field; the only application the admin manages is already chosen.
  await page.waitForFunction(() => document.activeElement?.id === "efp-admin-grant-h0-application");
  expect(await page.inputValue("#efp-admin-grant-h0-application")).toBe(APP);
  expect(await page.locator("#efp-admin-grant-form legend").first().innerText()).toContain(`${WORD}balise`);
  expect(await seriousViolations(page)).toEqual([]);
  // Nothing ticked: the page says so under the company, which takes the focus.
  await page.click("#efp-admin-grant-submit");
  await page.waitForFunction(() => document.activeElement?.id === "efp-admin-grant-h0-company");
  await page.keyboard.type(SIRET);
  await page.keyboard.press("Tab");
  // The roles, by their labels, in the application's order; Space ticks one.
  await page.waitForFunction(() => document.activeElement?.getAttribute("value") === "lecteur");
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#efp-admin-user-flash .fr-alert--success");
  expect(await page.locator("#efp-admin-user-flash").innerText()).toContain(`L'habilitation à ${APP.toUpperCase()} pour ${COMPANY} est donnée`);
  let held = (await userPage(people.markup.id)).habilitations;
  expect(held.map((h) => [h.application, h.company?.siret, h.roles, h.accessManager])).toEqual([[APP, SIRET, ["lecteur"], false]]);
  await page.waitForFunction(() => (document.querySelector("#efp-admin-habilitations")?.textContent ?? "").includes("Lecteur des dossiers"));

  // Change it: one more role, access manager, a last day; the company is said, not asked.
  const edit = `efp-admin-edit-${held[0].id}`;
  await page.focus(`#${edit}`);
  await page.keyboard.press("Enter");
  await page.waitForSelector("#efp-admin-edit-form");
  expect(await page.locator("#efp-admin-edit-h0-company").count()).toBe(0);
  expect(await page.locator("#efp-admin-edit-form legend").first().innerText()).toContain(COMPANY);
  expect(await page.locator("#efp-admin-edit-h0-roles input[value=lecteur]").isChecked()).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
  // Cancelled: back on the button that opened it.
  await page.locator("#efp-admin-edit-form button", { hasText: "Annuler" }).click();
  await page.waitForFunction((id) => document.activeElement?.id === id, edit);
  await page.keyboard.press("Enter");
  await page.waitForSelector("#efp-admin-edit-form");
  await tick(page, "#efp-admin-edit-h0-roles input[value=redacteur]");
  await tick(page, "#efp-admin-edit-h0-roles input[name=efp-admin-edit-h0-access-manager]");
  await page.click("#efp-admin-edit-submit");
  await page.waitForFunction(() => (document.querySelector("#efp-admin-user-flash")?.textContent ?? "").includes("est modifiée"));
  held = (await userPage(people.markup.id)).habilitations;
  expect(held.map((h) => [h.application, h.roles.sort(), h.accessManager])).toEqual([[APP, ["lecteur", "redacteur"], true]]);
  await page.waitForFunction(() => (document.querySelector("#efp-admin-habilitations")?.textContent ?? "").includes("Rédacteur"));
  // The history says both, by the admin.
  await page.waitForFunction(() => document.querySelectorAll("#efp-admin-history tbody tr").length >= 2);
  expect(await page.locator("#efp-admin-history").innerText()).toContain(people.aa.email);
  await page.close();
});

test("a plain professional gets a sentence, no Administration entry, and their token never asks for efp-admin", async () => {
  const page = await newPage();
  const scopes: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith("/protocol/openid-connect/auth")) scopes.push(url.searchParams.get("scope") ?? "");
  });
  await openAdministration(page, people.plain);
  expect(await page.locator("#efp-admin-refused").innerText()).toContain("réservée aux administrateurs");
  expect(await page.locator("nav a", { hasText: "Administration" }).count()).toBe(0);
  expect(scopes.some((scope) => scope.includes("efp-admin"))).toBe(false);
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

test("in English and at 375 px: the same screens, in one language", async () => {
  const page = await newPage({ locale: "en-GB", width: 375 });
  await openAdministration(page, people.aa);
  // Mon compte follows the language Keycloak chose for the login page; switch if it kept French.
  if ((await page.locator("html").getAttribute("lang")) !== "en") {
    await page.goto(`${ACCOUNT}?kc_locale=en#/admin/utilisateurs`);
    await page.waitForSelector("#efp-admin-search");
  }
  await searchFor(page, WORD);
  expect(await page.locator("h1").innerText()).toBe("Users");
  expect(await page.locator("#efp-admin-users-count").innerText()).toMatch(/^\d accounts$/);
  expect(await page.locator("#efp-admin-users thead").innerText()).toContain("Email address");
  // Nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await seriousViolations(page)).toEqual([]);
  await page.locator("#efp-admin-users a[data-user]").first().click();
  await page.waitForSelector("#efp-admin-identity");
  expect(await page.locator("h1").innerText()).toMatch(/^Account of /);
  expect(await page.locator("#efp-admin-actions-title").innerText()).toBe("Account actions");
  expect(await page.locator("#efp-admin-history-title").innerText()).toBe("History");
  await page.waitForSelector("#efp-admin-history, #efp-admin-history-none");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});
