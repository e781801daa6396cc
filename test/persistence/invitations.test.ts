// Invitations through the efp-access API against a real Keycloak and MailDev: who may
// invite, resend, cancel and list; bad input refused with nothing stored; the link's token is
// single use (even when presented twice at once), dies when resent or cancelled, and works only
// for the invited address; acceptance gives the habilitation that the application's tokens carry.
import { ApiError, HABILITATIONS_MAPPER, RESERVED_ROLES, type EfpApi } from "@efp/provisioning";
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";
import { onPostgres, sql } from "../support/database.js";
import {
  PERSON_PASSWORD,
  acceptCharter,
  administratorApi,
  apiAs,
  claims,
  createPerson,
  freshSiret,
  personToken,
  applicationToken,
  statusOf,
} from "../support/efp-admin.js";
import { invitationLink, invitationToken, type Invitation } from "../support/invitations.js";
import { FORGED_HOST, linksOf, postWithForgedHost } from "../support/forged-host.js";
import { listEmails, seenMails, waitForEmail } from "../support/mailbox.js";

// A third party's delegation ends within the realm's maximum (3 years): a date two years ahead.
const THIRD_PARTY_YEAR = new Date().getUTCFullYear() + 2;
const context = testContext();
const suffix = `${Date.now() % 1e8}`;
const APP = { clientId: `invit-${suffix}`, secret: "invit-secret" };
const OTHER_APP = `invit-autre-${suffix}`;
const SIRET = freshSiret();
const OTHER_SIRET = freshSiret();
// Markup in a name must reach the email as text.
const COMPANY = `L'ATELIER <i>INVITE</i> & CIE ${suffix}`;
const admin = administratorApi();
type Caller = "anonymous" | "plain" | "raOtherCompany" | "raOtherApp" | "aaOtherApp" | "aa" | "administrator" | "support";
const CALLERS: Caller[] = ["anonymous", "plain", "raOtherCompany", "raOtherApp", "aaOtherApp", "aa", "administrator", "support"];
const tokens = {} as Record<Caller, string | undefined>;
let ra: { id: string; email: string };
let otherRa: { id: string; email: string };

const base = `applications/${APP.clientId}/companies/${SIRET}`;
const access = (token: string | undefined): EfpApi => apiAs(token, "efp-access");
const newAddress = (label: string) => `${label}.${suffix}.${Math.floor(Math.random() * 1e6)}@exemple.fr`;

/** A pending invitation made by an application admin, for the calls that need one. */
async function pendingInvitation(email = newAddress("invite")): Promise<Invitation> {
  return access(tokens.aa).request<Invitation>("POST", `${base}/invitations`, { email, roles: ["lecteur"] });
}

/** An account invited by an application admin, and the email that reached it. */
async function invitedAccount(label: string) {
  const invitee = await createPerson(label);
  const email = invitee.email.toLowerCase();
  const before = await seenMails();
  const invited = await pendingInvitation(email);
  const mail = await waitForEmail(email, (candidate) => !before.has(candidate.id));
  return { email, invited, mail, before };
}

const pending = async () => (await access(tokens.aa).request<{ items: Invitation[] }>("GET", `${base}/invitations`)).items;
const auditActions = async () =>
  (
    await admin.request<{ items: { action: string; details: string | null }[] }>("GET", "audit", undefined, {
      application: APP.clientId,
      company: SIRET,
      max: 500,
    })
  ).items;
const accept = async (email: string, token: unknown) =>
  access(await personToken(email)).request<{ application: string; siret: string; roles: string[] }>("POST", "me/invitations/accept", { token });

