// Tokens that stay small and cheap, against a real Keycloak: past the realm's limit
// an application's token carries the overage marker instead of the list and stays under 8 KB;
// the efp-token endpoint gives the full list to that application only, and refuses every other
// client's token; an application asking for the scope efp-company gets one company, picked by
// the person when they hold several, and a refresh keeps it. Tokens come from the code flow
// over HTTP (our login page, fixed CAPTCHA), never from a password grant.
import { EfpApi } from "@efp/provisioning";
import { codeFlowTokens, companiesOffered, refreshTokens, type TokenClient, type Tokens } from "../../bench/src/token-flow.js";
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";
import { administratorApi, claims, createPerson, freshSiret, PERSON_PASSWORD } from "../support/efp-admin.js";
import { FIXED_CAPTCHA_ANSWER } from "../support/login-page.js";

const context = testContext();
const LIMIT = 20; // realm-config/realm.yaml, tokens.maxHabilitations
const HEADER_LIMIT = 8 * 1024;
const ENDPOINT = `${context.keycloakUrl}/realms/${context.realm}/efp-token/habilitations`;

let admin: EfpApi;
const clients: Record<"soffi" | "maf" | "stock" | "account", TokenClient> = {} as never;
const sirets = Array.from({ length: LIMIT + 5 }, () => freshSiret());
const mafSiret = freshSiret();

// Brute-force detection (quickLoginCheckMilliSeconds 1000) dislikes two sign-ins of one account
// within a second: tests space them, as people do.
const lastSignIn = new Map<string, number>();
async function tokensOf(client: TokenClient, username: string, options: { scope?: string; pickCompany?: (html: string) => string } = {}): Promise<Tokens> {
  const wait = (lastSignIn.get(username) ?? 0) + 1_200 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  lastSignIn.set(username, Date.now());
  return codeFlowTokens(client, { username, password: PERSON_PASSWORD, captchaAnswer: FIXED_CAPTCHA_ANSWER, ...options });
}

async function grant(email: string, application: string, siret: string, roles: string[]) {
  await admin.request("POST", "habilitations", { user: email, application, company: siret, roles });
}

