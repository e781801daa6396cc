// EFP ADMIN's CSV exports (efp-admin GET exports/users and exports/audit, `efp users export`,
// `efp audit export`) and the audit journal's filters (GET audit): who may read what, the file's
// format for Excel (BOM, `;`, CRLF, formulas neutralised), one row per habilitation, the filters,
// and bad input, against the real Keycloak and its database.
import path from "node:path";
import os from "node:os";
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import type { AuditPage } from "@efp/contract";
import type { EfpApi } from "@efp/provisioning";
import { testContext } from "../support/context.js";
import { csvRecords, parseCsv } from "../support/csv.js";
import {
  EFP_CLI_SECRET,
  administratorApi,
  apiAs,
  createApplication,
  createPerson,
  freshSiret,
  personToken,
  refusalOf,
  statusOf,
} from "../support/efp-admin.js";
import { CALLERS, staffCallers, type Caller, type Person, type Staff } from "../support/staff-callers.js";

const context = testContext();
const suffix = `${Date.now() % 1e8}`;
const WORD = `zex${suffix.replace(/\d/g, (digit) => "bcdfghjklm"[Number(digit)])}`;
const APP = `export-${suffix}`;
const OTHER_APP = `exvoisine-${suffix}`;
const SIRET = freshSiret();
const OTHER_SIRET = freshSiret();
// A name a spreadsheet would run as a formula, with the separator and quotes inside.
const FORMULA_NAME = `=HYPERLINK("http://exemple.invalid/${WORD}";"clic")`;
const admin = administratorApi();
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const TODAY = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" });

let tokens: Record<Caller, string | undefined>;
const emails = {} as Record<Staff, string>;
const people = {} as Record<"holder" | "twice" | "requester" | "neighbour", Person>;

const person = (label: string) => createPerson(`${WORD}${label}`);
const grant = (user: Person, application = APP, company = SIRET, roles = ["lecteur"]) =>
  admin.request("POST", "habilitations", { user: user.email, application, company, roles });

beforeAll(async () => {
  await createApplication(APP);
  await createApplication(OTHER_APP);
  await admin.request("POST", "companies", { siret: SIRET, name: FORMULA_NAME });
  await admin.request("POST", "companies", { siret: OTHER_SIRET, name: `AUTRE ${suffix}` });
  people.holder = await person("titulaire");
  await grant(people.holder, APP, SIRET, ["lecteur", "redacteur"]);
  people.twice = await person("deuxfois");
  await grant(people.twice);
  await grant(people.twice, APP, OTHER_SIRET);
  people.requester = await person("demandeur");
  await apiAs(await personToken(people.requester.email), "efp-access").request("POST", "me/requests", {
    application: APP,
    siret: SIRET,
    description: "=1+1 <b>urgent</b>",
  });
  people.neighbour = await person("voisin");
  await grant(people.neighbour, OTHER_APP);

  const staff = await staffCallers(APP, OTHER_APP, OTHER_SIRET);
  tokens = staff.tokens;
  for (const [caller, who] of Object.entries(staff.people)) emails[caller as Staff] = who.email;
}, 120_000);

const as = (caller: Caller): EfpApi => apiAs(tokens[caller]);

/** An export's answer read whole (the tests' files are small), with its headers. */
async function exported(caller: Caller, kind: "users" | "audit", query: Record<string, string> = {}) {
  const response = await as(caller).download(`exports/${kind}`, query);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.slice(3)) };
}

const usersOf = async (caller: Caller, query: Record<string, string> = {}) => csvRecords((await exported(caller, "users", { q: WORD, ...query })).text);
/** "label → application/company" of each row of a users export, sorted. */
const rowsOf = (records: Record<string, string>[]) =>
  records.map((row) => `${row["Prénom"].replace(WORD, "")} ${row["Application"]}/${row["SIRET ou code de structure"]}`).sort();

async function statuses(call: (caller: Caller) => Promise<unknown>) {
  const found: Record<string, number> = {};
  for (const caller of CALLERS) found[caller] = await statusOf(call(caller));
  return found;
}

