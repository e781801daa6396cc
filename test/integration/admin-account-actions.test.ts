// EFP ADMIN's account emails and deletion (efp-admin POST users/{id}/reset-password,
// resend-validation, delete; `efp users reset-password|resend-validation|delete`): who may, in
// which state, what the person receives and what the links do, against the real Keycloak and
// MailDev.
import type { HistoryPage, UserPage } from "@efp/contract";
import type { EfpApi } from "@efp/provisioning";
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";
import { listEmails, seenMails, waitForEmail } from "../support/mailbox.js";
import { CookieJar, htmlUnescape, kcContextString, pageIdOf } from "../../bench/src/http-login.js";
import { administratorApi, apiAs, createApplication, createPerson, freshSiret, refusalOf, statusOf } from "../support/efp-admin.js";
import { staffCallers, type Caller, type Person, type Staff } from "../support/staff-callers.js";

const context = testContext();
const suffix = `${Date.now() % 1e8}`;
const APP = `gestes-${suffix}`;
const OTHER_APP = `autres-${suffix}`;
const SIRET = freshSiret();
const admin = administratorApi();

const tokens = {} as Record<Caller, string | undefined>;
const as = (caller: Caller): EfpApi => apiAs(tokens[caller]);
const staffPeople = {} as Record<Staff, Person>;

const act = (caller: Caller, who: Person, action: string) => as(caller).request("POST", `users/${encodeURIComponent(who.id)}/${action}`);
const remove = (caller: Caller, who: Person, confirm?: string) =>
  as(caller).request("POST", `users/${encodeURIComponent(who.id)}/delete`, confirm === undefined ? {} : { confirm });

async function onApp(label: string, attributes: Record<string, string[]> = {}, emailVerified = true): Promise<Person> {
  const who = await createPerson(`${label}${suffix}`);
  const kc = await adminClient();
  const current = await kc.users.findOne({ realm: context.realm, id: who.id });
  await kc.users.update({ realm: context.realm, id: who.id }, { ...current, emailVerified, attributes: { ...(current?.attributes ?? {}), ...attributes } });
  await admin.request("POST", "habilitations", { user: who.email, application: APP, company: SIRET, roles: ["lecteur"] });
  return who;
}

/** Opens an emailed link as a fresh browser would: redirects followed, Keycloak's "proceed" page clicked. */
async function openLink(link: string): Promise<{ pageId: string; html: string }> {
  const jar = new CookieJar();
  let url = link;
  let proceeded = false;
  for (let step = 0; step < 10; step++) {
    const response = await fetch(url, { redirect: "manual", headers: { Cookie: jar.header() } });
    jar.store(response);
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      url = new URL(location, context.keycloakUrl).toString();
      continue;
    }
    const html = await response.text();
    const pageId = pageIdOf(html) ?? `http ${response.status}`;
    const proceed = kcContextString(html, "actionUri");
    if (pageId === "info.ftl" && proceed && !proceeded) {
      proceeded = true;
      url = new URL(htmlUnescape(proceed), context.keycloakUrl).toString();
      continue;
    }
    return { pageId, html };
  }
  throw new Error(`lien sans fin : ${link}`);
}

