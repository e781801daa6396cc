import KcAdminClient from "@keycloak/keycloak-admin-client";

export interface Credentials {
  baseUrl: string;
  username: string;
  password: string;
}

/** An admin client authenticated on the master realm with the admin's password. */
export async function connect(credentials: Credentials): Promise<KcAdminClient> {
  const kc = new KcAdminClient({ baseUrl: credentials.baseUrl, realmName: "master" });
  await kc.auth({ grantType: "password", clientId: "admin-cli", username: credentials.username, password: credentials.password });
  return kc;
}