test("who may export and read the journal: each of the eight callers, each endpoint", async () => {
  const staffOnly = { anonymous: 401, plain: 403, accessManager: 403 };
  expect(await statuses((caller) => as(caller).download("exports/users", { q: WORD }))).toEqual({
    ...staffOnly,
    supportOtherApp: 200,
    support: 200,
    aaOtherApp: 200,
    aa: 200,
    administrator: 200,
  });
  const ofApp = { ...staffOnly, supportOtherApp: 403, support: 200, aaOtherApp: 403, aa: 200, administrator: 200 };
  expect(await statuses((caller) => as(caller).download("exports/users", { application: APP }))).toEqual(ofApp);
  expect(await statuses((caller) => as(caller).download("exports/audit", { application: APP }))).toEqual(ofApp);
  expect(await statuses((caller) => as(caller).download("exports/audit", { action: "HABILITATION_GRANTED", from: TODAY }))).toEqual({
    ...staffOnly,
    supportOtherApp: 200,
    support: 200,
    aaOtherApp: 200,
    aa: 200,
    administrator: 200,
  });
  expect(await statuses((caller) => as(caller).request("GET", "audit", undefined, { application: APP, action: "HABILITATION_GRANTED", from: TODAY }))).toEqual(
    ofApp,
  );
  expect(await statuses((caller) => as(caller).request("GET", "audit", undefined, { actor: emails.aa }))).toEqual({
    ...staffOnly,
    supportOtherApp: 200,
    support: 200,
    aaOtherApp: 200,
    aa: 200,
    administrator: 200,
  });
  // The refusals are the API's JSON, not a file.
  expect(await refusalOf(as("aaOtherApp").download("exports/users", { application: APP }))).toEqual([403, "forbidden"]);
  expect(await refusalOf(as("plain").download("exports/audit"))).toEqual([403, "forbidden"]);

  // What each reads: the accounts and the entries of their applications only.
  expect(rowsOf(await usersOf("aaOtherApp"))).toEqual([`voisin ${OTHER_APP}/${SIRET}`]);
  expect(rowsOf(await usersOf("supportOtherApp"))).toEqual([`voisin ${OTHER_APP}/${SIRET}`]);
  const onApp = [`demandeur /`, `deuxfois ${APP}/${OTHER_SIRET}`, `deuxfois ${APP}/${SIRET}`, `titulaire ${APP}/${SIRET}`].sort();
  expect(rowsOf(await usersOf("aa"))).toEqual(onApp);
  expect(rowsOf(await usersOf("support"))).toEqual(onApp);
  expect(rowsOf(await usersOf("administrator"))).toEqual([...onApp, `voisin ${OTHER_APP}/${SIRET}`].sort());
  const journalApps = async (caller: Caller) =>
    new Set(csvRecords((await exported(caller, "audit", { action: "HABILITATION_GRANTED", from: TODAY })).text).map((row) => row["Application"]));
  expect([...(await journalApps("aaOtherApp"))]).not.toContain(APP);
  expect([...(await journalApps("aa"))]).not.toContain(OTHER_APP);
  expect([...(await journalApps("administrator"))]).toEqual(expect.arrayContaining([APP, OTHER_APP]));
});

test("the users file is Excel's CSV: BOM, French headers, `;`, CRLF, a dated attachment, one row per habilitation", async () => {
  // One of them signs in: their last sign-in is in the file, the others' cell is empty.
  await personToken(people.twice.email);
  const { response, bytes, text } = await exported("aa", "users", { q: WORD, sort: "email" });
  expect(response.headers.get("content-type")).toBe("text/csv; charset=UTF-8");
  expect(response.headers.get("content-disposition")).toBe(`attachment; filename="efp-utilisateurs-${TODAY}.csv"`);
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header] = parseCsv(text);
  expect(header.slice(0, 4)).toEqual(["Identifiant du compte", "Adresse électronique", "Prénom", "Nom"]);
  expect(text.split("\r\n")[0]).toBe(header.join(";"));
  expect(text.endsWith("\r\n")).toBe(true);
  const records = csvRecords(text);
  const holder = records.find((row) => row["Identifiant du compte"] === people.holder.id)!;
  expect(holder).toMatchObject({
    "Adresse électronique": people.holder.email,
    "Type de compte": "professionnel",
    Statut: "actif",
    Application: APP,
    "SIRET ou code de structure": SIRET,
    Rôles: "lecteur, redacteur",
    "Responsable des accès": "non",
    "Nature de l'habilitation": "membre",
  });
  expect(holder["Accordée le"]).toMatch(new RegExp(`^${TODAY} \\d\\d:\\d\\d:\\d\\d$`));
  expect(holder["Dernière connexion"]).toBe("");
  for (const row of records.filter((line) => line["Identifiant du compte"] === people.twice.id))
    expect(row["Dernière connexion"]).toMatch(new RegExp(`^${TODAY} \\d\\d:\\d\\d:\\d\\d$`));
  // Two habilitations, two rows; a request only, one row without habilitation.
  expect(records.filter((row) => row["Identifiant du compte"] === people.twice.id)).toHaveLength(2);
  const requester = records.filter((row) => row["Identifiant du compte"] === people.requester.id);
  expect(requester.map((row) => [row["Application"], row["Rôles"]])).toEqual([["", ""]]);
  // In the order asked for.
  const byEmail = records.map((row) => row["Adresse électronique"]);
  expect(byEmail).toEqual([...byEmail].sort());
});

