// Against a real Keycloak: companies, habilitations in tokens (only the requesting
// application's), third parties, expiry, RA codes, the audit log, and who may call what.
import { randomUUID } from "node:crypto";
import { EfpApi, HABILITATIONS_MAPPER, RESERVED_ROLES } from "@efp/provisioning";
import { adminClient } from "../support/admin.js";
import { onPostgres, sql } from "../support/database.js";
import { testContext } from "../support/context.js";
import { acceptCharter, administratorApi, apiAs, claims, createPerson, freshSiret, personToken, applicationToken, statusOf } from "../support/efp-admin.js";

// A third party's delegation ends within the realm's maximum (3 years): a date two years ahead.
const THIRD_PARTY_YEAR = new Date().getUTCFullYear() + 2;
const context = testContext();
const suffix = `${Date.now() % 1e8}`;
// Two EFP applications made for this suite, allowing the password grant so tokens come
// without a browser; everything else (attributes, roles, mapper) is what `efp apply` sets.
const APP_A = { clientId: `app-a-${suffix}`, secret: "app-a-secret", raCodes: true };
const APP_B = { clientId: `app-b-${suffix}`, secret: "app-b-secret", raCodes: false };
const SIRET_1 = freshSiret();
const SIRET_2 = freshSiret();

let admin: EfpApi;
let holder: { id: string; email: string };
let people: Record<"plain" | "adminA" | "adminB" | "administrator", { id: string; email: string; token: string }>;

async function createApplication(app: typeof APP_A) {
  const kc = await adminClient();
  await kc.clients.create({
    realm: context.realm,
    clientId: app.clientId,
    name: app.clientId.toUpperCase(),
    publicClient: false,
    secret: app.secret,
    standardFlowEnabled: true,
    directAccessGrantsEnabled: false,
    fullScopeAllowed: false,
    redirectUris: [`http://127.0.0.1:9/${app.clientId}/callback`],
    attributes: { "efp.application": "true", "efp.display-name": app.clientId.toUpperCase(), "efp.ra-codes-enabled": String(app.raCodes) },
  });
  const [client] = await kc.clients.find({ realm: context.realm, clientId: app.clientId });
  for (const name of ["lecteur", "redacteur", ...RESERVED_ROLES.map((role) => role.name)])
    await kc.clients.createRole({ realm: context.realm, id: client.id!, name });
  await kc.clients.addProtocolMapper({ realm: context.realm, id: client.id! }, HABILITATIONS_MAPPER);
}

beforeAll(async () => {
  await createApplication(APP_A);
  await createApplication(APP_B);
  admin = administratorApi();
  await admin.request("POST", "companies", { siret: SIRET_1, name: "ATELIER UN", address: "1 RUE DU TEST 75001 PARIS" });
  await admin.request("POST", "companies", { siret: SIRET_2, name: "ATELIER DEUX" });
  holder = await createPerson("titulaire");
  const made = {
    plain: await createPerson("simple"),
    adminA: await createPerson("aa-a", [], { [APP_A.clientId]: ["efp-application-admin"] }),
    adminB: await createPerson("aa-b", [], { [APP_B.clientId]: ["efp-application-admin"] }),
    administrator: await createPerson("administrateur", ["efp-administrator"]),
  };
  people = Object.fromEntries(
    await Promise.all(Object.entries(made).map(async ([key, person]) => [key, { ...person, token: await personToken(person.email) }])),
  ) as typeof people;
});

test("a company is declared once with a checked SIRET; a bad SIRET is refused and nothing is stored", async () => {
  const company = await admin.request<{ siret: string; siren: string; name: string; kind: string }>("GET", `companies/${SIRET_1}`);
  expect(company).toMatchObject({ siret: SIRET_1, siren: SIRET_1.slice(0, 9), name: "ATELIER UN", kind: "company" });
  const badKey = `${SIRET_1.slice(0, 13)}${(Number(SIRET_1[13]) + 1) % 10}`;
  await expect(admin.request("POST", "companies", { siret: badKey, name: "FAUTE DE FRAPPE" })).rejects.toMatchObject({ status: 400, code: "invalid_siret" });
  await expect(admin.request("GET", `companies/${badKey}`)).rejects.toMatchObject({ status: 404 });
  await expect(admin.request("POST", "companies", { siret: "1234", name: "COURT" })).rejects.toMatchObject({ status: 400, code: "invalid_siret" });
  await expect(admin.request("POST", "companies", { siret: SIRET_1, name: "DOUBLON" })).rejects.toMatchObject({ status: 409, code: "company_exists" });
});

