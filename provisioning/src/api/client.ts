// The extension's admin REST API (/realms/<realm>/efp-admin), authenticated with a bearer
// token of the realm: client credentials for automation, or a person's token.

/** A refusal of the API, with its stable code and French message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface ApiCredentials {
  /** Keycloak base URL, e.g. http://localhost:8080 */
  baseUrl: string;
  realm: string;
  /** Client credentials grant (automation: the efp-cli client or another with a service account). */
  clientId?: string;
  clientSecret?: string;
  /** Or a ready-made access token of the realm. */
  accessToken?: string;
  /** Or a person's token, asked for at each call (efp login's session refreshes it). */
  tokenProvider?: () => Promise<string>;
  /** Which of the extension's APIs: efp-admin (default) or efp-access (a person's own API). */
  service?: "efp-admin" | "efp-access";
}

export class EfpApi {
  private token?: { value: string; expiresAt: number };

  constructor(private readonly credentials: ApiCredentials) {}

  get root(): string {
    return `${this.credentials.baseUrl.replace(/\/$/, "")}/realms/${encodeURIComponent(this.credentials.realm)}/${this.credentials.service ?? "efp-admin"}`;
  }

  private async accessToken(): Promise<string> {
    if (this.credentials.accessToken) return this.credentials.accessToken;
    if (this.credentials.tokenProvider) return this.credentials.tokenProvider();
    if (this.token && this.token.expiresAt > Date.now() + 5_000) return this.token.value;
    const { clientId, clientSecret, baseUrl, realm } = this.credentials;
    if (!clientId || !clientSecret) throw new ApiError(401, "missing_credentials", "Identifiants absents : EFP_CLIENT_ID et EFP_CLIENT_SECRET (ou un jeton d'accès).");
    const response = await fetch(`${baseUrl.replace(/\/$/, "")}/realms/${encodeURIComponent(realm)}/protocol/openid-connect/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }),
    });
    const body = (await response.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error_description?: string };
    if (!response.ok || !body.access_token) {
      throw new ApiError(response.status, "authentication_failed", `Authentification refusée pour le client ${clientId} : ${body.error_description ?? response.statusText}`);
    }
    this.token = { value: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 60) * 1000 };
    return this.token.value;
  }

  /** Calls the API; a non-2xx answer becomes an ApiError carrying the server's message. */
  async request<T>(method: string, path: string, body?: unknown, query?: Record<string, string | number | undefined>): Promise<T> {
    const url = new URL(`${this.root}/${path.replace(/^\//, "")}`);
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== "") url.searchParams.set(key, String(value));
    const response = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${await this.accessToken()}`, ...(body === undefined ? {} : { "content-type": "application/json" }), accept: "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      const error = (parsed ?? {}) as { error?: string; message?: string };
      throw new ApiError(response.status, error.error ?? `http_${response.status}`, error.message ?? `${method} ${url.pathname} : HTTP ${response.status}`);
    }
    return parsed as T;
  }
}
