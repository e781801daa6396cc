// Browser-style logins over HTTP, without a browser: the authorization request, then whatever
// pages the bound flow really shows, read from the kcContext Keycloakify embeds in each page
// (Keycloak's stock flow asks for the identifier on one page and the password on the next since
// the realm has organizations; ours asks for both with the CAPTCHA on one), until Keycloak
// redirects to the client with a code. The bench and the tests both log in this way.
import crypto from "node:crypto";

/** A minimal cookie jar: Keycloak's login needs its session cookies across the steps. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(";");
      const index = pair.indexOf("=");
      if (index <= 0) continue;
      const name = pair.slice(0, index).trim();
      // Keycloak expires a cookie to delete it (e.g. the login's AUTH_SESSION_ID once used); a
      // browser drops it, and sending it again would not be what a browser does.
      const expired = attributes.some(
        (attribute) => /^\s*max-age\s*=\s*0\s*$/i.test(attribute) || (/^\s*expires\s*=/i.test(attribute) && Date.parse(attribute.split("=")[1]) < Date.now()),
      );
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(index + 1).trim());
    }
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** Reads a string field of the kcContext Keycloakify embeds in the page, e.g. "loginAction". */
export function kcContextString(html: string, field: string): string | undefined {
  const match = new RegExp(`"${field}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`).exec(html);
  return match ? (JSON.parse(match[1]) as string) : undefined;
}

/** The CAPTCHA challenge id the page carries (CaptchaFormBean), if it has one. */
export function captchaIdOf(html: string): string | undefined {
  return /"captcha"\s*:\s*\{[^}]*"id"\s*:\s*"([^"]+)"/.exec(html)?.[1];
}

/**
 * The id of the theme page a response carries ("login.ftl", "efp-email-code.ftl"…). Keycloakify
 * writes the template's name without extension in the context object ("pageId": "login"), then
 * sets the id its pages switch on (kcContext.pageId = "login.ftl"): that one is read first.
 */
export function pageIdOf(html: string): string | undefined {
  const assigned = /kcContext\.pageId\s*=\s*("(?:[^"\\]|\\.)*")/.exec(html);
  if (assigned) return JSON.parse(assigned[1]) as string;
  const name = kcContextString(html, "pageId");
  return name === undefined || name.endsWith(".ftl") ? name : `${name}.ftl`;
}

export interface Credentials {
  username: string;
  password: string;
  /** The answer of the CAPTCHA provider (the test provider's fixed answer, "EFPTEST"). */
  captchaAnswer: string;
}

/**
 * What to post on a login page, decided from the page alone: `login.ftl` is either our single
 * page (identifier, password and the CAPTCHA when it carries one) or Keycloak's classic form;
 * `login-username.ftl` then `login-password.ftl` are the two pages of the stock flow with
 * organizations. Any other page is not a login form: an error that names it and its message.
 */
export function loginFormFor(html: string, credentials: Credentials): URLSearchParams {
  const pageId = pageIdOf(html);
  switch (pageId) {
    case "login.ftl": {
      const form = new URLSearchParams({ username: credentials.username, password: credentials.password, credentialId: "" });
      const captchaId = captchaIdOf(html);
      if (captchaId) {
        form.set("captcha_id", captchaId);
        form.set("captcha_answer", credentials.captchaAnswer);
      }
      return form;
    }
    case "login-username.ftl":
      return new URLSearchParams({ username: credentials.username });
    case "login-password.ftl":
      return new URLSearchParams({ password: credentials.password, credentialId: "" });
    default: {
      const message = kcContextString(html, "summary");
      throw new Error(`page inattendue pendant la connexion : ${pageId ?? "pas de page du thème"}${message ? ` (« ${message} »)` : ""}`);
    }
  }
}

/** Where a redirect leads: back to the client (with its code or its error), or on inside Keycloak. */
export type RedirectOutcome = { kind: "code"; code: string } | { kind: "error"; error: string } | { kind: "follow"; url: string };

/**
 * Decides on a redirect during the login. The client's redirect URI may itself be under
 * Keycloak (Mon compte: `/realms/<realm>/account/`), so the target is compared with it exactly
 * (origin and path), and `state` must be the one sent (a code for another request is refused).
 */
export function redirectOutcome(location: string, base: string, redirectUri: string, state: string): RedirectOutcome {
  const url = new URL(location, base);
  const expected = new URL(redirectUri);
  if (url.origin === expected.origin && url.pathname === expected.pathname) {
    // Keycloak answers in the query by default; the fragment if the client asked for it.
    const params = url.hash.length > 1 && !url.searchParams.has("state") ? new URLSearchParams(url.hash.slice(1)) : url.searchParams;
    if (params.get("error"))
      return { kind: "error", error: `${params.get("error")}${params.get("error_description") ? ` : ${params.get("error_description")}` : ""}` };
    if (params.get("state") !== state) return { kind: "error", error: `state inattendu (${params.get("state")})` };
    const code = params.get("code");
    return code ? { kind: "code", code } : { kind: "error", error: "redirection sans code" };
  }
  return { kind: "follow", url: url.toString() };
}