beforeAll(async () => {
  const kc = await adminClient();
  // The application signs people in with the code flow, as a real one does (tokens over HTTP).
  await kc.clients.create({
    realm: context.realm,
    clientId: APP.clientId,
    name: `INVIT ${suffix}`,
    publicClient: false,
    secret: APP.secret,
    standardFlowEnabled: true,
    directAccessGrantsEnabled: false,
    redirectUris: [`http://127.0.0.1:9/${APP.clientId}/callback`],
    fullScopeAllowed: false,
    attributes: { "efp.application": "true", "efp.display-name": `INVIT ${suffix}`, "efp.url": "https://invit.exemple.fr/" },
  });
  await kc.clients.create({
    realm: context.realm,
    clientId: OTHER_APP,
    publicClient: true,
    redirectUris: ["http://127.0.0.1:9/*"],
    attributes: { "efp.application": "true" },
  });
  for (const clientId of [APP.clientId, OTHER_APP]) {
    const [client] = await kc.clients.find({ realm: context.realm, clientId });
    for (const name of ["lecteur", "redacteur", ...RESERVED_ROLES.map((role) => role.name)])
      await kc.clients.createRole({ realm: context.realm, id: client.id!, name });
    if (clientId === APP.clientId) await kc.clients.addProtocolMapper({ realm: context.realm, id: client.id! }, HABILITATIONS_MAPPER);
  }
  await admin.request("POST", "companies", { siret: SIRET, name: COMPANY });
  await admin.request("POST", "companies", { siret: OTHER_SIRET, name: `AUTRE ${suffix}` });
  ra = await createPerson("ra");
  otherRa = await createPerson("ra-bis");
  const raOtherCompany = await createPerson("ra-autre-entreprise");
  const raOtherApp = await createPerson("ra-autre-app");
  await admin.request("POST", "habilitations", { user: ra.email, application: APP.clientId, company: SIRET, roles: ["lecteur"], accessManager: true });
  await admin.request("POST", "habilitations", { user: otherRa.email, application: APP.clientId, company: SIRET, roles: ["redacteur"], accessManager: true });
  await admin.request("POST", "habilitations", {
    user: raOtherCompany.email,
    application: APP.clientId,
    company: OTHER_SIRET,
    roles: ["lecteur"],
    accessManager: true,
  });
  await admin.request("POST", "habilitations", { user: raOtherApp.email, application: OTHER_APP, company: SIRET, roles: ["lecteur"], accessManager: true });
  for (const person of [ra, otherRa, raOtherCompany, raOtherApp]) await acceptCharter(person.id);
  const people = {
    plain: await createPerson("simple"),
    raOtherCompany,
    raOtherApp,
    aaOtherApp: await createPerson("aa-autre", [], { [OTHER_APP]: ["efp-application-admin"] }),
    aa: await createPerson("aa", [], { [APP.clientId]: ["efp-application-admin"] }),
    administrator: await createPerson("admin", ["efp-administrator"]),
    support: await createPerson("support", [], { [APP.clientId]: ["efp-support"] }),
  };
  tokens.anonymous = undefined;
  for (const [caller, person] of Object.entries(people)) tokens[caller as Caller] = await personToken(person.email);
});

describe("authorization of the invitation endpoints", () => {
  const readers = [401, 403, 403, 403, 403, 200, 200, 200];
  const managers = [401, 403, 403, 403, 403, 200, 200, 403];
  const cases: { name: string; call: (api: EfpApi) => Promise<unknown>; expected: number[] }[] = [
    { name: "GET invitations", call: (a) => a.request("GET", `${base}/invitations`), expected: readers },
    {
      name: "POST invitations",
      call: (a) => a.request("POST", `${base}/invitations`, { email: newAddress("matrice"), roles: ["lecteur"] }),
      expected: managers,
    },
    { name: "resend", call: async (a) => a.request("POST", `${base}/invitations/${(await pendingInvitation()).id}/resend`), expected: managers },
    { name: "cancel", call: async (a) => a.request("DELETE", `${base}/invitations/${(await pendingInvitation()).id}`), expected: managers },
  ];

  test.each(cases)("$name", async ({ call, expected }) => {
    const actual: number[] = [];
    for (const caller of CALLERS) actual.push(await statusOf(call(access(tokens[caller]))));
    expect(Object.fromEntries(CALLERS.map((caller, i) => [caller, actual[i]]))).toEqual(Object.fromEntries(CALLERS.map((caller, i) => [caller, expected[i]])));
  });

  test("the company's access manager may do all of it, for that company only", async () => {
    const token = await personToken(ra.email);
    const invited = await access(token).request<Invitation>("POST", `${base}/invitations`, { email: newAddress("par-ra"), roles: ["lecteur"] });
    expect(await statusOf(access(token).request("GET", `${base}/invitations`))).toBe(200);
    expect(await statusOf(access(token).request("POST", `${base}/invitations/${invited.id}/resend`))).toBe(200);
    expect(await statusOf(access(token).request("DELETE", `${base}/invitations/${invited.id}`))).toBe(200);
    expect(await statusOf(access(token).request("GET", `applications/${APP.clientId}/companies/${OTHER_SIRET}/invitations`))).toBe(403);
    expect(
      await statusOf(
        access(token).request("POST", `applications/${OTHER_APP}/companies/${SIRET}/invitations`, { email: newAddress("ailleurs"), roles: ["lecteur"] }),
      ),
    ).toBe(403);
  });

  test("an invitation of another application or company is unknown here", async () => {
    const elsewhere = await access(tokens.administrator).request<Invitation>("POST", `applications/${APP.clientId}/companies/${OTHER_SIRET}/invitations`, {
      email: newAddress("ailleurs"),
      roles: ["lecteur"],
    });
    await expect(access(tokens.aa).request("POST", `${base}/invitations/${elsewhere.id}/resend`)).rejects.toMatchObject({
      status: 404,
      code: "unknown_invitation",
    });
    await expect(access(tokens.aa).request("DELETE", `${base}/invitations/${elsewhere.id}`)).rejects.toMatchObject({ status: 404, code: "unknown_invitation" });
    // The RA of this company cannot reach it through the other company's path either.
    await expect(
      access(await personToken(ra.email)).request("DELETE", `applications/${APP.clientId}/companies/${OTHER_SIRET}/invitations/${elsewhere.id}`),
    ).rejects.toMatchObject({ status: 403 });
  });

  test("accepting needs a signed-in person", async () => {
    await expect(access(undefined).request("POST", "me/invitations/accept", { token: "A".repeat(43) })).rejects.toMatchObject({ status: 401 });
  });
});

