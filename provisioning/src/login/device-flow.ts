// OAuth 2.0 device authorization grant (RFC 8628) against the realm's public CLI client: the
// person signs in in a browser, on the realm's own pages (CAPTCHA, ADFS for agents), and the
// CLI gets a token in their name without ever seeing their password.

export interface DeviceAuthorization {
  device_code: string;
  user_code: string;
  verification_uri: string;
  verification_uri_complete?: string;
  expires_in: number;
  interval?: number;
}

export interface TokenSet {
  access_token: string;
  refresh_token?: string;
  expires_in?: number;
  refresh_expires_in?: number;
  scope?: string;
}

export interface Endpoint {
  url: string;
  realm: string;
  clientId: string;
}

export class LoginError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "LoginError";
  }
}

export const oidc = (endpoint: Endpoint, path: string) =>
  `${endpoint.url.replace(/\/$/, "")}/realms/${encodeURIComponent(endpoint.realm)}/protocol/openid-connect/${path}`;

async function post(url: string, form: Record<string, string>) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form) });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return { ok: response.ok, status: response.status, body };
}

export async function startDeviceAuthorization(endpoint: Endpoint, scope: string): Promise<DeviceAuthorization> {
  const { ok, status, body } = await post(oidc(endpoint, "auth/device"), { client_id: endpoint.clientId, scope });
  if (!ok || typeof body.device_code !== "string") {
    throw new LoginError(
      "device_authorization_refused",
      `Connexion impossible : Keycloak a refusé la demande (HTTP ${status}${body.error_description ? ` : ${body.error_description}` : ""}).`,
    );
  }
  return body as unknown as DeviceAuthorization;
}

/** What to do after a token endpoint answer while the person has not finished (RFC 8628 §3.5). */
export function nextPoll(error: string | undefined, intervalSeconds: number): { wait: number } | { fail: string } {
  switch (error) {
    case "authorization_pending":
      return { wait: intervalSeconds };
    case "slow_down":
      return { wait: intervalSeconds + 5 };
    case "access_denied":
      return { fail: "Connexion refusée dans le navigateur." };
    case "expired_token":
      return { fail: "Le code a expiré avant la connexion : relancez efp login." };
    default:
      return { fail: `Connexion impossible (${error ?? "réponse inattendue"}).` };
  }
}

export async function pollDeviceToken(
  endpoint: Endpoint,
  authorization: DeviceAuthorization,
  sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<TokenSet> {
  let interval = authorization.interval ?? 5;
  const deadline = Date.now() + authorization.expires_in * 1000;
  for (;;) {
    const { ok, body } = await post(oidc(endpoint, "token"), {
      grant_type: "urn:ietf:params:oauth:grant-type:device_code",
      device_code: authorization.device_code,
      client_id: endpoint.clientId,
    });
    if (ok && typeof body.access_token === "string") return body as unknown as TokenSet;
    const next = nextPoll(body.error as string | undefined, interval);
    if ("fail" in next) throw new LoginError(String(body.error ?? "login_failed"), next.fail);
    if (Date.now() + next.wait * 1000 > deadline) throw new LoginError("expired_token", (nextPoll("expired_token", interval) as { fail: string }).fail);
    interval = next.wait;
    await sleep(interval * 1000);
  }
}

export async function refreshTokens(endpoint: Endpoint, refreshToken: string): Promise<TokenSet> {
  const { ok, body } = await post(oidc(endpoint, "token"), { grant_type: "refresh_token", refresh_token: refreshToken, client_id: endpoint.clientId });
  if (!ok || typeof body.access_token !== "string") throw new LoginError("session_expired", "Votre session efp a expiré : reconnectez-vous avec efp login.");
  return body as unknown as TokenSet;
}

/** Revokes the refresh token, which ends the CLI's session in Keycloak. */
export async function revoke(endpoint: Endpoint, refreshToken: string): Promise<boolean> {
  const { ok } = await post(oidc(endpoint, "revoke"), { token: refreshToken, token_type_hint: "refresh_token", client_id: endpoint.clientId });
  return ok;
}
