// Invitations end to end in Chromium, with the real SMTP catcher: an access manager invites from
// Mon compte; the email's link brings a person without an account through account creation
// (CAPTCHA, validation code) back to Mon compte with the access, which the application's tokens
// then carry for that SIRET; a person with an account signs in from the link; resend and cancel
// from the Invitations tab. axe-core on the tab and on the invitation pages.
import { HABILITATIONS_MAPPER, RESERVED_ROLES } from "@efp/provisioning";
import type { Page } from "playwright-core";
import { adminClient } from "../support/admin.js";
import { seriousViolations } from "../support/axe.js";
import { useFreshPage } from "../support/browser.js";
import { tick as tickControl } from "../support/dsfr.js";
import { testContext } from "../support/context.js";
import { accessApiAs } from "../support/efp-access.js";
import { PERSON_PASSWORD, acceptCharter, administratorApi, claims, createPerson, freshSiret, personToken, applicationToken } from "../support/efp-admin.js";
import { invitationLink, type Invitation } from "../support/invitations.js";
import { signInToAccount, submitLogin } from "../support/login-page.js";
import { listEmails, seenMails, waitForEmail } from "../support/mailbox.js";
import { NEW_PASSWORD, submitRegistration, uniqueEmail } from "../support/registration.js";
import { codeFromMail, submitCode } from "../support/validation-code.js";

// A third party's delegation ends within the realm's maximum (3 years): a date two years ahead.
const THIRD_PARTY_YEAR = new Date().getUTCFullYear() + 2;
const context = testContext();
const suffix = `${Date.now() % 1e8}`;
const APP = { clientId: `invit-e2e-${suffix}`, name: `INVITATIONS ${suffix}`, secret: "invit-e2e-secret", url: "https://invitations.exemple.fr/" };
const SIRET = freshSiret();
// Markup in a company name must reach the screen and the email as text.
const COMPANY = `L'ATELIER <i>INVITE</i> & CIE ${SIRET.slice(-4)}`;
const INVITATIONS_TAB = `?application=${APP.clientId}&siret=${SIRET}#/acces/invitations`;

const freshPage = useFreshPage();
let manager: { id: string; email: string };

beforeAll(async () => {
  const kc = await adminClient();
  // The password grant on the application lets the test read the tokens it gives.
  await kc.clients.create({
    realm: context.realm,
    clientId: APP.clientId,
    name: APP.name,
    publicClient: false,
    secret: APP.secret,
    standardFlowEnabled: true,
    directAccessGrantsEnabled: false,
    redirectUris: [`http://127.0.0.1:9/${APP.clientId}/callback`],
    fullScopeAllowed: false,
    attributes: { "efp.application": "true", "efp.display-name": APP.name, "efp.url": APP.url },
  });
  const [client] = await kc.clients.find({ realm: context.realm, clientId: APP.clientId });
  // Roles as realm-config declares them: a name, and the label people read (the screens and mails show the label).
  for (const role of [{ name: "lecteur", description: "Lecteur" }, { name: "redacteur", description: "Rédacteur" }, ...RESERVED_ROLES])
    await kc.clients.createRole({ realm: context.realm, id: client.id!, ...role });
  await kc.clients.addProtocolMapper({ realm: context.realm, id: client.id! }, HABILITATIONS_MAPPER);
  await administratorApi().request("POST", "companies", { siret: SIRET, name: COMPANY });
  const created = await createPerson("Rachel");
  manager = { ...created, email: created.email.toLowerCase() };
  await administratorApi().request("POST", "habilitations", {
    user: manager.email,
    application: APP.clientId,
    company: SIRET,
    roles: ["lecteur"],
    accessManager: true,
  });
  await acceptCharter(manager.id);
}, 60_000);

// The page of the current test (a browser context of its own); a second person gets another.
let page: Page;
beforeEach(() => {
  page = freshPage();
});
const anotherPage = () => freshPage.another();

const signIn = (target: Page, person: { email: string }, link = "") => signInToAccount(target, { email: person.email, password: PERSON_PASSWORD }, link);

const pending = () =>
  accessApiAs<{ items: Invitation[] }>(manager.email, "GET", `applications/${APP.clientId}/companies/${SIRET}/invitations`).then(({ items }) => items);

const tick = (selector: string) => tickControl(page, selector);

