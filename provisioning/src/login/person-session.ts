// A person's token for the CLI: from `efp login`'s stored session, refreshed when it expires.
import { refreshTokens, revoke, startDeviceAuthorization, pollDeviceToken, LoginError, type DeviceAuthorization, type Endpoint } from "./device-flow.js";
export { CLI_PERSON_CLIENT } from "../apply/api-audiences.js";
import { accessStillGood, sessionKey, SessionStore, toStored } from "./session-store.js";

/** efp-access is the client's default; efp-admin is asked for, as the CLI administers too. */
export const LOGIN_SCOPE = "openid efp-admin";

export class PersonSession {
  constructor(
    private readonly endpoint: Endpoint,
    private readonly store = new SessionStore(),
  ) {}

  private get key() {
    return sessionKey(this.endpoint.url, this.endpoint.realm);
  }

  async login(show: (authorization: DeviceAuthorization) => void): Promise<void> {
    const authorization = await startDeviceAuthorization(this.endpoint, LOGIN_SCOPE);
    show(authorization);
    this.store.put(this.key, toStored(await pollDeviceToken(this.endpoint, authorization)));
  }

  has(): boolean {
    return this.store.get(this.key) !== undefined;
  }

  /** A valid access token, refreshed (and stored again) when the one kept is about to expire. */
  async accessToken(): Promise<string> {
    const session = this.store.get(this.key);
    if (!session) throw new LoginError("not_logged_in", "Aucune session : connectez-vous d'abord avec efp login.");
    if (accessStillGood(session)) return session.accessToken;
    if (!session.refreshToken) throw new LoginError("session_expired", "Votre session efp a expiré : reconnectez-vous avec efp login.");
    try {
      const refreshed = toStored(await refreshTokens(this.endpoint, session.refreshToken));
      this.store.put(this.key, refreshed);
      return refreshed.accessToken;
    } catch (error) {
      this.store.remove(this.key);
      throw error;
    }
  }

  /** Ends the session in Keycloak (revocation), then forgets it here. False when there was none. */
  async logout(): Promise<boolean> {
    const session = this.store.get(this.key);
    if (!session) return false;
    if (session.refreshToken && !(await revoke(this.endpoint, session.refreshToken))) {
      throw new LoginError("revocation_failed", "Keycloak n'a pas révoqué la session : réessayez efp logout.");
    }
    this.store.remove(this.key);
    return true;
  }
}
