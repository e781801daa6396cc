// The mails a change of habilitation sends, against the real Keycloak and MailDev, on realm-config's
// MAF (its role "deposant" reads "Déposant", "Filer" in English): the person given, changed or
// withdrawn access is told what happened, by whom and what to do next, in their own language;
// the company's other access managers are told too; whoever acted is never mailed about it.
// Also: the role labels the efp-access API gives, and the audit of a user removed in Keycloak.
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";
import { acceptCharter, administratorApi, apiAs, createPerson, freshSiret, personToken } from "../support/efp-admin.js";
import { listEmails, seenMails, waitForEmail, type Email } from "../support/mailbox.js";

const context = testContext();
const SIRET = freshSiret();
const COMPANY = `ATELIER DES COURRIELS ${SIRET.slice(-5)}`;
const base = `applications/maf/companies/${SIRET}`;
const admin = administratorApi();
type Person = { id: string; email: string };
let manager: Person;
let englishManager: Person;
let managerToken: string;

async function setLocale(person: Person, locale: string) {
  const kc = await adminClient();
  const user = await kc.users.findOne({ realm: context.realm, id: person.id });
  await kc.users.update({ realm: context.realm, id: person.id }, { ...user, attributes: { ...user!.attributes, locale: [locale] } });
}

/**
 * An access manager of MAF for the company, charter accepted. Waits for the mail the naming
 * sends them (the outbox sends it later): arriving during a test, it would count as that test's.
 */
async function accessManager(label: string): Promise<Person> {
  const person = await createPerson(label);
  const before = await seenMails();
  await admin.request("POST", "habilitations", { user: person.email, application: "maf", company: SIRET, roles: [], accessManager: true });
  await mailFor(person.email, before, "Vous avez accès à MAF");
  await acceptCharter(person.id);
  return person;
}

/**
 * The mails received since `before` by `address`, once what the same change queued has had time
 * to arrive (the outbox sends one change's messages together: called after another of them came).
 */
async function mailsTo(address: string, before: Set<string>): Promise<Email[]> {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return (await listEmails()).filter((email) => !before.has(email.id) && email.to.some((to) => to.address.toLowerCase() === address.toLowerCase()));
}

/** Waits for the mail to `address` with that subject, received since `before`. */
async function mailFor(address: string, before: Set<string>, subject: string): Promise<Email> {
  return waitForEmail(address.toLowerCase(), (email) => !before.has(email.id) && email.subject === subject);
}

beforeAll(async () => {
  await admin.request("POST", "companies", { siret: SIRET, name: COMPANY });
  manager = await accessManager("gestionnaire");
  englishManager = await accessManager("manager");
  await setLocale(englishManager, "en");
  managerToken = await personToken(manager.email);
});

test("the efp-access API gives every role of the application with its labels, French and English", async () => {
  const page = await apiAs(managerToken, "efp-access").request<{ roles: string[]; roleLabels: Record<string, { fr: string; en: string }> }>(
    "GET",
    `${base}/users`,
  );
  expect(page.roles).toEqual(["administrateur", "administrateur-projet", "deposant"]);
  expect(page.roleLabels).toEqual({
    administrateur: { fr: "Administrateur", en: "Administrator" },
    "administrateur-projet": { fr: "Administrateur projet", en: "Project administrator" },
    deposant: { fr: "Déposant", en: "Filer" },
  });
  const requests = await apiAs(managerToken, "efp-access").request<{ roleLabels: Record<string, unknown> }>("GET", `${base}/requests`);
  expect(Object.keys(requests.roleLabels)).toEqual(["administrateur", "administrateur-projet", "deposant"]);
});