test("an access manager invites a new address; the invitee creates the account from the email and arrives with the access", async () => {
  await signIn(page, manager, INVITATIONS_TAB);
  await page.waitForSelector("#efp-invite-form");
  expect(await page.getByRole("tab", { name: "Invitations" }).getAttribute("aria-selected")).toBe("true");
  expect(await page.locator("#efp-pair-title").innerText()).toBe(`${APP.name} – ${COMPANY} (SIRET ${SIRET})`);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: "/tmp/invitations-onglet.png", fullPage: true });

  // Nothing typed: the address is said to be missing, under its field, which has the focus.
  await page.click("#efp-invite-submit");
  await page.waitForSelector("#efp-invite-form .fr-input-group--error");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("efp-invite-email");
  expect(await page.getAttribute("#efp-invite-email", "aria-invalid")).toBe("true");
  // Not an address: said before anything is sent.
  await page.fill("#efp-invite-email", "marie.durand");
  await page.click("#efp-invite-submit");
  expect(await page.locator("#efp-invite-form .fr-input-group--error").innerText()).toContain("Format attendu : nom@domaine.fr");
  // Said by the page, not by the browser's bubble: the message is tied to the field and announced.
  expect(await page.$eval("#efp-invite-form", (form) => (form as HTMLFormElement).noValidate)).toBe(true);
  const describedBy = (await page.getAttribute("#efp-invite-email", "aria-describedby"))?.split(" ") ?? [];
  const error = page.locator("#efp-invite-form .fr-input-group--error .fr-message--error");
  expect(describedBy).toContain(await error.getAttribute("id"));
  expect(await error.innerText()).toBe("Adresse électronique invalide. Format attendu : nom@domaine.fr");
  expect(await error.evaluate((element) => element.closest("[aria-live]")?.getAttribute("aria-live"))).toBe("polite");
  expect(await page.locator("#efp-invite-form fieldset.fr-fieldset--error").count()).toBe(1);
  expect(await seriousViolations(page)).toEqual([]);

  const email = uniqueEmail("invitee");
  const before = await seenMails();
  await page.fill("#efp-invite-email", email);
  await tick("#efp-invite-roles input[value=redacteur]");
  await page.click("#efp-invite-submit");
  await page.waitForSelector("#efp-invitations-flash .fr-alert--success");
  expect(await page.locator("#efp-invitations-flash").innerText()).toContain(`Invitation envoyée à ${email}`);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("efp-invitations-flash");
  const item = page.locator(`[data-email="${email}"]`);
  await item.waitFor();
  expect(await item.locator(".fr-tag").allInnerTexts()).toEqual(["Rédacteur"]);
  expect(await item.locator("[data-invitation-dates]").innerText()).toMatch(
    /^De la part de Rachel Test · Envoyée le \d\d\/\d\d\/\d{4} · Lien valable jusqu'au \d\d\/\d\d\/\d{4}$/,
  );
  expect(await page.locator("#efp-invitations-count").innerText()).toBe("1 invitation en attente");
  // The form is empty again, for the next one.
  expect(await page.inputValue("#efp-invite-email")).toBe("");
  // The same address again: the API's refusal, above the form, with the focus; nothing added.
  await page.fill("#efp-invite-email", email.toUpperCase());
  await tick("#efp-invite-roles input[value=lecteur]");
  await page.click("#efp-invite-submit");
  await page.waitForSelector("#efp-invite-error");
  expect(await page.locator("#efp-invite-error").innerText()).toContain(`Une invitation est déjà en attente pour ${email} : renvoyez-la`);
  expect(await page.evaluate(() => document.activeElement?.querySelector("#efp-invite-error") !== null)).toBe(true);
  expect(await page.locator("#efp-invitations-count").innerText()).toBe("1 invitation en attente");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: "/tmp/invitations-en-attente.png", fullPage: true });

  // The email: who invites, to what, which roles, until when; the names as text; the link.
  const mail = await waitForEmail(email, (candidate) => !before.has(candidate.id));
  expect(mail.subject).toBe(`Invitation à utiliser ${APP.name} avec EFP Connect`);
  expect(mail.text).toContain(`Rachel Test vous invite à utiliser le service numérique ${APP.name} pour ${COMPANY} (SIRET ${SIRET})`);
  expect(mail.text).toContain("Rôle : Rédacteur");
  expect(mail.text).toMatch(/valable jusqu'au \d\d\/\d\d\/\d{4} à \d\dh\d\d/);
  expect(mail.html).toContain("&lt;i&gt;INVITE&lt;/i&gt; &amp; CIE");
  expect(mail.html).not.toContain("<i>INVITE</i>");
  const link = invitationLink(mail);
  expect(mail.html).toContain(`href="${link.replace(/&/g, "&amp;")}"`);

  // The invitee, in a browser of their own, follows the link: no account yet, so they create one.
  const invitee = await anotherPage();
  await invitee.goto(link);
  await invitee.waitForSelector("#efp-invitation-register");
  expect(await invitee.locator("h1#page-title").innerText()).toBe("Vous avez reçu une invitation");
  // Before signing in, the page names the service and the company of the invitation (as text).
  await invitee.waitForFunction((name) => document.querySelector("#efp-invitation-intro")?.textContent?.includes(name), APP.name);
  expect(await invitee.locator("#efp-invitation-intro").innerText()).toBe(
    `Un responsable des accès vous invite à utiliser ${APP.name} pour ${COMPANY}, avec EFP Connect.`,
  );
  expect(await invitee.locator("#efp-invitation-unusable").count()).toBe(0);
  expect(await invitee.locator("#efp-invitation-address").innerText()).toContain(email);
  expect(await seriousViolations(invitee)).toEqual([]);
  await invitee.screenshot({ path: "/tmp/invitation-accueil.png", fullPage: true });
  await invitee.click("#efp-invitation-register");
  await invitee.waitForSelector("[name=firstName]");
  // The address of the invitation fills the form.
  expect(await invitee.inputValue("[name=email]")).toBe(email);
  const beforeCode = await seenMails();
  await submitRegistration(invitee, email);
  await invitee.waitForSelector("[name=code]");
  const { code } = await codeFromMail(email, beforeCode);
  await submitCode(invitee, code);

  // Back in Mon compte, signed in: the invitation is accepted at once.
  await invitee.waitForSelector("#efp-invitation-accepted", { timeout: 20_000 });
  expect(await invitee.locator("#efp-invitation-accepted").innerText()).toBe(`Vous avez maintenant accès à ${APP.name} pour ${COMPANY} (SIRET ${SIRET}).`);
  expect(await invitee.locator("#efp-invitation-result").innerText()).toContain("Vos rôles : Rédacteur.");
  expect(await invitee.evaluate(() => document.activeElement?.id)).toBe("efp-invitation-result");
  expect(await invitee.getAttribute("#efp-invitation-open", "href")).toBe(APP.url);
  // The token left the address bar (and the history entry).
  expect(invitee.url()).not.toContain("token=");
  expect(new URL(invitee.url()).hash).toBe("#/invitation");
  expect(await seriousViolations(invitee)).toEqual([]);
  await invitee.screenshot({ path: "/tmp/invitation-acceptee.png", fullPage: true });

  await invitee.click("#efp-invitation-applications");
  const card = invitee.locator(`[data-application="${APP.clientId}"]`);
  await card.waitFor();
  expect(await card.locator(`[data-siret="${SIRET}"]`).innerText()).toContain(COMPANY);
  expect(await card.locator(".fr-tag").allInnerTexts()).toEqual(["Rédacteur"]);

  // The application's token carries the role for that SIRET.
  const token = claims(await applicationToken(email, APP.clientId, APP.secret, NEW_PASSWORD));
  expect(token.efp_habilitations).toEqual([{ siret: SIRET, company: COMPANY, roles: ["redacteur"], access_manager: false, third_party: false }]);
  expect((await pending()).map((invitation) => invitation.email)).not.toContain(email);
});

