// `efp migrate import` (issue 15) against the real stack: the dry run writes nothing and names
// every rejected row by its line; apply creates accounts, companies, habilitations and access
// managers; a second apply changes nothing; an interrupted run is resumed by running it again;
// accounts changed since the import are left alone unless --force; an imported professional's
// first sign-in asks for a new password; only administrators may import.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import type { AuditEntry, HabilitationsPage, MigrationBatch } from "@efp/contract";
import type { MigrationReport } from "@efp/provisioning";
import { CookieJar, kcContextString, loginFormFor, pageIdOf, pkcePair } from "../../bench/src/http-login.js";
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";
import { administratorApi, apiAs, createPerson, EFP_CLI_SECRET, freshSiret, personToken, refusalOf, statusOf } from "../support/efp-admin.js";
import { FIXED_CAPTCHA_ANSWER } from "../support/login-page.js";

const context = testContext();
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const RUN = `${Date.now() % 1e8}`;
const admin = administratorApi();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "efp-migrate-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The run's addresses: nobody else's. */
const email = (label: string) => `migre-${RUN}-${label}@exemple.fr`;
const NEW_SIRET = freshSiret();
const KNOWN_SIRET = freshSiret();
const HEADER = "email,firstName,lastName,phone,siret,companyName,application,roles,accessManager,passwordHash";
const OLD_PASSWORD = "Ancien-Portail-2025!";

/** Keycloak's pbkdf2-sha256 credential of a password, as the old portal's export would carry it. */
function pbkdf2(password: string): string {
  const salt = crypto.randomBytes(16);
  const iterations = 1000;
  return `pbkdf2-sha256$${iterations}$${salt.toString("base64")}$${crypto.pbkdf2Sync(password, salt, iterations, 32, "sha256").toString("base64")}`;
}

function writeFile(name: string, lines: string[]) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

