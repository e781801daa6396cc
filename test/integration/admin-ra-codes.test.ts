// EFP ADMIN's RA codes through efp-admin (GET/POST ra-codes, DELETE ra-codes/{id}): who may list,
// create and revoke, from the database (the eight callers of issue 15); the list's total, its
// status and company filters, its pages, and the people named on each code. The redemption by a
// professional (the gate, in a browser) is in test/e2e/admin-ra-codes.test.ts.
import { adminEndpoints, type CreatedRaCode, type RaCode, type RaCodesPage } from "@efp/contract";
import type { EfpApi } from "@efp/provisioning";
import { administratorApi, apiAs, createApplication, freshSiret, refusalOf, statusOf } from "../support/efp-admin.js";
import { staffCallers, type Caller, type Person, type Staff } from "../support/staff-callers.js";

const suffix = `${Date.now() % 1e8}`;
const APP = `codes-${suffix}`;
const OTHER_APP = `autres-${suffix}`;
const NO_CODES_APP = `sanscode-${suffix}`;
const SIRET = freshSiret();
const OTHER_SIRET = freshSiret();
const admin = administratorApi();

const tokens = {} as Record<Caller, string | undefined>;
const people = {} as Record<Staff, Person>;
const as = (caller: Caller): EfpApi => apiAs(tokens[caller]);
const list = (caller: Caller, query: Record<string, string | number> = {}) =>
  as(caller).request<RaCodesPage>("GET", "ra-codes", undefined, { application: APP, ...query });
const create = (caller: Caller, company = SIRET, application = APP) => as(caller).request<CreatedRaCode>("POST", "ra-codes", { application, company });
const revoke = (caller: Caller, id: string) => as(caller).request("DELETE", `ra-codes/${encodeURIComponent(id)}`);

beforeAll(async () => {
  await createApplication(APP, { "efp.ra-codes-enabled": "true" });
  await createApplication(OTHER_APP, { "efp.ra-codes-enabled": "true" });
  await createApplication(NO_CODES_APP);
  await admin.request("POST", "companies", { siret: SIRET, name: `CODES ${suffix}` });
  await admin.request("POST", "companies", { siret: OTHER_SIRET, name: `AUTRE ${suffix}` });
  const callers = await staffCallers(APP, OTHER_APP, SIRET);
  Object.assign(tokens, callers.tokens);
  Object.assign(people, callers.people);
}, 180_000);

test("authorization matrix: the application's staff lists, its admins and the administrators create and revoke", async () => {
  const callers = Object.keys(tokens) as Caller[];
  const listed = {} as Record<Caller, number>;
  const created = {} as Record<Caller, number>;
  const revoked = {} as Record<Caller, number>;
  for (const caller of callers) {
    listed[caller] = await statusOf(list(caller));
    created[caller] = await statusOf(create(caller));
    // Each caller revokes a code of its own, still active.
    const target = await admin.request<CreatedRaCode>("POST", "ra-codes", { application: APP, company: SIRET });
    revoked[caller] = await statusOf(revoke(caller, target.id));
    const after = (await admin.request<RaCodesPage>("GET", "ra-codes", undefined, { application: APP, max: 1000 })).items.find((code) => code.id === target.id);
    expect([caller, after?.status]).toEqual([caller, revoked[caller] === 200 ? "revoked" : "active"]);
  }
  expect(listed).toEqual({ anonymous: 401, plain: 403, accessManager: 403, supportOtherApp: 403, support: 200, aaOtherApp: 403, aa: 200, administrator: 200 });
  expect(created).toEqual({ anonymous: 401, plain: 403, accessManager: 403, supportOtherApp: 403, support: 403, aaOtherApp: 403, aa: 200, administrator: 200 });
  expect(revoked).toEqual({ anonymous: 401, plain: 403, accessManager: 403, supportOtherApp: 403, support: 403, aaOtherApp: 403, aa: 200, administrator: 200 });
  // The other application's staff on their own application: the same rights there.
  expect(await statusOf(as("aaOtherApp").request("GET", "ra-codes", undefined, { application: OTHER_APP }))).toBe(200);
  expect(await statusOf(create("aaOtherApp", SIRET, OTHER_APP))).toBe(200);
  expect(await statusOf(create("supportOtherApp", SIRET, OTHER_APP))).toBe(403);
});

