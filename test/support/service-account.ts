// Callers of the extension's admin API, as automation would be: a confidential client with a
// service account holding the roles under test, used through EfpApi (client credentials).
import { EfpApi } from "@efp/provisioning";
import { adminClient } from "./admin.js";
import { testContext } from "./context.js";

export const ADMINISTRATOR_ROLE = "efp-administrator";

export interface ServiceAccountRoles {
  realmRoles?: string[];
  /** Client roles, by clientId of the client that defines them. */
  clientRoles?: Record<string, string[]>;
}

/**
 * Creates (or reuses) the client `clientId` with a service account holding exactly these roles.
 * Like realm-config's admin clients, it holds the efp-admin client scope (its tokens are issued
 * for the admin API) unless `audience` is false: a service account of some other program.
 */
export async function serviceAccountApi(clientId: string, roles: ServiceAccountRoles = {}, audience = true): Promise<EfpApi> {
  const context = testContext();
  const realm = context.realm;
  const kc = await adminClient();
  let [client] = await kc.clients.find({ realm, clientId });
  if (!client) {
    await kc.clients.create({
      realm,
      clientId,
      publicClient: false,
      serviceAccountsEnabled: true,
      standardFlowEnabled: false,
      directAccessGrantsEnabled: false,
    });
    [client] = await kc.clients.find({ realm, clientId });
    if (audience) {
      const scope = await kc.clientScopes.findOneByName({ realm, name: "efp-admin" });
      await kc.clients.addDefaultClientScope({ realm, id: client.id!, clientScopeId: scope!.id! });
    }
  }
  const user = await kc.clients.getServiceAccountUser({ realm, id: client.id! });
  for (const name of roles.realmRoles ?? []) {
    let role = await kc.roles.findOneByName({ realm, name });
    if (!role) {
      await kc.roles.create({ realm, name });
      role = await kc.roles.findOneByName({ realm, name });
    }
    await kc.users.addRealmRoleMappings({ realm, id: user.id!, roles: [{ id: role!.id!, name: role!.name! }] });
  }
  for (const [owner, names] of Object.entries(roles.clientRoles ?? {})) {
    const [ownerClient] = await kc.clients.find({ realm, clientId: owner });
    const mapped = [];
    for (const name of names) {
      const role = await kc.clients.findRole({ realm, id: ownerClient.id!, roleName: name });
      mapped.push({ id: role!.id!, name: role!.name! });
    }
    await kc.users.addClientRoleMappings({ realm, id: user.id!, clientUniqueId: ownerClient.id!, roles: mapped });
  }
  const { value: secret } = await kc.clients.getClientSecret({ realm, id: client.id! });
  return new EfpApi({ baseUrl: context.keycloakUrl, realm, clientId, clientSecret: secret! });
}

/** An EFP application (client marked efp.application=true) with the given client roles, for tests. */
export async function testApplication(clientId: string, roleNames: string[]) {
  const { realm } = testContext();
  const kc = await adminClient();
  let [client] = await kc.clients.find({ realm, clientId });
  if (!client) {
    await kc.clients.create({
      realm,
      clientId,
      publicClient: false,
      standardFlowEnabled: true,
      redirectUris: ["http://127.0.0.1:9/"],
      attributes: { "efp.application": "true" },
    });
    [client] = await kc.clients.find({ realm, clientId });
  }
  for (const name of roleNames) {
    if (!(await kc.clients.findRole({ realm, id: client.id!, roleName: name }).catch(() => null))) await kc.clients.createRole({ realm, id: client.id!, name });
  }
  return client;
}
