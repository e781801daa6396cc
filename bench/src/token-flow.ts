// Tokens of a person over HTTP, as an application gets them (http-login.ts codeFlowToken: our
// login page with the CAPTCHA, the company choice when asked), then refresh-token grants.
import { codeFlowToken, type CodeFlowOptions as HttpCodeFlowOptions } from "./http-login.js";

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

/** What a person's login takes: credentials, scope, and the company to pick when asked. */
export type CodeFlowOptions = Pick<HttpCodeFlowOptions, "username" | "password" | "captchaAnswer" | "scope" | "pickCompany">;

/** What the company-choice page offers (the SIRETs of its radio buttons), from its kcContext. */
export function companiesOffered(html: string): string[] {
  const start = html.indexOf('"companyChoice"');
  if (start < 0) return [];
  return [...html.slice(start).matchAll(/"alias"\s*:\s*"([^"]+)"\s*,\s*"name"/g)].map((found) => found[1]);
}

/** The code flow of `http-login.ts` (pages followed, PKCE, the company page answered), for a TokenClient. */
export async function codeFlowTokens(client: TokenClient, options: CodeFlowOptions): Promise<Tokens> {
  const tokens = await codeFlowToken({ ...client, ...options });
  if (!tokens.refresh_token) throw new Error(`pas de jeton de rafraîchissement pour ${options.username} (${client.clientId})`);
  return tokens as Tokens;
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
  if (!response.ok || !body.access_token)
    throw new Error(`jeton refusé (${client.clientId}, HTTP ${response.status}) : ${body.error} ${body.error_description ?? ""}`);
  return body;
}