test("each application's token carries only its own habilitations, and the union of their roles", async () => {
  await admin.request("POST", "habilitations", { user: holder.email, application: APP_A.clientId, company: SIRET_1, roles: ["lecteur"] });
  await admin.request("POST", "habilitations", {
    user: holder.email,
    application: APP_A.clientId,
    company: SIRET_2,
    roles: ["redacteur"],
    accessManager: true,
  });
  await admin.request("POST", "habilitations", {
    user: holder.email,
    application: APP_B.clientId,
    company: SIRET_1,
    roles: ["redacteur"],
    kind: "third-party",
    expiresAt: `${THIRD_PARTY_YEAR}-06-30T00:00:00Z`,
  });
  // Now an access manager: the charter comes before any token.
  await acceptCharter(holder.id);

  const tokenA = claims(await applicationToken(holder.email, APP_A.clientId, APP_A.secret));
  expect(tokenA.efp_habilitations).toEqual(
    [
      { siret: SIRET_1, company: "ATELIER UN", roles: ["lecteur"], access_manager: false, third_party: false },
      { siret: SIRET_2, company: "ATELIER DEUX", roles: ["redacteur"], access_manager: true, third_party: false },
    ].sort((a, b) => a.siret.localeCompare(b.siret)),
  );
  expect((tokenA.resource_access as Record<string, { roles: string[] }>)[APP_A.clientId].roles.sort()).toEqual(["lecteur", "redacteur"]);
  expect(Object.keys((tokenA.resource_access ?? {}) as object)).not.toContain(APP_B.clientId);

  const tokenB = claims(await applicationToken(holder.email, APP_B.clientId, APP_B.secret));
  expect(tokenB.efp_habilitations).toEqual([
    {
      siret: SIRET_1,
      company: "ATELIER UN",
      roles: ["redacteur"],
      access_manager: false,
      third_party: true,
      expires_at: Date.parse(`${THIRD_PARTY_YEAR}-06-30T00:00:00Z`) / 1000,
    },
  ]);
  expect((tokenB.resource_access as Record<string, { roles: string[] }>)[APP_B.clientId].roles).toEqual(["redacteur"]);
});

test("a reserved admin role on the application never reaches its tokens as a business role", async () => {
  await admin.request("POST", "habilitations", { user: people.adminA.email, application: APP_A.clientId, company: SIRET_1, roles: ["lecteur"] });
  const token = claims(await applicationToken(people.adminA.email, APP_A.clientId, APP_A.secret));
  expect((token.resource_access as Record<string, { roles: string[] }>)[APP_A.clientId].roles).toEqual(["lecteur"]);
  expect(JSON.stringify(token)).not.toContain("efp-application-admin");
});

test("an expired habilitation gives nothing: no token at all for the application", async () => {
  const person = await createPerson("expire");
  // Long enough for a sign-in on a loaded machine to end before it (a login took over 2 s once).
  const expiresAt = new Date(Date.now() + 8_000).toISOString();
  await admin.request("POST", "habilitations", { user: person.email, application: APP_A.clientId, company: SIRET_1, roles: ["lecteur"], expiresAt });
  const before = claims(await applicationToken(person.email, APP_A.clientId, APP_A.secret));
  expect((before.efp_habilitations as unknown[]).length).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, Date.parse(expiresAt) - Date.now() + 500));
  // The access gate (a required action) refuses a token to whoever has no habilitation in force.
  await expect(applicationToken(person.email, APP_A.clientId, APP_A.secret)).rejects.toThrow(/efp-access-gate\.ftl/);
  // With another habilitation in force, the expired one is still left out of the token.
  await admin.request("POST", "habilitations", { user: person.email, application: APP_A.clientId, company: SIRET_2, roles: ["redacteur"] });
  const after = claims(await applicationToken(person.email, APP_A.clientId, APP_A.secret));
  expect(after.efp_habilitations).toEqual([{ siret: SIRET_2, company: "ATELIER DEUX", roles: ["redacteur"], access_manager: false, third_party: false }]);
  expect((after.resource_access as Record<string, { roles: string[] }>)[APP_A.clientId].roles).toEqual(["redacteur"]);
  await expect(
    admin.request("POST", "habilitations", {
      user: person.email,
      application: APP_A.clientId,
      company: SIRET_1,
      roles: ["lecteur"],
      expiresAt: "2020-01-01T00:00:00Z",
    }),
  ).rejects.toMatchObject({ status: 400, code: "invalid_expiry" });
});

