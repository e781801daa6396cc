// The efp CLI as an admin runs it, against the test Keycloak: plan/apply/--prune, user creation
// with habilitations, JSON output and exit codes.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";
import { acceptCharter, administratorApi, createPerson, EFP_CLI_SECRET, freshSiret, PERSON_PASSWORD, personToken } from "../support/efp-admin.js";
import { waitForEmail } from "../support/mailbox.js";
import { CLI_PERSON_CLIENT, signInThrough } from "../support/person-token.js";

const context = testContext();
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const REALM_CONFIG = path.join(ROOT, "realm-config");
// The CLI keeps people's sessions (efp login) in the user's configuration directory: the
// tests' own, empty unless a test logs in.
const CONFIG_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "efp-cli-config-"));

function environment(env: Record<string, string>) {
  return {
    ...process.env,
    KEYCLOAK_URL: context.keycloakUrl,
    KC_BOOTSTRAP_ADMIN_USERNAME: context.adminUsername,
    KC_BOOTSTRAP_ADMIN_PASSWORD: context.adminPassword,
    EFP_CLIENT_SECRET: EFP_CLI_SECRET,
    EFP_CONFIG_DIR: CONFIG_DIR,
    EFP_ENV: "test",
    // The values the test stack applied realm-config with.
    SMTP_HOST: context.mailSmtpHost,
    SMTP_PORT: String(context.mailSmtpPort),
    SOFFI_URL: context.demoAppUrl,
    ...env,
  };
}

function efp(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(ROOT, "provisioning", "bin", "efp.js"), ...args], { encoding: "utf8", env: environment(env) });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, json: () => JSON.parse(result.stdout) };
}

// The `efp login` a test started, stopped whatever happens to the test.
let running: ChildProcess | undefined;
afterAll(() => running?.kill());

const external = testContext().external;
(external ? describe.skip : describe)("plan and apply", () => {
  test("once applied, plan and apply report no change", () => {
    // Other suites may have moved realm settings and put them back differently: apply first.
    expect(efp(["apply"]).code).toBe(0);
    const plan = efp(["plan", "--json"]);
    expect(plan.stderr).toBe("");
    // What no file describes (applications of other suites, EFP ADMIN's) is listed apart, never a change.
    expect(plan.json().changes).toEqual([]);
    expect(efp(["apply", "--json"]).json().changes).toEqual([]);
  });

  test("plan shows a drift and writes nothing; apply repairs it; prune only when asked", async () => {
    expect(efp(["apply"]).code).toBe(0);
    const kc = await adminClient();
    const [maf] = await kc.clients.find({ realm: context.realm, clientId: "maf" });
    await kc.clients.update({ realm: context.realm, id: maf.id! }, { ...maf, description: "modifié à la main" });
    const stray = `ancienne-${Date.now()}`;
    await kc.clients.create({ realm: context.realm, clientId: stray, attributes: { "efp.application": "true" } });

    expect(efp(["plan", "--json"]).json().changes).toEqual([{ action: "update", resource: "application maf", fields: ["description"] }]);
    expect((await kc.clients.findOne({ realm: context.realm, id: maf.id! }))?.description).toBe("modifié à la main");
    expect(efp(["plan", "--prune", "--json"]).json().changes).toContainEqual({ action: "delete", resource: `application ${stray}` });
    expect(await kc.clients.find({ realm: context.realm, clientId: stray })).toHaveLength(1);

    const applied = efp(["apply"]);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain("~ application maf (description)");
    expect((await kc.clients.findOne({ realm: context.realm, id: maf.id! }))?.description).toBe("Mon Activité Formation");
    expect(await kc.clients.find({ realm: context.realm, clientId: stray })).toHaveLength(1);

    expect(efp(["apply", "--prune"]).stdout).toContain(`- application ${stray}`);
    expect(await kc.clients.find({ realm: context.realm, clientId: stray })).toHaveLength(0);
    expect(efp(["plan", "--prune", "--json"]).json().changes).toEqual([]);
  });

  test("a malformed configuration is refused with exit code 3 before anything is written", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "efp-config-"));
    fs.cpSync(REALM_CONFIG, dir, { recursive: true });
    fs.appendFileSync(path.join(dir, "applications", "edof.yaml"), "\nroles: [pas fermé\n");
    const result = efp(["apply", "--config", dir]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("applications/edof.yaml : YAML invalide");
  });
});