test("a company name written as a formula stays text: neutralised by an apostrophe, quoted, never run", async () => {
  const { text } = await exported("administrator", "users", { q: WORD, company: SIRET });
  expect(text).toContain(`"'=HYPERLINK(""http://exemple.invalid/${WORD}"";""clic"")"`);
  const records = csvRecords(text);
  for (const row of records) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@]/);
  // Every habilitation there (on both applications) names the company as text; the requester's row has none.
  const named = records.filter((row) => row["SIRET ou code de structure"] === SIRET).map((row) => row["Établissement"]);
  expect(named.length).toBe(3);
  expect(new Set(named)).toEqual(new Set([`'${FORMULA_NAME}`]));
  const journal = csvRecords((await exported("administrator", "audit", { company: SIRET })).text);
  expect(journal.length).toBeGreaterThan(0);
  for (const row of journal) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@]/);
  // The request's description keeps its markup as text inside the details (a spreadsheet shows it, runs nothing).
  const requested = journal.find((row) => row["Action"] === "ACCESS_REQUESTED")!;
  expect(JSON.parse(requested["Détails"])).toEqual({ description: "=1+1 <b>urgent</b>" });
  expect(requested["Utilisateur concerné"]).toBe(people.requester.email);
});

test("the filters of the list are the export's: application, company, kind, status; only the habilitations filtered on", async () => {
  expect(rowsOf(await usersOf("administrator", { application: OTHER_APP }))).toEqual([`voisin ${OTHER_APP}/${SIRET}`]);
  expect(rowsOf(await usersOf("aa", { company: OTHER_SIRET }))).toEqual([`deuxfois ${APP}/${OTHER_SIRET}`]);
  expect(rowsOf(await usersOf("aa", { q: `${WORD}titulaire` }))).toEqual([`titulaire ${APP}/${SIRET}`]);
  expect(await usersOf("aa", { kind: "agent" })).toEqual([]);
  expect(await usersOf("aa", { status: "disabled" })).toEqual([]);
});

test("the journal: filters by actor, subject, application, company, action and dates, paged with a total", async () => {
  const journal = (query: Record<string, string>) => as("administrator").request<AuditPage>("GET", "audit", undefined, query);
  const ofHolder = await journal({ user: people.holder.email });
  expect(ofHolder.items.map((entry) => entry.action)).toEqual(["HABILITATION_GRANTED"]);
  expect(ofHolder.total).toBe(1);
  const twice = await journal({ user: people.twice.id, application: APP });
  expect([twice.total, twice.items.length]).toEqual([2, 2]);
  expect((await journal({ user: people.twice.id, company: OTHER_SIRET })).total).toBe(1);
  const paged = await journal({ user: people.twice.id, max: "1", first: "1" });
  expect([paged.total, paged.items.length]).toEqual([2, 1]);
  expect((await journal({ user: people.requester.id, action: "access-requested" })).total).toBe(1);
  expect((await journal({ user: people.requester.id, action: "HABILITATION_GRANTED" })).total).toBe(0);
  expect((await journal({ user: people.holder.id, from: TODAY, to: TODAY })).total).toBe(1);
  expect((await journal({ user: people.holder.id, to: "2020-01-01" })).total).toBe(0);
  // The actor: a person by email, or the name an entry records.
  expect((await journal({ user: people.holder.id, actor: "service-account:service-account-efp-cli" })).total).toBe(1);
  expect((await journal({ user: people.requester.id, actor: people.requester.email })).total).toBe(1);
  expect((await journal({ user: people.holder.id, actor: people.requester.email })).total).toBe(0);

  // Exporting is itself in the journal, with who and which filters.
  await exported("aa", "users", { q: WORD, kind: "professional" });
  const exports = await journal({ actor: emails.aa, action: "DATA_EXPORTED" });
  expect(exports.total).toBeGreaterThan(0);
  expect(JSON.parse(exports.items[0].details!)).toEqual({ export: "users", filters: { q: WORD, kind: "professional" } });
  // An application's admin reads their applications' entries and their own exports, not the other application's.
  const aaReads = await as("aa").request<AuditPage>("GET", "audit", undefined, { from: TODAY });
  expect(aaReads.items.some((entry) => entry.application === OTHER_APP)).toBe(false);
  expect(aaReads.items.some((entry) => entry.action === "DATA_EXPORTED" && entry.actor === emails.aa)).toBe(true);
  expect((await as("aaOtherApp").request<AuditPage>("GET", "audit", undefined, { user: people.holder.id })).total).toBe(0);
});

