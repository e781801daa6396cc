import type KcAdminClient from "@keycloak/keycloak-admin-client";
import type { DemoUser } from "../config/model.js";
import { differingFields, type Change } from "./changes.js";

/**
 * Demo and test accounts. The password is set only at creation: re-applying must not undo a
 * password the person changed since.
 */
export async function applyUser(kc: KcAdminClient, realm: string, user: DemoUser): Promise<Change[]> {
  const username = user.email.toLowerCase();
  const desired = { username, email: username, firstName: user.firstName, lastName: user.lastName, enabled: true, emailVerified: true };
  const [current] = await kc.users.find({ realm, username, exact: true });
  const resource = `user ${username}`;
  if (!current) {
    await kc.users.create({ realm, ...desired, credentials: [{ type: "password", value: user.password, temporary: false }] });
    return [{ action: "create", resource }];
  }
  const fields = differingFields(desired, current as Record<string, unknown>);
  if (fields.length === 0) return [];
  await kc.users.update({ realm, id: current.id! }, desired);
  return [{ action: "update", resource, fields }];
}
