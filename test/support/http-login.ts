// A login over plain HTTP (no browser), for tests that need many sessions at once: the
// authorization request, the login form with the fixed CAPTCHA, then whatever page follows.
import { CookieJar, kcContextString } from "../../bench/src/http-login.js";
import { testContext } from "./context.js";
import { FIXED_CAPTCHA_ANSWER } from "./login-page.js";

export interface HttpSession {
  jar: CookieJar;
  /** The page Keycloak answered after the login form (e.g. the access gate), and its form action. */
  html: string;
  action?: string;
}

export async function httpLoginTo(clientId: string, redirectUri: string, username: string, password: string): Promise<HttpSession> {
  const context = testContext();
  const jar = new CookieJar();
  const authorize = new URL(`${context.keycloakUrl}/realms/${context.realm}/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({ client_id: clientId, redirect_uri: redirectUri, response_type: "code", scope: "openid", state: "t" }).toString();
  const page = await fetch(authorize, { redirect: "manual" });
  jar.store(page);
  const html = await page.text();
  const action = kcContextString(html, "loginAction");
  if (!action) throw new Error(`pas de formulaire de connexion (HTTP ${page.status})`);
  const captchaId = /"captcha"\s*:\s*\{[^}]*"id"\s*:\s*"([^"]+)"/.exec(html)?.[1] ?? "";
  const form = new URLSearchParams({ username, password, credentialId: "", captcha_id: captchaId, captcha_answer: FIXED_CAPTCHA_ANSWER });
  let answer = await fetch(action, { method: "POST", body: form, redirect: "manual", headers: { Cookie: jar.header() } });
  jar.store(answer);
  // Required actions (the access gate among them) come after a redirect inside Keycloak.
  for (let hops = 0; hops < 5 && answer.status === 302 && (answer.headers.get("location") ?? "").startsWith(context.keycloakUrl); hops++) {
    answer = await fetch(answer.headers.get("location")!, { redirect: "manual", headers: { Cookie: jar.header() } });
    jar.store(answer);
  }
  const next = await answer.text();
  return { jar, html: next, action: kcContextString(next, "loginAction") };
}

/** Posts a form on the current page of the session; returns the status, location and body. */
export async function postForm(session: HttpSession, fields: Record<string, string>) {
  if (!session.action) throw new Error("aucun formulaire sur la page courante");
  const response = await fetch(session.action, {
    method: "POST",
    body: new URLSearchParams(fields),
    redirect: "manual",
    headers: { Cookie: session.jar.header() },
  });
  session.jar.store(response);
  return { status: response.status, location: response.headers.get("location") ?? "", html: await response.text() };
}
