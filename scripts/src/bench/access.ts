// Access management at scale (issue 5's benchmark), on the bench's own stack:
//
// - the access managers' user list ("Gestion des accès › Utilisateurs", GET efp-access/…/users)
//   for one company holding 10,000 habilitations of one application, paged 50 at a time, with
//   the searches and the role filter of the screen. Target p95 ≤ 100 ms. Stock Keycloak doing
//   the same work in the same run: the admin API's page of the same organization's members
//   (GET admin/realms/{realm}/organizations/{id}/members?first&max[&search]), the two called in
//   alternation, one at a time;
// - the screen's first load after a change (the page with the counts per role), each preceded by
//   a change of one person's roles, against the members page and their count of stock Keycloak;
// - submitting an access request (POST efp-access/me/requests, as the gate page does): one at a
//   time, each by a different person, for the same company; the access manager's email is
//   written to the outbox in the same transaction. Stock Keycloak has no such operation.
import { connect, EfpApi, luhnCheckDigit } from "@efp/provisioning";
import { administratorApi } from "./directory.js";
import { percentile } from "./stats.js";
import { random } from "./synthetic-sirene.js";

export const USER_LIST_TARGET_P95_MS = 100;

export interface AccessBenchOptions {
  keycloakUrl: string;
  realm: string;
  admin: { username: string; password: string };
  /** Habilitations of the company (BENCH_ACCESS_HABILITATIONS, default 10,000). */
  habilitations?: number;
  /** Timed user-list pages per side (BENCH_ACCESS_PAGES, default 400). */
  pages?: number;
  /** Timed access requests, one person each (BENCH_ACCESS_REQUESTS, default 200). */
  requests?: number;
  /** Password of the people who sign in (the manager, the requesters). */
  password: string;
  log?: (line: string) => void;
}

export interface Latencies {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface AccessBenchResult {
  habilitations: number;
  grantsPerSecond: number;
  userList: Record<string, { ours: Latencies; stock: Latencies }>;
  userListAll: { ours: Latencies; stock: Latencies };
  /** The screen's first load after a change: the page with the counts per role. */
  firstLoad: { ours: Latencies; stock: Latencies };
  requestSubmission: Latencies;
}

const SURNAMES = "MARTIN BERNARD THOMAS PETIT ROBERT RICHARD DURAND DUBOIS MOREAU LAURENT SIMON MICHEL LEFEBVRE LEROY ROUX DAVID BERTRAND MOREL FOURNIER GIRARD BONNET DUPONT LAMBERT FONTAINE ROUSSEAU VINCENT MULLER LEFEVRE FAURE ANDRE".split(" ");
const FIRST_NAMES = "Jean Marie Pierre Michel Anne Sophie Nicolas Philippe Isabelle Catherine Julien Camille Thomas Léa Lucas Emma Hugo Chloé Louis Manon Karim Fatima Mehdi Nadia".split(" ");

export function latencies(values: number[]): Latencies {
  return { count: values.length, p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99) };
}

/** A valid SIRET (Luhn key) derived from a seed, in a range no real test company uses. */
export function benchSiret(seed: number): string {
  const body = `9${String(seed).padStart(12, "0").slice(-12)}`;
  return `${body}${luhnCheckDigit(body)}`;
}

export interface Person {
  username: string;
  firstName: string;
  lastName: string;
}

/** The company's people: deterministic names, a few surnames shared by many as in real companies. */
export function benchPeople(count: number, seed: number): Person[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => ({
    username: `banc-hab-${String(index).padStart(5, "0")}@exemple.fr`,
    firstName: FIRST_NAMES[Math.floor(next() * FIRST_NAMES.length)],
    lastName: `${SURNAMES[Math.floor(next() ** 2 * SURNAMES.length)]}${index % 7 === 0 ? "-" + SURNAMES[index % SURNAMES.length] : ""}`,
  }));
}

