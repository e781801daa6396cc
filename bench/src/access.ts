// Access management at scale on the bench's own stack:
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
import crypto from "node:crypto";
import { connect, EfpApi, luhnCheckDigit } from "@efp/provisioning";
import { administratorApi } from "./directory.js";
import { codeFlowToken, CookieJar } from "./http-login.js";
import type { BenchContext, BenchPart } from "./part.js";
import { percentile } from "./stats.js";
import { random } from "./synthetic-sirene.js";

export const USER_LIST_TARGET_P95_MS = 100;

export interface AccessBenchOptions {
  keycloakUrl: string;
  realm: string;
  admin: { username: string; password: string };
  /** Habilitations of the company (BENCH_ACCESS_HABILITATIONS, default 10,000). */
  habilitations?: number;
  /** Timed user-list pages per side (BENCH_ACCESS_PAGES, default 400), after `pageWarmup` untimed. */
  pages?: number;
  pageWarmup?: number;
  /** Timed first loads after a change (default 60), after `firstLoadWarmup` untimed. */
  firstLoads?: number;
  firstLoadWarmup?: number;
  /** Access requests, one person each (BENCH_ACCESS_REQUESTS, default 200); the first `requestWarmup` untimed. */
  requests?: number;
  requestWarmup?: number;
  /** Password of the people who sign in (the manager, the requesters). */
  password: string;
  /** The CAPTCHA answer of the stack's test provider: people sign in through the login page. */
  captchaAnswer: string;
  /** Starts the names of the people and the company, so that runs on one stack never collide. */
  prefix?: string;
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

export const SURNAMES =
  "MARTIN BERNARD THOMAS PETIT ROBERT RICHARD DURAND DUBOIS MOREAU LAURENT SIMON MICHEL LEFEBVRE LEROY ROUX DAVID BERTRAND MOREL FOURNIER GIRARD BONNET DUPONT LAMBERT FONTAINE ROUSSEAU VINCENT MULLER LEFEVRE FAURE ANDRE".split(
    " ",
  );
const FIRST_NAMES =
  "Jean Marie Pierre Michel Anne Sophie Nicolas Philippe Isabelle Catherine Julien Camille Thomas Léa Lucas Emma Hugo Chloé Louis Manon Karim Fatima Mehdi Nadia".split(
    " ",
  );

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
export function benchPeople(count: number, seed: number, prefix = "banc"): Person[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => ({
    username: `${prefix}-hab-${String(index).padStart(5, "0")}@exemple.fr`,
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

/**
 * A person's token for efp-access, as Mon compte gets it: Keycloak's account-console client,
 * authorization code with PKCE through the login page (the realm allows no password grant).
 * With `jar`, a second call reuses the person's SSO session instead of the form.
 */
async function token(options: AccessBenchOptions, username: string, jar?: CookieJar): Promise<string> {
  const tokens = await codeFlowToken({
    keycloakUrl: options.keycloakUrl,
    realm: options.realm,
    clientId: "account-console",
    redirectUri: `${options.keycloakUrl}/realms/${options.realm}/account/`,
    username,
    password: options.password,
    captchaAnswer: options.captchaAnswer,
    jar,
  });
  return tokens.access_token;
}

export async function timed(call: () => Promise<Response>): Promise<number> {
  const start = performance.now();
  const response = await call();
  const text = await response.text();
  const elapsed = performance.now() - start;
  if (!response.ok) throw new Error(`${response.status} ${text.slice(0, 200)}`);
  return elapsed;
}

export async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let nextIndex = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (nextIndex < items.length) await work(items[nextIndex++]);
    }),
  );
}

export interface AccessBenchData {
  siret: string;
  application: string;
  requestedApplication: string;
  organizationId: string;
  people: Person[];
  manager: Person;
  /** The manager's browser: after the first login, new tokens come from its SSO session. */
  managerJar: CookieJar;
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
  const prefix = options.prefix ?? "banc";
  // The bench's own SIRET, another one for each prefix (runs on a shared stack).
  const siret = benchSiret(prefix === "banc" ? 424242 : crypto.createHash("sha256").update(prefix).digest().readUInt32BE(0));

