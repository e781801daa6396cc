// EFP ADMIN's user search (efp-admin GET users, and `efp users search`): who sees whom, the
// search by name, email, SIRET or company name, the filters, the order and the paging, and bad
// input, against the real Keycloak and its database.
import path from "node:path";
import os from "node:os";
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import type { UserRow } from "@efp/contract";
import type { EfpApi } from "@efp/provisioning";
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";
import { codeFlowToken } from "../../bench/src/http-login.js";
import {
  EFP_CLI_SECRET,
  administratorApi,
  apiAs,
  createApplication,
  createPerson,
  freshSiret,
  PERSON_PASSWORD,
  personToken,
  refusalOf,
  statusOf,
} from "../support/efp-admin.js";
import { staffCallers, type Caller, type Person } from "../support/staff-callers.js";
import { FIXED_CAPTCHA_ANSWER } from "../support/login-page.js";

const context = testContext();
const suffix = `${Date.now() % 1e8}`;
// Letters only: the run's own word, found in no other test's names.
const WORD = `zeb${suffix.replace(/\d/g, (digit) => "bcdfghjklm"[Number(digit)])}`;
const APP = `annuaire-${suffix}`;
const OTHER_APP = `voisine-${suffix}`;
const SIRET = freshSiret();
const OTHER_SIRET = freshSiret();
const COMPANY_NAME = `SOCIETE ${WORD.toUpperCase()} INDUSTRIE`;
const admin = administratorApi();
const ROOT = path.resolve(import.meta.dirname, "..", "..");

let tokens: Record<Caller, string | undefined>;
const people = {} as Record<"holder" | "requester" | "otherAppHolder" | "nobody" | "agent" | "test" | "disabled" | "migrated" | "thirdCompany", Person>;

/** A person of this run: the run's word in their first name. */
const person = (label: string, realmRoles: string[] = [], clientRoles: Record<string, string[]> = {}) =>
  createPerson(`${WORD}${label}`, realmRoles, clientRoles);

async function setAttributes(user: Person, attributes: Record<string, string[]>, enabled = true) {
  const kc = await adminClient();
  const current = await kc.users.findOne({ realm: context.realm, id: user.id });
  await kc.users.update({ realm: context.realm, id: user.id }, { ...current, enabled, attributes: { ...(current?.attributes ?? {}), ...attributes } });
}

const grant = (user: Person, application = APP, company = SIRET) =>
  admin.request("POST", "habilitations", { user: user.email, application, company, roles: ["lecteur"] });

beforeAll(async () => {
  await createApplication(APP);
  await createApplication(OTHER_APP);
  await admin.request("POST", "companies", { siret: SIRET, name: COMPANY_NAME });
  await admin.request("POST", "companies", { siret: OTHER_SIRET, name: `AUTRE ${suffix}` });

  people.holder = await person("titulaire");
  await grant(people.holder);
  people.requester = await person("demandeur");
  await apiAs(await personToken(people.requester.email), "efp-access").request("POST", "me/requests", { application: APP, siret: SIRET, description: "" });
  people.otherAppHolder = await person("voisin");
  await grant(people.otherAppHolder, OTHER_APP);
  people.nobody = await person("personne");
  people.agent = await person("agent");
  await setAttributes(people.agent, { "efp.user-kind": ["agent"] });
  await grant(people.agent);
  people.test = await person("essai");
  await setAttributes(people.test, { "efp.test-account": ["true"] });
  await grant(people.test);
  people.disabled = await person("desactive");
  await grant(people.disabled);
  await setAttributes(people.disabled, {}, false);
  people.migrated = await person("migre");
  await setAttributes(people.migrated, { "efp.migrated": ["true"] });
  await grant(people.migrated);
  people.thirdCompany = await person("autreetablissement");
  await grant(people.thirdCompany, APP, OTHER_SIRET);

  ({ tokens } = await staffCallers(APP, OTHER_APP, OTHER_SIRET, `${WORD}responsable`));
}, 120_000);