test("given, changed, then withdrawn access by an access manager: the person and the other access managers are told, the actor never", async () => {
  const person = await createPerson("ines");
  const access = apiAs(managerToken, "efp-access");

  // Given: the person (French, the realm's default) and the English access manager.
  let before = await seenMails();
  const { id } = await access.request<{ id: string }>("POST", `${base}/habilitations`, { user: person.email, roles: ["deposant"], accessManager: false });
  const given = await mailFor(person.email, before, "Vous avez accès à MAF");
  expect(given.text).toContain(`gestionnaire Test vous a donné accès au service numérique MAF pour ${COMPANY} (SIRET ${SIRET}).`);
  expect(given.text).toContain("Votre rôle : Déposant");
  expect(given.text).not.toContain("deposant");
  expect(given.text).toContain("Voir mes accès dans « Mon compte »");
  const told = await mailFor(englishManager.email, before, "Habilitation granted on MAF");
  expect(told.text).toContain(
    `gestionnaire Test gave ines Test (${person.email.toLowerCase()}) access to the digital service MAF for ${COMPANY} (SIRET ${SIRET}).`,
  );
  expect(told.text).toContain("Role: Filer");
  expect(told.html).toContain('<html lang="en">');
  expect(await mailsTo(manager.email, before)).toEqual([]);

  // Changed: a third-party delegation with an end date, and named access manager.
  before = await seenMails();
  const year = new Date().getUTCFullYear() + 1;
  await access.request("PUT", `${base}/habilitations/${id}`, {
    roles: ["deposant", "administrateur-projet"],
    accessManager: true,
    kind: "third-party",
    expiresAt: `${year}-06-30T21:59:59Z`,
  });
  const changed = await mailFor(person.email, before, "Votre accès à MAF a été modifié");
  expect(changed.text).toContain("gestionnaire Test a modifié votre accès au service numérique MAF");
  expect(changed.text).toContain("Vos rôles : Administrateur projet, Déposant");
  expect(changed.text).toContain(`Il s'agit d'une délégation à un tiers : vous agissez pour le compte de l'établissement ${COMPANY}`);
  expect(changed.text).toContain(`Cet accès prend fin le 30/06/${year} au soir.`);
  expect(changed.text).toContain("Vous êtes désormais responsable des accès au service numérique MAF");
  expect(changed.text).toContain("la charte du responsable des accès vous sera présentée");
  expect(changed.text).not.toMatch(/\(s\)|\(e\)|donné ou modifié/);
  const toldChanged = await mailFor(englishManager.email, before, "Habilitation changed on MAF");
  expect(toldChanged.text).toContain("Roles: Project administrator, Filer");
  expect(toldChanged.text).toContain(`Until 30 June ${year} inclusive`);
  expect(toldChanged.text).toContain("Third-party delegation");
  expect(await mailsTo(manager.email, before)).toEqual([]);

  // Withdrawn.
  before = await seenMails();
  await access.request("DELETE", `${base}/habilitations/${id}`);
  const withdrawn = await mailFor(person.email, before, "Votre accès à MAF a été retiré");
  expect(withdrawn.text).toContain("gestionnaire Test a retiré votre accès au service numérique MAF");
  expect(withdrawn.text).toContain(`adressez-vous au responsable des accès de l'établissement ${COMPANY}`);
  await mailFor(englishManager.email, before, "Habilitation withdrawn on MAF");
  expect(await mailsTo(manager.email, before)).toEqual([]);
});

test("a person who chose English is told in English", async () => {
  const person = await createPerson("filer");
  await setLocale(person, "en");
  const before = await seenMails();
  await apiAs(managerToken, "efp-access").request("POST", `${base}/habilitations`, { user: person.email, roles: ["deposant"], accessManager: true });
  const mail = await mailFor(person.email, before, "You have access to MAF");
  expect(mail.text).toContain("gestionnaire Test gave you access to the digital service MAF");
  expect(mail.text).toContain("Your role: Filer");
  expect(mail.text).toContain("You are now an access manager of MAF");
  expect(mail.text).toContain("the access manager charter will be shown to you");
  // English typography: no space before the colon.
  expect(mail.text).toContain("Go to MAF: https://");
  expect(mail.html).toContain('<html lang="en">');
});

test("an administrator naming the first access manager through efp-admin: the new access manager is told, the administrator is not, even about themselves", async () => {
  const administrator = await createPerson("administratrice", ["efp-administrator"]);
  const asAdministrator = apiAs(await personToken(administrator.email), "efp-admin");
  const siret = freshSiret();
  await admin.request("POST", "companies", { siret, name: `PREMIER RESPONSABLE ${siret.slice(-5)}` });
  const first = await createPerson("premier");
  const before = await seenMails();
  await asAdministrator.request("POST", "habilitations", { user: first.email, application: "maf", company: siret, roles: [], accessManager: true });
  await asAdministrator.request("POST", "habilitations", { user: administrator.email, application: "maf", company: siret, roles: ["deposant"] });
  const mail = await mailFor(first.email, before, "Vous avez accès à MAF");
  expect(mail.text).toContain("administratrice Test vous a donné accès au service numérique MAF");
  expect(mail.text).toContain("Aucun rôle métier ne vous est attribué.");
  expect(mail.text).toContain("Vous êtes désormais responsable des accès au service numérique MAF");
  expect(await mailsTo(administrator.email, before)).toEqual([]);
});