test("an invitee with an account signs in from the link and gets the access; the link does not work twice", async () => {
  const created = await createPerson("Existant");
  const email = created.email.toLowerCase();
  const before = await seenMails();
  await accessApiAs(manager.email, "POST", `applications/${APP.clientId}/companies/${SIRET}/invitations`, {
    email,
    roles: ["lecteur"],
    kind: "third-party",
    expiresAt: `${THIRD_PARTY_YEAR}-03-31T21:59:59Z`,
  });
  const link = invitationLink(await waitForEmail(email, (candidate) => !before.has(candidate.id)));

  await page.goto(link);
  await page.click("#efp-invitation-login");
  await page.waitForSelector("#username");
  expect(await page.inputValue("#username")).toBe(email);
  await submitLogin(page, { email, password: PERSON_PASSWORD });
  await page.waitForSelector("#efp-invitation-accepted", { timeout: 20_000 });
  expect(await page.locator("#efp-invitation-result").innerText()).toContain("Vous y accédez en tant que tiers.");
  expect(await page.locator("#efp-invitation-result").innerText()).toContain(`Jusqu'au 31/03/${THIRD_PARTY_YEAR}`);
  const users = await accessApiAs<{ items: { email: string; roles: string[]; kind: string }[] }>(
    manager.email,
    "GET",
    `applications/${APP.clientId}/companies/${SIRET}/users?max=200`,
  );
  expect(users.items.find((user) => user.email === email)).toMatchObject({ roles: ["lecteur"], kind: "third-party" });

  // The same link again, signed in: a clear refusal, and the token leaves the address bar.
  await page.goto("about:blank");
  await page.goto(link);
  const refusal = page.locator("#efp-invitation-result .fr-alert--error");
  await refusal.waitFor({ timeout: 20_000 });
  expect(await refusal.innerText()).toContain("Cette invitation a déjà été acceptée");
  expect(page.url()).not.toContain("token=");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the access manager resends, then cancels, with the keyboard; the cancelled link says so to its invitee", async () => {
  const created = await createPerson("Annulee");
  const email = created.email.toLowerCase();
  const before = await seenMails();
  await accessApiAs(manager.email, "POST", `applications/${APP.clientId}/companies/${SIRET}/invitations`, { email, roles: ["lecteur"] });
  const first = await waitForEmail(email, (candidate) => !before.has(candidate.id));
  const id = (await pending()).find((invitation) => invitation.email === email)!.id;

  await signIn(page, manager, INVITATIONS_TAB);
  await page.waitForSelector(`#efp-invitation-${id}-resend`);
  await page.focus(`#efp-invitation-${id}-resend`);
  await page.keyboard.press("Enter");
  await page.waitForSelector("#efp-invitations-flash .fr-alert--success");
  expect(await page.locator("#efp-invitations-flash").innerText()).toContain(`Invitation renvoyée à ${email} : le lien précédent ne fonctionne plus`);
  const second = await waitForEmail(email, (candidate) => !before.has(candidate.id) && candidate.id !== first.id);
  expect(invitationLink(second)).not.toBe(invitationLink(first));
  expect((await listEmails()).filter((candidate) => !before.has(candidate.id) && candidate.to.some((to) => to.address === email))).toHaveLength(2);

  // Cancel asks first; the confirmation has the focus; Enter confirms.
  await page.focus(`#efp-invitation-${id}-cancel`);
  await page.keyboard.press("Enter");
  await page.waitForSelector(`#efp-invitation-${id}-cancel-confirm`);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(`efp-invitation-${id}-cancel-confirm`);
  expect(await page.locator(`[data-invitation="${id}"] [role=group]`).innerText()).toContain(`Annuler l'invitation d'${email} ?`);
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("Enter");
  await page.waitForFunction((invitationId) => document.querySelector(`[data-invitation="${invitationId}"]`) === null, id);
  expect(await page.locator("#efp-invitations-flash").innerText()).toContain(`L'invitation d'${email} est annulée`);
  expect((await pending()).map((invitation) => invitation.id)).not.toContain(id);

  // The invitee follows the latest link anyway: signed in, they are told it was cancelled.
  const invitee = await anotherPage();
  await invitee.goto(invitationLink(second));
  // Signed out, the page already says that this link no longer works, and names nothing.
  await invitee.waitForSelector("#efp-invitation-unusable");
  expect(await invitee.locator("#efp-invitation-unusable").innerText()).toContain("Ce lien d'invitation ne fonctionne pas ou plus");
  expect(await invitee.locator("#efp-invitation-intro").innerText()).toBe(
    "Un responsable des accès vous invite à utiliser un service numérique avec EFP Connect.",
  );
  expect(await seriousViolations(invitee)).toEqual([]);
  await invitee.click("#efp-invitation-login");
  await invitee.waitForSelector("#username");
  await submitLogin(invitee, { email, password: PERSON_PASSWORD });
  const refusal = invitee.locator("#efp-invitation-result .fr-alert--error");
  await refusal.waitFor({ timeout: 20_000 });
  expect(await refusal.innerText()).toContain("Cette invitation a été annulée");
  expect(await invitee.evaluate(() => document.activeElement?.id)).toBe("efp-invitation-result");
});

