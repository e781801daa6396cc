import { connect } from "@efp/provisioning";
import { testContext } from "./context.js";

/** An admin client on the test Keycloak, as the efp CLI would have. */
export function adminClient() {
  const context = testContext();
  return connect({ baseUrl: context.keycloakUrl, username: context.adminUsername, password: context.adminPassword });
}

/** A raw admin access token, for endpoints the admin client does not wrap. */
export async function adminToken(): Promise<string> {
  const context = testContext();
  const response = await fetch(`${context.keycloakUrl}/realms/master/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "password", client_id: "admin-cli", username: context.adminUsername, password: context.adminPassword }),
  });
  if (!response.ok) throw new Error(`jeton administrateur refusé : ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