  // The company, its people (the first requestCount of them can sign in) and the manager.
  await api
    .request("POST", "companies", { kind: "company", siret, name: `BANC HABILITATIONS ${siret}`, address: "1 RUE DU BANC 75001 PARIS" })
    .catch((error: Error) => {
      if (!/409|existe/.test(error.message)) throw error;
    });
  const people = benchPeople(total, 7, prefix);
  const manager: Person = { username: `${prefix}-responsable@exemple.fr`, firstName: "Rose", lastName: "RESPONSABLE" };
  const started = performance.now();
  for (let index = 0; index < people.length; index += 500) {
    const chunk = people.slice(index, index + 500);
    await kc.realms.partialImport({
      realm,
      rep: {
        ifResourceExists: "SKIP",
        users: chunk.map((person, offset) => ({
          username: person.username,
          email: person.username,
          firstName: person.firstName,
          lastName: person.lastName,
          enabled: true,
          emailVerified: true,
          ...(index + offset < requestCount && { credentials: [{ type: "password", value: options.password, temporary: false }] }),
        })),
      },
    });
  }
  await kc.realms.partialImport({
    realm,
    rep: {
      ifResourceExists: "SKIP",
      users: [
        {
          ...manager,
          email: manager.username,
          enabled: true,
          emailVerified: true,
          credentials: [{ type: "password", value: options.password, temporary: false }],
        },
      ],
    },
  });
  log(`Accès : ${total + 1} personnes créées en ${((performance.now() - started) / 1000).toFixed(0)} s`);

  // 10,000 habilitations through the administrators' API (the way `efp habilitations grant` does).
  const grantsStarted = performance.now();
  let done = 0;
  await inParallel(
    people.map((person, index) => ({ person, index })),
    4,
    async ({ person, index }) => {
      const roles = index % 10 === 0 ? ["consultation", "gestionnaire"] : index % 4 === 0 ? ["gestionnaire"] : ["consultation"];
      await api.request("POST", "habilitations", { user: person.username, application, company: siret, roles });
      if (++done % 1000 === 0) log(`Accès : ${done} habilitations`);
    },
  );
  const grantsPerSecond = total / ((performance.now() - grantsStarted) / 1000);
  await api.request("POST", "habilitations", { user: manager.username, application, company: siret, roles: ["gestionnaire"], accessManager: true });
  await api.request("POST", "habilitations", {
    user: manager.username,
    application: requestedApplication,
    company: siret,
    roles: ["deposant"],
    accessManager: true,
  });
  // The manager has accepted the charter (otherwise no token at all), as the page would record it.
  const realmRep = await kc.realms.findOne({ realm });
  const [managerUser] = await kc.users.find({ realm, username: manager.username, exact: true });
  const charterVersion = realmRep?.attributes?.["efp.charter.version"] as string | undefined;
  await kc.users.update(
    { realm, id: managerUser.id! },
    {
      ...managerUser,
      attributes: { ...managerUser.attributes, ...(charterVersion && { "efp.charter.accepted-version": [charterVersion] }) },
      requiredActions: [],
    },
  );
  log(`Accès : ${total} habilitations accordées à ${grantsPerSecond.toFixed(0)}/s`);
  const organizations = await kc.organizations.find({ realm, search: siret });
  const organization = organizations.find((org) => org.alias === siret);
  if (!organization?.id) throw new Error(`organisation ${siret} introuvable`);
  return { siret, application, requestedApplication, organizationId: organization.id, people, manager, managerJar: new CookieJar(), grantsPerSecond };
}

