// EFP ADMIN's user history (efp-admin GET users/{id}/history, `efp users history`) and the last
// sign-in (user page, list, "never signed in" filter): the audit entries about and by the person
// and Keycloak's stored sign-in events in one timeline, newest first, paged, within what each
// caller may see; against the real Keycloak, its event store and our tables.
import type { HistoryEntry, HistoryPage, UserPage, UserRowsPage } from "@efp/contract";
import type { EfpApi } from "@efp/provisioning";
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";
import { signInThrough } from "../support/person-token.js";
import { administratorApi, apiAs, createApplication, createPerson, freshSiret, personToken, refusalOf, statusOf } from "../support/efp-admin.js";
import { staffCallers, type Caller, type Person } from "../support/staff-callers.js";

const context = testContext();
const suffix = `${Date.now() % 1e8}`;
const WORD = `hist${suffix.replace(/\d/g, (digit) => "bcdfghjklm"[Number(digit)])}`;
const APP = `histoire-${suffix}`;
const OTHER_APP = `ailleurs-${suffix}`;
const SIRET = freshSiret();
const OTHER_SIRET = freshSiret();
const admin = administratorApi();

const tokens = {} as Record<Caller, string | undefined>;
const as = (caller: Caller): EfpApi => apiAs(tokens[caller]);
let subject: Person;
let aa: Person;
let never: Person;

const history = (caller: Caller, id = subject.id, query: Record<string, string | number> = {}) =>
  as(caller).request<HistoryPage>("GET", `users/${encodeURIComponent(id)}/history`, undefined, query);
const types = (items: HistoryEntry[]) => items.map((entry) => entry.type);
const wrongPassword = async (email: string) => {
  const oidc = `${context.keycloakUrl}/realms/${context.realm}/protocol/openid-connect`;
  const started = await fetch(`${oidc}/auth/device`, { method: "POST", body: new URLSearchParams({ client_id: "efp-cli-person", scope: "openid" }) });
  const device = (await started.json()) as { verification_uri_complete: string };
  await expect(signInThrough(device.verification_uri_complete, email, "Pas-Le-Bon-Mot-De-Passe-1")).rejects.toThrow(/connexion refusée/);
};

beforeAll(async () => {
  await createApplication(APP);
  await createApplication(OTHER_APP);
  await admin.request("POST", "companies", { siret: SIRET, name: `HISTOIRE ${WORD.toUpperCase()}` });
  await admin.request("POST", "companies", { siret: OTHER_SIRET, name: `SECOND ${WORD.toUpperCase()}` });
  subject = await createPerson(`${WORD}sujet`);
  never = await createPerson(`${WORD}jamais`);
  await admin.request("POST", "habilitations", { user: never.email, application: APP, company: SIRET, roles: ["lecteur"] });
  const callers = await staffCallers(APP, OTHER_APP, SIRET);
  Object.assign(tokens, callers.tokens);
  aa = callers.people.aa;

  // The subject's story, oldest first: granted on APP by the administrators' CLI, a sign-in, a
  // wrong password, an access request of their own (another establishment), disabled and enabled by APP's admin.
  await admin.request("POST", "habilitations", { user: subject.email, application: APP, company: SIRET, roles: ["lecteur"] });
  const subjectToken = await personToken(subject.email);
  await wrongPassword(subject.email);
  await apiAs(subjectToken, "efp-access").request("POST", "me/requests", { application: APP, siret: OTHER_SIRET, description: "" });
  await as("aa").request("POST", `users/${subject.id}/disable`);
  await as("aa").request("POST", `users/${subject.id}/enable`);
}, 180_000);

test("one timeline, newest first: the audit entries about and by the person and their sign-ins", async () => {
  const page = await history("administrator");
  expect(types(page.items)).toEqual(["ACCOUNT_ENABLED", "ACCOUNT_DISABLED", "ACCESS_REQUESTED", "LOGIN_ERROR", "LOGIN", "HABILITATION_GRANTED"]);
  expect(page.more).toBe(false);
  const times = page.items.map((entry) => Date.parse(entry.time));
  expect([...times].sort((a, b) => b - a)).toEqual(times);
  const [enabled, disabled, requested, failed, login, granted] = page.items;
  expect(enabled).toMatchObject({ source: "audit", actorId: aa.id, actor: aa.email, subject: { id: subject.id, email: subject.email } });
  expect(disabled.actorId).toBe(aa.id);
  // By the person: they are the actor.
  expect(requested).toMatchObject({ source: "audit", actorId: subject.id, application: APP, company: OTHER_SIRET });
  expect(failed).toMatchObject({ source: "login", error: "invalid_user_credentials", application: "efp-cli-person" });
  expect(login).toMatchObject({ source: "login", application: "efp-cli-person", subject: { id: subject.id } });
  expect(login.ipAddress).toBeTruthy();
  expect(granted).toMatchObject({ source: "audit", application: APP, company: SIRET });
  expect(granted.actor).toMatch(/^service-account:/);
});