test("an access manager invites a new address: the email, the pending list, then the account accepts and the token carries the role", async () => {
  const email = newAddress("nouvelle");
  const raApi = access(await personToken(ra.email));
  const before = await seenMails();
  const invited = await raApi.request<Invitation>("POST", `${base}/invitations`, {
    email: email.toUpperCase(),
    roles: ["redacteur"],
    kind: "third-party",
    expiresAt: `${THIRD_PARTY_YEAR}-03-31T21:59:59Z`,
  });
  expect(invited).toMatchObject({
    email,
    roles: ["redacteur"],
    accessManager: false,
    kind: "third-party",
    habilitationExpiresAt: `${THIRD_PARTY_YEAR}-03-31T21:59:59Z`,
    status: "PENDING",
    expired: false,
  });
  expect(invited).not.toHaveProperty("token");
  expect(new Date(invited.expiresAt).getTime() - new Date(invited.sentAt).getTime()).toBe(7 * 24 * 3600 * 1000);

  const mail = await waitForEmail(email, (candidate) => !before.has(candidate.id));
  expect(mail.subject).toBe(`Invitation à utiliser INVIT ${suffix} avec EFP Connect`);
  expect(mail.text).toContain(COMPANY);
  expect(mail.text).toContain(`SIRET ${SIRET}`);
  expect(mail.text).toContain("redacteur");
  expect(mail.text).toContain(`31/03/${THIRD_PARTY_YEAR}`);
  expect(mail.text).toContain("en tant que tiers");
  expect(mail.html).toContain("&lt;i&gt;INVITE&lt;/i&gt;");
  expect(mail.html).not.toContain("<i>INVITE</i>");
  const link = invitationLink(mail);
  expect(link.startsWith(`${context.keycloakUrl}/realms/${context.realm}/account/#/invitation?token=`)).toBe(true);
  expect(new URLSearchParams(link.split("?")[1]).get("email")).toBe(email);
  expect(mail.html).toContain(link.replace(/&/g, "&amp;"));

  const listed = (await pending()).find((item) => item.id === invited.id)!;
  expect(listed).toMatchObject({ email, roles: ["redacteur"], kind: "third-party", invitedBy: { email: ra.email.toLowerCase() } });

  // The invitee creates an account with that address (here through the admin API; the browser suite does it for real).
  const kc = await adminClient();
  await kc.users.create({
    realm: context.realm,
    username: email,
    email,
    firstName: "Inès",
    lastName: "Vitée",
    enabled: true,
    emailVerified: true,
    credentials: [{ type: "password", value: PERSON_PASSWORD, temporary: false }],
  });
  const invitee = { email };
  const managersBefore = await seenMails();
  const accepted = await accept(invitee.email, invitationToken(mail));
  expect(accepted).toMatchObject({ application: APP.clientId, siret: SIRET, roles: ["redacteur"] });
  expect((await pending()).map((item) => item.id)).not.toContain(invited.id);

  const token = claims(await applicationToken(invitee.email, APP.clientId, APP.secret));
  expect(token.efp_habilitations).toEqual([
    {
      siret: SIRET,
      company: COMPANY,
      roles: ["redacteur"],
      access_manager: false,
      third_party: true,
      expires_at: Date.parse(`${THIRD_PARTY_YEAR}-03-31T21:59:59Z`) / 1000,
    },
  ]);

  // Made by an access manager: every access manager of the company is told, as for a grant.
  for (const manager of [ra, otherRa]) {
    const told = await waitForEmail(manager.email, (candidate) => !managersBefore.has(candidate.id) && candidate.subject.startsWith("Habilitation donnée"));
    expect(told.text).toContain(email);
  }
  const actions = (await auditActions()).map((entry) => entry.action);
  expect(actions).toEqual(expect.arrayContaining(["INVITATION_SENT", "INVITATION_ACCEPTED", "HABILITATION_GRANTED"]));
});

