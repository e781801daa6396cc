import type KcAdminClient from "@keycloak/keycloak-admin-client";
import type { RealmSettings } from "../config/model.js";
import { differingFields, type Change } from "./changes.js";

type AdminClient = NonNullable<RealmSettings["adminClients"]>[number];

export const ADMIN_CLIENT_MARKER = "efp.admin-client";

/** A confidential client with only the client credentials grant and a service account. */
export function adminClientRepresentation(client: AdminClient): Record<string, unknown> {
  return {
    clientId: client.clientId,
    description: client.description ?? "",
    enabled: true,
    protocol: "openid-connect",
    publicClient: false,
    clientAuthenticatorType: "client-secret",
    secret: client.secret,
    standardFlowEnabled: false,
    implicitFlowEnabled: false,
    directAccessGrantsEnabled: false,
    serviceAccountsEnabled: true,
    attributes: { [ADMIN_CLIENT_MARKER]: "true" },
  };
}

export async function applyAdminClient(kc: KcAdminClient, realm: string, client: AdminClient, dryRun: boolean): Promise<Change[]> {
  const resource = `admin client ${client.clientId}`;
  const desired = adminClientRepresentation(client);
  const changes: Change[] = [];
  let [current] = await kc.clients.find({ realm, clientId: client.clientId });
  if (!current) {
    changes.push({ action: "create", resource });
    if (dryRun) return [...changes, ...client.realmRoles.map((role) => ({ action: "create" as const, resource: `${resource} realm role ${role}` }))];
    await kc.clients.create({ realm, ...desired });
    [current] = await kc.clients.find({ realm, clientId: client.clientId });
  } else {
    const { secret, ...comparable } = desired;
    const fields = differingFields(comparable, current as Record<string, unknown>);
    const { value } = await kc.clients.getClientSecret({ realm, id: current.id! });
    if (value !== secret) fields.push("secret");
    if (fields.length > 0) {
      if (!dryRun) await kc.clients.update({ realm, id: current.id! }, { ...current, ...desired });
      changes.push({ action: "update", resource, fields });
    }
  }
  const serviceAccount = await kc.clients.getServiceAccountUser({ realm, id: current.id! });
  const held = new Set((await kc.users.listRealmRoleMappings({ realm, id: serviceAccount.id! })).map((role) => role.name));
  for (const roleName of client.realmRoles.filter((name) => !held.has(name))) {
    const role = await kc.roles.findOneByName({ realm, name: roleName });
    if (!role) throw new Error(`${resource} : rôle de royaume inconnu « ${roleName} » (déclarez-le dans realm.yaml, roles)`);
    if (!dryRun) await kc.users.addRealmRoleMappings({ realm, id: serviceAccount.id!, roles: [{ id: role.id!, name: role.name! }] });
    changes.push({ action: "create", resource: `${resource} realm role ${roleName}` });
  }
  return changes;
}