test("the last sign-in on the user page and in the list, and the accounts that never signed in", async () => {
  const page = await as("administrator").request<UserPage>("GET", `users/${subject.id}`);
  const login = (await history("administrator")).items.find((entry) => entry.type === "LOGIN");
  expect(page.user.lastLoginAt).toBe(login?.time);
  const neverPage = await as("aa").request<UserPage>("GET", `users/${never.id}`);
  // Null values are left out of the API's JSON.
  expect(neverPage.user.lastLoginAt).toBeUndefined();

  const neverSignedIn = await as("aa").request<UserRowsPage>("GET", "users", undefined, { q: WORD, status: "never-logged-in" });
  expect(neverSignedIn.items.map((row) => row.id)).toEqual([never.id]);
  const all = await as("aa").request<UserRowsPage>("GET", "users", undefined, { q: WORD });
  expect(all.items.find((row) => row.id === subject.id)?.lastLoginAt).toBe(login?.time);
  // The subject signed in (their token); the other account never did.
  expect(all.items.filter((row) => row.lastLoginAt === undefined).map((row) => row.id)).toEqual([never.id]);
});

test("who reads whose history: the account's perimeter, as for its page", async () => {
  const statuses: Record<string, number> = {};
  for (const caller of Object.keys(tokens) as Caller[]) statuses[caller] = await statusOf(history(caller));
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
  expect(await refusalOf(history("administrator", "no-such-user"))).toEqual([404, "unknown_user"]);
});

test("an application's staff read the entries of their applications and of none, and not where else the person signed in", async () => {
  // The subject is granted on OTHER_APP too: APP's staff do not see that entry.
  await admin.request("POST", "habilitations", { user: subject.email, application: OTHER_APP, company: SIRET, roles: ["lecteur"] });
  try {
    const administrator = await history("administrator");
    expect(administrator.items[0]).toMatchObject({ type: "HABILITATION_GRANTED", application: OTHER_APP });
    for (const caller of ["aa", "support"] as const) {
      const page = await history(caller);
      expect(types(page.items)).toEqual(["ACCOUNT_ENABLED", "ACCOUNT_DISABLED", "ACCESS_REQUESTED", "LOGIN_ERROR", "LOGIN", "HABILITATION_GRANTED"]);
      const logins = page.items.filter((entry) => entry.source === "login");
      expect(logins.map((entry) => entry.application)).toEqual([undefined, undefined]);
      expect(page.items.filter((entry) => entry.application === OTHER_APP)).toEqual([]);
    }
    // OTHER_APP's support agent now sees the account: their application's entry, and the account's own.
    const other = await history("supportOtherApp");
    expect(types(other.items)).toEqual(["HABILITATION_GRANTED", "ACCOUNT_ENABLED", "ACCOUNT_DISABLED", "LOGIN_ERROR", "LOGIN"]);
  } finally {
    const kc = await adminClient();
    const held = await admin.request<{ items: { id: string; application: string }[] }>("GET", "habilitations", undefined, {
      user: subject.email,
      application: OTHER_APP,
    });
    for (const habilitation of held.items) await admin.request("DELETE", `habilitations/${habilitation.id}`);
    expect(await kc.users.findOne({ realm: context.realm, id: subject.id })).toBeTruthy();
  }
});

test("paged: a page, whether older entries follow, and bad paging refused", async () => {
  const all = (await history("administrator")).items;
  const first = await history("administrator", subject.id, { first: 0, max: 2 });
  expect(first.items.map((entry) => entry.id)).toEqual(all.slice(0, 2).map((entry) => entry.id));
  expect(first.more).toBe(true);
  const last = await history("administrator", subject.id, { first: all.length - 2, max: 2 });
  expect(last.items.map((entry) => entry.id)).toEqual(all.slice(-2).map((entry) => entry.id));
  expect(last.more).toBe(false);
  const bad: Record<string, number>[] = [{ max: 0 }, { max: 101 }, { first: -1 }, { first: 10_001 }];
  for (const query of bad) expect(await refusalOf(history("administrator", subject.id, query))).toEqual([400, "invalid_paging"]);
});