test("bad input: a clear 400 (or 404) as JSON, before any file", async () => {
  expect(await refusalOf(as("aa").download("exports/users", { kind: "robot" }))).toEqual([400, "invalid_kind"]);
  expect(await refusalOf(as("aa").download("exports/users", { sort: "x; drop" }))).toEqual([400, "invalid_sort"]);
  expect(await refusalOf(as("aa").download("exports/users", { company: "00000000000000" }))).toEqual([404, "unknown_company"]);
  expect(await refusalOf(as("aa").download("exports/audit", { from: "2026-13-45" }))).toEqual([400, "invalid_date"]);
  expect(await refusalOf(as("aa").download("exports/audit", { to: "+1000000-01-01T00:00:00Z" }))).toEqual([400, "invalid_date"]);
  expect(await refusalOf(as("aa").download("exports/audit", { action: "TOUT_SUPPRIMER" }))).toEqual([400, "invalid_action"]);
  expect(await refusalOf(as("aa").request("GET", "audit", undefined, { from: "2026-05-02", to: "2026-05-01" }))).toEqual([400, "invalid_date_range"]);
  expect(await refusalOf(as("aa").request("GET", "audit", undefined, { from: "hier" }))).toEqual([400, "invalid_date"]);
  expect(await refusalOf(as("aa").request("GET", "audit", undefined, { max: "0" }))).toEqual([400, "invalid_paging"]);
  expect(await refusalOf(as("aa").request("GET", "audit", undefined, { user: "personne@nulle.part" }))).toEqual([404, "unknown_user"]);
  // A refused export is not an export: nothing in the journal.
  const refusedExports = await admin.request<AuditPage>("GET", "audit", undefined, { actor: emails.aaOtherApp, action: "DATA_EXPORTED" });
  await refusalOf(as("aaOtherApp").download("exports/users", { application: APP }));
  expect((await admin.request<AuditPage>("GET", "audit", undefined, { actor: emails.aaOtherApp, action: "DATA_EXPORTED" })).total).toBe(refusedExports.total);
});

test("efp users export and efp audit export: streamed to a file or the standard output", async () => {
  const configDir = fs.mkdtempSync(path.join(os.tmpdir(), "efp-cli-exports-"));
  const run = (args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, "provisioning", "bin", "efp.js"), ...args], {
      encoding: "utf8",
      env: { ...process.env, KEYCLOAK_URL: context.keycloakUrl, EFP_CLIENT_SECRET: EFP_CLI_SECRET, EFP_CONFIG_DIR: configDir },
    });
  const file = path.join(configDir, "utilisateurs.csv");
  const users = run(["users", "export", WORD, "--application", APP, "-o", file]);
  expect([users.status, users.stdout]).toEqual([0, ""]);
  expect(users.stderr).toContain(file);
  const written = fs.readFileSync(file);
  expect([...written.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(rowsOf(csvRecords(written.subarray(3).toString("utf8")))).toEqual(
    [`demandeur /`, `deuxfois ${APP}/${OTHER_SIRET}`, `deuxfois ${APP}/${SIRET}`, `titulaire ${APP}/${SIRET}`].sort(),
  );
  const journal = run(["audit", "export", "--user", people.holder.email]);
  expect([journal.status, journal.stderr]).toEqual([0, ""]);
  expect(csvRecords(journal.stdout.replace(/^\uFEFF/, "")).map((row) => row["Action"])).toEqual(["HABILITATION_GRANTED"]);
  const listed = run(["audit", "--user", people.holder.email, "--action", "HABILITATION_GRANTED", "--from", TODAY]);
  expect([listed.status, listed.stderr]).toEqual([0, ""]);
  expect(listed.stdout).toMatch(/HABILITATION_GRANTED\tservice-account:service-account-efp-cli\t/);
  expect(listed.stdout.trim().split("\n").at(-1)).toBe("1 affichée(s) sur 1");
  const refused = run(["audit", "export", "--from", "2026-13-45"]);
  expect(refused.status).toBe(3);
  expect(refused.stderr).toContain("2026-13-45");
});