test("bad grants are refused with a clear error and store nothing", async () => {
  const person = await createPerson("refus");
  const grant = { user: person.email, application: APP_A.clientId, company: SIRET_1, roles: ["lecteur"] };
  await expect(admin.request("POST", "habilitations", { ...grant, roles: ["pilote"] })).rejects.toMatchObject({
    status: 400,
    code: "unknown_role",
    message: expect.stringContaining("pilote"),
  });
  await expect(admin.request("POST", "habilitations", { ...grant, roles: ["efp-application-admin"] })).rejects.toMatchObject({
    status: 400,
    code: "unknown_role",
  });
  // A role made by hand in the console with a bar in its name is not grantable (habilitations keep their roles between bars).
  const kc = await adminClient();
  const [client] = await kc.clients.find({ realm: context.realm, clientId: APP_A.clientId });
  await kc.clients.createRole({ realm: context.realm, id: client.id!, name: "lecteur|redacteur" });
  try {
    await expect(admin.request("POST", "habilitations", { ...grant, roles: ["lecteur|redacteur"] })).rejects.toMatchObject({
      status: 400,
      code: "unknown_role",
    });
  } finally {
    await kc.clients.delRole({ realm: context.realm, id: client.id!, roleName: "lecteur|redacteur" });
  }
  await expect(admin.request("POST", "habilitations", { ...grant, application: "inconnue" })).rejects.toMatchObject({
    status: 404,
    code: "unknown_application",
  });
  await expect(admin.request("POST", "habilitations", { ...grant, company: freshSiret() })).rejects.toMatchObject({ status: 404, code: "unknown_company" });
  await expect(admin.request("POST", "habilitations", { ...grant, user: "personne@exemple.fr" })).rejects.toMatchObject({ status: 404, code: "unknown_user" });
  await expect(admin.request("POST", "habilitations", { ...grant, kind: "cousin" })).rejects.toMatchObject({ status: 400, code: "invalid_kind" });
  const page = await admin.request<{ total: number }>("GET", "habilitations", undefined, { user: person.email });
  expect(page.total).toBe(0);
  const audit = await admin.request<{ items: unknown[] }>("GET", "audit", undefined, { user: person.email });
  expect(audit.items).toEqual([]);
});