test("an invitation by an application admin, accepted by an existing account, tells no access manager", async () => {
  const invitee = await createPerson("existant");
  const email = invitee.email.toLowerCase();
  const before = await seenMails();
  await access(tokens.aa).request("POST", `${base}/invitations`, { email, roles: ["lecteur"], accessManager: true });
  const mail = await waitForEmail(email, (candidate) => !before.has(candidate.id));
  expect(mail.text).toContain("responsable des accès");
  await accept(email, invitationToken(mail));
  const users = await access(tokens.aa).request<{ items: { email: string; roles: string[]; accessManager: boolean; kind: string }[] }>(
    "GET",
    `${base}/users`,
    undefined,
    { max: 200 },
  );
  expect(users.items.find((item) => item.email === email)).toMatchObject({ roles: ["lecteur"], accessManager: true, kind: "member" });
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const toManagers = (await listEmails()).filter(
    (candidate) => !before.has(candidate.id) && candidate.to.some((to) => [ra.email, otherRa.email].includes(to.address)),
  );
  expect(toManagers).toEqual([]);
});

test("bad input: a clear 4xx, and nothing stored, audited nor sent", async () => {
  const api = access(tokens.aa);
  const invitationsBefore = (await pending()).length;
  const auditBefore = (await auditActions()).length;
  const mailsBefore = await seenMails();
  const email = newAddress("refus");
  await expect(api.request("POST", `${base}/invitations`, { email: "pas-une-adresse", roles: ["lecteur"] })).rejects.toMatchObject({
    status: 400,
    code: "invalid_email",
    message: expect.stringContaining("nom@domaine.fr"),
  });
  await expect(api.request("POST", `${base}/invitations`, { email: `${"a".repeat(300)}@exemple.fr`, roles: ["lecteur"] })).rejects.toMatchObject({
    status: 400,
    code: "invalid_email",
  });
  await expect(api.request("POST", `${base}/invitations`, { email: "", roles: ["lecteur"] })).rejects.toMatchObject({ status: 400, code: "missing_email" });
  await expect(api.request("POST", `${base}/invitations`, { email, roles: ["pilote"] })).rejects.toMatchObject({
    status: 400,
    code: "unknown_role",
    message: expect.stringContaining("pilote"),
  });
  await expect(api.request("POST", `${base}/invitations`, { email, roles: ["efp-application-admin"] })).rejects.toMatchObject({
    status: 400,
    code: "unknown_role",
  });
  await expect(api.request("POST", `${base}/invitations`, { email, roles: [] })).rejects.toMatchObject({ status: 400, code: "no_role" });
  await expect(api.request("POST", `${base}/invitations`, { email, roles: ["lecteur"], kind: "ami" })).rejects.toMatchObject({
    status: 400,
    code: "invalid_kind",
  });
  await expect(api.request("POST", `${base}/invitations`, { email, roles: ["lecteur"], expiresAt: "2020-01-01T00:00:00Z" })).rejects.toMatchObject({
    status: 400,
    code: "invalid_expiry",
  });
  await expect(api.request("POST", `${base}/invitations/00000000-0000-0000-0000-000000000000/resend`)).rejects.toMatchObject({
    status: 404,
    code: "unknown_invitation",
  });
  await expect(api.request("DELETE", `${base}/invitations/${"x".repeat(500)}`)).rejects.toMatchObject({ status: 404, code: "unknown_invitation" });
  await expect(api.request("POST", `applications/${APP.clientId}/companies/12345678901234/invitations`, { email, roles: ["lecteur"] })).rejects.toMatchObject({
    status: 404,
    code: "unknown_company",
  });
  const invitee = await createPerson("jeton");
  await expect(accept(invitee.email, "x".repeat(10_000))).rejects.toMatchObject({ status: 400, code: "invalid_invitation_link" });
  await expect(accept(invitee.email, 42)).rejects.toMatchObject({ status: 400 });
  await expect(accept(invitee.email, "A".repeat(43))).rejects.toMatchObject({ status: 404, code: "unknown_invitation" });

  expect((await pending()).length).toBe(invitationsBefore);
  expect((await auditActions()).length).toBe(auditBefore);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(
    (await listEmails()).filter(
      (candidate) => !mailsBefore.has(candidate.id) && candidate.to.some((to) => [email, invitee.email.toLowerCase()].includes(to.address.toLowerCase())),
    ),
  ).toEqual([]);
});