test("users create: a professional with habilitations at once, refused whole when a role is unknown", async () => {
  const api = administratorApi();
  const { items } = await api.request<{ items: { siret?: string }[] }>("GET", "companies", undefined, { max: 1000 });
  let siret = items.find((company) => company.siret)?.siret;
  if (!siret) siret = (await api.request<{ siret: string }>("POST", "companies", { siret: "34981259400050", name: "PLUME 75010" })).siret;
  const email = `cree.${Date.now()}@exemple.fr`;

  const refused = efp(["users", "create", "--email", email, "--first-name", "Léa", "--last-name", "Nouvelle", "--habilitation", `maf:${siret}:pilote`]);
  expect(refused.code).toBe(3);
  expect(refused.stderr).toContain("Rôle inconnu pour l'application");
  expect(refused.stderr).toContain("pilote");
  const kc = await adminClient();
  expect(await kc.users.find({ realm: context.realm, email, exact: true })).toHaveLength(0);

  const created = efp([
    "--json",
    "users",
    "create",
    "--email",
    email,
    "--first-name",
    "Léa",
    "--last-name",
    "Nouvelle",
    "--habilitation",
    `maf:${siret}:deposant+administrateur:ra`,
  ]);
  expect(created.code).toBe(0);
  expect(created.json()).toMatchObject({
    email,
    kind: "professional",
    habilitations: [{ application: "maf", company: siret, roles: ["deposant", "administrateur"], accessManager: true }],
  });
  const listed = efp(["--json", "habilitations", "list", "--application", "maf", "--user", email]).json();
  expect(listed.items).toHaveLength(1);
  expect(listed.items[0]).toMatchObject({ roles: ["administrateur", "deposant"], accessManager: true, company: { siret } });
  expect(efp(["users", "create", "--email", email, "--first-name", "L", "--last-name", "N"]).code).toBe(3);
});

test("users create: an agent belongs to a ministerial structure and has no password", async () => {
  const email = `agent.${Date.now()}@travail.gouv.fr`;
  expect(efp(["users", "create", "--email", email, "--first-name", "Jean", "--last-name", "Agent", "--kind", "agent"]).code).toBe(3);
  const created = efp(["users", "create", "--email", email, "--first-name", "Jean", "--last-name", "Agent", "--kind", "agent", "--structure", "DGEFP"]);
  expect(created.stderr).toBe("");
  expect(created.code).toBe(0);
  const kc = await adminClient();
  const [user] = await kc.users.find({ realm: context.realm, email, exact: true });
  expect(user.attributes?.["efp.user-kind"]).toEqual(["agent"]);
  expect(await kc.users.getCredentials({ realm: context.realm, id: user.id! })).toEqual([]);
  const organizations = await kc.organizations.memberOrganizations({ realm: context.realm, userId: user.id! });
  expect(organizations.map((organization) => organization.alias)).toEqual(["DGEFP"]);
});

