// EFP ADMIN's account creation with its habilitations in one step (efp-admin POST users, `efp
// users create`), test accounts (outside production only, disabled after their last day): who
// may, what is written (everything or nothing), what the person receives, against the real
// Keycloak, its database and MailDev.
import type { HistoryPage, UserPage } from "@efp/contract";
import type { EfpApi } from "@efp/provisioning";
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";
import { waitForEmail } from "../support/mailbox.js";
import { administratorApi, apiAs, createApplication, freshSiret, refusalOf, statusOf } from "../support/efp-admin.js";
import { staffCallers, type Caller } from "../support/staff-callers.js";

const context = testContext();
const suffix = `${Date.now() % 1e8}`;
const APP = `creation-${suffix}`;
const OTHER_APP = `creation-autre-${suffix}`;
const SIRET = freshSiret();
const admin = administratorApi();

const tokens = {} as Record<Caller, string | undefined>;
const as = (caller: Caller): EfpApi => apiAs(tokens[caller]);
let counter = 0;
const freshEmail = (label: string) => `${label}.${suffix}.${++counter}@exemple.fr`;

const body = (email: string, extra: Record<string, unknown> = {}) => ({
  email,
  firstName: "Lucie",
  lastName: "Créée",
  habilitations: [{ application: APP, company: SIRET, roles: ["lecteur"] }],
  ...extra,
});
const create = (caller: Caller, payload: unknown) => as(caller).request<{ id: string; username: string }>("POST", "users", payload);
const exists = async (email: string) => (await (await adminClient()).users.find({ realm: context.realm, email, exact: true })).length > 0;

beforeAll(async () => {
  await createApplication(APP);
  await createApplication(OTHER_APP);
  await admin.request("POST", "companies", { siret: SIRET, name: `CREATION ${suffix}` });
  Object.assign(tokens, (await staffCallers(APP, OTHER_APP, SIRET)).tokens);
}, 180_000);

test("who creates an account with a habilitation on the application: its admins and the administrators", async () => {
  const statuses: Record<string, number> = {};
  const emails: Record<string, string> = {};
  for (const caller of Object.keys(tokens) as Caller[]) {
    emails[caller] = freshEmail(caller.toLowerCase());
    statuses[caller] = await statusOf(create(caller, body(emails[caller])));
  }
  expect(statuses).toEqual({
    anonymous: 401,
    plain: 403,
    accessManager: 403,
    supportOtherApp: 403,
    support: 403,
    aaOtherApp: 403,
    aa: 200,
    administrator: 200,
  });
  const created = await Promise.all(Object.values(emails).map(exists));
  expect(created).toEqual([false, false, false, false, false, false, true, true]);
  // An application admin gives at least one habilitation, on their application.
  expect(await refusalOf(create("aa", body(freshEmail("sans"), { habilitations: [] })))).toEqual([400, "missing_habilitation"]);
});

test("a professional: created with their habilitation, receives the email to choose a password, has none", async () => {
  const email = freshEmail("pro");
  const { id, username } = await create("aa", body(email.toUpperCase()));
  expect(username).toBe(email);
  const page = await as("aa").request<UserPage>("GET", `users/${id}`);
  expect(page.user).toMatchObject({ email, firstName: "Lucie", lastName: "Créée", kind: "professional", enabled: true, emailVerified: true, test: false });
  expect(page.habilitations.map((h) => [h.application, h.company?.siret, h.roles])).toEqual([[APP, SIRET, ["lecteur"]]]);
  const mail = await waitForEmail(email, (received) => /action-token/.test(received.text ?? ""));
  expect(mail.subject).toBeTruthy();
  const kc = await adminClient();
  expect(await kc.users.getCredentials({ realm: context.realm, id })).toEqual([]);
  const history = await as("aa").request<HistoryPage>("GET", `users/${id}/history`);
  expect(history.items.map((entry) => entry.type).sort()).toEqual(["ACCOUNT_CREATED", "HABILITATION_GRANTED"]);
});