test("one pending invitation per address: the second is a 409 that says to resend; a person with access is a 409 too", async () => {
  const email = newAddress("double");
  await pendingInvitation(email);
  await expect(access(tokens.aa).request("POST", `${base}/invitations`, { email: email.toUpperCase(), roles: ["redacteur"] })).rejects.toMatchObject({
    status: 409,
    code: "invitation_pending",
    message: expect.stringContaining("renvoyez"),
  });
  // Concurrent twins leave exactly one.
  const twin = newAddress("jumeau");
  const results = await Promise.allSettled(
    Array.from({ length: 5 }, () => access(tokens.aa).request("POST", `${base}/invitations`, { email: twin, roles: ["lecteur"] })),
  );
  expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  expect((await pending()).filter((item) => item.email === twin)).toHaveLength(1);
  // Someone who already has access is managed in the users tab.
  await expect(access(tokens.aa).request("POST", `${base}/invitations`, { email: ra.email, roles: ["lecteur"] })).rejects.toMatchObject({
    status: 409,
    code: "already_habilitated",
  });
});

test("resend: a new link and a new validity; the old link no longer works, the new one does", async () => {
  const { email, invited, mail: first, before } = await invitedAccount("renvoi");
  await new Promise((resolve) => setTimeout(resolve, 20));
  const resent = await access(tokens.administrator).request<Invitation>("POST", `${base}/invitations/${invited.id}/resend`);
  expect(new Date(resent.sentAt).getTime()).toBeGreaterThan(new Date(invited.sentAt).getTime());
  expect(new Date(resent.expiresAt).getTime()).toBeGreaterThan(new Date(invited.expiresAt).getTime());
  const second = await waitForEmail(email, (candidate) => !before.has(candidate.id) && candidate.id !== first.id);
  expect(invitationToken(second)).not.toBe(invitationToken(first));
  expect((await listEmails()).filter((candidate) => !before.has(candidate.id) && candidate.to.some((to) => to.address === email))).toHaveLength(2);
  await expect(accept(email, invitationToken(first))).rejects.toMatchObject({ status: 404, code: "unknown_invitation" });
  await expect(accept(email, invitationToken(second))).resolves.toMatchObject({ roles: ["lecteur"] });
  const actions = (await auditActions()).map((entry) => entry.action);
  expect(actions).toContain("INVITATION_RESENT");
});

test("cancel: the link stops working; a cancelled invitation is neither resent nor cancelled again", async () => {
  const { email, invited, mail } = await invitedAccount("annule");
  await access(tokens.aa).request("DELETE", `${base}/invitations/${invited.id}`);
  expect((await pending()).map((item) => item.id)).not.toContain(invited.id);
  await expect(accept(email, invitationToken(mail))).rejects.toMatchObject({ status: 410, code: "invitation_cancelled" });
  await expect(access(tokens.aa).request("DELETE", `${base}/invitations/${invited.id}`)).rejects.toMatchObject({ status: 409, code: "invitation_cancelled" });
  await expect(access(tokens.aa).request("POST", `${base}/invitations/${invited.id}/resend`)).rejects.toMatchObject({
    status: 409,
    code: "invitation_cancelled",
  });
  // The address may be invited again.
  await expect(pendingInvitation(email)).resolves.toMatchObject({ status: "PENDING" });
  expect((await auditActions()).map((entry) => entry.action)).toContain("INVITATION_CANCELLED");
});