const linkIn = (text: string | undefined) => {
  const found = /https?:\/\/\S+action-token\?key=[\w.-]+[^\s"<]*/.exec(text ?? "");
  if (!found) throw new Error(`pas de lien dans le courriel : ${text}`);
  return htmlUnescape(found[0]);
};

beforeAll(async () => {
  await createApplication(APP);
  await createApplication(OTHER_APP);
  await admin.request("POST", "companies", { siret: SIRET, name: `GESTES ${suffix}` });
  const callers = await staffCallers(APP, OTHER_APP, SIRET);
  Object.assign(tokens, callers.tokens);
  Object.assign(staffPeople, callers.people);
}, 180_000);

test("a password-reset link: the application's staff, support included, send it; the link asks for a new password", async () => {
  const target = await onApp("reinit");
  const statuses: Record<string, number> = {};
  for (const caller of Object.keys(tokens) as Caller[]) statuses[caller] = await statusOf(act(caller, target, "reset-password"));
  expect(statuses).toEqual({
    anonymous: 401,
    plain: 403,
    accessManager: 403,
    supportOtherApp: 404,
    support: 200,
    aaOtherApp: 404,
    aa: 200,
    administrator: 200,
  });

  const mail = await waitForEmail(target.email, (email) => /action-token/.test(email.text ?? ""));
  expect(mail.text).toMatch(/mot de passe|Mettre à jour/i);
  const opened = await openLink(linkIn(mail.text));
  expect(opened.pageId).toBe("login-update-password.ftl");

  const history = await as("support").request<HistoryPage>("GET", `users/${target.id}/history`);
  const sent = history.items.filter((entry) => entry.type === "PASSWORD_RESET_SENT");
  expect(sent.map((entry) => entry.actorId).sort()).toEqual([staffPeople.support.id, staffPeople.aa.id, staffPeople.administrator.id].sort());
});

test("the address's validation link: only for an address not validated yet; opening it validates the address", async () => {
  const unverified = await onApp("nonvalide", {}, false);
  const verified = await onApp("valide");
  expect(await refusalOf(act("support", verified, "resend-validation"))).toEqual([409, "email_already_verified"]);
  const before = await seenMails();
  await act("support", unverified, "resend-validation");
  // Not the habilitation's own email, which the outbox may deliver meanwhile.
  const mail = await waitForEmail(unverified.email, (email) => !before.has(email.id) && /action-token/.test(email.text ?? ""));
  const page = await as("support").request<UserPage>("GET", `users/${unverified.id}`);
  expect(page.user.emailVerified).toBe(false);
  await openLink(linkIn(mail.text));
  const kc = await adminClient();
  expect((await kc.users.findOne({ realm: context.realm, id: unverified.id }))?.emailVerified).toBe(true);
  expect(await refusalOf(act("support", unverified, "resend-validation"))).toEqual([409, "email_already_verified"]);
});

test("no email to an agent (their ministry's account) nor to a disabled account; nothing sent", async () => {
  const agent = await onApp("agent", { "efp.user-kind": ["agent"] });
  const disabled = await onApp("desactive");
  await act("aa", disabled, "disable");
  const before = await seenMails();
  expect(await refusalOf(act("administrator", agent, "reset-password"))).toEqual([409, "agent_account"]);
  expect(await refusalOf(act("administrator", agent, "resend-validation"))).toEqual([409, "agent_account"]);
  expect(await refusalOf(act("support", disabled, "reset-password"))).toEqual([409, "account_disabled"]);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  // (The habilitations' own emails, delivered by the outbox meanwhile, are not these.)
  const arrived = (await listEmails()).filter((email) => !before.has(email.id) && /action-token/.test(email.text ?? ""));
  expect(arrived.flatMap((email) => email.to.map((to) => to.address))).toEqual([]);
  expect(await refusalOf(act("administrator", agent, "explode"))).toEqual([404, "unknown_action"]);
});

test("deletion: administrators only, once the username is typed; the account and its habilitations go, the audit keeps who it was", async () => {
  const target = await onApp("supprime");
  const statuses: Record<string, number> = {};
  for (const caller of Object.keys(tokens) as Caller[]) statuses[caller] = await statusOf(remove(caller, target, target.email));
  expect(statuses).toEqual({
    anonymous: 401,
    plain: 403,
    accessManager: 403,
    supportOtherApp: 404,
    support: 403,
    aaOtherApp: 404,
    aa: 403,
    administrator: 200,
  });
  const kc = await adminClient();
  expect(await kc.users.findOne({ realm: context.realm, id: target.id })).toBeFalsy();
  const held = await admin.request<{ items: unknown[] }>("GET", "habilitations", undefined, { application: APP, company: SIRET });
  expect(JSON.stringify(held.items)).not.toContain(target.id);

  const kept = await onApp("garde");
  expect(await refusalOf(remove("administrator", kept, "quelqu-un@exemple.fr"))).toEqual([400, "confirmation_mismatch"]);
  expect(await refusalOf(remove("administrator", kept))).toEqual([400, "confirmation_mismatch"]);
  expect(await kc.users.findOne({ realm: context.realm, id: kept.id })).toBeTruthy();
  // Nobody deletes their own account here.
  expect(await refusalOf(remove("administrator", staffPeople.administrator, staffPeople.administrator.email))).toEqual([403, "own_account"]);

  const byAdministrator = await as("administrator").request<HistoryPage>("GET", `users/${staffPeople.administrator.id}/history`);
  const deletion = byAdministrator.items.find((entry) => entry.type === "ACCOUNT_DELETED");
  expect(deletion).toMatchObject({ actorId: staffPeople.administrator.id, subject: { id: target.id } });
  expect(JSON.parse(deletion?.details ?? "{}")).toEqual({ username: target.email, email: target.email });
});

test("the user page says which of these the viewer may do", async () => {
  const target = await onApp("page");
  const actions = async (caller: Caller) => (await as(caller).request<UserPage>("GET", `users/${target.id}`)).actions;
  expect(await actions("support")).toEqual(["unlock", "reset-password", "resend-validation"]);
  expect(await actions("aa")).toEqual(["disable", "enable", "unlock", "reset-password", "resend-validation"]);
  expect(await actions("administrator")).toEqual(["disable", "enable", "unlock", "reset-password", "resend-validation", "delete"]);
});