/** What the screen asks for: plain pages anywhere in the list, a name being searched, a role filter. */
export function userListMix(total: number, count: number, seed: number): { kind: string; first: number; search?: string; role?: string }[] {
  const next = random(seed);
  const pages = Math.max(1, Math.floor(total / 50));
  return Array.from({ length: count }, () => {
    const pick = next();
    const first = Math.floor(next() * pages) * 50;
    if (pick < 0.5) return { kind: "page", first };
    if (pick < 0.8) {
      const surname = SURNAMES[Math.floor(next() * SURNAMES.length)];
      return { kind: "recherche", first: 0, search: surname.slice(0, 3 + Math.floor(next() * (surname.length - 2))).toLowerCase() };
    }
    return { kind: "rôle", first: Math.floor(next() * Math.max(1, Math.floor(pages / 5))) * 50, role: "gestionnaire" };
  });
}

async function token(options: AccessBenchOptions, username: string): Promise<string> {
  const response = await fetch(`${options.keycloakUrl}/realms/${options.realm}/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "password", client_id: "admin-cli", username, password: options.password }),
  });
  const body = (await response.json()) as { access_token?: string; error_description?: string };
  if (!body.access_token) throw new Error(`jeton refusé pour ${username} : ${response.status} ${body.error_description}`);
  return body.access_token;
}

async function timed(call: () => Promise<Response>): Promise<number> {
  const start = performance.now();
  const response = await call();
  const text = await response.text();
  const elapsed = performance.now() - start;
  if (!response.ok) throw new Error(`${response.status} ${text.slice(0, 200)}`);
  return elapsed;
}

async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let nextIndex = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (nextIndex < items.length) await work(items[nextIndex++]);
  }));
}

export interface AccessBenchData {
  siret: string;
  application: string;
  requestedApplication: string;
  organizationId: string;
  people: Person[];
  manager: Person;
  grantsPerSecond: number;
}

/** The company, its 10,000 people with their habilitations, and its access manager. */
export async function setupAccess(options: AccessBenchOptions): Promise<AccessBenchData> {
  const log = options.log ?? (() => {});
  const { realm, keycloakUrl } = options;
  const total = options.habilitations ?? 10_000;
  const requestCount = options.requests ?? 200;
  const application = "soffi";
  const requestedApplication = "maf";
  const kc = await connect({ baseUrl: keycloakUrl, ...options.admin });
  const api: EfpApi = await administratorApi({ keycloakUrl, realm, admin: options.admin });
  const siret = benchSiret(424242);

  // The company, its people (the first requestCount of them can sign in) and the manager.
  await api.request("POST", "companies", { kind: "company", siret, name: "BANC HABILITATIONS", address: "1 RUE DU BANC 75001 PARIS" }).catch((error: Error) => {
    if (!/409|existe/.test(error.message)) throw error;
  });
  const people = benchPeople(total, 7);
  const manager: Person = { username: "banc-responsable@exemple.fr", firstName: "Rose", lastName: "RESPONSABLE" };
  const started = performance.now();
  for (let index = 0; index < people.length; index += 500) {
    const chunk = people.slice(index, index + 500);
    await kc.realms.partialImport({
      realm,
      rep: {
        ifResourceExists: "SKIP",
        users: chunk.map((person, offset) => ({
          username: person.username, email: person.username, firstName: person.firstName, lastName: person.lastName, enabled: true, emailVerified: true,
          ...(index + offset < requestCount && { credentials: [{ type: "password", value: options.password, temporary: false }] }),
        })),
      },
    });
  }
  await kc.realms.partialImport({
    realm,
    rep: { ifResourceExists: "SKIP", users: [{ ...manager, email: manager.username, enabled: true, emailVerified: true, credentials: [{ type: "password", value: options.password, temporary: false }] }] },
  });
  log(`Accès : ${total + 1} personnes créées en ${((performance.now() - started) / 1000).toFixed(0)} s`);

  // 10,000 habilitations through the administrators' API (the way `efp habilitations grant` does).
  const grantsStarted = performance.now();
  let done = 0;
  await inParallel(people.map((person, index) => ({ person, index })), 4, async ({ person, index }) => {
    const roles = index % 10 === 0 ? ["consultation", "gestionnaire"] : index % 4 === 0 ? ["gestionnaire"] : ["consultation"];
    await api.request("POST", "habilitations", { user: person.username, application, company: siret, roles });
    if (++done % 1000 === 0) log(`Accès : ${done} habilitations`);
  });
  const grantsPerSecond = total / ((performance.now() - grantsStarted) / 1000);
  await api.request("POST", "habilitations", { user: manager.username, application, company: siret, roles: ["gestionnaire"], accessManager: true });
  await api.request("POST", "habilitations", { user: manager.username, application: requestedApplication, company: siret, roles: ["deposant"], accessManager: true });
  // The manager has accepted the charter (otherwise no token at all), as the page would record it.
  const realmRep = await kc.realms.findOne({ realm });
  const [managerUser] = await kc.users.find({ realm, username: manager.username, exact: true });
  const charterVersion = realmRep?.attributes?.["efp.charter.version"] as string | undefined;
  await kc.users.update({ realm, id: managerUser.id! }, { ...managerUser, attributes: { ...managerUser.attributes, ...(charterVersion && { "efp.charter.accepted-version": [charterVersion] }) }, requiredActions: [] });
  log(`Accès : ${total} habilitations accordées à ${grantsPerSecond.toFixed(0)}/s`);
  const organizations = await kc.organizations.find({ realm, search: siret });
  const organization = organizations.find((org) => org.alias === siret);
  if (!organization?.id) throw new Error(`organisation ${siret} introuvable`);
  return { siret, application, requestedApplication, organizationId: organization.id, people, manager, grantsPerSecond };
}

/** The user list, ours and stock in alternation, one request at a time, after 40 of warm-up. */
export async function measureUserList(options: AccessBenchOptions, data: AccessBenchData): Promise<Pick<AccessBenchResult, "userList" | "userListAll">> {
  const { realm, keycloakUrl } = options;
  const { siret, application, manager, organizationId } = data;
  const kc = await connect({ baseUrl: keycloakUrl, ...options.admin });
  const mix = userListMix(data.people.length, (options.pages ?? 400) + 40, 11);
  let managerToken = await token(options, manager.username);
  let tokenAt = Date.now();
  const adminToken = async () => {
    await kc.auth({ username: options.admin.username, password: options.admin.password, grantType: "password", clientId: "admin-cli" });
    return kc.accessToken!;
  };
  let stockToken = await adminToken();
  const ours: Record<string, number[]> = {};
  const stock: Record<string, number[]> = {};
  for (const [index, query] of mix.entries()) {
    if (Date.now() - tokenAt > 50_000) {
      managerToken = await token(options, manager.username);
      stockToken = await adminToken();
      tokenAt = Date.now();
    }
    // As the screen asks when paging or searching: without the counts, which it has from its first load.
    const params = new URLSearchParams({ first: String(query.first), max: "50", counts: "false", ...(query.search && { search: query.search }), ...(query.role && { role: query.role }) });
    const oursMs = await timed(() => fetch(`${keycloakUrl}/realms/${realm}/efp-access/applications/${application}/companies/${siret}/users?${params}`, { headers: { authorization: `Bearer ${managerToken}` } }));
    // Keycloak's members page has no role filter: the same page, unfiltered, is its nearest work.
    const stockParams = new URLSearchParams({ first: String(query.first), max: "50", ...(query.search && { search: query.search }) });
    const stockMs = await timed(() => fetch(`${keycloakUrl}/admin/realms/${realm}/organizations/${organizationId}/members?${stockParams}`, { headers: { authorization: `Bearer ${stockToken}` } }));
    if (index < 40) continue;
    (ours[query.kind] ??= []).push(oursMs);
    (stock[query.kind] ??= []).push(stockMs);
  }
  const userList: AccessBenchResult["userList"] = {};
  for (const kind of Object.keys(ours)) userList[kind] = { ours: latencies(ours[kind]), stock: latencies(stock[kind]) };
  return { userList, userListAll: { ours: latencies(Object.values(ours).flat()), stock: latencies(Object.values(stock).flat()) } };
}

/**
 * The screen's first load, which it also asks for after each change: the first page with the
 * counts per role, access managers and third parties (counts=true). Each is preceded by a change
 * (not timed): one person's roles toggle through efp-access, as the screen would do; a database
 * would otherwise serve the same counts again from a cache. Stock Keycloak's nearest work: the
 * first page of the organization's members and their count (two calls, timed together).
 */
export async function measureFirstLoads(options: AccessBenchOptions, data: AccessBenchData, count = 60): Promise<AccessBenchResult["firstLoad"]> {
  const { realm, keycloakUrl } = options;
  const { siret, application, manager, organizationId } = data;
  const kc = await connect({ baseUrl: keycloakUrl, ...options.admin });
  const managerToken = await token(options, manager.username);
  await kc.auth({ username: options.admin.username, password: options.admin.password, grantType: "password", clientId: "admin-cli" });
  const stockToken = kc.accessToken!;
  const base = `${keycloakUrl}/realms/${realm}/efp-access/applications/${application}/companies/${siret}`;
  const asManager = { authorization: `Bearer ${managerToken}`, "content-type": "application/json" };
  const page = (await (await fetch(`${base}/users?first=0&max=50&counts=false`, { headers: asManager })).json()) as { items: { id: string; accessManager: boolean }[] };
  const changed = page.items.find((item) => !item.accessManager);
  if (!changed) throw new Error("aucune habilitation à modifier sur la première page");
  const ours: number[] = [];
  const stock: number[] = [];
  for (let index = 0; index < count + 5; index++) {
    const roles = index % 2 === 0 ? ["consultation", "gestionnaire"] : ["consultation"];
    const update = await fetch(`${base}/habilitations/${changed.id}`, { method: "PUT", headers: asManager, body: JSON.stringify({ roles, accessManager: false, kind: "member" }) });
    if (!update.ok) throw new Error(`modification refusée : ${update.status} ${await update.text()}`);
    const oursMs = await timed(() => fetch(`${base}/users?first=0&max=50`, { headers: asManager }));
    const members = `${keycloakUrl}/admin/realms/${realm}/organizations/${organizationId}/members`;
    const stockMs = (await timed(() => fetch(`${members}?first=0&max=50`, { headers: { authorization: `Bearer ${stockToken}` } })))
      + (await timed(() => fetch(`${members}/count`, { headers: { authorization: `Bearer ${stockToken}` } })));
    if (index < 5) continue;
    ours.push(oursMs);
    stock.push(stockMs);
  }
  return { ours: latencies(ours), stock: latencies(stock) };
}

/** Access requests: each requester signs in once (not timed), then submits (timed). */
export async function measureRequests(options: AccessBenchOptions, data: AccessBenchData): Promise<Latencies> {
  const { realm, keycloakUrl } = options;
  const requesters = data.people.slice(0, options.requests ?? 200);
  const tokens: string[] = [];
  await inParallel(requesters, 2, async (person) => {
    tokens.push(await token(options, person.username));
  });
  const submissions: number[] = [];
  for (const [index, requesterToken] of tokens.entries()) {
    const ms = await timed(() => fetch(`${keycloakUrl}/realms/${realm}/efp-access/me/requests`, {
      method: "POST",
      headers: { authorization: `Bearer ${requesterToken}`, "content-type": "application/json" },
      body: JSON.stringify({ application: data.requestedApplication, siret: data.siret, description: `Demande de banc n° ${index} : accès pour le suivi des dossiers.` }),
    }));
    submissions.push(ms);
  }
  return latencies(submissions.slice(10));
}

export async function benchAccess(options: AccessBenchOptions): Promise<AccessBenchResult> {
  const data = await setupAccess(options);
  const list = await measureUserList(options, data);
  const firstLoad = await measureFirstLoads(options, data);
  const requestSubmission = await measureRequests(options, data);
  return { habilitations: data.people.length, grantsPerSecond: data.grantsPerSecond, ...list, firstLoad, requestSubmission };
}
