// Browser-style logins over HTTP, without a browser: the authorization request, then whatever
// pages the bound flow really shows, read from the kcContext Keycloakify embeds in each page
// (Keycloak's stock flow asks for the identifier on one page and the password on the next since
// the realm has organizations; ours asks for both with the CAPTCHA on one), until Keycloak
// redirects to the client with a code. The bench and the tests both log in this way.
import crypto from "node:crypto";

/**
 * A minimal cookie jar: Keycloak's login needs its session cookies across the steps. Cookies are
 * kept by name and path, as a browser does: each realm sets its own AUTH_SESSION_ID under
 * /realms/<realm>/, and a login through another realm of the same server (an identity provider)
 * must send each realm its own.
 */
export class CookieJar {
  private readonly cookies = new Map<string, { name: string; path: string; value: string }>();

  store(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(";");
      const index = pair.indexOf("=");
      if (index <= 0) continue;
      const name = pair.slice(0, index).trim();
      const pathAttribute = attributes.find((attribute) => /^\s*path\s*=/i.test(attribute));
      const path = pathAttribute ? pathAttribute.slice(pathAttribute.indexOf("=") + 1).trim() || "/" : "/";
      const key = `${name} ${path}`;
      // Keycloak expires a cookie to delete it (e.g. the login's AUTH_SESSION_ID once used); a
      // browser drops it, and sending it again would not be what a browser does.
      const expired = attributes.some(
        (attribute) => /^\s*max-age\s*=\s*0\s*$/i.test(attribute) || (/^\s*expires\s*=/i.test(attribute) && Date.parse(attribute.split("=")[1]) < Date.now()),
      );
      if (expired) this.cookies.delete(key);
      else this.cookies.set(key, { name, path, value: pair.slice(index + 1).trim() });
    }
  }

  has(name: string): boolean {
    return [...this.cookies.values()].some((cookie) => cookie.name === name);
  }

  /** The Cookie header for `url` (the cookies whose path it is under, longest path first), or every cookie without it. */
  header(url?: string | URL): string {
    const pathname = url === undefined ? undefined : new URL(url).pathname;
    return [...this.cookies.values()]
      .filter((cookie) => pathname === undefined || pathMatches(pathname, cookie.path))
      .sort((a, b) => b.path.length - a.path.length)
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join("; ");
  }
}

/** RFC 6265 §5.1.4: a cookie of path /realms/efp/ goes to /realms/efp/… only, not to /realms/efp-other/. */
function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith("/") || requestPath[cookiePath.length] === "/";
}

/** Reads a string field of the kcContext Keycloakify embeds in the page, e.g. "loginAction". */
export function kcContextString(html: string, field: string): string | undefined {
  const match = new RegExp(`"${field}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`).exec(html);
  return match ? scriptString(match[1]) : undefined;
}

/** A double-quoted string literal of the page's script: JSON, but for the \' a script may write (French messages). */
export function scriptString(literal: string): string {
  return JSON.parse(literal.replace(/(?<!\\)((?:\\\\)*)\\'/g, "$1'")) as string;
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
  if (assigned) return scriptString(assigned[1]);
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

/** Decodes the character references an HTML attribute value may carry (&amp;amp;, &amp;quot;, &amp;#x2F;…). */
export function htmlUnescape(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] !== "#") return named[entity.toLowerCase()] ?? whole;
    const code = entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

function htmlAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([a-z][\w:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi))
    attributes.set(match[1].toLowerCase(), htmlUnescape(match[2] ?? match[3] ?? match[4]));
  return attributes;
}

/** A form of an HTML page: where it posts, and the named fields it would send as they stand (submit buttons left out). */
export interface HtmlForm {
  id?: string;
  action: string;
  fields: URLSearchParams;
}

/** The forms of a page that is not one of our theme's (a stock Keycloak page, an identity provider's). */
export function htmlForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const attributes = htmlAttributes(match[1]);
    const fields = new URLSearchParams();
    for (const input of match[2].matchAll(/<input\b([^>]*)>/gi)) {
      const field = htmlAttributes(input[1]);
      const name = field.get("name");
      const type = (field.get("type") ?? "text").toLowerCase();
      if (!name || ["submit", "button", "image", "reset"].includes(type)) continue;
      if ((type === "checkbox" || type === "radio") && !/\bchecked\b/i.test(input[1])) continue;
      fields.append(name, field.get("value") ?? "");
    }
    forms.push({ id: attributes.get("id"), action: attributes.get("action") ?? "", fields });
  }
  return forms;
}

/**
 * The SAML HTTP-POST binding's page (a SAMLRequest or SAMLResponse in a form the browser posts
 * by itself): where to post and what. Keycloak writes it as a plain HTML form (saml-post-form.ftl);
 * a Keycloakify theme carries it in its kcContext as `samlPost`. Undefined on any other page.
 */
