// People's tokens in the tests, got the way people get them: never a password grant (the realm
// refuses it, the CAPTCHA is not there), but the realm's login pages over HTTP with the test
// CAPTCHA's fixed answer. A person's own token comes from the CLI's device authorization grant
// (what `efp login` does: audiences efp-access and efp-admin); an application's token from the
// authorization code flow of that application (what its users' browsers do).
import { adminClient } from "./admin.js";
import { testContext } from "./context.js";
import { FIXED_CAPTCHA_ANSWER } from "./login-page.js";
import { codeFlowToken, CookieJar, kcContextString, loginFormFor, pageIdOf } from "../../bench/src/http-login.js";

export const PERSON_PASSWORD = "Personne-De-Test-2026!";
export const CLI_PERSON_CLIENT = "efp-cli-person";

// Keycloak's brute-force detection (realm.yaml: quickLoginCheckMilliSeconds 1000) was seen to
// lock an account that signed in twice within a second (event user_temporarily_disabled with no
// failure before it, on PostgreSQL). People do not do that; tests space one user's sign-ins.
const lastSignIn = new Map<string, number>();
async function spaced(username: string) {
  const wait = (lastSignIn.get(username) ?? 0) + 1_200 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  lastSignIn.set(username, Date.now());
}

const credentials = (username: string, password: string) => ({ username, password, captchaAnswer: FIXED_CAPTCHA_ANSWER });

/**
 * Signs in at `url` in a fresh browser and follows the realm's pages (login form, the device's
 * consent, then whatever comes) until a page that asks for nothing: the device flow's
 * "connected" page. A login page
 * shown twice, or another form (the access gate, the charter), is an error naming the page.
 */
export async function signInThrough(url: string, username: string, password: string): Promise<string> {
  const context = testContext();
  const jar = new CookieJar();
  let response = await fetch(url, { redirect: "manual" });
  const posted = new Set<string>();
  for (let step = 0; step < 10; step++) {
    jar.store(response);
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      response = await fetch(new URL(location, context.keycloakUrl), { redirect: "manual", headers: { Cookie: jar.header() } });
      continue;
    }
    const html = await response.text();
    const pageId = pageIdOf(html) ?? "";
    const action = kcContextString(html, "loginAction");
    // Keycloak always asks the person to confirm a device's access: they click "Oui".
    const consentAction = kcContextString(html, "oauthAction");
    const consentCode = /"oauth"\s*:\s*\{[^}]*?"code"\s*:\s*"([^"]+)"/s.exec(html)?.[1];
    if (pageId === "login-oauth-grant.ftl" && consentAction && consentCode && !posted.has(pageId)) {
      posted.add(pageId);
      response = await fetch(new URL(consentAction, context.keycloakUrl), {
        method: "POST",
        body: new URLSearchParams({ code: consentCode, accept: "Oui" }),
        redirect: "manual",
        headers: { Cookie: jar.header() },
      });
      continue;
    }
    if (!action || !/^login(-username|-password)?\.ftl$/.test(pageId)) return pageId;
    if (posted.has(pageId)) throw new Error(`connexion refusée pour ${username} (${pageId} : « ${kcContextString(html, "summary") ?? ""} »)`);
    posted.add(pageId);
    response = await fetch(new URL(action, context.keycloakUrl), {
      method: "POST",
      body: loginFormFor(html, credentials(username, password)),
      redirect: "manual",
      headers: { Cookie: jar.header() },
    });
  }
  throw new Error(`connexion sans fin pour ${username}`);
}

/**
 * A person's access token for efp-access and efp-admin, as `efp login` gets it: the device
 * authorization grant on the CLI's public client, the person signing in on the realm's pages.
 */
export async function personToken(username: string, password = PERSON_PASSWORD): Promise<string> {
  await spaced(username);
  const context = testContext();
  const oidc = `${context.keycloakUrl}/realms/${context.realm}/protocol/openid-connect`;
  const started = await fetch(`${oidc}/auth/device`, {
    method: "POST",
    body: new URLSearchParams({ client_id: CLI_PERSON_CLIENT, scope: "openid efp-admin" }),
  });
  const device = (await started.json()) as { device_code?: string; verification_uri_complete?: string; error_description?: string };
  if (!started.ok || !device.device_code || !device.verification_uri_complete)
    throw new Error(`autorisation par appareil refusée : ${device.error_description ?? started.status}`);
  const landed = await signInThrough(device.verification_uri_complete, username, password);
  const response = await fetch(`${oidc}/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:device_code", device_code: device.device_code, client_id: CLI_PERSON_CLIENT }),
  });
  const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
  if (!response.ok || !body.access_token)
    throw new Error(`jeton refusé pour ${username} après la page ${landed} : ${body.error} ${body.error_description ?? ""}`.trim());
  return body.access_token;
}

/**
 * A person's access token for an application, through its authorization code flow (the access
 * gate and the charter stop it, with the page's name in the error).
 */
export async function applicationToken(username: string, clientId: string, clientSecret: string, password = PERSON_PASSWORD): Promise<string> {
  await spaced(username);
  const context = testContext();
  const kc = await adminClient();
  const [client] = await kc.clients.find({ realm: context.realm, clientId });
  // A registered pattern (https://maf.localhost/*) stands for any page under it.
  const registered = client?.redirectUris?.[0];
  if (!registered) throw new Error(`le client ${clientId} n'a pas d'URL de retour`);
  const redirectUri = registered.endsWith("/*") ? `${registered.slice(0, -1)}callback` : registered;
  const tokens = await codeFlowToken({
    keycloakUrl: context.keycloakUrl,
    realm: context.realm,
    clientId,
    clientSecret,
    redirectUri,
    ...credentials(username, password),
  });
  return tokens.access_token;
}