/** The user list, ours and stock in alternation, one request at a time, after 40 of warm-up. */
export async function measureUserList(options: AccessBenchOptions, data: AccessBenchData): Promise<Pick<AccessBenchResult, "userList" | "userListAll">> {
  const { realm, keycloakUrl } = options;
  const { siret, application, manager, organizationId } = data;
  const kc = await connect({ baseUrl: keycloakUrl, ...options.admin });
  const warmup = options.pageWarmup ?? 40;
  const mix = userListMix(data.people.length, (options.pages ?? 400) + warmup, 11);
  const { managerJar } = data;
  let managerToken = await token(options, manager.username, managerJar);
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
      managerToken = await token(options, manager.username, managerJar);
      stockToken = await adminToken();
      tokenAt = Date.now();
    }
    // As the screen asks when paging or searching: without the counts, which it has from its first load.
    const params = new URLSearchParams({
      first: String(query.first),
      max: "50",
      counts: "false",
      ...(query.search && { search: query.search }),
      ...(query.role && { role: query.role }),
    });
    const oursMs = await timed(() =>
      fetch(`${keycloakUrl}/realms/${realm}/efp-access/applications/${application}/companies/${siret}/users?${params}`, {
        headers: { authorization: `Bearer ${managerToken}` },
      }),
    );
    // Keycloak's members page has no role filter: the same page, unfiltered, is its nearest work.
    const stockParams = new URLSearchParams({ first: String(query.first), max: "50", ...(query.search && { search: query.search }) });
    const stockMs = await timed(() =>
      fetch(`${keycloakUrl}/admin/realms/${realm}/organizations/${organizationId}/members?${stockParams}`, {
        headers: { authorization: `Bearer ${stockToken}` },
      }),
    );
    if (index < warmup) continue;
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
export async function measureFirstLoads(options: AccessBenchOptions, data: AccessBenchData): Promise<AccessBenchResult["firstLoad"]> {
  const count = options.firstLoads ?? 60;
  const warmup = options.firstLoadWarmup ?? 5;
  const { realm, keycloakUrl } = options;
  const { siret, application, manager, organizationId } = data;
  const kc = await connect({ baseUrl: keycloakUrl, ...options.admin });
  const managerToken = await token(options, manager.username, data.managerJar);
  await kc.auth({ username: options.admin.username, password: options.admin.password, grantType: "password", clientId: "admin-cli" });
  const stockToken = kc.accessToken!;
  const base = `${keycloakUrl}/realms/${realm}/efp-access/applications/${application}/companies/${siret}`;
  const asManager = { authorization: `Bearer ${managerToken}`, "content-type": "application/json" };
  const page = (await (await fetch(`${base}/users?first=0&max=50&counts=false`, { headers: asManager })).json()) as {
    items: { id: string; accessManager: boolean }[];
  };
  const changed = page.items.find((item) => !item.accessManager);
  if (!changed) throw new Error("aucune habilitation à modifier sur la première page");
  const ours: number[] = [];
  const stock: number[] = [];
  for (let index = 0; index < count + warmup; index++) {
    const roles = index % 2 === 0 ? ["consultation", "gestionnaire"] : ["consultation"];
    const update = await fetch(`${base}/habilitations/${changed.id}`, {
      method: "PUT",
      headers: asManager,
      body: JSON.stringify({ roles, accessManager: false, kind: "member" }),
    });
    if (!update.ok) throw new Error(`modification refusée : ${update.status} ${await update.text()}`);
    const oursMs = await timed(() => fetch(`${base}/users?first=0&max=50`, { headers: asManager }));
    const members = `${keycloakUrl}/admin/realms/${realm}/organizations/${organizationId}/members`;
    const stockMs =
      (await timed(() => fetch(`${members}?first=0&max=50`, { headers: { authorization: `Bearer ${stockToken}` } }))) +
      (await timed(() => fetch(`${members}/count`, { headers: { authorization: `Bearer ${stockToken}` } })));
    if (index < warmup) continue;
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
    const ms = await timed(() =>
      fetch(`${keycloakUrl}/realms/${realm}/efp-access/me/requests`, {
        method: "POST",
        headers: { authorization: `Bearer ${requesterToken}`, "content-type": "application/json" },
        body: JSON.stringify({
          application: data.requestedApplication,
          siret: data.siret,
          description: `Demande de banc n° ${index} : accès pour le suivi des dossiers.`,
        }),
      }),
    );
    submissions.push(ms);
  }
  return latencies(submissions.slice(options.requestWarmup ?? 10));
}

export async function benchAccess(options: AccessBenchOptions): Promise<AccessBenchResult> {
  const data = await setupAccess(options);
  const list = await measureUserList(options, data);
  const firstLoad = await measureFirstLoads(options, data);
  const requestSubmission = await measureRequests(options, data);
  return { habilitations: data.people.length, grantsPerSecond: data.grantsPerSecond, ...list, firstLoad, requestSubmission };
}

export function figures(l: Latencies) {
  return `p50 ${l.p50.toFixed(1).padStart(6)} ms   p95 ${l.p95.toFixed(1).padStart(6)} ms   p99 ${l.p99.toFixed(1).padStart(6)} ms   (${l.count})`;
}

