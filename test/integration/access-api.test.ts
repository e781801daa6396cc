// The API behind "Mon compte" (efp-access): who may do what, bad input, and the
// outbox: an SMTP outage delays the emails, loses none, sends none twice; a recipient refused
// for good is not tried forever.
import type { AddressInfo } from "node:net";
import type { EfpApi } from "@efp/provisioning";
import { SMTPServer } from "smtp-server";
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";
import { codeFlowToken } from "../../bench/src/http-login.js";
import {
  acceptCharter,
  administratorApi,
  apiAs,
  createApplication,
  createPerson,
  freshSiret,
  PERSON_PASSWORD,
  personToken,
  statusOf,
} from "../support/efp-admin.js";
import { FIXED_CAPTCHA_ANSWER } from "../support/login-page.js";
import { FORGED_HOST, linksOf, postWithForgedHost } from "../support/forged-host.js";
import { listEmails, seenMails, waitForEmail } from "../support/mailbox.js";

const context = testContext();
const suffix = `${Date.now() % 1e8}`;
const APP = `acces-${suffix}`;
const OTHER_APP = `autre-${suffix}`;
const SIRET = freshSiret();
const OTHER_SIRET = freshSiret();
const admin = administratorApi();
type Caller = "anonymous" | "plain" | "raOtherCompany" | "raOtherApp" | "aaOtherApp" | "aa" | "administrator";
const CALLERS: Caller[] = ["anonymous", "plain", "raOtherCompany", "raOtherApp", "aaOtherApp", "aa", "administrator"];
const tokens = {} as Record<Caller, string | undefined>;
let ra: { id: string; email: string };

const access = (token: string | undefined): EfpApi => apiAs(token, "efp-access");
// Letters only: the directory matches whole words, and this run's words must be found alone.
const LETTERS = suffix.replace(/\d/g, (digit) => "BCDFGHJKLM"[Number(digit)]);

/** An establishment of the company directory that is not a company of the realm yet. */
async function directoryEstablishment(word: string, name = `${word} ${LETTERS}`): Promise<string> {
  const siret = freshSiret();
  await admin.request("POST", "directory/establishments", [{ siret, name, address: "3 RUE DU REPERTOIRE", postalCode: "75012", city: "PARIS", active: true }]);
  return siret;
}
const base = `applications/${APP}/companies/${SIRET}`;

async function pendingRequest(): Promise<string> {
  const requester = await createPerson("demande");
  const created = await access(await personToken(requester.email)).request<{ id: string }>("POST", "me/requests", {
    application: APP,
    siret: SIRET,
    description: "merci",
  });
  return created.id;
}

beforeAll(async () => {
  await createApplication(APP);
  await createApplication(OTHER_APP);
  await admin.request("POST", "companies", { siret: SIRET, name: `SOCIETE ${suffix}` });
  await admin.request("POST", "companies", { siret: OTHER_SIRET, name: `AUTRE ${suffix}` });
  ra = await createPerson("ra");
  const raOtherCompany = await createPerson("ra-autre-entreprise");
  const raOtherApp = await createPerson("ra-autre-app");
  await admin.request("POST", "habilitations", { user: ra.email, application: APP, company: SIRET, roles: ["lecteur"], accessManager: true });
  await admin.request("POST", "habilitations", { user: raOtherCompany.email, application: APP, company: OTHER_SIRET, roles: ["lecteur"], accessManager: true });
  await admin.request("POST", "habilitations", { user: raOtherApp.email, application: OTHER_APP, company: SIRET, roles: ["lecteur"], accessManager: true });
  const people = {
    plain: await createPerson("simple"),
    raOtherCompany,
    raOtherApp,
    aaOtherApp: await createPerson("aa-autre", [], { [OTHER_APP]: ["efp-application-admin"] }),
    aa: await createPerson("aa", [], { [APP]: ["efp-application-admin"] }),
    administrator: await createPerson("admin", ["efp-administrator"]),
  };
  for (const person of [ra, raOtherCompany, raOtherApp]) await acceptCharter(person.id);
  tokens.anonymous = undefined;
  for (const [caller, person] of Object.entries(people)) tokens[caller as Caller] = await personToken(person.email);
});

