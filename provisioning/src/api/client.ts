// The extension's REST APIs from Node (the efp CLI, provisioning, the tests): efp-admin by
// default, efp-access for a person's own API, with a bearer token of the realm obtained here.
import { ApiError, apiRoot, createCaller, createDownloader, type Call, type Download, type Service } from "@efp/contract";

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
  service?: Service;
}

export class EfpApi {
  private token?: { value: string; expiresAt: number };
  /** Calls the API; a non-2xx answer becomes an ApiError carrying the server's code and message. */
  readonly request: Call;
  /** A GET whose answer is a file to read as it arrives (the CSV exports). */
  readonly download: Download;

  constructor(private readonly credentials: ApiCredentials) {
    this.request = createCaller({ root: this.root, token: () => this.accessToken() });
    this.download = createDownloader({ root: this.root, token: () => this.accessToken() });
  }

  get root(): string {
    return apiRoot(this.credentials.baseUrl, this.credentials.realm, this.credentials.service ?? "efp-admin");
  }

  private async accessToken(): Promise<string> {
    if (this.credentials.accessToken) return this.credentials.accessToken;
    if (this.credentials.tokenProvider) return this.credentials.tokenProvider();
    if (this.token && this.token.expiresAt > Date.now() + 5_000) return this.token.value;
    const { clientId, clientSecret, baseUrl, realm } = this.credentials;
    if (!clientId || !clientSecret)
      throw new ApiError(401, "missing_credentials", "Identifiants absents : EFP_CLIENT_ID et EFP_CLIENT_SECRET (ou un jeton d'accès).");
    const response = await fetch(`${baseUrl.replace(/\/$/, "")}/realms/${encodeURIComponent(realm)}/protocol/openid-connect/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }),
    });
    const body = (await response.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error_description?: string };
    if (!response.ok || !body.access_token) {
      throw new ApiError(
        response.status,
        "authentication_failed",
        `Authentification refusée pour le client ${clientId} : ${body.error_description ?? response.statusText}`,
      );
    }
    this.token = { value: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 60) * 1000 };
    return this.token.value;
  }
}