test("only the invited address may accept: another account gets a 403 naming the right one, masked; the link still works after", async () => {
  const { email, mail } = await invitedAccount("destinataire");
  const intruder = await createPerson("intrus");
  const token = invitationToken(mail);
  const refused = await accept(intruder.email, token).catch((error: ApiError) => error);
  expect(refused).toMatchObject({ status: 403, code: "wrong_account" });
  expect((refused as ApiError).message).toContain(`d***@exemple.fr`);
  expect((refused as ApiError).message).not.toContain(email);
  await expect(accept(email, token)).resolves.toMatchObject({ application: APP.clientId });
  // Used once: the second time is gone.
  await expect(accept(email, token)).rejects.toMatchObject({ status: 410, code: "invitation_accepted" });
});

test("a link presented twice at the same moment gives exactly one habilitation", async () => {
  const { email, invited, mail } = await invitedAccount("concurrent");
  const token = invitationToken(mail);
  // Tokens first (the password grant spaces one person's sign-ins), then the accepts at once.
  const bearers = [];
  for (let i = 0; i < 4; i++) bearers.push(await personToken(email));
  const results = await Promise.allSettled(bearers.map((bearer) => access(bearer).request("POST", "me/invitations/accept", { token })));
  expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  for (const result of results) if (result.status === "rejected") expect([404, 409, 410]).toContain((result.reason as ApiError).status);
  const habilitations = await admin.request<{ items: unknown[] }>("GET", "habilitations", undefined, {
    application: APP.clientId,
    company: SIRET,
    user: email,
  });
  expect(habilitations.items).toHaveLength(1);
  expect((await auditActions()).filter((entry) => entry.action === "INVITATION_ACCEPTED" && entry.details?.includes(invited.id))).toHaveLength(1);
});

test("an invitation does not outlive its inviter's right to manage", async () => {
  const inviter = await createPerson("ra-temporaire");
  const granted = await admin.request<{ id: string }>("POST", "habilitations", {
    user: inviter.email,
    application: APP.clientId,
    company: SIRET,
    roles: ["lecteur"],
    accessManager: true,
  });
  await acceptCharter(inviter.id);
  const invitee = await createPerson("orphelin");
  const email = invitee.email.toLowerCase();
  const before = await seenMails();
  await access(await personToken(inviter.email)).request("POST", `${base}/invitations`, { email, roles: ["lecteur"] });
  const token = invitationToken(await waitForEmail(email, (candidate) => !before.has(candidate.id)));
  await admin.request("DELETE", `habilitations/${granted.id}`);
  await expect(accept(email, token)).rejects.toMatchObject({
    status: 410,
    code: "invitation_outdated",
    message: expect.stringContaining("ne gère plus les accès"),
  });
  // Nothing was given, and the invitation is still there for an admin to resend or cancel.
  expect(
    (await admin.request<{ items: unknown[] }>("GET", "habilitations", undefined, { application: APP.clientId, company: SIRET, user: email })).items,
  ).toEqual([]);
  expect((await pending()).map((item) => item.email)).toContain(email);
});