/** PKCE (RFC 7636): a random verifier and its S256 challenge. */
export function pkcePair(verifier = crypto.randomBytes(32).toString("base64url")): { verifier: string; challenge: string } {
  return { verifier, challenge: crypto.createHash("sha256").update(verifier).digest("base64url") };
}

export interface LoginTarget extends Credentials {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  redirectUri: string;
}

export interface CodeFlowOptions extends LoginTarget {
  /** Default "openid". */
  scope?: string;
  /** A browser's cookies: with Keycloak's SSO cookie in it, no form is shown. Kept up to date. */
  jar?: CookieJar;
  /** For a confidential client. */
  clientSecret?: string;
  /**
   * Called on the company-choice page (efp-company-choice.ftl, when the application asked for
   * the scope efp-company) with its HTML: returns the SIRET to post. Without it, meeting that
   * page is an error. The page may come back (a company the person does not hold): it is asked again.
   */
  pickCompany?: (html: string) => string;
}

export interface AuthorizationOptions extends CodeFlowOptions {
  state: string;
  /** Extra parameters of the authorization request (code_challenge…). */
  extra?: Record<string, string>;
}

// A login is a handful of pages; more means a loop (e.g. the same form again and again).
const MAX_STEPS = 10;

/**
 * From the authorization request to the code: follows Keycloak's redirects, posts on each login
 * page what it asks for, and stops at the redirect to the client. A page shown again after its
 * form was posted is a refusal (wrong password, CAPTCHA): its message is the error.
 */
export async function authorizationCode(options: AuthorizationOptions): Promise<{ code: string; jar: CookieJar }> {
  const jar = options.jar ?? new CookieJar();
  const authorize = new URL(`${options.keycloakUrl}/realms/${options.realm}/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({
    client_id: options.clientId,
    redirect_uri: options.redirectUri,
    response_type: "code",
    scope: options.scope ?? "openid",
    state: options.state,
    ...options.extra,
  }).toString();
  let response = await fetch(authorize, { redirect: "manual", headers: { Cookie: jar.header() } });
  const posted = new Set<string>();
  for (let step = 0; step < MAX_STEPS; step++) {
    jar.store(response);
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      const outcome = redirectOutcome(location, options.keycloakUrl, options.redirectUri, options.state);
      if (outcome.kind === "code") return { code: outcome.code, jar };
      if (outcome.kind === "error") throw new Error(`connexion refusée : ${outcome.error}`);
      response = await fetch(outcome.url, { redirect: "manual", headers: { Cookie: jar.header() } });
      continue;
    }
    const html = await response.text();
    const pageId = pageIdOf(html) ?? "";
    const action = kcContextString(html, "loginAction");
    if (pageId === "efp-company-choice.ftl" && action && options.pickCompany) {
      const choice = new URLSearchParams({ efp_action: "choose", company: options.pickCompany(html) });
      response = await fetch(new URL(action, options.keycloakUrl), { method: "POST", body: choice, redirect: "manual", headers: { Cookie: jar.header() } });
      continue;
    }
    if (posted.has(pageId) || !action) {
      const message = kcContextString(html, "summary");
      throw new Error(`connexion refusée (HTTP ${response.status}, ${pageId || "pas de page du thème"}${message ? ` : « ${message} »` : ""})`);
    }
    const form = loginFormFor(html, options);
    posted.add(pageId);
    response = await fetch(new URL(action, options.keycloakUrl), { method: "POST", body: form, redirect: "manual", headers: { Cookie: jar.header() } });
  }
  throw new Error(`connexion sans fin : plus de ${MAX_STEPS} pages ou redirections`);
}

export interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  token_type: string;
  expires_in: number;
  scope?: string;
  [claim: string]: unknown;
}

/**
 * A person's tokens as a browser application gets them: authorization code flow with PKCE S256
 * (e.g. on Keycloak's `account-console`, redirect `${keycloakUrl}/realms/${realm}/account/`),
 * the login pages followed as the realm's flow shows them, the CAPTCHA answered.
 */
export async function codeFlowToken(options: CodeFlowOptions): Promise<TokenResponse> {
  const pkce = pkcePair();
  const state = crypto.randomBytes(12).toString("base64url");
  const { code } = await authorizationCode({ ...options, state, extra: { code_challenge: pkce.challenge, code_challenge_method: "S256" } });
  const response = await fetch(`${options.keycloakUrl}/realms/${options.realm}/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: options.redirectUri,
      client_id: options.clientId,
      code_verifier: pkce.verifier,
      ...(options.clientSecret && { client_secret: options.clientSecret }),
    }),
  });
  const body = (await response.json()) as Partial<TokenResponse> & { error?: string; error_description?: string };
  if (!response.ok || !body.access_token)
    throw new Error(
      `échange du code refusé pour ${options.username} (${options.clientId}) : HTTP ${response.status} ${body.error ?? ""} ${body.error_description ?? ""}`.trim(),
    );
  return body as TokenResponse;
}

/** Logs in once with a fresh browser; resolves when Keycloak redirects to the client with a code. */
export async function httpLogin(target: LoginTarget): Promise<void> {
  await authorizationCode({ ...target, state: crypto.randomBytes(9).toString("base64url") });
}