const as = (caller: Caller): EfpApi => apiAs(tokens[caller]);

async function search(caller: Caller, query: Record<string, string> = {}): Promise<{ total: number; items: UserRow[] }> {
  return as(caller).request("GET", "users", undefined, { q: WORD, ...query });
}

/** The labels (after the run's word) of the accounts found, sorted. */
const labels = (rows: UserRow[]) => rows.map((row) => (row.firstName ?? "").replace(WORD, "")).sort();

const ON_APP = ["agent", "autreetablissement", "demandeur", "desactive", "essai", "migre", "responsable", "titulaire"];

test("who sees whom: administrators every account; an application's admins and support agents those holding or asking for it; nobody else", async () => {
  const statuses: Record<string, number> = {};
  for (const caller of Object.keys(tokens) as Caller[]) statuses[caller] = await statusOf(search(caller));
  expect(statuses).toEqual({
    anonymous: 401,
    plain: 403,
    accessManager: 403,
    supportOtherApp: 200,
    support: 200,
    aaOtherApp: 200,
    aa: 200,
    administrator: 200,
  });
  expect(labels((await search("aa")).items)).toEqual(ON_APP);
  expect(labels((await search("support")).items)).toEqual(ON_APP);
  expect(labels((await search("aaOtherApp")).items)).toEqual(["voisin"]);
  expect(labels((await search("supportOtherApp")).items)).toEqual(["voisin"]);
  expect(labels((await search("administrator")).items)).toEqual([...ON_APP, "personne", "voisin"].sort());
  // A filter never widens the perimeter: the other application is refused, not searched.
  expect(await refusalOf(search("aaOtherApp", { application: APP }))).toEqual([403, "forbidden"]);
  // The company holds habilitations on both applications: only the other application's holder is found.
  expect(labels((await search("aaOtherApp", { company: SIRET })).items)).toEqual(["voisin"]);
  // The counts are the caller's: the application admin of the other application sees one habilitation, theirs.
  const [voisin] = (await search("aaOtherApp")).items;
  expect([voisin.habilitations, voisin.pendingRequests]).toEqual([1, 0]);
  const requester = (await search("aa")).items.find((row) => row.id === people.requester.id)!;
  expect([requester.habilitations, requester.pendingRequests]).toEqual([0, 1]);
});

test("a token of Mon compte or of an application is not the admin API's, whoever holds it", async () => {
  const administrator = await createPerson("administrateur-console", ["efp-administrator"]);
  const accountToken = (
    await codeFlowToken({
      keycloakUrl: context.keycloakUrl,
      realm: context.realm,
      clientId: "account-console",
      redirectUri: `${context.keycloakUrl}/realms/${context.realm}/account/`,
      username: administrator.email,
      password: PERSON_PASSWORD,
      captchaAnswer: FIXED_CAPTCHA_ANSWER,
    })
  ).access_token;
  expect(await refusalOf(apiAs(accountToken).request("GET", "users", undefined, { q: WORD }))).toEqual([403, "wrong_audience"]);
});

