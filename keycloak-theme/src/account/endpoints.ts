/**
 * The realm's OpenID Connect endpoints, as keycloak-js takes them in its "generic OIDC" mode.
 * Given this way, keycloak-js fetches nothing before signing in, and skips its third-party
 * cookie probe (two more frames, a quarter of a second): Mon compte and Keycloak share an
 * origin, so the silent SSO check never depends on third-party cookies.
 */
export function realmEndpoints(realmUrl: string) {
  const base = realmUrl.replace(/\/+$/, "");
  const oidc = `${base}/protocol/openid-connect`;
  return {
    issuer: base,
    authorization_endpoint: `${oidc}/auth`,
    token_endpoint: `${oidc}/token`,
    end_session_endpoint: `${oidc}/logout`,
    userinfo_endpoint: `${oidc}/userinfo`,
  };
}

/** The realm's address from Keycloak's base address (`https://sso.example/` or with a path). */
export function realmUrl(authServerUrl: string, realm: string): string {
  return `${authServerUrl.replace(/\/+$/, "")}/realms/${encodeURIComponent(realm)}`;
}

/**
 * Keycloak's account creation page for the same request as `loginUrl` (its registrations
 * endpoint takes the authorization request's parameters), which keycloak-js does not build in
 * generic OIDC mode.
 */
export function registrationUrl(loginUrl: string): string {
  const url = new URL(loginUrl);
  if (!url.pathname.endsWith("/protocol/openid-connect/auth")) throw new Error(`adresse d'autorisation inattendue : ${url.pathname}`);
  url.pathname = url.pathname.replace(/\/auth$/, "/registrations");
  return url.toString();
}

/**
 * Where Keycloak sends the hidden frame of the silent SSO check: an address of Mon compte (so
 * within account-console's redirect URIs) that index.html answers at once, without the bundle.
 */
export function silentCheckUrl(accountUrl: string): string {
  return new URL("silent-check-sso", accountUrl.endsWith("/") ? accountUrl : `${accountUrl}/`).toString();
}

/** Mon compte's root address from the address of any of its pages. */
export function accountRoot(pageUrl: string): string {
  const url = new URL(pageUrl);
  const at = url.pathname.indexOf("/account/");
  const path = at >= 0 ? url.pathname.slice(0, at + "/account/".length) : url.pathname.replace(/\/account$/, "/account/");
  return `${url.origin}${path}`;
}