test("an RA code is shown once, never listed with its value, and refused for an application without codes", async () => {
  const created = await admin.request<{ id: string; code: string; status: string }>("POST", "ra-codes", { application: APP_A.clientId, company: SIRET_1 });
  expect(created.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
  expect(created.status).toBe("active");
  const { items } = await admin.request<{ items: Record<string, unknown>[] }>("GET", "ra-codes", undefined, { application: APP_A.clientId });
  const listed = items.find((item) => item.id === created.id)!;
  expect(listed).toMatchObject({ status: "active", company: { siret: SIRET_1 } });
  expect(JSON.stringify(items)).not.toContain(created.code);
  expect(JSON.stringify(items)).not.toContain(created.code.replaceAll("-", ""));
  await expect(admin.request("POST", "ra-codes", { application: APP_B.clientId, company: SIRET_1 })).rejects.toMatchObject({
    status: 409,
    code: "ra_codes_disabled",
  });
  await admin.request("DELETE", `ra-codes/${created.id}`);
  await expect(admin.request("DELETE", `ra-codes/${created.id}`)).rejects.toMatchObject({ status: 409 });
  const after = await admin.request<{ items: { id: string; status: string }[] }>("GET", "ra-codes", undefined, { application: APP_A.clientId });
  expect(after.items.find((item) => item.id === created.id)?.status).toBe("revoked");
});

test("every change writes an audit entry with who, what and from where", async () => {
  const person = await createPerson("audit");
  const granted = await admin.request<{ id: string }>("POST", "habilitations", {
    user: person.email,
    application: APP_A.clientId,
    company: SIRET_2,
    roles: ["lecteur"],
  });
  await admin.request("POST", "habilitations", { user: person.email, application: APP_A.clientId, company: SIRET_2, roles: ["lecteur", "redacteur"] });
  await admin.request("DELETE", `habilitations/${granted.id}`);
  const { items } = await admin.request<{ items: { action: string; actor: string; ipAddress: string; application: string; company: string }[] }>(
    "GET",
    "audit",
    undefined,
    { user: person.email },
  );
  expect(items.map((entry) => entry.action)).toEqual(["HABILITATION_REVOKED", "HABILITATION_UPDATED", "HABILITATION_GRANTED"]);
  for (const entry of items)
    expect(entry).toMatchObject({
      actor: "service-account:service-account-efp-cli",
      application: APP_A.clientId,
      company: SIRET_2,
      ipAddress: expect.stringMatching(/\d/),
    });
});

(onPostgres() ? test : test.skip)("in the database: the RA code's SHA-256 only, habilitations with their roles, the audit trail", async () => {
  const created = await admin.request<{ id: string; code: string }>("POST", "ra-codes", { application: APP_A.clientId, company: SIRET_2 });
  const [[hash]] = await sql(`select code_hash from efp_ra_code where id = '${created.id}'`);
  const { createHash } = await import("node:crypto");
  expect(hash).toBe(createHash("sha256").update(created.code.replaceAll("-", "")).digest("hex"));
  const everything = (await sql("select * from efp_ra_code")).flat().join(" ");
  expect(everything).not.toContain(created.code.replaceAll("-", ""));
  expect(everything).not.toContain(created.code);
  const roles = await sql(
    `select r.role_name from efp_habilitation h join efp_habilitation_role r on r.habilitation_id = h.id where h.user_id = '${holder.id}' order by 1`,
  );
  expect(roles.flat()).toEqual(["lecteur", "redacteur", "redacteur"]);
  const tables = await sql("select table_name from information_schema.tables where table_name like 'efp\\_%' order by 1");
  expect(tables.flat()).toEqual(
    expect.arrayContaining(["efp_access_request", "efp_audit_entry", "efp_habilitation", "efp_habilitation_role", "efp_outbox", "efp_ra_code"]),
  );
});

describe("authorization: allowed exactly where designed", () => {
  type Caller = "anonymous" | "plain" | "adminOfB" | "adminOfA" | "administrator";
  const callers: Caller[] = ["anonymous", "plain", "adminOfB", "adminOfA", "administrator"];
  const api = (caller: Caller) =>
    caller === "anonymous"
      ? apiAs(undefined)
      : apiAs({ plain: people.plain, adminOfB: people.adminB, adminOfA: people.adminA, administrator: people.administrator }[caller].token);

  // Expected status per caller, in the order of `callers`.
  const cases: { name: string; call: (api: EfpApi) => Promise<unknown>; expected: number[] }[] = [
    { name: "GET applications", call: (a) => a.request("GET", "applications"), expected: [401, 403, 200, 200, 200] },
    { name: "GET companies", call: (a) => a.request("GET", "companies"), expected: [401, 403, 200, 200, 200] },
    { name: "POST companies", call: (a) => a.request("POST", "companies", { siret: freshSiret(), name: "NOUVELLE" }), expected: [401, 403, 403, 403, 200] },
    {
      name: "GET habilitations of A",
      call: (a) => a.request("GET", "habilitations", undefined, { application: APP_A.clientId }),
      expected: [401, 403, 403, 200, 200],
    },
    {
      name: "POST habilitation on A",
      call: async (a) =>
        a.request("POST", "habilitations", { user: (await createPerson("matrice")).email, application: APP_A.clientId, company: SIRET_1, roles: ["lecteur"] }),
      expected: [401, 403, 403, 200, 200],
    },
    {
      name: "DELETE habilitation on A",
      call: async (a) =>
        a.request(
          "DELETE",
          `habilitations/${(await administratorApi().request<{ id: string }>("POST", "habilitations", { user: (await createPerson("retrait")).email, application: APP_A.clientId, company: SIRET_1, roles: ["lecteur"] })).id}`,
        ),
      expected: [401, 403, 403, 200, 200],
    },
    {
      name: "POST RA code on A",
      call: (a) => a.request("POST", "ra-codes", { application: APP_A.clientId, company: SIRET_2 }),
      expected: [401, 403, 403, 200, 200],
    },
    { name: "GET RA codes of A", call: (a) => a.request("GET", "ra-codes", undefined, { application: APP_A.clientId }), expected: [401, 403, 403, 200, 200] },
    { name: "GET audit of A", call: (a) => a.request("GET", "audit", undefined, { application: APP_A.clientId }), expected: [401, 403, 403, 200, 200] },
    // Without an application, each reads what they may: the administrators everything, an application's admins its entries (admin-exports.test.ts).
    { name: "GET audit of everything", call: (a) => a.request("GET", "audit"), expected: [401, 403, 200, 200, 200] },
  ];

  test.each(cases)("$name", async ({ call, expected }) => {
    const actual: number[] = [];
    for (const caller of callers) actual.push(await statusOf(call(api(caller))));
    expect(Object.fromEntries(callers.map((caller, index) => [caller, actual[index]]))).toEqual(
      Object.fromEntries(callers.map((caller, index) => [caller, expected[index]])),
    );
  });

  test("an application admin of A cannot revoke a habilitation of B", async () => {
    const granted = await admin.request<{ id: string }>("POST", "habilitations", {
      user: (await createPerson("b")).email,
      application: APP_B.clientId,
      company: SIRET_1,
      roles: ["lecteur"],
    });
    expect(await statusOf(api("adminOfA").request("DELETE", `habilitations/${granted.id}`))).toBe(403);
    expect((await admin.request<{ id: string }>("GET", `habilitations/${granted.id}`)).id).toBe(granted.id);
  });
});

/** The test jar's hook: HolderNames.backfill on demand (it runs at every start otherwise). */
async function backfill(token: string) {
  const response = await fetch(`${context.keycloakUrl}/realms/${context.realm}/efp-testing/listing-keys/backfill`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: await response.json() };
}

test("the access managers' user list is in name order, searched without accents or case, and follows renames made in Keycloak", async () => {
  type Users = { total: number; items: { id: string; userId: string; email: string; firstName: string; lastName: string; roles: string[] }[] };
  const kc = await adminClient();
  const tag = `tri${suffix}`;
  const named = async (label: string, firstName: string, lastName: string) => {
    const person = await createPerson(label);
    await kc.users.update({ realm: context.realm, id: person.id }, { firstName, lastName, email: person.email });
    await admin.request("POST", "habilitations", { user: person.email, application: APP_A.clientId, company: SIRET_1, roles: ["redacteur"] });
    return person;
  };
  const jean = await named("jean", "jean", `dupont ${tag}`);
  const lea = await named("lea", "Léa", `Élise-${tag}`);
  const zoe = await named("zoe", "Zoé", tag);
  const anne = await named("anne", "Anne", `${tag} Ba`);
  const list = (params: Record<string, string | number>) =>
    apiAs(people.administrator.token, "efp-access").request<Users>("GET", `applications/${APP_A.clientId}/companies/${SIRET_1}/users`, undefined, {
      max: 50,
      counts: "false",
      ...params,
    });
  const ids = async (params: Record<string, string | number>) => (await list(params)).items.map((item) => item.userId);
  // Last name, then first name: case and accents do not count ("dupont" before "Élise"), and a
  // last name comes before a longer one it begins ("X, Zoé" before "X Ba, Anne").
  expect(await ids({ search: tag })).toEqual([jean.id, lea.id, zoe.id, anne.id]);
  expect(await ids({ search: tag.toUpperCase(), first: 1, max: 2 })).toEqual([lea.id, zoe.id]);
  expect(await ids({ search: `LEA` })).toContain(lea.id);
  expect(await ids({ search: `elise ${tag}` })).toEqual([lea.id]);
  expect(await ids({ search: lea.email.toUpperCase() })).toEqual([lea.id]);
  // A search never runs from the last name into the first name.
  expect((await list({ search: `${tag} zoe` })).total).toBe(0);
  expect((await list({ search: tag, role: "redacteur" })).total).toBe(4);
  expect((await list({ search: tag, role: "redac" })).total).toBe(0);
  expect((await list({ search: tag, role: "lecteur" })).total).toBe(0);
  expect((await list({ search: `elise ${tag}` })).items[0]).toMatchObject({
    firstName: "Léa",
    lastName: `Élise-${tag}`,
    email: lea.email,
    roles: ["redacteur"],
  });

  // Renamed by an administrator (admin API): found by the new name and address only, in its new place.
  const newEmail = `zoe.${suffix}@renomme.fr`;
  await kc.users.update({ realm: context.realm, id: zoe.id }, { firstName: "Zoé", lastName: `Aaron ${tag}`, email: newEmail });
  expect(await ids({ search: tag })).toEqual([zoe.id, jean.id, lea.id, anne.id]);
  expect(await ids({ search: zoe.email })).toEqual([]);
  expect(await ids({ search: newEmail })).toEqual([zoe.id]);
  expect((await list({ search: `aaron ${tag}` })).items).toEqual([expect.objectContaining({ userId: zoe.id, lastName: `Aaron ${tag}`, email: newEmail })]);
  await kc.users.update({ realm: context.realm, id: anne.id }, { firstName: "Anne", lastName: `Ab ${tag}`, email: anne.email });
  expect(await ids({ search: tag })).toEqual([zoe.id, anne.id, jean.id, lea.id]);
  // New roles: the role filter follows at once.
  await admin.request("POST", "habilitations", { user: lea.email, application: APP_A.clientId, company: SIRET_1, roles: ["lecteur", "redacteur"] });
  await admin.request("POST", "habilitations", { user: jean.email, application: APP_A.clientId, company: SIRET_1, roles: ["lecteur"] });
  expect(await ids({ search: tag, role: "lecteur" })).toEqual([jean.id, lea.id]);
  expect(await ids({ search: tag, role: "redacteur" })).toEqual([zoe.id, anne.id, lea.id]);
  expect((await list({ search: `elise ${tag}` })).items[0].roles).toEqual(["lecteur", "redacteur"]);
  // The counts of the first load agree with the role filter and the list, on either database.
  type Counted = Users & { countsByRole: Record<string, number>; accessManagers: number; thirdParties: number; habilitated: number };
  const counted = await apiAs(people.administrator.token, "efp-access").request<Counted>(
    "GET",
    `applications/${APP_A.clientId}/companies/${SIRET_1}/users`,
    undefined,
    { max: 500 },
  );
  expect(Object.keys(counted.countsByRole).sort()).toEqual(["lecteur", "redacteur"]);
  for (const [role, number] of Object.entries(counted.countsByRole)) expect((await list({ role })).total).toBe(number);
  expect(counted.countsByRole.lecteur).toBeGreaterThanOrEqual(2);
  expect(counted.habilitated).toBe(counted.items.length);
  expect(counted.accessManagers).toBe(counted.items.filter((entry) => (entry as { accessManager?: boolean }).accessManager).length);
  expect(counted.thirdParties).toBe(counted.items.filter((entry) => (entry as { kind?: string }).kind === "third-party").length);
  // The role filter is a whole role name: LIKE's wildcards and the bar are plain characters.
  for (const role of ["lect_ur", "%", "lecteur|redacteur", "|"]) expect((await list({ search: tag, role })).total).toBe(0);
  // The backfill hook of the test jar: administrators only.
  expect(await backfill(people.plain.token)).toMatchObject({ status: 403 });
  if (onPostgres()) {
    const keyOf = async (userId: string) => (await sql(`select name_key, role_key from efp_habilitation where user_id = '${userId}'`))[0];
    // A key that lags behind its holder's names (a grant that raced a rename) is mended by the page that shows it.
    const [leaKey] = await keyOf(lea.id);
    await sql(`update efp_habilitation set name_key = 'zzz' where user_id = '${lea.id}'`);
    expect(await ids({ search: `elise ${tag}` })).toEqual([]);
    expect((await list({ max: 500 })).items.map((item) => item.userId)).toContain(lea.id);
    expect((await keyOf(lea.id))[0]).toBe(leaKey);
    expect(await ids({ search: `elise ${tag}` })).toEqual([lea.id]);
    // Rows written before the keys existed get them from the backfill; a row whose user is gone gets an empty name.
    const [zoeKeys, anneKeys] = [await keyOf(zoe.id), await keyOf(anne.id)];
    await sql(`update efp_habilitation set name_key = null, role_key = null where user_id in ('${zoe.id}', '${anne.id}')`);
    const [[realmId, clientId, organizationId]] = await sql(`select realm_id, client_id, organization_id from efp_habilitation where user_id = '${zoe.id}'`);
    const orphan = randomUUID();
    await sql(
      `insert into efp_habilitation (id, realm_id, user_id, client_id, organization_id, access_manager, kind, granted_at) values ('${orphan}', '${realmId}', '${randomUUID()}', '${clientId}', '${organizationId}', false, 'member', 0)`,
    );
    await sql(`insert into efp_habilitation_role (habilitation_id, role_name) values ('${orphan}', 'lecteur')`);
    try {
      expect(await backfill(people.administrator.token)).toEqual({ status: 200, body: { filled: 3 } });
      expect(await keyOf(zoe.id)).toEqual(zoeKeys);
      expect(await keyOf(anne.id)).toEqual(anneKeys);
      expect(await sql(`select name_key = chr(1) || chr(1), role_key from efp_habilitation where id = '${orphan}'`)).toEqual([["t", "|lecteur|"]]);
      expect(await ids({ search: tag })).toEqual([zoe.id, anne.id, jean.id, lea.id]);
    } finally {
      await sql(`delete from efp_habilitation where id = '${orphan}'`);
    }
    // Byte order on PostgreSQL whatever the database's collation: a linguistic one would skip the separator.
    expect(await sql("select collation_name from information_schema.columns where table_name = 'efp_habilitation' and column_name = 'name_key'")).toEqual([
      ["C"],
    ]);
    expect(await sql(`select count(*) from efp_habilitation where name_key is null or role_key is null`)).toEqual([["0"]]);
  }
});

test("removing a user, then a company, in Keycloak removes their habilitations and requests too", async () => {
  const kc = await adminClient();
  const admin = administratorApi();
  const siret = freshSiret();
  await admin.request("POST", "companies", { siret, name: `EPHEMERE ${siret.slice(-4)}` });
  const leaving = await createPerson("partant");
  const staying = await createPerson("restant");
  for (const person of [leaving, staying]) {
    await admin.request("POST", "habilitations", { user: person.email, application: "soffi", company: siret, roles: ["consultation"] });
  }
  const requester = await createPerson("demandeur-ephemere");
  await apiAs(await personToken(requester.email), "efp-access").request("POST", "me/requests", { application: "maf", siret });
  type Page = { total: number; items: { user: { email: string } }[] };
  const list = () => admin.request<Page>("GET", "habilitations", undefined, { application: "soffi", company: siret });
  expect((await list()).total).toBe(2);

  await kc.users.del({ realm: context.realm, id: leaving.id });
  const after = await list();
  expect(after.items.map((item) => item.user.email)).toEqual([staying.email.toLowerCase()]);
  // The access manager's screen counts the same as the admin API.
  const users = await apiAs(await personToken((await createPerson("admin-soffi", ["efp-administrator"])).email), "efp-access").request<{
    total: number;
    habilitated: number;
  }>("GET", `applications/soffi/companies/${siret}/users`);
  expect(users).toMatchObject({ total: 1, habilitated: 1 });

  const [organization] = (await kc.organizations.find({ realm: context.realm, search: siret })).filter((org) => org.alias === siret);
  await kc.organizations.delById({ realm: context.realm, id: organization.id! });
  expect((await admin.request<Page>("GET", "habilitations", undefined, { user: staying.email })).total).toBe(0);
  const requests = await apiAs(await personToken(requester.email), "efp-access").request<{ items: unknown[] }>("GET", "me/requests");
  expect(requests.items).toEqual([]);
});

// What is typed in the company search is taken literally (Keycloak's
// organization search passed "%" to LIKE, where it matched every company).
test("the company search takes % and _ literally, on name and SIRET", async () => {
  const siret = freshSiret();
  const name = `CENT POUR 100% ${suffix}`;
  await admin.request("POST", "companies", { siret, name });
  const found = async (search: string) =>
    (await admin.request<{ items: { siret?: string; name: string }[] }>("GET", "companies", undefined, { search, max: 1000 })).items;
  const percent = await found("%");
  expect(percent.length).toBeGreaterThan(0);
  expect(percent.every((company) => company.name.includes("%"))).toBe(true);
  expect((await found("100%")).map((company) => company.siret)).toContain(siret);
  expect(await found(`100%${suffix}`)).toEqual([]);
  expect(await found("ATELIER_UN")).toEqual([]);
  expect(await found("_")).toEqual([]);
  expect((await found("atelier un")).map((company) => company.siret)).toEqual([SIRET_1]);
  expect((await found(siret.slice(0, 9))).map((company) => company.siret)).toEqual([siret]);
});

test("the company-creation response labels a ministerial structure as one", async () => {
  const code = `TEST-${suffix}`;
  const created = await admin.request<Record<string, unknown>>("POST", "companies", { kind: "ministry", code, name: "Structure de test" });
  expect(created).toEqual({ id: expect.any(String), kind: "ministry", code, name: "Structure de test" });
  expect(await admin.request("GET", `companies/${code}`)).toEqual(created);
  const company = await admin.request<Record<string, unknown>>("POST", "companies", {
    siret: freshSiret(),
    name: "ETABLISSEMENT DE TEST",
    address: "2 RUE DU TEST",
  });
  expect(company).toMatchObject({ kind: "company", siren: (company.siret as string).slice(0, 9), name: "ETABLISSEMENT DE TEST", address: "2 RUE DU TEST" });
});

// The refusals the framework makes before our code runs follow the
// {error, message} contract too (they were Keycloak's error_description, or an English error).
test("every error of both APIs is {error, message} with a 4xx, including unparsable JSON, unknown paths and methods", async () => {
  const root = `${context.keycloakUrl}/realms/${context.realm}`;
  const call = async (method: string, path: string, body?: string, contentType = "application/json") => {
    const response = await fetch(`${root}/${path}`, {
      method,
      headers: {
        authorization: `Bearer ${people.administrator.token}`,
        accept: "application/json",
        ...(body !== undefined && { "content-type": contentType }),
      },
      body,
    });
    return { path: `${method} ${path}`, status: response.status, body: await response.json().catch(() => "pas du JSON") };
  };
  const contract = (status: number, code: string) => ({ status, body: { error: code, message: expect.stringMatching(/^[A-ZÀ-Ü].{10,}/) } });
  const answers = [
    [await call("POST", "efp-admin/companies", "{pas du json"), contract(400, "invalid_request")],
    [await call("POST", "efp-admin/habilitations", JSON.stringify({ roles: "lecteur" })), contract(400, "invalid_request")],
    [await call("POST", "efp-admin/companies", "{}", "text/plain"), contract(415, "unsupported_media_type")],
    [await call("GET", "efp-admin/nulle-part"), contract(404, "not_found")],
    [await call("PUT", "efp-admin/companies", "{}"), contract(405, "method_not_allowed")],
    [await call("GET", "efp-admin/companies?max=beaucoup"), contract(404, "not_found")],
    [await call("GET", "efp-admin/companies?max=0"), contract(400, "invalid_paging")],
    [await call("POST", "efp-access/me/requests", "{pas du json"), contract(400, "invalid_request")],
    [await call("GET", "efp-access/nulle-part"), contract(404, "not_found")],
    // No such method at these addresses: RESTEasy says 404 under efp-access (405 under efp-admin above); the shape is what counts.
    [await call("DELETE", "efp-access/me/applications"), contract(404, "not_found")],
    [await call("PUT", "efp-access/me/requests", "{}"), contract(404, "not_found")],
  ] as const;
  for (const [answer, expected] of answers) expect(answer).toEqual({ path: answer.path, ...expected });
  // Keycloak's own endpoints keep their shapes.
  const token = await fetch(`${root}/protocol/openid-connect/token`, { method: "POST", body: new URLSearchParams({ grant_type: "nothing" }) });
  expect(await token.json()).toHaveProperty("error_description");
});
