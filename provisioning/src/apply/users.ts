import type KcAdminClient from "@keycloak/keycloak-admin-client";
import type { DemoUser } from "../config/model.js";
import { differingFields, type Change } from "./changes.js";

/**
 * Demo and test accounts. The password is set only at creation: re-applying must not undo a
 * password the person changed since. Declared roles are added, never removed (an admin may
 * have given more).
 */
export async function applyUser(kc: KcAdminClient, realm: string, user: DemoUser, dryRun = false): Promise<Change[]> {
  const username = user.email.toLowerCase();
  const desired = { username, email: username, firstName: user.firstName, lastName: user.lastName, enabled: true, emailVerified: true };
  let [current] = await kc.users.find({ realm, username, exact: true });
  const resource = `user ${username}`;
  const changes: Change[] = [];
  if (!current) {
    changes.push({ action: "create", resource });
    if (dryRun) return changes;
    await kc.users.create({ realm, ...desired, credentials: [{ type: "password", value: user.password, temporary: false }] });
    [current] = await kc.users.find({ realm, username, exact: true });
  } else {
    const fields = differingFields(desired, current as Record<string, unknown>);
    if (fields.length > 0) {
      if (!dryRun) await kc.users.update({ realm, id: current.id! }, desired);
      changes.push({ action: "update", resource, fields });
    }
  }
  const realmRoles = new Set((await kc.users.listRealmRoleMappings({ realm, id: current.id! })).map((role) => role.name));
  for (const name of (user.realmRoles ?? []).filter((candidate) => !realmRoles.has(candidate))) {
    const role = await kc.roles.findOneByName({ realm, name });
    if (!role) throw new Error(`${resource} : rôle de royaume inconnu « ${name} »`);
    if (!dryRun) await kc.users.addRealmRoleMappings({ realm, id: current.id!, roles: [{ id: role.id!, name: role.name! }] });
    changes.push({ action: "create", resource: `${resource} realm role ${name}` });
  }
  for (const [clientId, names] of Object.entries(user.clientRoles ?? {})) {
    const [client] = await kc.clients.find({ realm, clientId });
    if (!client) throw new Error(`${resource} : application inconnue « ${clientId} »`);
    const held = new Set((await kc.users.listClientRoleMappings({ realm, id: current.id!, clientUniqueId: client.id! })).map((role) => role.name));
    for (const name of names.filter((candidate) => !held.has(candidate))) {
      const role = await kc.clients.findRole({ realm, id: client.id!, roleName: name });
      if (!role) throw new Error(`${resource} : rôle inconnu « ${name} » pour ${clientId}`);
      if (!dryRun) await kc.users.addClientRoleMappings({ realm, id: current.id!, clientUniqueId: client.id!, roles: [{ id: role.id!, name: role.name! }] });
      changes.push({ action: "create", resource: `${resource} role ${clientId}/${name}` });
    }
  }
  return changes;
}