export const accessPart: BenchPart<{
  habilitations: number;
  pages: number;
  pageWarmup: number;
  firstLoads: number;
  firstLoadWarmup: number;
  requests: number;
  requestWarmup: number;
}> = {
  name: "access",
  sizes: {
    habilitations: { env: "BENCH_ACCESS_HABILITATIONS", full: 10_000, tiny: 10 },
    pages: { env: "BENCH_ACCESS_PAGES", full: 400, tiny: 4 },
    pageWarmup: { full: 40, tiny: 1 },
    firstLoads: { env: "BENCH_ACCESS_FIRST_LOADS", full: 60, tiny: 2 },
    firstLoadWarmup: { full: 5, tiny: 1 },
    requests: { env: "BENCH_ACCESS_REQUESTS", full: 200, tiny: 2 },
    requestWarmup: { full: 10, tiny: 1 },
  },
  async run(context: BenchContext, sizes) {
    const prefix = `banc-${context.runId}`;
    const options: AccessBenchOptions = { ...context, ...sizes, prefix };
    const data = await setupAccess(options);
    try {
      const list = await measureUserList(options, data);
      const firstLoad = await measureFirstLoads(options, data);
      const requestSubmission = await measureRequests(options, data);
      const result: AccessBenchResult = { habilitations: data.people.length, grantsPerSecond: data.grantsPerSecond, ...list, firstLoad, requestSubmission };
      return report(context, result);
    } finally {
      if (context.cleanUp) {
        // The organization takes its habilitations and requests with it (RemovalCleanup).
        const kc = await connect({ baseUrl: context.keycloakUrl, ...context.admin });
        await kc.organizations.delById({ realm: context.realm, id: data.organizationId });
        for (const user of await kc.users.find({ realm: context.realm, search: prefix, max: 100_000 }))
          if (user.username?.startsWith(prefix)) await kc.users.del({ realm: context.realm, id: user.id! });
      }
    }
  },
};

function report(context: BenchContext, result: AccessBenchResult) {
  const print = context.print;
  print(
    `  Gestion des accès, ${result.habilitations} habilitations d'un établissement (accordées à ${result.grantsPerSecond.toFixed(0)}/s), pages de 50, une requête à la fois :`,
  );
  for (const [kind, { ours, stock }] of Object.entries(result.userList)) {
    print(`    ${`liste efp-access, ${kind}`.padEnd(40)} ${figures(ours)}`);
    print(`    ${`membres d'organisation (stock), ${kind}`.padEnd(40)} ${figures(stock)}`);
  }
  const { ours, stock } = result.userListAll;
  print(`    ${"liste efp-access, tout".padEnd(40)} ${figures(ours)}`);
  print(`    ${"membres d'organisation (stock), tout".padEnd(40)} ${figures(stock)}`);
  print(
    `    rapport efp / stock : p50 ${(ours.p50 / stock.p50).toFixed(2)}, p95 ${(ours.p95 / stock.p95).toFixed(2)} (objectif p95 ≤ ${USER_LIST_TARGET_P95_MS} ms : ${ours.p95 <= USER_LIST_TARGET_P95_MS ? "atteint" : "NON ATTEINT"})`,
  );
  print(`    ${"premier affichage avec les comptes, efp".padEnd(40)} ${figures(result.firstLoad.ours)}`);
  print(`    ${"membres + leur nombre (stock)".padEnd(40)} ${figures(result.firstLoad.stock)}`);
  print(
    `    rapport efp / stock au premier affichage : p50 ${(result.firstLoad.ours.p50 / result.firstLoad.stock.p50).toFixed(2)}, p95 ${(result.firstLoad.ours.p95 / result.firstLoad.stock.p95).toFixed(2)}`,
  );
  print(`    ${"dépôt d'une demande d'accès".padEnd(40)} ${figures(result.requestSubmission)}`);
  return {
    // Every call was checked (a failed one throws): what was timed all succeeded.
    operations: ours.count + stock.count + result.firstLoad.ours.count + result.firstLoad.stock.count + result.requestSubmission.count,
    errors: 0,
    figures: {
      "habilitations accordées/s": result.grantsPerSecond,
      "liste efp p50 ms": ours.p50,
      "liste efp p95 ms": ours.p95,
      "liste stock p50 ms": stock.p50,
      "liste stock p95 ms": stock.p95,
      "liste rapport p95": ours.p95 / stock.p95,
      "premier affichage efp p95 ms": result.firstLoad.ours.p95,
      "premier affichage stock p95 ms": result.firstLoad.stock.p95,
      "demande d'accès p50 ms": result.requestSubmission.p50,
      "demande d'accès p95 ms": result.requestSubmission.p95,
    },
  };
}