async function callEndpoint(token?: string) {
  const response = await fetch(ENDPOINT, { headers: token === undefined ? {} : { Authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function applicationClient(clientId: string): Promise<TokenClient> {
  const kc = await adminClient();
  const [client] = await kc.clients.find({ realm: context.realm, clientId });
  const { value } = await kc.clients.getClientSecret({ realm: context.realm, id: client.id! });
  return { keycloakUrl: context.keycloakUrl, realm: context.realm, clientId, clientSecret: value, redirectUri: client.redirectUris![0] };
}

beforeAll(async () => {
  admin = administratorApi();
  for (const [index, siret] of sirets.entries())
    await admin.request("POST", "companies", { siret, name: `ENTREPRISE JETON ${String(index).padStart(2, "0")}` });
  await admin.request("POST", "companies", { siret: mafSiret, name: "ENTREPRISE MAF SEULEMENT" });
  clients.soffi = await applicationClient("soffi");
  clients.maf = await applicationClient("maf");
  // A confidential client of the realm that is not an EFP application (no efp.application).
  const kc = await adminClient();
  const stockId = `stock-jetons-${Date.now()}`;
  await kc.clients.create({
    realm: context.realm,
    clientId: stockId,
    publicClient: false,
    secret: "stock-secret",
    standardFlowEnabled: true,
    directAccessGrantsEnabled: false,
    redirectUris: ["http://127.0.0.1:9/cb"],
  });
  clients.stock = {
    keycloakUrl: context.keycloakUrl,
    realm: context.realm,
    clientId: stockId,
    clientSecret: "stock-secret",
    redirectUri: "http://127.0.0.1:9/cb",
  };
  clients.account = {
    keycloakUrl: context.keycloakUrl,
    realm: context.realm,
    clientId: "account-console",
    redirectUri: `${context.keycloakUrl}/realms/${context.realm}/account/`,
  };
}, 120_000);

test("up to the realm's limit, the token lists the habilitations", async () => {
  const person = await createPerson("jeton-court");
  await grant(person.email, "soffi", sirets[0], ["consultation"]);
  await grant(person.email, "soffi", sirets[1], ["gestionnaire"]);
  const tokens = await tokensOf(clients.soffi, person.email);
  for (const token of [tokens.access_token, tokens.id_token!]) {
    const body = claims(token);
    expect((body.efp_habilitations as { siret: string }[]).map((entry) => entry.siret).sort()).toEqual([sirets[0], sirets[1]].sort());
    expect(body._claim_names).toBeUndefined();
    expect(body.efp_habilitations_count).toBeUndefined();
  }
});

test("past the limit, tokens carry the overage marker, keep the union of roles and stay under 8 KB; the endpoint gives the full list of that application only", async () => {
  const person = await createPerson("jeton-long");
  for (const [index, siret] of sirets.entries()) await grant(person.email, "soffi", siret, [index === 3 ? "gestionnaire" : "consultation"]);
  await grant(person.email, "maf", mafSiret, ["deposant"]);
  const tokens = await tokensOf(clients.soffi, person.email);
  for (const token of [tokens.access_token, tokens.id_token!, tokens.refresh_token]) expect(token.length).toBeLessThan(HEADER_LIMIT);
  for (const token of [tokens.access_token, tokens.id_token!]) {
    const body = claims(token);
    expect(body.efp_habilitations).toBeUndefined();
    expect(body._claim_names).toEqual({ efp_habilitations: "efp" });
    expect(body._claim_sources).toEqual({ efp: { endpoint: ENDPOINT } });
    expect(body.efp_habilitations_count).toBe(sirets.length);
  }
  expect((claims(tokens.access_token).resource_access as Record<string, { roles: string[] }>).soffi.roles.sort()).toEqual(["consultation", "gestionnaire"]);
  expect(JSON.stringify(claims(tokens.access_token))).not.toContain(mafSiret);

  const { status, body } = await callEndpoint(tokens.access_token);
  expect(status).toBe(200);
  expect(body.application).toBe("soffi");
  expect(body.sub).toBe(claims(tokens.access_token).sub);
  const entries = body.efp_habilitations as { siret: string; roles: string[]; company: string }[];
  expect(entries.map((entry) => entry.siret).sort()).toEqual([...sirets].sort());
  expect(entries.find((entry) => entry.siret === sirets[3])).toMatchObject({
    company: "ENTREPRISE JETON 03",
    roles: ["gestionnaire"],
    access_manager: false,
    third_party: false,
  });
  expect(JSON.stringify(body)).not.toContain(mafSiret);

  // The same person's MAF token reads MAF's habilitations, never SOFFI's.
  const maf = await tokensOf(clients.maf, person.email);
  const fromMaf = await callEndpoint(maf.access_token);
  expect(fromMaf.status).toBe(200);
  expect(fromMaf.body).toMatchObject({
    application: "maf",
    efp_habilitations: [{ siret: mafSiret, company: "ENTREPRISE MAF SEULEMENT", roles: ["deposant"] }],
  });
  expect(JSON.stringify(fromMaf.body)).not.toContain(sirets[0]);

  // A refresh keeps the marker.
  const refreshed = await refreshTokens(clients.soffi, tokens.refresh_token);
  expect(claims(refreshed.access_token).efp_habilitations_count).toBe(sirets.length);
});

test("the endpoint refuses a missing or invalid token (401) and any token not issued to an EFP application (403), as JSON with a French message", async () => {
  const person = await createPerson("jeton-refus");
  await grant(person.email, "soffi", sirets[0], ["consultation"]);
  const soffi = await tokensOf(clients.soffi, person.email);

  for (const token of [undefined, "", "pas-un-jeton", `${soffi.access_token.slice(0, -4)}AAAA`, soffi.id_token!]) {
    const { status, body } = await callEndpoint(token);
    expect({ token: token?.slice(0, 12), status }).toEqual({ token: token?.slice(0, 12), status: 401 });
    expect(body).toEqual({ error: "unauthorized", message: expect.stringMatching(/Jeton d'accès/) });
  }

  const stock = await tokensOf(clients.stock, person.email);
  const account = await tokensOf(clients.account, person.email);
  const cliResponse = await fetch(`${context.keycloakUrl}/realms/${context.realm}/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: "efp-cli", client_secret: "efp-cli-test-secret" }),
  });
  const serviceAccount = ((await cliResponse.json()) as { access_token: string }).access_token;
  for (const [who, token] of Object.entries({ stock: stock.access_token, account: account.access_token, serviceAccount })) {
    const { status, body } = await callEndpoint(token);
    expect({ who, status }).toEqual({ who, status: 403 });
    expect(body).toEqual({ error: "wrong_audience", message: expect.stringContaining("application EFP") });
  }
});

test("asked for one company, a person holding several picks it on a page; the token and its refresh name only that one", async () => {
  const person = await createPerson("jeton-choix");
  await grant(person.email, "soffi", sirets[5], ["consultation"]);
  await grant(person.email, "soffi", sirets[6], ["gestionnaire"]);
  const pages: string[][] = [];
  const tokens = await tokensOf(clients.soffi, person.email, {
    scope: "openid efp-company",
    pickCompany: (html) => {
      pages.push(companiesOffered(html));
      // First a company the person does not hold: refused, the page comes back.
      return pages.length === 1 ? sirets[7] : sirets[6];
    },
  });
  // The page lists the companies in name order (ENTREPRISE JETON 05, then 06), whatever their SIRETs.
  expect(pages).toEqual([
    [sirets[5], sirets[6]],
    [sirets[5], sirets[6]],
  ]);
  const chosen = [{ siret: sirets[6], company: "ENTREPRISE JETON 06", roles: ["gestionnaire"], access_manager: false, third_party: false }];
  for (const token of [tokens.access_token, tokens.id_token!]) {
    expect(claims(token).efp_habilitations).toEqual(chosen);
    expect(claims(token).efp_company).toBe(sirets[6]);
  }
  expect((claims(tokens.access_token).resource_access as Record<string, { roles: string[] }>).soffi.roles).toEqual(["gestionnaire"]);
  expect(String(claims(tokens.access_token).scope).split(" ")).toContain("efp-company");

  const refreshed = await refreshTokens(clients.soffi, tokens.refresh_token);
  expect(claims(refreshed.access_token).efp_habilitations).toEqual(chosen);
  expect(claims(refreshed.id_token!).efp_company).toBe(sirets[6]);
  expect((claims(refreshed.access_token).resource_access as Record<string, { roles: string[] }>).soffi.roles).toEqual(["gestionnaire"]);

  // Without the scope, the same person's token lists both.
  const plain = await tokensOf(clients.soffi, person.email);
  expect((claims(plain.access_token).efp_habilitations as unknown[]).length).toBe(2);
  expect(claims(plain.access_token).efp_company).toBeUndefined();
});

test("asked for one company, a person holding exactly one gets it without a page", async () => {
  const person = await createPerson("jeton-un");
  await grant(person.email, "soffi", sirets[8], ["consultation"]);
  // No pickCompany: meeting the page would fail the login.
  const tokens = await tokensOf(clients.soffi, person.email, { scope: "openid efp-company" });
  expect(claims(tokens.access_token).efp_company).toBe(sirets[8]);
  expect((claims(tokens.access_token).efp_habilitations as { siret: string }[]).map((entry) => entry.siret)).toEqual([sirets[8]]);
});