test("an approved request: the requester gets the role's label, the approving access manager nothing", async () => {
  const requester = await createPerson("demandeuse");
  const asked = await seenMails();
  const { id } = await apiAs(await personToken(requester.email), "efp-access").request<{ id: string }>("POST", "me/requests", {
    application: "maf",
    siret: SIRET,
  });
  // The request's own mail to the access managers comes first: not what this test looks at.
  await mailFor(manager.email, asked, "Demande d'accès à MAF");
  const before = await seenMails();
  await apiAs(managerToken, "efp-access").request("POST", `${base}/requests/${id}/approve`, { roles: ["deposant"], accessManager: false });
  const approved = await mailFor(requester.email, before, "Votre accès à MAF est ouvert");
  expect(approved.text).toContain(`Vous avez désormais accès au service numérique MAF pour ${COMPANY} (SIRET ${SIRET}).`);
  expect(approved.text).toContain("Rôle : Déposant");
  expect(approved.text).not.toContain("(s)");
  await mailFor(englishManager.email, before, "Habilitation granted on MAF");
  expect(await mailsTo(manager.email, before)).toEqual([]);
});

test("an invitation names the roles by their labels", async () => {
  const email = `invitee.${Date.now()}@exemple.fr`;
  const before = await seenMails();
  await apiAs(managerToken, "efp-access").request("POST", `${base}/invitations`, { email, roles: ["deposant", "administrateur"] });
  const mail = await mailFor(email, before, "Invitation à utiliser MAF avec EFP Connect");
  expect(mail.text).toContain("Rôles : Administrateur, Déposant");
  expect(mail.text).not.toMatch(/\(s\)|\(e\)/);
});

test("a user removed in Keycloak with two habilitations: the audit says two went with them", async () => {
  const other = freshSiret();
  await admin.request("POST", "companies", { siret: other, name: `AUTRE ${other.slice(-5)}` });
  const leaving = await createPerson("partante");
  for (const siret of [SIRET, other])
    await admin.request("POST", "habilitations", { user: leaving.email, application: "maf", company: siret, roles: ["deposant"] });
  const kc = await adminClient();
  await kc.users.del({ realm: context.realm, id: leaving.id });
  const { items } = await admin.request<{ items: { action: string; actor: string; subjectUserId: string; details: string }[] }>("GET", "audit", undefined, {
    application: "maf",
    max: 20,
  });
  const removal = items.find((entry) => entry.action === "HABILITATIONS_REMOVED_WITH_USER" && entry.subjectUserId === leaving.id);
  expect(removal).toBeDefined();
  expect(JSON.parse(removal!.details)).toEqual({ username: leaving.email.toLowerCase(), email: leaving.email.toLowerCase(), habilitations: 2 });
  expect(removal!.actor).toMatch(/^keycloak/);
});

test("a company removed in Keycloak: the audit says how many habilitations went with it", async () => {
  const siret = freshSiret();
  await admin.request("POST", "companies", { siret, name: `EPHEMERE ${siret.slice(-5)}` });
  for (const label of ["un", "deux", "trois"]) {
    const person = await createPerson(label);
    await admin.request("POST", "habilitations", { user: person.email, application: "maf", company: siret, roles: ["deposant"] });
  }
  const kc = await adminClient();
  const [organization] = (await kc.organizations.find({ realm: context.realm, search: siret })).filter((org) => org.alias === siret);
  await kc.organizations.delById({ realm: context.realm, id: organization.id! });
  const { items } = await admin.request<{ items: { action: string; details: string }[] }>("GET", "audit", undefined, { application: "maf", max: 20 });
  const removal = items.find((entry) => entry.action === "HABILITATIONS_REMOVED_WITH_COMPANY" && JSON.parse(entry.details).siret === siret);
  expect(removal).toBeDefined();
  expect(JSON.parse(removal!.details)).toMatchObject({ siret, habilitations: 3 });
});