test("the list: total, newest first, filtered by status and company, paged, the people named", async () => {
  // A fresh application's worth of codes: 3 active for SIRET, 1 for OTHER_SIRET, 1 revoked.
  const app = `liste-${suffix}`;
  await createApplication(app, { "efp.ra-codes-enabled": "true" });
  const mine = (await staffCallers(app, OTHER_APP, SIRET)).tokens;
  const aa = apiAs(mine.aa);
  const made: CreatedRaCode[] = [];
  for (const company of [SIRET, SIRET, OTHER_SIRET, SIRET, SIRET])
    made.push(await aa.request<CreatedRaCode>("POST", "ra-codes", { application: app, company }));
  await aa.request("DELETE", `ra-codes/${made[4].id}`);
  const page = (query: Record<string, string | number>) => aa.request<RaCodesPage>("GET", "ra-codes", undefined, { application: app, ...query });

  const all = await page({});
  expect(all.total).toBe(5);
  expect(all.items.map((code) => code.id)).toEqual(made.map((code) => code.id).reverse());
  // Never the code's value once created.
  for (const code of all.items) expect((code as RaCode & { code?: string }).code).toBeUndefined();

  const active = await page({ status: "active" });
  expect([active.total, active.items.map((code) => code.id)]).toEqual([4, [made[3].id, made[2].id, made[1].id, made[0].id]]);
  const revokedOnly = await page({ status: "revoked" });
  expect(revokedOnly.total).toBe(1);
  const [gone] = revokedOnly.items;
  expect(gone).toMatchObject({ id: made[4].id, status: "revoked", revokedBy: made[4].createdBy, revokedByUser: { id: made[4].createdBy } });
  expect(gone.revokedByUser?.email).toMatch(/^aa\./);
  expect(gone.createdByUser).toEqual(gone.revokedByUser);
  expect(Date.parse(gone.revokedAt!)).toBeGreaterThanOrEqual(Date.parse(gone.createdAt));
  expect((await page({ status: "used" })).total).toBe(0);
  expect((await page({ status: "expired" })).total).toBe(0);

  const other = await page({ company: OTHER_SIRET });
  expect([other.total, other.items.map((code) => code.id)]).toEqual([1, [made[2].id]]);
  expect((await page({ company: SIRET, status: "active" })).total).toBe(3);

  // Pages: the total stays, the items move on.
  const first = await page({ first: 0, max: 2 });
  const second = await page({ first: 2, max: 2 });
  const third = await page({ first: 4, max: 2 });
  expect([first.total, second.total, third.total]).toEqual([5, 5, 5]);
  expect([...first.items, ...second.items, ...third.items].map((code) => code.id)).toEqual(all.items.map((code) => code.id));

  // The CLI's list (items only) still reads the same answer.
  expect((await adminEndpoints(admin.request).raCodes({ application: app, status: "active" })).map((code) => code.id)).toEqual(
    active.items.map((code) => code.id),
  );
});

test("bad input: a clear 4xx, nothing stored", async () => {
  const before = (await list("administrator", { max: 1 })).total;
  expect(await refusalOf(list("aa", { status: "valide" }))).toEqual([400, "invalid_status"]);
  expect(await refusalOf(list("aa", { first: -1 }))).toEqual([400, "invalid_paging"]);
  expect(await refusalOf(create("aa", "12345678901234"))).toEqual([404, "unknown_company"]);
  expect(await refusalOf(create("administrator", SIRET, NO_CODES_APP))).toEqual([409, "ra_codes_disabled"]);
  expect(await refusalOf(revoke("aa", "inconnu"))).toEqual([404, "unknown_ra_code"]);
  // A closed code cannot be revoked again.
  const code = await create("aa");
  await revoke("aa", code.id);
  expect(await refusalOf(revoke("aa", code.id))).toEqual([409, "ra_code_closed"]);
  expect((await list("administrator", { max: 1 })).total).toBe(before + 1);
});