test("invitations: sent, listed, resent and cancelled in a person's name, with their token", async () => {
  const siret = freshSiret();
  await administratorApi().request("POST", "companies", { siret, name: `INVITATIONS CLI ${siret.slice(-4)}` });
  const manager = await createPerson("ra-cli");
  await administratorApi().request("POST", "habilitations", {
    user: manager.email,
    application: "maf",
    company: siret,
    roles: ["deposant"],
    accessManager: true,
  });
  await acceptCharter(manager.id);
  const token = await personToken(manager.email);
  const pair = ["--application", "maf", "--company", siret];
  const invitee = `invite.cli.${Date.now()}@exemple.fr`;

  // No token: refused before anything is sent; a service account is not a person.
  expect(efp(["invitations", "send", ...pair, "--email", invitee]).code).toBe(4);
  expect(efp(["invitations", "send", ...pair, "--email", "pas-une-adresse", "--roles", "deposant"], { EFP_TOKEN: token }).code).toBe(3);
  expect(efp(["invitations", "send", ...pair, "--email", invitee, "--roles", "pilote"], { EFP_TOKEN: token }).code).toBe(3);
  expect(efp(["--json", "invitations", "list", ...pair], { EFP_TOKEN: token }).json()).toEqual([]);

  const sent = efp(["--json", "invitations", "send", ...pair, "--email", invitee, "--roles", "deposant"], { EFP_TOKEN: token });
  expect(sent.stderr).toBe("");
  expect(sent.json()).toMatchObject({ email: invitee, roles: ["deposant"], accessManager: false, kind: "member", status: "PENDING" });
  const mail = await waitForEmail(invitee);
  expect(mail.text).toContain("ra-cli Test");
  expect(efp(["invitations", "send", ...pair, "--email", invitee, "--roles", "deposant"], { EFP_TOKEN: token }).code).toBe(3);
  const id = sent.json().id as string;
  expect(
    efp(["--json", "invitations", "list", ...pair], { EFP_TOKEN: token })
      .json()
      .map((item: { id: string }) => item.id),
  ).toEqual([id]);
  expect(efp(["invitations", "resend", id, ...pair], { EFP_TOKEN: token }).stdout).toContain(`Invitation ${id} renvoyée à ${invitee}`);
  expect(efp(["invitations", "cancel", id, ...pair], { EFP_TOKEN: token }).code).toBe(0);
  expect(efp(["--json", "invitations", "list", ...pair], { EFP_TOKEN: token }).json()).toEqual([]);
  const again = efp(["invitations", "cancel", id, ...pair], { EFP_TOKEN: token });
  expect(again.code).toBe(3);
  expect(again.stderr).toContain("Cette invitation a déjà été annulée.");
  // Someone who does not manage the pair: refused.
  const outsider = await createPerson("hors-cli");
  expect(efp(["invitations", "list", ...pair], { EFP_TOKEN: await personToken(outsider.email) }).code).toBe(4);
});