test("search by name, email, SIRET or company name; filters by application, company, kind and status", async () => {
  expect(labels((await search("aa", { q: `${WORD}titulaire` })).items)).toEqual(["titulaire"]);
  expect(labels((await search("aa", { q: people.migrated.email.toUpperCase() })).items)).toEqual(["migre"]);
  expect(labels((await search("aa", { q: `${WORD}Essai Test` })).items)).toEqual(["essai"]);
  // A SIRET exactly, or a part of the company name: the accounts holding or asking for it there.
  const atCompany = ["agent", "demandeur", "desactive", "essai", "migre", "titulaire"];
  expect(labels((await search("aa", { q: SIRET })).items)).toEqual(atCompany);
  expect(labels((await search("aa", { q: `${WORD} industrie` })).items)).toEqual(atCompany);
  expect(labels((await search("aa", { company: OTHER_SIRET })).items)).toEqual(["autreetablissement", "responsable"]);
  expect(labels((await search("administrator", { application: OTHER_APP })).items)).toEqual(["voisin"]);
  expect(labels((await search("aa", { kind: "agent" })).items)).toEqual(["agent"]);
  expect(labels((await search("aa", { kind: "test" })).items)).toEqual(["essai"]);
  expect(labels((await search("aa", { kind: "professional" })).items)).toEqual(ON_APP.filter((label) => !["agent", "essai"].includes(label)));
  expect(labels((await search("aa", { status: "disabled" })).items)).toEqual(["desactive"]);
  expect(labels((await search("aa", { status: "migrated" })).items)).toEqual(["migre"]);
  expect(labels((await search("aa", { status: "active" })).items)).toEqual(ON_APP.filter((label) => label !== "desactive"));
  const agent = (await search("aa", { kind: "agent" })).items[0];
  expect([agent.kind, agent.test, agent.email]).toEqual(["agent", false, people.agent.email]);
  const test = (await search("aa", { kind: "test" })).items[0];
  expect([test.kind, test.test]).toEqual(["professional", true]);
});

test("sorted and paged in the database: the total counts every match, pages do not overlap", async () => {
  const byEmail = (await search("aa", { sort: "email" })).items.map((row) => row.email!);
  expect(byEmail).toEqual([...byEmail].sort());
  const byName = (await search("aa", { sort: "name" })).items.map((row) => row.firstName);
  expect(byName).toEqual(ON_APP.map((label) => `${WORD}${label}`));
  const first = await search("aa", { max: "3", first: "0" });
  const second = await search("aa", { max: "3", first: "3" });
  const third = await search("aa", { max: "3", first: "6" });
  expect([first.total, second.total, third.total]).toEqual([8, 8, 8]);
  expect([...first.items, ...second.items, ...third.items].map((row) => row.firstName)).toEqual(byName);
  const newest = (await search("administrator", { sort: "created" })).items.map((row) => row.createdAt!);
  expect(newest).toEqual([...newest].sort().reverse());
});

test("bad input gets a clear 400 (or 404) and no search", async () => {
  expect(await refusalOf(search("aa", { kind: "robot" }))).toEqual([400, "invalid_kind"]);
  expect(await refusalOf(search("aa", { status: "parti" }))).toEqual([400, "invalid_status"]);
  expect(await refusalOf(search("aa", { sort: "lastName; drop table" }))).toEqual([400, "invalid_sort"]);
  expect(await refusalOf(search("aa", { q: "x".repeat(201) }))).toEqual([400, "invalid_search"]);
  expect(await refusalOf(search("aa", { max: "0" }))).toEqual([400, "invalid_paging"]);
  expect(await refusalOf(search("aa", { first: "-1" }))).toEqual([400, "invalid_paging"]);
  expect(await refusalOf(search("aa", { company: "00000000000000" }))).toEqual([404, "unknown_company"]);
  expect(await refusalOf(search("aa", { application: "inconnue" }))).toEqual([404, "unknown_application"]);
  // Wildcards typed are literal: as wildcards they would find this run's accounts.
  expect((await search("administrator", { q: `%${WORD}` })).total).toBe(0);
  expect((await search("administrator", { q: `${WORD.slice(0, -1)}_` })).total).toBe(0);
});

