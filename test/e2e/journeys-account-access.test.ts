// Mon compte's "Gestion des accès" as each role lives it, in Chromium against the real Keycloak
// (issue 13): someone who manages nothing is not told they decide anything; an application
// admin finds, in the company directory, a company nobody has access to yet, opens it and names
// its first access manager from the screen; a support agent sees and cannot act; at 375 px every
// tab is on screen and reached with the keyboard; French names take their elision ("d'Inès")
// and nothing agrees with a person's gender. axe-core on every screen.
import type { Page } from "playwright-core";
import { adminClient } from "../support/admin.js";
import { seriousViolations } from "../support/axe.js";
import { useFreshPage } from "../support/browser.js";
import { testContext } from "../support/context.js";
import { tick } from "../support/dsfr.js";
import { accessApiAs } from "../support/efp-access.js";
import { PERSON_PASSWORD, acceptCharter, administratorApi, createPerson, freshSiret } from "../support/efp-admin.js";
import { signInToAccount } from "../support/login-page.js";

const context = testContext();
const suffix = `${Date.now() % 1e8}`;
// Letters only: the directory matches whole words, and this run's words must be found alone.
const LETTERS = suffix.replace(/\d/g, (digit) => "BCDFGHJKLM"[Number(digit)]);
const APP = { clientId: `parcours-${suffix}`, name: `PARCOURS ${suffix}` };
const KNOWN = { siret: freshSiret(), name: `CONNUE ${LETTERS}` };
const FRESH = { siret: freshSiret(), name: `NOUVELLE ${LETTERS}` };
// Nobody is ever given access there: what a support agent finds in the directory.
const ALONE = { siret: freshSiret(), name: `SEULE ${LETTERS}` };
const admin = administratorApi();
const freshPage = useFreshPage();
let manager: { id: string; email: string };
let applicationAdmin: { id: string; email: string };
let support: { id: string; email: string };

beforeAll(async () => {
  const kc = await adminClient();
  await kc.clients.create({
    realm: context.realm,
    clientId: APP.clientId,
    name: APP.name,
    publicClient: true,
    redirectUris: ["http://127.0.0.1:9/*"],
    attributes: { "efp.application": "true", "efp.display-name": APP.name },
  });
  const [client] = await kc.clients.find({ realm: context.realm, clientId: APP.clientId });
  for (const name of ["lecteur", "redacteur", "efp-application-admin", "efp-support"])
    await kc.clients.createRole({ realm: context.realm, id: client.id!, name });
  await admin.request("POST", "directory/establishments", [
    { siret: KNOWN.siret, name: KNOWN.name, address: "1 RUE CONNUE", postalCode: "75010", city: "PARIS", active: true },
    { siret: FRESH.siret, name: FRESH.name, address: "2 RUE NEUVE", postalCode: "69001", city: "LYON", active: true },
    { siret: ALONE.siret, name: ALONE.name, address: "3 RUE SEULE", postalCode: "13001", city: "MARSEILLE", active: true },
  ]);
  await admin.request("POST", "companies", { siret: KNOWN.siret, name: KNOWN.name, address: "1 RUE CONNUE 75010 PARIS" });
  manager = await createPerson("Rachel");
  await admin.request("POST", "habilitations", {
    user: manager.email,
    application: APP.clientId,
    company: KNOWN.siret,
    roles: ["lecteur"],
    accessManager: true,
  });
  await acceptCharter(manager.id);
  applicationAdmin = await createPerson("Adele", [], { [APP.clientId]: ["efp-application-admin"] });
  support = await createPerson("Sacha", [], { [APP.clientId]: ["efp-support"] });
}, 60_000);

let page: Page;
beforeEach(() => {
  page = freshPage();
});

const signIn = (person: { email: string }, link = "") => signInToAccount(page, { email: person.email, password: PERSON_PASSWORD }, link);
const text = (selector: string) => page.locator(selector).innerText();