function efp(args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT, "provisioning", "bin", "efp.js"), ...args], {
    encoding: "utf8",
    env: { ...process.env, KEYCLOAK_URL: context.keycloakUrl, EFP_CLIENT_SECRET: EFP_CLI_SECRET, EFP_CONFIG_DIR: dir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function importJson(file: string, ...options: string[]) {
  const result = efp(["--json", "migrate", "import", file, ...options]);
  let report: MigrationReport;
  try {
    report = JSON.parse(result.stdout) as MigrationReport;
  } catch {
    throw new Error(`sortie illisible (code ${result.status}) : ${result.stdout}\n${result.stderr}`);
  }
  return { ...result, report };
}

const counts = (report: MigrationReport) => ({
  created: report.created,
  updated: report.updated,
  unchanged: report.unchanged,
  skipped: report.skipped,
  rejected: report.rejected,
});

async function account(address: string) {
  const kc = await adminClient();
  const [user] = await kc.users.find({ realm: context.realm, email: address, exact: true });
  return user;
}

/** An account's habilitations as "application siret roles[+RA]", sorted. */
async function habilitationsOf(address: string): Promise<string[]> {
  const page = await admin.request<HabilitationsPage>("GET", "habilitations", undefined, { user: address, max: 100 });
  return page.items.map((h) => `${h.application} ${h.company?.siret} ${[...h.roles].sort().join("|")}${h.accessManager ? " RA" : ""}`).sort();
}

// The main file: three good accounts (one of two rows, one with the old password), then a row
// for each reason of rejection.
const MAIN = [
  HEADER,
  `${email("sophie")},Sophie,LEFEBVRE,01 42 00 00 01,${NEW_SIRET},ATELIER ${RUN},maf,deposant|administrateur,oui,`,
  `${email("sophie")},Sophie,LEFEBVRE,01 42 00 00 01,${KNOWN_SIRET},CONNU ${RUN},soffi,gestionnaire,non,`,
  `${email("karim")},Karim,BENALI,,${KNOWN_SIRET},CONNU ${RUN},soffi,consultation,non,${pbkdf2(OLD_PASSWORD)}`,
  `${email("siret")},Anne,ERREUR,,34981259400051,PLUME,maf,deposant,non,`,
  `${email("appli")},Jean,INCONNU,,${KNOWN_SIRET},CONNU ${RUN},portail-disparu,deposant,non,`,
  `${email("role")},Paul,ROLE,,${KNOWN_SIRET},CONNU ${RUN},maf,pilote,non,`,
  `${email("sophie")},Sophie,LEFEBVRE,,${KNOWN_SIRET},CONNU ${RUN},maf,deposant,non,`,
  `${email("lucas")},Lucas,MOREAU,,${KNOWN_SIRET},CONNU ${RUN},ceres,deposant,oui,`,
];
const mainFile = () => writeFile("main.csv", MAIN);
const EXPECTED_REJECTIONS = [
  [5, "invalid_siret"],
  [6, "unknown_application"],
  [7, "unknown_role"],
  [8, "duplicate_email"],
];

beforeAll(async () => {
  await admin.request("POST", "companies", { siret: KNOWN_SIRET, name: `CONNU ${RUN}` });
});

test("dry run: what would be created, every rejected row with its line and reason, and nothing written", async () => {
  const { status, report } = importJson(mainFile(), "--dry-run");
  expect(status).toBe(3); // rejected rows: invalid input
  expect(report.dryRun).toBe(true);
  expect(counts(report)).toEqual({ created: 3, updated: 0, unchanged: 0, skipped: 0, rejected: 4 });
  expect(report.rejections.map((r) => [r.line, r.code])).toEqual(EXPECTED_REJECTIONS);
  expect(report.rejections[0].message).toBe("Ligne 5 : le SIRET 34981259400051 n'est pas valide : sa clé de contrôle ne correspond pas.");
  expect(report.rejections[3].message).toContain(`figure déjà ligne 2`);
  expect(report.companies).toEqual([NEW_SIRET]);
  const sophie = report.results.find((r) => r.email === email("sophie"))!;
  expect([sophie.line, sophie.outcome, sophie.changes]).toEqual([
    2,
    "created",
    ["compte créé (Sophie LEFEBVRE)", `+ maf ${NEW_SIRET} (administrateur, deposant, responsable des accès)`, `+ soffi ${KNOWN_SIRET} (gestionnaire)`],
  ]);
  // The database, through the admin APIs: no account, no company.
  for (const label of ["sophie", "karim", "lucas"]) expect(await account(email(label))).toBeUndefined();
  expect(await refusalOf(admin.request("GET", `companies/${NEW_SIRET}`))).toEqual([404, "unknown_company"]);

  // For people: the plan and the rejected lines, in French.
  const human = efp(["migrate", "import", mainFile(), "--dry-run"]);
  expect(human.status).toBe(3);
  expect(human.stdout).toContain(`ligne 2\t${email("sophie")}\tà créer\n\tcompte créé (Sophie LEFEBVRE)\n`);
  expect(human.stdout).toContain("Ligne 6 : application inconnue « portail-disparu »");
  expect(human.stdout).toContain("Simulation (rien n'est écrit) : 8 ligne(s), 7 compte(s) : 3 à créer");
  expect(human.stderr).toContain("4 ligne(s) rejetée(s)");
});

test("apply: accounts, companies, habilitations and access managers; the rejected rows reported; audited", async () => {
  const { status, report } = importJson(mainFile());
  expect(status).toBe(3);
  expect(counts(report)).toEqual({ created: 3, updated: 0, unchanged: 0, skipped: 0, rejected: 4 });
  expect(report.rejections.map((r) => [r.line, r.code])).toEqual(EXPECTED_REJECTIONS);
  expect(await habilitationsOf(email("sophie"))).toEqual([`maf ${NEW_SIRET} administrateur|deposant RA`, `soffi ${KNOWN_SIRET} gestionnaire`]);
  expect(await habilitationsOf(email("karim"))).toEqual([`soffi ${KNOWN_SIRET} consultation`]);
  expect(await habilitationsOf(email("lucas"))).toEqual([`ceres ${KNOWN_SIRET} deposant RA`]);
  const sophie = await account(email("sophie"));
  expect([sophie.firstName, sophie.lastName, sophie.username, sophie.enabled]).toEqual(["Sophie", "LEFEBVRE", email("sophie"), true]);
  expect(sophie.attributes?.["efp.migrated"]).toEqual(["true"]);
  expect(sophie.attributes?.["efp.user-kind"]).toEqual(["professional"]);
  expect(sophie.attributes?.phoneNumber).toEqual(["01 42 00 00 01"]);
  expect(sophie.attributes?.["efp.migration.fingerprint"]?.[0]).toMatch(/^[0-9a-f]{64}$/);
  // The new company from its row; the known one untouched.
  expect((await admin.request<{ name: string }>("GET", `companies/${NEW_SIRET}`)).name).toBe(`ATELIER ${RUN}`);
  expect((await admin.request<{ name: string }>("GET", `companies/${KNOWN_SIRET}`)).name).toBe(`CONNU ${RUN}`);
  for (const label of ["siret", "appli", "role"]) expect(await account(email(label))).toBeUndefined();
  const audit = await admin.request<{ items: AuditEntry[] }>("GET", "audit", undefined, { user: email("sophie") });
  expect(audit.items.map((entry) => entry.action).sort()).toEqual(["ACCOUNT_IMPORTED", "HABILITATION_GRANTED", "HABILITATION_GRANTED"]);
  expect(audit.items.every((entry) => entry.actor === "service-account:service-account-efp-cli")).toBe(true);
});

test("a second apply changes nothing", async () => {
  const before = await admin.request<{ items: AuditEntry[] }>("GET", "audit", undefined, { user: email("sophie") });
  const fingerprint = (await account(email("sophie"))).attributes?.["efp.migration.fingerprint"];
  const { report } = importJson(mainFile());
  expect(counts(report)).toEqual({ created: 0, updated: 0, unchanged: 3, skipped: 0, rejected: 4 });
  expect(report.companies).toEqual([]);
  const after = await admin.request<{ items: AuditEntry[] }>("GET", "audit", undefined, { user: email("sophie") });
  expect(after.items.map((entry) => entry.id)).toEqual(before.items.map((entry) => entry.id));
  expect((await account(email("sophie"))).attributes?.["efp.migration.fingerprint"]).toEqual(fingerprint);
});

test("an imported professional signs in with the old password, then must choose a new one through a code", async () => {
  // SOFFI, an application Karim holds a habilitation on (the demo application's callback, with PKCE).
  const jar = new CookieJar();
  const authorize = new URL(`${context.keycloakUrl}/realms/${context.realm}/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({
    client_id: "soffi",
    redirect_uri: `${context.demoAppUrl}/callback`,
    response_type: "code",
    scope: "openid",
    state: "t",
    code_challenge: pkcePair().challenge,
    code_challenge_method: "S256",
  }).toString();
  const page = await fetch(authorize, { redirect: "manual" });
  jar.store(page);
  const html = await page.text();
  const form = loginFormFor(html, { username: email("karim"), password: OLD_PASSWORD, captchaAnswer: FIXED_CAPTCHA_ANSWER });
  let answer = await fetch(kcContextString(html, "loginAction")!, { method: "POST", body: form, redirect: "manual", headers: { Cookie: jar.header() } });
  for (let hops = 0; hops < 5 && answer.status === 302; hops++) {
    jar.store(answer);
    answer = await fetch(answer.headers.get("location")!, { redirect: "manual", headers: { Cookie: jar.header() } });
  }
  expect(pageIdOf(await answer.text())).toBe("efp-email-code.ftl");
  const user = await account(email("karim"));
  expect(user.attributes?.["efp.migrated"]).toEqual(["true"]);
});

test("an interrupted import is resumed by running it again, and ends as a clean run does", async () => {
  const people = Array.from({ length: 10 }, (_, index) => `lot${index}`);
  // JSON Lines this time, the other format.
  const file = path.join(dir, "lots.jsonl");
  fs.writeFileSync(
    file,
    people
      .map((label, index) =>
        JSON.stringify({
          email: email(label),
          firstName: `Prénom${index}`,
          lastName: `NOM${index}`,
          siret: KNOWN_SIRET,
          companyName: `CONNU ${RUN}`,
          application: "soffi",
          roles: [index % 2 ? "gestionnaire" : "consultation"],
          accessManager: false,
        }),
      )
      .join("\n"),
  );
  const interrupted = importJson(file, "--batch-size", "3", "--concurrency", "1", "--stop-after-batches", "2");
  expect(interrupted.status).toBe(1);
  expect(interrupted.report.interrupted).toBe(true);
  expect(counts(interrupted.report)).toEqual({ created: 6, updated: 0, unchanged: 0, skipped: 0, rejected: 0 });
  expect(await account(email("lot5"))).toBeDefined();
  expect(await account(email("lot6"))).toBeUndefined();

  const resumed = importJson(file, "--batch-size", "3");
  expect([resumed.status, resumed.report.interrupted]).toEqual([0, false]);
  expect(counts(resumed.report)).toEqual({ created: 4, updated: 0, unchanged: 6, skipped: 0, rejected: 0 });
  // What a clean run makes of each row, account by account.
  for (const [index, label] of people.entries()) {
    const user = await account(email(label));
    expect([user.firstName, user.lastName, user.attributes?.["efp.migrated"]]).toEqual([`Prénom${index}`, `NOM${index}`, ["true"]]);
    expect(await habilitationsOf(email(label))).toEqual([`soffi ${KNOWN_SIRET} ${index % 2 ? "gestionnaire" : "consultation"}`]);
  }
  expect(counts(importJson(file).report)).toEqual({ created: 0, updated: 0, unchanged: 10, skipped: 0, rejected: 0 });
});

test("a run killed mid-way (SIGKILL) is resumed by running it again", async () => {
  const total = 80;
  const lines = [HEADER];
  for (let index = 0; index < total; index++) lines.push(`${email(`tue${index}`)},Prénom${index},TUE,,${KNOWN_SIRET},CONNU ${RUN},soffi,consultation,non,`);
  const file = writeFile("tue.csv", lines);
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "provisioning", "bin", "efp.js"), "migrate", "import", file, "--batch-size", "2", "--concurrency", "1"],
    {
      env: { ...process.env, KEYCLOAK_URL: context.keycloakUrl, EFP_CLIENT_SECRET: EFP_CLI_SECRET, EFP_CONFIG_DIR: dir },
      stdio: "ignore",
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  // Killed as soon as its first batch is in the database: the process, not a flag, stops it.
  const started = Date.now();
  while (!(await account(email("tue0"))) && Date.now() - started < 60_000) await new Promise((resolve) => setTimeout(resolve, 100));
  child.kill("SIGKILL");
  expect(await exited).toBeNull();
  const kc = await adminClient();
  const imported = async () => (await kc.users.find({ realm: context.realm, search: `migre-${RUN}-tue`, max: 1000 })).length;
  const before = await imported();
  expect(before).toBeGreaterThan(0);
  expect(before).toBeLessThan(total);

  const resumed = importJson(file);
  expect(resumed.status).toBe(0);
  expect(resumed.report.created + resumed.report.unchanged).toBe(total);
  // The batch in flight when the CLI died may have been committed since: never created twice.
  expect(resumed.report.created).toBeLessThanOrEqual(total - before);
  expect(await imported()).toBe(total);
  expect(await habilitationsOf(email(`tue${total - 1}`))).toEqual([`soffi ${KNOWN_SIRET} consultation`]);
});

test("an account changed since the import is left alone unless --force; one the import never wrote too", async () => {
  const kc = await adminClient();
  const lucas = await account(email("lucas"));
  // Changed in EFP Connect (as Mon compte would): a new last name.
  await kc.users.update({ realm: context.realm, id: lucas.id! }, { ...lucas, lastName: "MOREAU-DURAND" });
  const native = await createPerson(`natif-${RUN}`);
  const file = writeFile("force.csv", [
    HEADER,
    `${email("lucas")},Lucas,MOREAU,,${KNOWN_SIRET},CONNU ${RUN},ceres,deposant|consultation,oui,`,
    `${native.email},Natif,PORTAIL,,${KNOWN_SIRET},CONNU ${RUN},soffi,consultation,non,`,
  ]);
  const skipped = importJson(file);
  expect(skipped.status).toBe(0);
  expect(counts(skipped.report)).toEqual({ created: 0, updated: 0, unchanged: 0, skipped: 2, rejected: 0 });
  expect(skipped.report.results.map((r) => [r.line, r.code])).toEqual([
    [2, "changed_since_import"],
    [3, "not_imported"],
  ]);
  expect(await habilitationsOf(email("lucas"))).toEqual([`ceres ${KNOWN_SIRET} deposant RA`]);
  expect((await account(email("lucas"))).lastName).toBe("MOREAU-DURAND");
  expect(await habilitationsOf(native.email)).toEqual([]);

  const forced = importJson(file, "--force");
  expect(counts(forced.report)).toEqual({ created: 0, updated: 2, unchanged: 0, skipped: 0, rejected: 0 });
  expect(await habilitationsOf(email("lucas"))).toEqual([`ceres ${KNOWN_SIRET} consultation|deposant RA`]);
  expect((await account(email("lucas"))).lastName).toBe("MOREAU");
  const taken = await account(native.email);
  expect([taken.firstName, taken.lastName, taken.attributes?.["efp.migrated"]]).toEqual(["Natif", "PORTAIL", undefined]);
  expect(await habilitationsOf(native.email)).toEqual([`soffi ${KNOWN_SIRET} consultation`]);
  // Forced once, then the same rows again: nothing to do.
  expect(counts(importJson(file).report)).toEqual({ created: 0, updated: 0, unchanged: 2, skipped: 0, rejected: 0 });
});

test("only administrators import: anonymous 401, staff and others 403; a bad body is a 400", async () => {
  const body: MigrationBatch = {
    dryRun: true,
    force: false,
    accounts: [{ line: 2, email: email("droits"), firstName: "A", lastName: "B", phone: null, passwordHash: null, habilitations: [] }],
  };
  const people = {
    plain: await createPerson(`simple-${RUN}`),
    support: await createPerson(`assistance-${RUN}`, [], { soffi: ["efp-support"] }),
    applicationAdmin: await createPerson(`aa-${RUN}`, [], { soffi: ["efp-application-admin"] }),
    administrator: await createPerson(`administrateur-${RUN}`, ["efp-administrator"]),
  };
  const statuses: Record<string, number> = { anonymous: await statusOf(apiAs(undefined).request("POST", "migration/batch", body)) };
  for (const [who, person] of Object.entries(people))
    statuses[who] = await statusOf(apiAs(await personToken(person.email)).request("POST", "migration/batch", body));
  expect(statuses).toEqual({ anonymous: 401, plain: 403, support: 403, applicationAdmin: 403, administrator: 200 });
  expect(await refusalOf(apiAs(await personToken(people.applicationAdmin.email)).request("POST", "migration/batch", body))).toEqual([403, "forbidden"]);
  expect(await refusalOf(admin.request("POST", "migration/batch", { accounts: [{ line: 2, mail: "x" }] }))).toEqual([400, "invalid_json"]);
  expect(await refusalOf(admin.request("POST", "migration/batch", { accounts: [] }))).toEqual([400, "empty_batch"]);
  expect(await account(email("droits"))).toBeUndefined();
});