test("a user's page: the account, and of its access what the caller may see; outside their perimeter, unknown", async () => {
  type UserPage = { user: UserRow; habilitations: { application: string; company: { siret?: string } }[]; pendingRequests: { application: string }[] };
  const page = (caller: Caller, id: string) => as(caller).request<UserPage>("GET", `users/${id}`);
  const holder = await page("aa", people.holder.id);
  expect([holder.user.email, holder.user.kind, holder.user.enabled, holder.user.habilitations]).toEqual([people.holder.email, "professional", true, 1]);
  expect(holder.habilitations.map((h) => [h.application, h.company.siret])).toEqual([[APP, SIRET]]);
  expect(holder.pendingRequests).toEqual([]);
  expect((await page("support", people.requester.id)).pendingRequests.map((r) => r.application)).toEqual([APP]);
  expect((await page("administrator", people.nobody.id)).habilitations).toEqual([]);

  // Someone with access to both applications: each application's admin sees their own part only.
  const both = await createPerson("deuxapplications");
  await grant(both);
  await grant(both, OTHER_APP);
  expect((await page("aaOtherApp", both.id)).habilitations.map((h) => h.application)).toEqual([OTHER_APP]);
  expect((await page("aa", both.id)).habilitations.map((h) => h.application)).toEqual([APP]);
  expect((await page("administrator", both.id)).habilitations.map((h) => h.application).sort()).toEqual([APP, OTHER_APP].sort());

  // Outside the perimeter, an account reads like one that does not exist.
  expect(await refusalOf(page("aaOtherApp", people.holder.id))).toEqual([404, "unknown_user"]);
  expect(await refusalOf(page("aa", people.nobody.id))).toEqual([404, "unknown_user"]);
  expect(await refusalOf(page("aa", "00000000-0000-0000-0000-000000000000"))).toEqual([404, "unknown_user"]);
  expect(await refusalOf(page("plain", people.holder.id))).toEqual([403, "forbidden"]);
  expect(await statusOf(page("anonymous", people.holder.id))).toBe(401);

  // What the page offers is what the API lets the caller do (AccountAction), whatever the account's state.
  const actions = async (caller: Caller, id: string) => (await as(caller).request<{ actions: string[] }>("GET", `users/${id}`)).actions;
  expect(await actions("administrator", people.holder.id)).toEqual(["disable", "enable", "unlock", "reset-password", "resend-validation", "delete"]);
  expect(await actions("aa", people.holder.id)).toEqual(["disable", "enable", "unlock", "reset-password", "resend-validation"]);
  expect(await actions("support", people.holder.id)).toEqual(["unlock", "reset-password", "resend-validation"]);
  const colleague = await createPerson("aa-voisin-page", [], { [APP]: ["efp-application-admin"] });
  await grant(colleague);
  expect(await actions("aa", colleague.id)).toEqual([]);
  expect(await actions("administrator", colleague.id)).toEqual(["disable", "enable", "unlock", "reset-password", "resend-validation", "delete"]);
});

test("efp users search: the same search from the CLI", async () => {
  const configDir = fs.mkdtempSync(path.join(os.tmpdir(), "efp-cli-users-"));
  const run = (args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, "provisioning", "bin", "efp.js"), ...args], {
      encoding: "utf8",
      env: { ...process.env, KEYCLOAK_URL: context.keycloakUrl, EFP_CLIENT_SECRET: EFP_CLI_SECRET, EFP_CONFIG_DIR: configDir },
    });
  const found = run(["users", "search", WORD, "--application", APP, "--kind", "agent"]);
  expect([found.status, found.stderr]).toEqual([0, ""]);
  expect(found.stdout).toBe(
    `${people.agent.id}\t${people.agent.email}\t${WORD}agent Test\tagent\tactif\tjamais connecté\t1 habilitation(s)\n1 affiché(s) sur 1\n`,
  );
  const { lastLoginAt: lastLogin } = (await admin.request<{ user: UserRow }>("GET", `users/${people.requester.id}`)).user;
  expect(lastLogin).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  const shown = run(["users", "show", people.requester.id]);
  expect([shown.status, shown.stderr]).toEqual([0, ""]);
  expect(shown.stdout.split("\n")[0]).toBe(
    `${people.requester.id}\t${people.requester.email}\t${WORD}demandeur Test\tprofessionnel\tactif\tdernière connexion ${lastLogin}\t0 habilitation(s)\t1 demande(s) en attente`,
  );
  expect(shown.stdout).toMatch(new RegExp(`\\n  demande [0-9a-f-]{36}\\t${APP}\\t${SIRET}\\n`));
  const refused = run(["users", "search", WORD, "--kind", "robot"]);
  expect(refused.status).not.toBe(0);
  expect(refused.stderr).toContain("robot");
});

