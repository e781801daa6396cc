// One browser-style login over HTTP, without a browser: the authorization request, the login
// form of the bound flow (CAPTCHA included when the page has one), the redirect with the code.

/** A minimal cookie jar: Keycloak's login needs its session cookies across the steps. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const index = pair.indexOf("=");
      if (index > 0) this.cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
    }
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

/** The id of the theme page a response carries ("login.ftl", "efp-email-code.ftl"…). */
export function pageIdOf(html: string): string | undefined {
  return kcContextString(html, "pageId");
}

export interface LoginTarget {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  redirectUri: string;
  username: string;
  password: string;
  captchaAnswer: string;
}

/** Logs in once; resolves when Keycloak redirects to the client with a code. */
export async function httpLogin(target: LoginTarget): Promise<void> {
  const jar = new CookieJar();
  const authorize = new URL(`${target.keycloakUrl}/realms/${target.realm}/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({ client_id: target.clientId, redirect_uri: target.redirectUri, response_type: "code", scope: "openid", state: "bench" }).toString();
  const page = await fetch(authorize, { redirect: "manual" });
  jar.store(page);
  const html = await page.text();
  const action = kcContextString(html, "loginAction");
  if (!action) throw new Error(`pas de formulaire de connexion (HTTP ${page.status})`);
  const form = new URLSearchParams({ username: target.username, password: target.password, credentialId: "" });
  const captchaId = captchaIdOf(html);
  if (captchaId) {
    form.set("captcha_id", captchaId);
    form.set("captcha_answer", target.captchaAnswer);
  }
  const submitted = await fetch(action, { method: "POST", body: form, redirect: "manual", headers: { Cookie: jar.header() } });
  const location = submitted.headers.get("location") ?? "";
  const answer = await submitted.text();
  if (submitted.status !== 302 || !location.startsWith(target.redirectUri) || !location.includes("code=")) {
    const message = kcContextString(answer, "summary") ?? location ?? "pas de redirection";
    throw new Error(`connexion refusée (HTTP ${submitted.status} : ${message})`);
  }
}