test("efp login: a person signs in in the browser (device authorization), the CLI acts in their name, refreshes, and efp logout revokes", async () => {
  const siret = freshSiret();
  await administratorApi().request("POST", "companies", { siret, name: `SESSION CLI ${siret.slice(-4)}` });
  const manager = await createPerson("ra-login");
  await administratorApi().request("POST", "habilitations", {
    user: manager.email,
    application: "maf",
    company: siret,
    roles: ["deposant"],
    accessManager: true,
  });
  await acceptCharter(manager.id);
  const pair = ["--application", "maf", "--company", siret];
  const store = path.join(CONFIG_DIR, "sessions.json");
  // A person's command without a session: refused, nothing sent.
  expect(efp(["invitations", "list", ...pair]).code).toBe(4);

  const login = spawn(process.execPath, [path.join(ROOT, "provisioning", "bin", "efp.js"), "login"], { env: environment({}) });
  running = login;
  let stderr = "";
  let stdout = "";
  login.stdout.on("data", (chunk) => (stdout += chunk));
  const link = await new Promise<string>((resolve, reject) => {
    login.stderr.on("data", (chunk) => {
      stderr += chunk;
      // The link and the code are two lines, which may come in two chunks: wait for both.
      const found = /(https?:\/\/\S+\/device\?user_code=\S+)/.exec(stderr);
      if (found && stderr.includes("En attente")) resolve(found[1]);
    });
    login.on("exit", (code) => reject(new Error(`efp login a fini (${code}) sans lien : ${stderr}`)));
  });
  expect(stderr).toMatch(/Code à vérifier : [A-Z]{4}-[A-Z]{4}/);
  // The person opens the link and signs in on the realm's pages (CAPTCHA included).
  await signInThrough(link, manager.email, PERSON_PASSWORD);
  const code = await new Promise<number | null>((resolve) => login.on("exit", resolve));
  expect([code, stdout]).toEqual([0, expect.stringContaining("Connecté")]);
  expect(fs.statSync(store).mode & 0o777).toBe(0o600);
  const saved = () =>
    Object.values(JSON.parse(fs.readFileSync(store, "utf8")) as Record<string, { accessToken: string; refreshToken: string; accessExpiresAt: number }>)[0];
  const first = saved();
  expect(JSON.parse(Buffer.from(first.accessToken.split(".")[1], "base64url").toString())).toMatchObject({
    azp: CLI_PERSON_CLIENT,
    email: manager.email.toLowerCase(),
  });

  // In their name through efp-access, without --token; and the admin API sees a non-admin person.
  const sent = efp(["--json", "invitations", "send", ...pair, "--email", `session.${Date.now()}@exemple.fr`, "--roles", "deposant"], { EFP_CLIENT_SECRET: "" });
  expect(sent.stderr).toBe("");
  expect(efp(["applications", "list"], { EFP_CLIENT_SECRET: "" }).code).toBe(4);

  // An access token about to expire is refreshed, and the new one kept.
  fs.writeFileSync(store, JSON.stringify({ [Object.keys(JSON.parse(fs.readFileSync(store, "utf8")))[0]]: { ...first, accessExpiresAt: 0 } }), { mode: 0o600 });
  expect(efp(["--json", "invitations", "list", ...pair], { EFP_CLIENT_SECRET: "" }).json()).toHaveLength(1);
  expect(saved().accessToken).not.toBe(first.accessToken);
  expect(fs.statSync(store).mode & 0o777).toBe(0o600);

  const { refreshToken } = saved();
  const logout = efp(["logout"]);
  expect([logout.code, logout.stdout.trim()]).toEqual([0, "Session fermée."]);
  expect(fs.existsSync(store)).toBe(false);
  // Revoked in Keycloak: the refresh token the file held is dead.
  const refresh = await fetch(`${context.keycloakUrl}/realms/${context.realm}/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken, client_id: CLI_PERSON_CLIENT }),
  });
  expect(refresh.status).toBe(400);
  expect(efp(["invitations", "list", ...pair]).code).toBe(4);
  expect(efp(["logout"]).stdout.trim()).toBe("Aucune session ouverte.");
}, 180_000);
// The CLI says the API's refusal (exit 3), never an internal error.
test("habilitations grant: a third party needs an end date within the realm's maximum; an out-of-range date is refused", async () => {
  const siret = freshSiret();
  await administratorApi().request("POST", "companies", { siret, name: `TIERS CLI ${siret.slice(-4)}` });
  const person = await createPerson("tiers-cli");
  const grant = ["habilitations", "grant", "--user", person.email, "--application", "maf", "--company", siret, "--roles", "deposant"];
  const endless = efp([...grant, "--third-party"]);
  expect(endless.code).toBe(3);
  expect(endless.stderr).toContain("Une délégation à un tiers a une date de fin, au plus 3 ans après aujourd'hui");
  const far = efp([...grant, "--third-party", "--expires-at", "9999-12-31T00:00:00Z"]);
  expect(far.code).toBe(3);
  expect(far.stderr).toContain("au plus 3 ans");
  for (const date of ["+1000000000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z"]) {
    const refused = efp([...grant, "--expires-at", date]);
    expect([date, refused.code, refused.stderr]).toEqual([date, 3, expect.stringContaining("Date de fin hors limites")]);
  }
  expect(efp(["--json", "habilitations", "list", "--application", "maf", "--user", person.email]).json().items).toEqual([]);
  const end = new Date(Date.now() + 365 * 86_400_000).toISOString();
  const granted = efp(["--json", ...grant, "--third-party", "--expires-at", end]);
  expect(granted.stderr).toBe("");
  expect(granted.json()).toMatchObject({ kind: "third-party" });
  expect(new Date(granted.json().expiresAt).getTime()).toBe(new Date(end).getTime());
});

test("exit codes: usage 2, refused 4, not found 5, and --help everywhere", () => {
  expect(efp(["frobnicate"]).code).toBe(2);
  expect(efp(["applications", "list"], { EFP_CLIENT_SECRET: "mauvais" }).code).toBe(4);
  expect(efp(["companies", "show", "00000000000000"]).code).toBe(5);
  for (const command of [[], ["habilitations", "grant"], ["users", "create"]]) {
    const help = efp([...command, "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: efp");
  }
});