test("disable, enable, unlock: who may, on whom, audited; a disabled account's sessions end and it cannot sign in", async () => {
  const kc = await adminClient();
  const target = await createPerson("cible");
  await grant(target);
  const act = (caller: Caller, action: string, id = target.id) => as(caller).request("POST", `users/${id}/${action}`);
  const enabled = async () => (await kc.users.findOne({ realm: context.realm, id: target.id }))!.enabled;

  // Who may disable: the administrators and the application's admins; the others are refused, or
  // do not even see the account (outside their perimeter).
  const outcomes: Record<string, number | [number, string]> = {};
  for (const caller of ["anonymous", "plain", "accessManager", "supportOtherApp", "support", "aaOtherApp"] as Caller[])
    outcomes[caller] = caller === "anonymous" ? await statusOf(act(caller, "disable")) : await refusalOf(act(caller, "disable"));
  expect(outcomes).toEqual({
    anonymous: 401,
    plain: [403, "forbidden"],
    accessManager: [403, "forbidden"],
    supportOtherApp: [404, "unknown_user"],
    support: [403, "forbidden"],
    aaOtherApp: [404, "unknown_user"],
  });
  expect(await enabled()).toBe(true);

  // The application's admin disables it: its session ends, it cannot sign in, the audit says who.
  await personToken(target.email);
  expect((await kc.users.listSessions({ realm: context.realm, id: target.id })).length).toBeGreaterThan(0);
  await act("aa", "disable");
  expect(await enabled()).toBe(false);
  expect(await kc.users.listSessions({ realm: context.realm, id: target.id })).toEqual([]);
  await expect(personToken(target.email)).rejects.toThrow();
  expect((await as("aa").request<{ user: UserRow }>("GET", `users/${target.id}`)).user.enabled).toBe(false);
  await act("administrator", "enable");
  expect(await enabled()).toBe(true);
  const audit = await admin.request<{ items: { action: string; subjectUserId: string | null }[] }>("GET", "audit", undefined, { user: target.id });
  expect(audit.items.filter((entry) => entry.action.startsWith("ACCOUNT_")).map((entry) => entry.action)).toEqual(["ACCOUNT_ENABLED", "ACCOUNT_DISABLED"]);

  // Unlock: the support agents too. A failed sign-in counted, then forgotten.
  await expect(personToken(target.email, "pas-le-bon-mot-de-passe")).rejects.toThrow();
  expect((await kc.attackDetection.findOne({ realm: context.realm, id: target.id }))!.numFailures).toBe(1);
  await act("support", "unlock");
  expect((await kc.attackDetection.findOne({ realm: context.realm, id: target.id }))!.numFailures).toBe(0);
  expect((await as("support").request<{ locked: boolean }>("GET", `users/${target.id}`)).locked).toBe(false);

  // Nobody acts on their own account; only an administrator on a staff member's.
  const administrator = await createPerson("administrateur-soi", ["efp-administrator"]);
  expect(await refusalOf(apiAs(await personToken(administrator.email)).request("POST", `users/${administrator.id}/disable`))).toEqual([403, "own_account"]);
  const colleague = await createPerson("aa-collegue", [], { [APP]: ["efp-application-admin"] });
  await grant(colleague);
  expect(await refusalOf(act("aa", "disable", colleague.id))).toEqual([403, "forbidden"]);
  expect(await refusalOf(act("aa", "reset", colleague.id))).toEqual([404, "unknown_action"]);
  expect((await kc.users.findOne({ realm: context.realm, id: colleague.id }))!.enabled).toBe(true);
});
