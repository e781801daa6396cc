// Tokens of a person over HTTP, as an application gets them: authorization code flow with PKCE
// (our login page, CAPTCHA included), the pages that may follow (the company choice), the
// code exchanged at the token endpoint; then refresh-token grants. No browser, no password grant.
import { createHash, randomBytes } from "node:crypto";
import { CookieJar, captchaIdOf, kcContextString, pageIdOf } from "./http-login.js";

export interface TokenClient {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  /** Absent for a public client. */
  clientSecret?: string;
  redirectUri: string;
}

export interface Tokens {
  access_token: string;
  id_token?: string;
  refresh_token: string;
  scope?: string;
}

export interface CodeFlowOptions {
  username: string;
  password: string;
  captchaAnswer: string;
  /** Space-separated; "openid" when left out. */
  scope?: string;
  /**
   * Called on the company-choice page (efp-company-choice.ftl) with its HTML: returns the SIRET
   * to post. Without it, meeting that page is an error.
   */
  pickCompany?: (html: string) => string;
}

/** What the company-choice page offers (the SIRETs of its radio buttons), from its kcContext. */
export function companiesOffered(html: string): string[] {
  const start = html.indexOf('"companyChoice"');
  if (start < 0) return [];
  return [...html.slice(start).matchAll(/"alias"\s*:\s*"([^"]+)"\s*,\s*"name"/g)].map((found) => found[1]);
}

const base64url = (buffer: Buffer) => buffer.toString("base64url");

export async function codeFlowTokens(client: TokenClient, options: CodeFlowOptions): Promise<Tokens> {
  const jar = new CookieJar();
  const verifier = base64url(randomBytes(32));
  const authorize = new URL(`${client.keycloakUrl}/realms/${client.realm}/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({
    client_id: client.clientId, redirect_uri: client.redirectUri, response_type: "code", scope: options.scope ?? "openid", state: "s",
    code_challenge: base64url(createHash("sha256").update(verifier).digest()), code_challenge_method: "S256",
  }).toString();
  let response = await fetch(authorize, { redirect: "manual" });
  jar.store(response);
  let html = await response.text();
  const action = kcContextString(html, "loginAction");
  if (!action) throw new Error(`pas de formulaire de connexion (HTTP ${response.status})`);
  const form = new URLSearchParams({ username: options.username, password: options.password, credentialId: "" });
  const captchaId = captchaIdOf(html);
  if (captchaId) {
    form.set("captcha_id", captchaId);
    form.set("captcha_answer", options.captchaAnswer);
  }
  response = await fetch(action, { method: "POST", body: form, redirect: "manual", headers: { Cookie: jar.header() } });
  jar.store(response);
  for (let steps = 0; steps < 10; steps++) {
    const location = response.headers.get("location") ?? "";
    if (response.status === 302 && location.startsWith(client.redirectUri)) {
      const code = new URL(location).searchParams.get("code");
      if (!code) throw new Error(`pas de code dans la redirection : ${location}`);
      return exchange(client, { grant_type: "authorization_code", code, redirect_uri: client.redirectUri, code_verifier: verifier });
    }
    if (response.status === 302 && location.startsWith(client.keycloakUrl)) {
      response = await fetch(location, { redirect: "manual", headers: { Cookie: jar.header() } });
      jar.store(response);
      continue;
    }
    html = await response.text();
    const page = pageIdOf(html);
    const next = kcContextString(html, "loginAction");
    if (page?.startsWith("efp-company-choice") && options.pickCompany && next) {
      response = await fetch(next, { method: "POST", body: new URLSearchParams({ efp_action: "choose", company: options.pickCompany(html) }), redirect: "manual", headers: { Cookie: jar.header() } });
      jar.store(response);
      continue;
    }
    throw new Error(`connexion arrêtée sur la page ${page ?? "?"} (HTTP ${response.status} : ${kcContextString(html, "summary") ?? ""})`);
  }
  throw new Error("connexion : trop d'étapes");
}

export async function refreshTokens(client: TokenClient, refreshToken: string): Promise<Tokens> {
  return exchange(client, { grant_type: "refresh_token", refresh_token: refreshToken });
}

async function exchange(client: TokenClient, fields: Record<string, string>): Promise<Tokens> {
  const response = await fetch(`${client.keycloakUrl}/realms/${client.realm}/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({ ...fields, client_id: client.clientId, ...(client.clientSecret && { client_secret: client.clientSecret }) }),
  });
  const body = (await response.json()) as Tokens & { error?: string; error_description?: string };
  if (!response.ok || !body.access_token) throw new Error(`jeton refusé (${client.clientId}, HTTP ${response.status}) : ${body.error} ${body.error_description ?? ""}`);
  return body;
}