(onPostgres() ? test : test.skip)("in the database: the token's SHA-256 only; the outbox forgets the link once the email is delivered", async () => {
  const email = newAddress("secret");
  const before = await seenMails();
  const invited = await pendingInvitation(email);
  const token = invitationToken(await waitForEmail(email, (candidate) => !before.has(candidate.id)));
  const { createHash } = await import("node:crypto");
  const [[hash, status, stored]] = await sql(`select token_hash, status, email from efp_invitation where id = '${invited.id}'`);
  expect([hash, status, stored]).toEqual([createHash("sha256").update(token).digest("hex"), "PENDING", email]);
  const tables = ["efp_invitation", "efp_invitation_role", "efp_audit_entry"];
  for (const table of tables) expect((await sql(`select * from ${table}`)).flat().join(" ")).not.toContain(token);
  // Delivered (MailDev has it): the message row stays, without its bodies, once marked sent.
  const deadline = Date.now() + 10_000;
  let rows: string[][] = [];
  while (Date.now() < deadline) {
    rows = await sql(`select sent_at, length(text_body), coalesce(length(html_body), 0) from efp_outbox where recipient = '${email}'`);
    if (rows.length === 1 && rows[0][0] !== "" && rows[0][0] !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  expect(rows).toHaveLength(1);
  expect(rows[0].slice(1)).toEqual(["0", "0"]);
  expect((await sql("select text_body, html_body from efp_outbox where kind = 'invitation'")).flat().join(" ")).not.toContain(token);
  // Nor in a large object, where PostgreSQL would have put a @Lob body (and kept it after erasure).
  const [[inLargeObjects]] = await sql(`select count(*) from pg_largeobject_metadata m where position(convert_to('${token}', 'UTF8') in lo_get(m.oid)) > 0`);
  expect(inLargeObjects).toBe("0");
  // Other messages keep their text (what was sent is what happened then).
  const [[granted]] = await sql("select count(*) from efp_outbox where kind = 'efp-habilitation-granted' and text_body like '%Habilitation donnée%'");
  expect(Number(granted)).toBeGreaterThan(0);
});

// The invitation link comes from Keycloak's configured hostname, whatever Host
// the inviter's request carried.
test("a forged Host header does not change the invitation link", async () => {
  const email = newAddress("hote");
  const before = await seenMails();
  const answer = await postWithForgedHost(`${context.keycloakUrl}/realms/${context.realm}/efp-access/${base}/invitations`, tokens.aa!, {
    email,
    roles: ["lecteur"],
  });
  expect(answer.status).toBe(201);
  const mail = await waitForEmail(email, (candidate) => !before.has(candidate.id));
  expect(invitationLink(mail).startsWith(`${context.keycloakUrl}/realms/${context.realm}/account/#/invitation?token=`)).toBe(true);
  expect(`${mail.text} ${mail.html}`).not.toContain(FORGED_HOST);
  for (const link of linksOf(mail).filter((candidate) => candidate.includes("/realms/"))) expect(link.startsWith(`${context.keycloakUrl}/`)).toBe(true);
});

test("before signing in, a link names its service and its company and nothing else; every link that cannot be used gets the same 404", async () => {
  const root = `${context.keycloakUrl}/realms/${context.realm}/efp-access/invitations/preview`;
  const preview = async (body: string, query = "") => {
    const response = await fetch(`${root}${query}`, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body });
    return { status: response.status, body: (await response.text()) as string };
  };
  const { email, mail } = await invitedAccount("apercu");
  const token = invitationToken(mail);
  // No token needed; the answer holds the two names, not the address, the inviter or the roles.
  const usable = await preview(JSON.stringify({ token }));
  expect(usable.status).toBe(200);
  expect(JSON.parse(usable.body)).toEqual({ applicationName: `INVIT ${suffix}`, companyName: COMPANY });
  expect(usable.body).not.toContain(email.split("@")[0]);
  // The token is read from the body only: in the address, it is no token at all.
  const unknown = await preview(JSON.stringify({ token: "A".repeat(43) }));
  expect(unknown.status).toBe(404);
  expect(JSON.parse(unknown.body)).toMatchObject({ error: "unknown_invitation" });
  for (const body of [JSON.stringify({}), JSON.stringify({ token: "court" }), "null"]) expect(await preview(body)).toEqual(unknown);
  expect(await preview(JSON.stringify({}), `?token=${token}`)).toEqual(unknown);
  // Cancelled, then accepted: the same 404 as a token that never existed.
  const cancelled = await invitedAccount("apercu-annule");
  await access(tokens.aa).request("DELETE", `${base}/invitations/${cancelled.invited.id}`);
  expect(await preview(JSON.stringify({ token: invitationToken(cancelled.mail) }))).toEqual(unknown);
  await accept(email, token);
  expect(await preview(JSON.stringify({ token }))).toEqual(unknown);
  // Not JSON at all: a clear 4xx, never a 500.
  const garbage = await preview("{");
  expect(garbage.status).toBeGreaterThanOrEqual(400);
  expect(garbage.status).toBeLessThan(500);
});
