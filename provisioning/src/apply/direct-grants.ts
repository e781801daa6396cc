import type KcAdminClient from "@keycloak/keycloak-admin-client";
import type { Change } from "./changes.js";

/**
 * No client of the realm may check a password outside the login pages, where the CAPTCHA is:
 * Keycloak turns the password grant on for some of its own clients (admin-cli), and a client
 * made by hand in the console may have it. Each one found is reported, and turned off by apply.
 * The realm's direct grant flow refuses anyway (authentication.yaml, efp-direct-grant), so a
 * client that reopens it between two applies still gets no token.
 */
export async function applyNoDirectGrants(kc: KcAdminClient, realm: string, dryRun: boolean): Promise<Change[]> {
  const changes: Change[] = [];
  for (const client of await kc.clients.find({ realm })) {
    if (!client.directAccessGrantsEnabled) continue;
    if (!dryRun) await kc.clients.update({ realm, id: client.id! }, { ...client, directAccessGrantsEnabled: false });
    changes.push({
      action: "update",
      resource: `client ${client.clientId} (mot de passe sans CAPTCHA : password grant)`,
      fields: ["directAccessGrantsEnabled"],
    });
  }
  return changes;
}