test("someone who manages nothing is told only that, and how to become an access manager", async () => {
  const plain = await createPerson("Simple");
  await signIn(plain, "#/acces");
  await page.waitForSelector("#efp-no-managed");
  expect(await text("#efp-no-managed")).toBe("Vous n'êtes responsable des accès d'aucun service numérique.");
  expect(await text("#efp-no-managed-hint")).toContain("demandez à son responsable des accès de vous nommer");
  const main = await text("main");
  expect(main).not.toContain("Vous êtes responsable des accès");
  expect(main).not.toContain("vous décidez");
  expect(await page.locator("#efp-finder, #efp-access-tabs, #efp-pair").count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test("an application admin finds in the directory a company nobody has access to yet, opens it and names its first access manager", async () => {
  await signIn(applicationAdmin, "#/acces");
  await page.waitForSelector("#efp-finder");
  expect(await text("#efp-access-intro")).toBe(
    `Vous administrez ${APP.name} : vous voyez tous ses établissements, vous y gérez les accès et vous nommez leurs responsables des accès.`,
  );
  expect(await text("main")).not.toContain("Vous êtes responsable des accès");
  expect(await text("#efp-finder-title")).toBe(`Établissements de ${APP.name}`);
  // By default, the companies with an access or a request: KNOWN, its counts and a link to manage it.
  await page.waitForSelector(`#efp-finder-list [data-siret="${KNOWN.siret}"]`);
  const known = page.locator(`#efp-finder-list [data-siret="${KNOWN.siret}"]`);
  expect(await known.locator("h3").innerText()).toBe(KNOWN.name);
  expect(await known.innerText()).toContain(`SIRET : ${KNOWN.siret}`);
  expect(await known.innerText()).toContain("1 RUE CONNUE 75010 PARIS");
  expect(await known.locator("[data-counts]").innerText()).toBe("1 personne");
  expect(await page.locator(`#efp-finder-list [data-siret="${FRESH.siret}"]`).count()).toBe(0);
  // No raw selector of pairs for an admin who manages no company as access manager.
  expect(await page.locator("#efp-pair").count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);

  // The whole directory: a search of one character is refused by the page, under the field.
  await tick(page, "#efp-finder-scope input[value=directory]");
  await page.fill("#efp-finder-text", "N");
  await page.click("#efp-finder-submit");
  const error = page.locator("#efp-finder .fr-message--error");
  await error.waitFor();
  expect(await error.innerText()).toBe("Saisissez au moins 2 caractères de la raison sociale ou du SIRET.");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("efp-finder-text");
  expect((await page.getAttribute("#efp-finder-text", "aria-describedby"))?.split(" ")).toContain(await error.getAttribute("id"));
  expect(await page.getAttribute("#efp-finder-text", "aria-invalid")).toBe("true");
  expect(await seriousViolations(page)).toEqual([]);

  await page.fill("#efp-finder-text", `nouvelle ${LETTERS.toLowerCase()}`);
  await page.click("#efp-finder-submit");
  const fresh = page.locator(`#efp-finder-list [data-siret="${FRESH.siret}"]`);
  await fresh.waitFor();
  expect(await page.locator("#efp-finder .fr-message--error").count()).toBe(0);
  expect(await text("#efp-finder-count")).toBe("1 établissement trouvé dans l'annuaire");
  expect(await fresh.locator("h3").innerText()).toBe(FRESH.name);
  expect(await fresh.innerText()).toContain("2 RUE NEUVE 69001 LYON");
  expect(await fresh.locator("[data-counts]").innerText()).toBe("Personne n'a accès ni ne l'a demandé");
  const open = page.locator(`#efp-finder-open-${FRESH.siret}`);
  expect(await open.innerText()).toBe("Nommer un responsable des accès");
  expect(await open.getAttribute("aria-label")).toBe(`Ouvrir ${FRESH.name} pour nommer son responsable des accès à ${APP.name}`);
  expect(await seriousViolations(page)).toEqual([]);

  // Opened with the keyboard: its screens, their title takes the focus, and they say what to do.
  await open.focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector("#efp-first-manager-hint");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("efp-pair-title");
  expect(await text("#efp-pair-title")).toBe(`${APP.name} – ${FRESH.name} (SIRET ${FRESH.siret})`);
  expect(await text("#efp-habilitated-title")).toBe(`Personnes habilitées pour ${FRESH.name}`);
  expect(await text("main")).not.toContain("pour mon entreprise");
  expect(await text("#efp-first-manager-hint")).toContain("Nommez son premier responsable des accès");
  expect(await seriousViolations(page)).toEqual([]);

  // The first access manager, named from the screen.
  const first = await createPerson("Ines");
  await page.click("#efp-grant-member");
  // What an access manager may do, said of "la personne", not of a gendered pronoun.
  expect(await text("#efp-grant-form")).toContain("La personne pourra accepter les demandes et gérer les accès de l'établissement à ce service numérique.");
  await page.fill("#efp-grant-email", first.email);
  await tick(page, "#efp-grant-form input[name=efp-grant-access-manager]");
  await page.click("#efp-grant-submit");
  await page.waitForSelector("#efp-users-flash .fr-alert--success");
  expect(await text("#efp-users-flash")).toContain(`${first.email} a maintenant accès à ${APP.name}.`);
  // The list, loaded again, now has someone: the hint is gone.
  await page.waitForSelector("#efp-first-manager-hint", { state: "detached" });
  await page.waitForSelector(`#efp-users-list [data-email="${first.email.toLowerCase()}"]`);
  await acceptCharter(first.id);
  const managed = await accessApiAs<{ items: { application: string; siret: string }[] }>(first.email, "GET", "me/managed");
  expect(managed.items).toContainEqual(expect.objectContaining({ application: APP.clientId, siret: FRESH.siret }));
  expect(await seriousViolations(page)).toEqual([]);
});

test("a support agent sees every company of the application and its access, without anything to act with", async () => {
  await signIn(support, "#/acces");
  await page.waitForSelector(`#efp-finder-list [data-siret="${KNOWN.siret}"]`);
  expect(await text("#efp-access-intro")).toBe(
    `Vous assistez les utilisateurs de ${APP.name} : vous voyez tous ses établissements et leurs accès, sans pouvoir les modifier.`,
  );
  const link = page.locator(`#efp-finder-open-${KNOWN.siret}`);
  expect(await link.innerText()).toBe("Voir les accès");
  expect(await link.getAttribute("aria-label")).toBe(`Voir les accès à ${APP.name} pour ${KNOWN.name}`);
  // In the directory, a company nobody has access to is seen, with nothing to open it.
  await tick(page, "#efp-finder-scope input[value=directory]");
  await page.fill("#efp-finder-text", ALONE.siret.slice(0, 9));
  await page.click("#efp-finder-submit");
  const alone = page.locator(`#efp-finder-list [data-siret="${ALONE.siret}"]`);
  await alone.waitFor();
  expect(await text("#efp-finder-count")).toBe("1 établissement trouvé dans l'annuaire");
  expect(await alone.locator("[data-counts]").innerText()).toBe("Personne n'a accès ni ne l'a demandé");
  expect(await alone.locator("a, button").count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  // Back to the companies with an access.
  await tick(page, "#efp-finder-scope input[value=known]");
  await page.fill("#efp-finder-text", "");
  await page.click("#efp-finder-submit");
  await link.click();
  await page.waitForSelector("#efp-read-only");
  expect(await text("#efp-read-only")).toContain("Vous consultez ces accès sans pouvoir les modifier");
  await page.waitForSelector(`#efp-users-list [data-email="${manager.email.toLowerCase()}"]`);
  expect(await page.locator("#efp-grant-member, #efp-grant-third-party, [id$=-edit], [id$=-revoke]").count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("tab", { name: "Invitations" }).click();
  await page.waitForSelector("#efp-invitations-count");
  expect(await page.locator("#efp-invite-form").count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test("at 375 px, every tab of Gestion des accès is on screen and reached with the keyboard", async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(manager, `?application=${APP.clientId}&siret=${KNOWN.siret}#/acces/utilisateurs`);
  await page.waitForSelector("#efp-users-list");
  const tabs = page.getByRole("tab");
  expect(await tabs.allInnerTexts()).toEqual(["Utilisateurs", "Demandes d'accès", "Invitations"]);
  for (const tab of await tabs.all()) {
    const box = (await tab.boundingBox())!;
    expect([await tab.innerText(), box.x >= 0 && box.x + box.width <= 375]).toEqual([await tab.innerText(), true]);
  }
  // No sideways scrolling of the tab strip or of the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await page.$eval("#efp-access-tabs .fr-tabs__list", (list) => list.scrollWidth <= list.clientWidth)).toBe(true);
  await page.screenshot({ path: "/tmp/acces-375.png", fullPage: true });
  // With the keyboard, from the selected tab to Invitations.
  await page.getByRole("tab", { name: "Utilisateurs" }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Invitations");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#efp-invite-form");
  expect(await page.getByRole("tab", { name: "Invitations" }).getAttribute("aria-selected")).toBe("true");
  expect(await seriousViolations(page)).toEqual([]);
});

test("French names take their elision, and nothing agrees with a person's gender", async () => {
  const ines = await createPerson("Ines");
  const berthe = await createPerson("Berthe");
  const kc = await adminClient();
  await kc.users.update({ realm: context.realm, id: ines.id }, { firstName: "Inès", lastName: "Roux", email: ines.email, username: ines.email });
  const granted = await admin.request<{ id: string }>("POST", "habilitations", {
    user: ines.email,
    application: APP.clientId,
    company: KNOWN.siret,
    roles: ["lecteur"],
  });
  await accessApiAs(berthe.email, "POST", "me/requests", { application: APP.clientId, siret: KNOWN.siret, description: "Pour la paie." });

  await signIn(manager, `?application=${APP.clientId}&siret=${KNOWN.siret}#/acces/utilisateurs`);
  const item = page.locator(`[data-habilitation="${granted.id}"]`);
  await item.waitFor();
  expect(await page.getAttribute(`#efp-habilitation-${granted.id}-edit`, "aria-label")).toBe("Modifier l'accès d'Inès ROUX");
  expect(await page.getAttribute(`#efp-habilitation-${granted.id}-revoke`, "aria-label")).toBe("Retirer l'accès d'Inès ROUX");
  await page.click(`#efp-habilitation-${granted.id}-edit`);
  expect(await item.locator("legend").first().innerText()).toContain("Rôles d'Inès ROUX");
  await tick(page, `[data-habilitation="${granted.id}"] input[value=redacteur]`);
  await page.click(`#efp-habilitation-${granted.id}-save`);
  await page.waitForSelector("#efp-users-flash .fr-alert--success");
  expect(await text("#efp-users-flash")).toContain("L'accès d'Inès ROUX a été modifié.");
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("tab", { name: /Demandes d'accès/ }).click();
  const request = page.locator(`[data-email="${berthe.email.toLowerCase()}"]`);
  await request.waitFor();
  await request.locator("[id$=-refuse]").click();
  await request.locator("textarea").fill("Nous ne connaissons pas cette personne.");
  await request.locator("[id$=-refuse-confirm]").click();
  await page.waitForSelector("#efp-requests-flash .fr-alert--success");
  const refused = await text("#efp-requests-flash");
  expect(refused).toContain("La demande de Berthe TEST est refusée ; un courriel l'en informe, avec la raison donnée.");
  expect(refused).not.toMatch(/informée?\b/);
  expect(await seriousViolations(page)).toEqual([]);
});

test("in English, the same screens speak English only, elision and role wording included", async () => {
  await signIn(support, `?application=${APP.clientId}&siret=${KNOWN.siret}#/acces/utilisateurs`);
  await page.waitForSelector("#efp-read-only");
  await page.locator("button.fr-translate:visible").click();
  await page.locator("a.fr-translate__language:visible", { hasText: "English" }).click();
  await page.waitForFunction(() => document.querySelector("h1#page-title")?.textContent === "Access management");
  expect(await page.locator("html").getAttribute("lang")).toBe("en");
  expect(await text("#efp-access-intro")).toBe(
    `You support the users of ${APP.name}: you see all its establishments and their access, without being able to change them.`,
  );
  expect(await text("#efp-read-only")).toBe(
    `You are viewing this access without being able to change it: only the establishment's access managers and the administrators of ${APP.name} can.`,
  );
  expect(await text("#efp-habilitated-title")).toBe(`People with access for ${KNOWN.name}`);
  expect(await text("#efp-finder-title")).toBe(`Establishments of ${APP.name}`);
  expect(await text("#efp-finder-scope")).toContain("the whole company directory");
  const main = await text("main");
  for (const french of ["Vous ", "Personnes habilitées", "Établissements", "annuaire", " d'"]) expect([french, main.includes(french)]).toEqual([french, false]);
  expect(await seriousViolations(page)).toEqual([]);
});