export function samlPostForm(html: string): HtmlForm | undefined {
  const form = htmlForms(html).find((each) => each.fields.has("SAMLRequest") || each.fields.has("SAMLResponse"));
  if (form) return form;
  const samlPost = /"samlPost"\s*:\s*(\{[^{}]*\})/.exec(html);
  if (!samlPost) return undefined;
  // A JavaScript object, not JSON (a comment naming the bean, trailing commas): its string fields one by one.
  const values: Record<string, string> = {};
  for (const [, name, value] of samlPost[1].matchAll(/"(\w+)"\s*:\s*("(?:[^"\\]|\\.)*")/g)) values[name] = JSON.parse(value) as string;
  if (typeof values.url !== "string") return undefined;
  const fields = new URLSearchParams();
  for (const [field, name] of [
    ["SAMLRequest", "SAMLRequest"],
    ["SAMLResponse", "SAMLResponse"],
    ["relayState", "RelayState"],
  ])
    if (typeof values[field] === "string") fields.set(name, values[field]);
  return fields.has("SAMLRequest") || fields.has("SAMLResponse") ? { action: values.url, fields } : undefined;
}

/** A Keycloakify theme's sign-in page (login.ftl), whose form the page's script draws: its action, and the fields Keycloak's form has. */
function kcLoginForm(html: string): HtmlForm | undefined {
  const action = kcContextString(html, "loginAction");
  return pageIdOf(html) === "login.ftl" && action ? { action, fields: new URLSearchParams({ username: "", password: "", credentialId: "" }) } : undefined;
}

/**
 * The sign-in form of an identity provider's page (a stock Keycloak theme: the one form with a
 * password field; a Keycloakify theme: its login.ftl), filled with the credentials it is given; the fields it already holds (the login
 * hint in the identifier, hidden ones) are kept unless overwritten.
 */
export function identityProviderForm(html: string, credentials: { username: string; password: string }): HtmlForm | undefined {
  const form = htmlForms(html).find((each) => each.fields.has("password")) ?? kcLoginForm(html);
  if (!form) return undefined;
  const fields = new URLSearchParams(form.fields);
  fields.set("username", credentials.username);
  fields.set("password", credentials.password);
  return { ...form, fields };
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
  /** Sent as login_hint in the authorization request (Keycloak passes it on to an identity provider). */
  loginHint?: string;
  /**
   * The credentials to give on an identity provider's sign-in page, when the login goes through
   * one (an agent's ADFS, played by another realm of the server): its pages are followed, the SAML
   * POST forms posted as a browser posts them. Without it, meeting such a page is an error.
   */
  atIdentityProvider?: { username: string; password: string };
}

export interface AuthorizationOptions extends CodeFlowOptions {
  state: string;
  /** Extra parameters of the authorization request (code_challenge…). */
  extra?: Record<string, string>;
}

// A login is a handful of pages; more means a loop (e.g. the same form again and again). Through
// an identity provider it is about ten: our form, the SAML request's POST, the provider's form,
// the SAML response's POST, and the redirects between them.
const MAX_STEPS = 16;

/** The realm a Keycloak URL is under ("efp" for /realms/efp/login-actions/…), or "" if none. */
export function realmOfUrl(url: string | URL): string {
  return /^\/realms\/([^/]+)/.exec(new URL(url).pathname)?.[1] ?? "";
}

/**
 * From the authorization request to the code: follows Keycloak's redirects, posts on each login
 * page what it asks for, and stops at the redirect to the client. A page shown again after its
 * form was posted is a refusal (wrong password, CAPTCHA): its message is the error. Through an
 * identity provider (`atIdentityProvider`), the SAML POST forms are posted and the provider's
 * sign-in form is filled.
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
    ...(options.loginHint && { login_hint: options.loginHint }),
    ...options.extra,
  }).toString();
  const get = (url: string | URL) => fetch(url, { redirect: "manual", headers: { Cookie: jar.header(url) } });
  const post = (url: string | URL, body: URLSearchParams) => fetch(url, { method: "POST", body, redirect: "manual", headers: { Cookie: jar.header(url) } });
  let url: URL = authorize;
  let response = await get(url);
  const posted = new Set<string>();
  for (let step = 0; step < MAX_STEPS; step++) {
    jar.store(response);
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      const outcome = redirectOutcome(location, url.toString(), options.redirectUri, options.state);
      if (outcome.kind === "code") return { code: outcome.code, jar };
      if (outcome.kind === "error") throw new Error(`connexion refusée : ${outcome.error}`);
      url = new URL(outcome.url);
      response = await get(url);
      continue;
    }
    const html = await response.text();
    const samlPost = options.atIdentityProvider && samlPostForm(html);
    if (samlPost) {
      url = new URL(samlPost.action, url);
      response = await post(url, samlPost.fields);
      continue;
    }
    const realm = realmOfUrl(url);
    if (options.atIdentityProvider && realm !== options.realm) {
      // The identity provider's sign-in page, once: shown again, it refused the credentials.
      const form = identityProviderForm(html, options.atIdentityProvider);
      if (!form || posted.has(`${realm} idp`)) throw new Error(`connexion refusée par le fournisseur d'identité (HTTP ${response.status}, royaume ${realm})`);
      posted.add(`${realm} idp`);
      url = new URL(form.action, url);
      response = await post(url, form.fields);
      continue;
    }
    const pageId = pageIdOf(html) ?? "";
    const action = kcContextString(html, "loginAction");
    if (pageId === "efp-company-choice.ftl" && action && options.pickCompany) {
      const choice = new URLSearchParams({ efp_action: "choose", company: options.pickCompany(html) });
      url = new URL(action, options.keycloakUrl);
      response = await post(url, choice);
      continue;
    }
    if (posted.has(pageId) || !action) {
      const message = kcContextString(html, "summary");
      throw new Error(`connexion refusée (HTTP ${response.status}, ${pageId || "pas de page du thème"}${message ? ` : « ${message} »` : ""})`);
    }
    const form = loginFormFor(html, options);
    posted.add(pageId);
    url = new URL(action, options.keycloakUrl);
    response = await post(url, form);
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