test("refused whole on any bad part: nothing is written", async () => {
  const cases: [unknown, number, string][] = [
    [
      body(freshEmail("role"), {
        habilitations: [
          { application: APP, company: SIRET, roles: ["lecteur"] },
          { application: APP, company: freshSiret(), roles: ["lecteur"] },
        ],
      }),
      404,
      "unknown_company",
    ],
    [body(freshEmail("role"), { habilitations: [{ application: APP, company: SIRET, roles: ["pilote"] }] }), 400, "unknown_role"],
    [body(freshEmail("autre"), { habilitations: [{ application: OTHER_APP, company: SIRET, roles: ["lecteur"] }] }), 403, "forbidden"],
    [body(freshEmail("nom"), { firstName: "<script>alert(1)</script>" }), 400, "invalid_identity"],
    [body("pas-une-adresse"), 400, "invalid_email"],
    [body(freshEmail("agent"), { kind: "agent", structure: "DGEFP" }), 400, "not_a_ministry_address"],
    [body(`x.${suffix}@travail.gouv.fr`), 400, "ministry_address"],
    [{ ...body(freshEmail("nul")), habilitations: [null] }, 400, "invalid_habilitation"],
    [body(freshEmail("test"), { test: true, testUntil: "2020-01-01" }), 400, "invalid_test_until"],
  ];
  for (const [payload, status, code] of cases) {
    expect([await refusalOf(create("aa", payload)), (payload as { email: string }).email]).toEqual([[status, code], (payload as { email: string }).email]);
    if (typeof (payload as { email: string }).email === "string" && (payload as { email: string }).email.includes("@"))
      expect(await exists((payload as { email: string }).email)).toBe(false);
  }
  const taken = freshEmail("double");
  await create("administrator", body(taken));
  expect(await refusalOf(create("administrator", body(taken)))).toEqual([409, "user_exists"]);
  expect(await refusalOf(create("administrator", "pas du json"))).toEqual([400, expect.any(String)]);
});

test("an agent: kind, ministerial structure, no email, no password", async () => {
  const email = `agent.${suffix}@travail.gouv.fr`;
  const { id } = await create("administrator", { email, firstName: "Jean", lastName: "Agent", kind: "agent", structure: "DGEFP", habilitations: [] });
  const kc = await adminClient();
  const user = await kc.users.findOne({ realm: context.realm, id });
  expect(user?.attributes?.["efp.user-kind"]).toEqual(["agent"]);
  expect((await kc.organizations.memberOrganizations({ realm: context.realm, userId: id })).map((o) => o.alias)).toEqual(["DGEFP"]);
  await expect(waitForEmail(email, () => true, 2_000)).rejects.toThrow(/aucun courriel/);
});

test("test accounts: flagged with their last day, listed by the filter, disabled once it is past; refused in production", async () => {
  const until = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const email = freshEmail("essai");
  const { id } = await create("aa", body(email, { test: true, testUntil: until }));
  const page = await as("aa").request<UserPage>("GET", `users/${id}`);
  expect(page.user.test).toBe(true);
  const kc = await adminClient();
  const stored = await kc.users.findOne({ realm: context.realm, id });
  expect(stored?.attributes?.["efp.test-account.until"]).toEqual([until]);
  const listed = await as("aa").request<{ items: { id: string }[] }>("GET", "users", undefined, { kind: "test", application: APP });
  expect(listed.items.map((row) => row.id)).toContain(id);

  // Its last day was yesterday: the periodic pass (every 2 s in the test stack) disables it.
  await kc.users.update({ realm: context.realm, id }, { ...stored, attributes: { ...(stored?.attributes ?? {}), "efp.test-account.until": ["2026-01-01"] } });
  const deadline = Date.now() + 30_000;
  while ((await kc.users.findOne({ realm: context.realm, id }))?.enabled && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
  expect((await kc.users.findOne({ realm: context.realm, id }))?.enabled).toBe(false);
  const history = await as("administrator").request<HistoryPage>("GET", `users/${id}/history`);
  const expiry = history.items.find((entry) => entry.type === "ACCOUNT_DISABLED");
  expect(expiry?.actor).toBe("system");
  expect(JSON.parse(expiry?.details ?? "{}")).toMatchObject({ reason: "test_account_expired" });

  // The same realm applied as production (efp apply --env production sets efp.environment).
  const realm = await kc.realms.findOne({ realm: context.realm });
  const attributes = { ...(realm?.attributes ?? {}) };
  await kc.realms.update({ realm: context.realm }, { attributes: { ...attributes, "efp.environment": "production" } });
  try {
    const refused = freshEmail("prod");
    expect(await refusalOf(create("administrator", body(refused, { test: true, testUntil: until })))).toEqual([403, "test_accounts_refused"]);
    expect(await exists(refused)).toBe(false);
    // Ordinary accounts are still created.
    expect(await statusOf(create("administrator", body(freshEmail("prodnormal"))))).toBe(200);
  } finally {
    await kc.realms.update({ realm: context.realm }, { attributes });
  }
});
