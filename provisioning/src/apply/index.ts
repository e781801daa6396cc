import type KcAdminClient from "@keycloak/keycloak-admin-client";
import type { RealmConfig } from "../config/model.js";
import { applyApplication } from "./applications.js";
import type { Change } from "./changes.js";
import { applyAuthentication } from "./flows.js";
import { applyRealm } from "./realm.js";
import { applyUser } from "./users.js";

/** Brings Keycloak in line with the configuration; returns what it changed (empty: nothing). */
export async function applyRealmConfig(kc: KcAdminClient, config: RealmConfig): Promise<Change[]> {
  const realm = config.realm.realm;
  const changes = await applyRealm(kc, config.realm);
  if (config.authentication) changes.push(...(await applyAuthentication(kc, realm, config.authentication)));
  for (const application of config.applications) changes.push(...(await applyApplication(kc, realm, application)));
  for (const user of config.users) changes.push(...(await applyUser(kc, realm, user)));
  return changes;
}

export type { Change };