describe("authorization of the access management API", () => {
  const cases: { name: string; call: (api: EfpApi) => Promise<unknown>; expected: number[] }[] = [
    { name: "GET users", call: (a) => a.request("GET", `${base}/users`), expected: [401, 403, 403, 403, 403, 200, 200] },
    { name: "GET requests", call: (a) => a.request("GET", `${base}/requests`), expected: [401, 403, 403, 403, 403, 200, 200] },
    {
      name: "approve",
      call: async (a) => a.request("POST", `${base}/requests/${await pendingRequest()}/approve`, { roles: ["lecteur"] }),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "refuse",
      call: async (a) => a.request("POST", `${base}/requests/${await pendingRequest()}/refuse`, { reason: "inconnu" }),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "grant",
      call: async (a) => a.request("POST", `${base}/habilitations`, { user: (await createPerson("g")).email, roles: ["lecteur"] }),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "revoke",
      call: async (a) => {
        const person = await createPerson("r");
        const granted = await admin.request<{ id: string }>("POST", "habilitations", {
          user: person.email,
          application: APP,
          company: SIRET,
          roles: ["lecteur"],
        });
        return a.request("DELETE", `${base}/habilitations/${granted.id}`);
      },
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    { name: "me/applications", call: (a) => a.request("GET", "me/applications"), expected: [401, 200, 200, 200, 200, 200, 200] },
    { name: "me/administered", call: (a) => a.request("GET", "me/administered"), expected: [401, 200, 200, 200, 200, 200, 200] },
    // Every company of an application: its admins and the administrators, not an access manager of one company.
    { name: "GET application companies", call: (a) => a.request("GET", `applications/${APP}/companies`), expected: [401, 403, 403, 403, 403, 200, 200] },
    // The directory, for the same people: a company nobody has access to yet is found too.
    {
      name: "GET application directory",
      call: (a) => a.request("GET", `applications/${APP}/directory`, undefined, { search: LETTERS }),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    // Opening a company of the directory, to name its first access manager: who manages every company of the application.
    {
      name: "POST application companies (open)",
      call: async (a) => a.request("POST", `applications/${APP}/companies`, { siret: await directoryEstablishment("OUVERTE") }),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
  ];

  test.each(cases)("$name", async ({ call, expected }) => {
    const actual: number[] = [];
    for (const caller of CALLERS) actual.push(await statusOf(call(access(tokens[caller]))));
    expect(Object.fromEntries(CALLERS.map((caller, i) => [caller, actual[i]]))).toEqual(Object.fromEntries(CALLERS.map((caller, i) => [caller, expected[i]])));
  });

  test("the access manager of the company may do it too", async () => {
    const token = await personToken(ra.email);
    expect(await statusOf(access(token).request("GET", `${base}/users`))).toBe(200);
    expect(await statusOf(access(token).request("POST", `${base}/requests/${await pendingRequest()}/approve`, { roles: ["redacteur"] }))).toBe(200);
    expect(await statusOf(access(token).request("GET", `applications/${APP}/companies/${OTHER_SIRET}/users`))).toBe(403);
  });
});

test("an application admin finds every company of the application, with counts, by name or SIRET", async () => {
  type Companies = { total: number; items: { siret: string; name: string; habilitations: number; pendingRequests: number }[] };
  const all = await access(tokens.aa).request<Companies>("GET", `applications/${APP}/companies`, undefined, { max: 100 });
  expect(all.items.map((item) => item.siret).sort()).toEqual([SIRET, OTHER_SIRET].sort());
  expect(all.total).toBe(2);
  expect(all.items.find((item) => item.siret === OTHER_SIRET)).toMatchObject({ name: `AUTRE ${suffix}`, habilitations: 1 });
  // OTHER_APP's company list is not APP's: raOtherApp's habilitation is on OTHER_APP only.
  const other = await access(tokens.aaOtherApp).request<Companies>("GET", `applications/${OTHER_APP}/companies`);
  expect(other.items.map((item) => item.siret)).toEqual([SIRET]);
  const byName = await access(tokens.aa).request<Companies>("GET", `applications/${APP}/companies`, undefined, { search: `autre ${suffix}` });
  expect(byName.items.map((item) => item.siret)).toEqual([OTHER_SIRET]);
  const bySiret = await access(tokens.administrator).request<Companies>("GET", `applications/${APP}/companies`, undefined, { search: SIRET.slice(0, 9) });
  expect(bySiret.items.map((item) => item.siret)).toEqual([SIRET]);
  const paged = await access(tokens.aa).request<Companies>("GET", `applications/${APP}/companies`, undefined, { first: 1, max: 1 });
  expect(paged).toMatchObject({ total: 2 });
  expect(paged.items).toHaveLength(1);
  await expect(access(tokens.aa).request("GET", `applications/${APP}/companies`, undefined, { search: "x".repeat(201) })).rejects.toMatchObject({
    status: 400,
    code: "invalid_search",
  });
  await expect(access(tokens.aa).request("GET", "applications/inconnue/companies")).rejects.toMatchObject({ status: 404, code: "unknown_application" });

  type Administered = { items: { application: string; canManage: boolean }[] };
  expect((await access(tokens.aa).request<Administered>("GET", "me/administered")).items).toEqual([
    expect.objectContaining({ application: APP, canManage: true }),
  ]);
  expect((await access(tokens.plain).request<Administered>("GET", "me/administered")).items).toEqual([]);
  expect((await access(tokens.raOtherCompany).request<Administered>("GET", "me/administered")).items).toEqual([]);
  const everything = (await access(tokens.administrator).request<Administered>("GET", "me/administered")).items.map((item) => item.application);
  expect(everything).toEqual(expect.arrayContaining([APP, OTHER_APP, "soffi"]));
});

test("an application admin finds in the directory a company nobody has access to yet, opens it and names its first access manager; support reads only", async () => {
  type Directory = {
    application: string;
    total: number;
    totalCapped: boolean;
    items: { siret: string; name: string; address: string; known: boolean; habilitations: number; pendingRequests: number }[];
  };
  const fresh = await directoryEstablishment("NOUVELLE");
  // SIRET is a company with an access manager: in the directory too, it is found known, with its counts.
  await admin.request("POST", "directory/establishments", [{ siret: SIRET, name: `CONNUE ${LETTERS}`, active: true }]);
  const support = await personToken((await createPerson("assistance", [], { [APP]: ["efp-support"] })).email);

  const found = await access(tokens.aa).request<Directory>("GET", `applications/${APP}/directory`, undefined, { search: `nouvelle ${LETTERS}` });
  expect(found).toMatchObject({ application: APP, total: 1, totalCapped: false });
  expect(found.items).toEqual([
    { siret: fresh, name: `NOUVELLE ${LETTERS}`, address: "3 RUE DU REPERTOIRE 75012 PARIS", known: false, habilitations: 0, pendingRequests: 0 },
  ]);
  const known = await access(support).request<Directory>("GET", `applications/${APP}/directory`, undefined, { search: SIRET });
  expect(known.items).toEqual([expect.objectContaining({ siret: SIRET, known: true, habilitations: expect.any(Number) })]);
  expect(known.items[0].habilitations).toBeGreaterThanOrEqual(1);
  // Not yet a company of the application's list; the support agent may not open it.
  const listed = await access(tokens.aa).request<{ items: { siret: string }[] }>("GET", `applications/${APP}/companies`, undefined, { max: 100 });
  expect(listed.items.map((item) => item.siret)).not.toContain(fresh);
  await expect(access(support).request("POST", `applications/${APP}/companies`, { siret: fresh })).rejects.toMatchObject({ status: 403 });
  expect(await statusOf(access(support).request("GET", `applications/${APP}/companies/${fresh}/users`))).toBe(404);

  // Opened by the admin (twice: the second changes nothing), it has its screens, empty.
  const opened = await access(tokens.aa).request("POST", `applications/${APP}/companies`, { siret: fresh });
  expect(opened).toEqual({ siret: fresh, name: `NOUVELLE ${LETTERS}`, address: "3 RUE DU REPERTOIRE 75012 PARIS", habilitations: 0, pendingRequests: 0 });
  expect(await access(tokens.aa).request("POST", `applications/${APP}/companies`, { siret: ` ${fresh} ` })).toEqual(opened);
  const users = await access(tokens.aa).request<{ total: number; companyName: string }>("GET", `applications/${APP}/companies/${fresh}/users`);
  expect(users).toMatchObject({ total: 0, companyName: `NOUVELLE ${LETTERS}` });
  // Its first access manager, named by the admin, manages it once the charter is accepted.
  const first = await createPerson("premier-ra");
  await access(tokens.aa).request("POST", `applications/${APP}/companies/${fresh}/habilitations`, { user: first.email, roles: [], accessManager: true });
  await acceptCharter(first.id);
  const managed = await access(await personToken(first.email)).request<{ items: { application: string; siret: string }[] }>("GET", "me/managed");
  expect(managed.items).toContainEqual(expect.objectContaining({ application: APP, siret: fresh }));
  expect(await statusOf(access(support).request("GET", `applications/${APP}/companies/${fresh}/users`))).toBe(200);
  // The other application's admin sees nothing of it.
  expect(await statusOf(access(tokens.aaOtherApp).request("GET", `applications/${APP}/directory`, undefined, { search: fresh }))).toBe(403);

  // Bad input: a clear 400 with the directory's words, nothing created.
  for (const [query, code] of [
    [{ search: "a" }, "query_too_short"],
    [{}, "query_too_short"],
    [{ search: "x".repeat(101) }, "query_too_long"],
    [{ search: "123456789012345" }, "invalid_siret"],
    [{ search: LETTERS, max: 0 }, "invalid_max"],
    [{ search: LETTERS, max: 101 }, "invalid_max"],
  ] as const)
    await expect(access(tokens.aa).request("GET", `applications/${APP}/directory`, undefined, query)).rejects.toMatchObject({ status: 400, code });
  const absent = freshSiret();
  for (const [body, code] of [
    [{}, "missing_siret"],
    [{ siret: "123" }, "unknown_company"],
    [{ siret: absent }, "unknown_company"],
  ] as const)
    await expect(access(tokens.aa).request("POST", `applications/${APP}/companies`, body)).rejects.toMatchObject({ status: 400, code });
  expect(await statusOf(access(tokens.aa).request("GET", `applications/${APP}/companies/${absent}/users`))).toBe(404);
  await expect(access(tokens.aa).request("GET", "applications/inconnue/directory", undefined, { search: LETTERS })).rejects.toMatchObject({
    status: 404,
    code: "unknown_application",
  });
});

test("the directory and the opening refuse a token issued for another client (wrong audience), and open nothing", async () => {
  const aa = await createPerson("aa-audience", [], { [APP]: ["efp-application-admin"] });
  const account = await codeFlowToken({
    keycloakUrl: context.keycloakUrl,
    realm: context.realm,
    clientId: "account",
    redirectUri: `${context.keycloakUrl}/realms/${context.realm}/account/`,
    username: aa.email,
    password: PERSON_PASSWORD,
    captchaAnswer: FIXED_CAPTCHA_ANSWER,
  });
  const fresh = await directoryEstablishment("AUDIENCE");
  for (const call of [
    access(account.access_token).request("GET", `applications/${APP}/directory`, undefined, { search: fresh }),
    access(account.access_token).request("POST", `applications/${APP}/companies`, { siret: fresh }),
  ])
    await expect(call).rejects.toMatchObject({ status: 403, code: "wrong_audience" });
  const found = await access(tokens.aa).request<{ items: { known: boolean }[] }>("GET", `applications/${APP}/directory`, undefined, { search: fresh });
  expect(found.items).toEqual([expect.objectContaining({ known: false })]);
});

test("the users page counts per role and filters", async () => {
  const page = await access(tokens.aa).request<{ total: number; countsByRole: Record<string, number>; accessManagers: number; items: { email: string }[] }>(
    "GET",
    `${base}/users`,
    undefined,
    { role: "lecteur", max: 5 },
  );
  expect(page.countsByRole.lecteur).toBeGreaterThanOrEqual(1);
  expect(page.accessManagers).toBeGreaterThanOrEqual(1);
  expect(page.items.length).toBeLessThanOrEqual(5);
  const found = await access(tokens.aa).request<{ items: { email: string }[] }>("GET", `${base}/users`, undefined, { search: ra.email.slice(0, 12) });
  expect(found.items.map((item) => item.email)).toContain(ra.email);
  const none = await access(tokens.aa).request<{ total: number }>("GET", `${base}/users`, undefined, { search: "%_" });
  expect(none.total).toBe(0);
  // Paging without the counts: the same people and total, no counts.
  const withCounts = await access(tokens.aa).request<Record<string, unknown> & { total: number; items: { id: string }[] }>("GET", `${base}/users`, undefined, {
    max: 3,
  });
  const withoutCounts = await access(tokens.aa).request<Record<string, unknown> & { total: number; items: { id: string }[] }>(
    "GET",
    `${base}/users`,
    undefined,
    { max: 3, counts: "false" },
  );
  expect(withoutCounts.total).toBe(withCounts.total);
  expect(withoutCounts.items.map((item) => item.id)).toEqual(withCounts.items.map((item) => item.id));
  expect(withoutCounts).not.toHaveProperty("countsByRole");
  expect(withCounts).toHaveProperty("countsByRole");
});

test("bad input: clear 4xx, nothing stored", async () => {
  const requester = await createPerson("mauvais");
  const api = access(await personToken(requester.email));
  await expect(api.request("POST", "me/requests", { application: APP, siret: SIRET, description: "x".repeat(1001) })).rejects.toMatchObject({
    status: 400,
    code: "description_too_long",
  });
  await expect(api.request("POST", "me/requests", { application: APP, siret: "12345678901234" })).rejects.toMatchObject({
    status: 404,
    code: "unknown_company",
  });
  await expect(api.request("POST", "me/requests", { application: "inconnue", siret: SIRET })).rejects.toMatchObject({
    status: 404,
    code: "unknown_application",
  });
  expect((await api.request<{ items: unknown[] }>("GET", "me/requests")).items).toEqual([]);
  await expect(
    access(tokens.aa).request("POST", `${base}/requests/00000000-0000-0000-0000-000000000000/approve`, { roles: ["lecteur"] }),
  ).rejects.toMatchObject({ status: 404 });
  const id = await pendingRequest();
  await expect(access(tokens.aa).request("POST", `${base}/requests/${id}/refuse`, { reason: "  " })).rejects.toMatchObject({
    status: 400,
    code: "missing_reason",
  });
  await expect(access(tokens.aa).request("POST", `${base}/requests/${id}/approve`, { roles: ["pilote"] })).rejects.toMatchObject({
    status: 400,
    code: "unknown_role",
  });
  const pending = await access(tokens.aa).request<{ items: { id: string }[] }>("GET", `${base}/requests`);
  expect(pending.items.map((item) => item.id)).toContain(id);
});

test("submitting twice changes nothing; concurrent twins leave one pending request", async () => {
  const requester = await createPerson("double");
  const api = access(await personToken(requester.email));
  const results = await Promise.allSettled(
    Array.from({ length: 5 }, () => api.request<{ id: string }>("POST", "me/requests", { application: APP, siret: SIRET })),
  );
  const ids = new Set(results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<{ id: string }>).value.id));
  expect(ids.size).toBe(1);
  const mine = await api.request<{ items: { status: string }[] }>("GET", "me/requests");
  expect(mine.items.filter((item) => item.status === "PENDING")).toHaveLength(1);
});

test("SMTP down while requests are made: once it is back, every email arrives, once", async () => {
  const kc = await adminClient();
  const realm = await kc.realms.findOne({ realm: context.realm });
  const smtp = realm!.smtpServer!;
  // A port nothing listens on: Keycloak's SMTP connection is refused, as in an outage.
  await kc.realms.update({ realm: context.realm }, { smtpServer: { ...smtp, port: "9" } });
  const requesters = [];
  try {
    for (let i = 0; i < 3; i++) {
      const requester = await createPerson(`panne${i}`);
      requesters.push(requester);
      await access(await personToken(requester.email)).request("POST", "me/requests", { application: APP, siret: SIRET, description: `panne ${suffix} ${i}` });
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const during = await listEmails();
    expect(during.filter((email) => email.text?.includes(`panne ${suffix}`))).toEqual([]);
  } finally {
    await kc.realms.update({ realm: context.realm }, { smtpServer: smtp });
  }
  for (let i = 0; i < 3; i++) await waitForEmail(ra.email, (email) => email.text?.includes(`panne ${suffix} ${i}`) === true, 30_000);
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  const after = (await listEmails()).filter((email) => email.text?.includes(`panne ${suffix}`));
  expect(after.map((email) => email.text?.match(/panne \d+ (\d)/)?.[1]).sort()).toEqual(["0", "1", "2"]);
});

test("a recipient the SMTP server refuses for good is set aside after one try; one it defers is tried again", async () => {
  // A real SMTP server (smtp-server, the library MailDev is built on) that says 550 to "refuse…"
  // addresses, 452 (try later) to "differe…" ones and accepts the rest.
  const attempts = new Map<string, number>();
  const delivered: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const email = address.address.toLowerCase();
      attempts.set(email, (attempts.get(email) ?? 0) + 1);
      if (email.startsWith("refuse")) return callback(Object.assign(new Error("5.1.1 Mailbox unknown"), { responseCode: 550 }));
      if (email.startsWith("differe")) return callback(Object.assign(new Error("4.2.2 Mailbox full, try later"), { responseCode: 452 }));
      callback();
    },
    onData(stream, session, callback) {
      stream.resume();
      stream.on("end", () => {
        delivered.push(...session.envelope.rcptTo.map((to) => to.address.toLowerCase()));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  const company = freshSiret();
  await admin.request("POST", "companies", { siret: company, name: `REFUS SMTP ${suffix}` });
  const managers = { refused: await createPerson("refuse"), deferred: await createPerson("differe"), fine: await createPerson("recoit") };
  for (const manager of Object.values(managers)) {
    await admin.request("POST", "habilitations", { user: manager.email, application: APP, company, roles: ["lecteur"], accessManager: true });
  }
  // Each of them is told of their new access: those mails go to MailDev before the switch, so
  // that the server below sees the request's mail only.
  for (const manager of Object.values(managers)) await waitForEmail(manager.email, () => true, 30_000);
  const kc = await adminClient();
  const realm = await kc.realms.findOne({ realm: context.realm });
  const smtp = realm!.smtpServer!;
  await kc.realms.update(
    { realm: context.realm },
    { smtpServer: { ...smtp, host: "127.0.0.1", port: String(port), auth: "false", ssl: "false", starttls: "false" } },
  );
  try {
    const requester = await createPerson("demande-smtp");
    await access(await personToken(requester.email)).request("POST", "me/requests", { application: APP, siret: company, description: "refus SMTP" });
    const lower = (email: string) => email.toLowerCase();
    const deadline = Date.now() + 30_000;
    // The test stack retries after 1 s, doubling up to 3 s: give the deferred address a few tries.
    while (Date.now() < deadline && !(delivered.includes(lower(managers.fine.email)) && (attempts.get(lower(managers.deferred.email)) ?? 0) >= 3)) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(delivered.filter((email) => email === lower(managers.fine.email))).toHaveLength(1);
    expect(attempts.get(lower(managers.deferred.email))).toBeGreaterThanOrEqual(3);
    expect(attempts.get(lower(managers.refused.email))).toBe(1);
  } finally {
    await kc.realms.update({ realm: context.realm }, { smtpServer: smtp });
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

// Instant.parse takes years ±1,000,000,000, whose milliseconds overflow a
// long (it was a 500 with ArithmeticException). Every path that takes an end date says 400.
describe("end dates of habilitations", () => {
  const OUT_OF_RANGE = ["+1000000000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z"];
  const inYears = (years: number, days = 0) => {
    const date = new Date();
    date.setUTCFullYear(date.getUTCFullYear() + years);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString();
  };

  /** Every way to give a habilitation with `body`'s roles, kind and end date, through both APIs. */
  async function everyPath(body: { kind?: string; expiresAt?: string }) {
    const target = await createPerson("date-cible");
    const held = await createPerson("date-tenue");
    const granted = await admin.request<{ id: string }>("POST", "habilitations", { user: held.email, application: APP, company: SIRET, roles: ["lecteur"] });
    const requestId = await pendingRequest();
    const invitee = `date.${Date.now()}.${Math.floor(Math.random() * 1e6)}@exemple.fr`;
    const api = access(tokens.aa);
    const grant = { roles: ["lecteur"], ...body };
    return {
      target,
      held,
      requestId,
      invitee,
      calls: {
        "efp-access grant": () => api.request("POST", `${base}/habilitations`, { user: target.email, ...grant }),
        "efp-access update": () => api.request("PUT", `${base}/habilitations/${granted.id}`, grant),
        "efp-access approval": () => api.request("POST", `${base}/requests/${requestId}/approve`, grant),
        "efp-access invitation": () => api.request("POST", `${base}/invitations`, { email: invitee, ...grant }),
        "efp-admin grant": () => admin.request("POST", "habilitations", { user: target.email, application: APP, company: SIRET, ...grant }),
      } as Record<string, () => Promise<unknown>>,
    };
  }

  async function refusals(calls: Record<string, () => Promise<unknown>>) {
    const answers: Record<string, unknown> = {};
    for (const [name, call] of Object.entries(calls)) {
      answers[name] = await call().then(
        () => "accepté",
        (error: { status?: number; code?: string; message?: string }) => ({ status: error.status, code: error.code, message: error.message }),
      );
    }
    return answers;
  }

  async function nothingStored(paths: Awaited<ReturnType<typeof everyPath>>) {
    const of = async (email: string) =>
      (
        await admin.request<{ items: { roles: string[]; kind: string; expiresAt?: string | null }[] }>("GET", "habilitations", undefined, {
          application: APP,
          company: SIRET,
          user: email,
        })
      ).items.map(({ roles, kind, expiresAt }) => ({ roles, kind, expiresAt: expiresAt ?? null }));
    expect(await of(paths.target.email)).toEqual([]);
    expect(await of(paths.held.email)).toEqual([{ roles: ["lecteur"], kind: "member", expiresAt: null }]);
    const pending = await access(tokens.aa).request<{ items: { id: string }[] }>("GET", `${base}/requests`);
    expect(pending.items.map((item) => item.id)).toContain(paths.requestId);
    const invitations = await access(tokens.aa).request<{ items: { email: string }[] }>("GET", `${base}/invitations`);
    expect(invitations.items.map((item) => item.email)).not.toContain(paths.invitee);
  }

  test.each(OUT_OF_RANGE)("%s is a 400 with a French message on every path, nothing stored", async (expiresAt) => {
    const paths = await everyPath({ expiresAt });
    const answers = await refusals(paths.calls);
    for (const name of Object.keys(paths.calls)) {
      expect([name, answers[name]]).toEqual([name, { status: 400, code: "invalid_expiry", message: expect.stringContaining("Date de fin hors limites") }]);
    }
    await nothingStored(paths);
  });

  // realm.yaml's habilitations.thirdPartyMaxYears (3) as realm attribute.
  test("a third-party delegation needs an end date within the realm's maximum, said in the message, on every path", async () => {
    const realm = await (await adminClient()).realms.findOne({ realm: context.realm });
    expect(realm?.attributes?.["efp.habilitations.thirdPartyMaxYears"]).toBe("3");
    for (const [expiresAt, code] of [
      [undefined, "third_party_expiry_required"],
      ["9999-12-31T00:00:00Z", "third_party_expiry_too_far"],
      [inYears(3, 2), "third_party_expiry_too_far"],
    ] as const) {
      const paths = await everyPath({ kind: "third-party", expiresAt });
      const answers = await refusals(paths.calls);
      for (const name of Object.keys(paths.calls)) {
        expect([name, answers[name]]).toEqual([
          name,
          { status: 400, code, message: expect.stringContaining("Une délégation à un tiers a une date de fin, au plus 3 ans après aujourd'hui") },
        ]);
      }
      await nothingStored(paths);
    }
    // Within the maximum: accepted everywhere.
    const paths = await everyPath({ kind: "third-party", expiresAt: inYears(3, -2) });
    expect(Object.values(await refusals(paths.calls))).toEqual(Array(5).fill("accepté"));
  });
});

// Links in emails come from Keycloak's configured hostname (every stack sets
// one), never from the request's Host header.
test("a forged Host header does not change the link in the access manager's email", async () => {
  const requester = await createPerson("hote");
  const before = await seenMails();
  const answer = await postWithForgedHost(`${context.keycloakUrl}/realms/${context.realm}/efp-access/me/requests`, await personToken(requester.email), {
    application: APP,
    siret: SIRET,
  });
  expect(answer.status).toBe(201);
  const mail = await waitForEmail(ra.email, (candidate) => !before.has(candidate.id) && (candidate.text ?? "").includes(requester.email));
  const links = linksOf(mail);
  expect(links).toContain(`${context.keycloakUrl}/realms/${context.realm}/account/?application=${APP}&siret=${SIRET}#/acces/demandes`);
  expect(`${mail.text} ${mail.html}`).not.toContain(FORGED_HOST);
  for (const link of links.filter((candidate) => candidate.includes("/realms/"))) expect(link.startsWith(`${context.keycloakUrl}/`)).toBe(true);
});

// A token obtained before the nomination (or before a new charter version) is
// stopped by no required action; the API itself waits for the acceptance.
test("an access manager who has not accepted the current charter gets 403 charter_not_accepted until they accept it", async () => {
  const newcomer = await createPerson("nouveau-ra");
  const token = await personToken(newcomer.email);
  await admin.request("POST", "habilitations", { user: newcomer.email, application: APP, company: SIRET, roles: ["lecteur"], accessManager: true });
  const api = access(token);
  const invitee = `charte.${Date.now()}@exemple.fr`;
  const calls = {
    users: () => api.request("GET", `${base}/users`),
    requests: () => api.request("GET", `${base}/requests`),
    invitations: () => api.request("GET", `${base}/invitations`),
    invite: () => api.request("POST", `${base}/invitations`, { email: invitee, roles: ["lecteur"], accessManager: true }),
  };
  for (const [name, call] of Object.entries(calls)) {
    await expect(call().catch((error) => Promise.reject({ name, status: error.status, code: error.code, message: error.message }))).rejects.toEqual({
      name,
      status: 403,
      code: "charter_not_accepted",
      message: expect.stringContaining("acceptez la charte du responsable des accès"),
    });
  }
  // Nothing sent; Mon compte still learns which pairs they manage (to show the way to the charter).
  expect((await access(tokens.aa).request<{ items: { email: string }[] }>("GET", `${base}/invitations`)).items.map((item) => item.email)).not.toContain(
    invitee,
  );
  expect((await api.request<{ items: { application: string; siret: string }[] }>("GET", "me/managed")).items).toEqual([
    expect.objectContaining({ application: APP, siret: SIRET }),
  ]);

  // Accepted (the same token, refreshed or not): they manage.
  await acceptCharter(newcomer.id);
  expect(await statusOf(calls.users())).toBe(200);
  expect(await statusOf(calls.invite())).toBe(200);

  // A new version of the charter: asked again.
  const kc = await adminClient();
  const user = await kc.users.findOne({ realm: context.realm, id: newcomer.id });
  await kc.users.update(
    { realm: context.realm, id: newcomer.id },
    { ...user, attributes: { ...user!.attributes, "efp.charter.accepted-version": ["version-precedente"] } },
  );
  await expect(calls.users()).rejects.toMatchObject({ status: 403, code: "charter_not_accepted" });
});

test("the charter does not hold back rights given by a role: an application admin who is also an access manager", async () => {
  const both = await createPerson("aa-et-ra", [], { [APP]: ["efp-application-admin"] });
  const token = await personToken(both.email);
  await admin.request("POST", "habilitations", { user: both.email, application: APP, company: SIRET, roles: ["lecteur"], accessManager: true });
  expect(await statusOf(access(token).request("GET", `${base}/users`))).toBe(200);
});