test("signed in with another account: the page names the invited address, masked, and offers to switch", async () => {
  const invited = await createPerson("Destinataire");
  const other = await createPerson("Autre");
  const email = invited.email.toLowerCase();
  const before = await seenMails();
  await accessApiAs(manager.email, "POST", `applications/${APP.clientId}/companies/${SIRET}/invitations`, { email, roles: ["lecteur"] });
  const link = invitationLink(await waitForEmail(email, (candidate) => !before.has(candidate.id)));

  // Already signed in to Mon compte as someone else, then the link.
  await signIn(page, other);
  await page.goto(link);
  const refusal = page.locator("#efp-invitation-result .fr-alert--error");
  await refusal.waitFor({ timeout: 20_000 });
  expect(await refusal.innerText()).toContain("Cette invitation est adressée à d***@exemple.fr");
  expect(await refusal.innerText()).not.toContain(email);
  // Logged out, back on the invitation's welcome, the right account signs in and gets it.
  await page.click("#efp-invitation-switch");
  await page.waitForSelector("#efp-invitation-login", { timeout: 20_000 });
  await page.click("#efp-invitation-login");
  await page.waitForSelector("#username");
  await submitLogin(page, { email, password: PERSON_PASSWORD });
  await page.waitForSelector("#efp-invitation-accepted", { timeout: 20_000 });
});
