import type KcAdminClient from "@keycloak/keycloak-admin-client";
import type { RealmConfig } from "../config/model.js";
import { ADMIN_CLIENT_MARKER } from "./admin-clients.js";
import { pruneApplicationRoles, SOURCE_ATTRIBUTE, SOURCE_EFP_ADMIN } from "./applications.js";
import type { Change } from "./changes.js";

/**
 * Deletes what the configuration owns but no longer declares: EFP applications and their
 * roles, admin clients, the ministry brokers, our (efp-*) flows. Never people's data: users,
 * companies, habilitations and RA codes are not configuration and are never pruned.
 */
export async function prune(kc: KcAdminClient, config: RealmConfig, dryRun: boolean): Promise<Change[]> {
  const realm = config.realm.realm;
  const changes: Change[] = [];
  const declaredClients = new Set([...config.applications.map((a) => a.clientId), ...(config.realm.adminClients ?? []).map((c) => c.clientId)]);
  for (const client of await kc.clients.find({ realm })) {
    const owned = client.attributes?.["efp.application"] === "true" || client.attributes?.[ADMIN_CLIENT_MARKER] === "true";
    if (!owned || declaredClients.has(client.clientId!)) continue;
    // Created in EFP ADMIN: not the configuration's to delete (`efp plan` lists it, see outside.ts).
    if (client.attributes?.[SOURCE_ATTRIBUTE] === SOURCE_EFP_ADMIN) continue;
    if (!dryRun) await kc.clients.del({ realm, id: client.id! });
    changes.push({ action: "delete", resource: `${client.attributes?.["efp.application"] === "true" ? "application" : "admin client"} ${client.clientId}` });
  }
  for (const application of config.applications) changes.push(...(await pruneApplicationRoles(kc, realm, application, dryRun)));

  const declaredProviders = new Set(config.identityProviders.map((p) => p.alias));
  for (const provider of await kc.identityProviders.find({ realm })) {
    if (!provider.config?.["efp.structure"] || declaredProviders.has(provider.alias!)) continue;
    if (!dryRun) await kc.identityProviders.del({ realm, alias: provider.alias! });
    changes.push({ action: "delete", resource: `identity provider ${provider.alias}` });
  }

  const declaredFlows = new Set((config.authentication?.flows ?? []).map((f) => f.alias));
  const current = await kc.realms.findOne({ realm });
  const bound = new Set([
    current?.browserFlow,
    current?.registrationFlow,
    current?.resetCredentialsFlow,
    current?.directGrantFlow,
    current?.clientAuthenticationFlow,
  ]);
  for (const flow of await kc.authenticationManagement.getFlows({ realm })) {
    if (!flow.alias?.startsWith("efp-") || flow.builtIn || declaredFlows.has(flow.alias) || bound.has(flow.alias)) continue;
    if (!dryRun) await kc.authenticationManagement.deleteFlow({ realm, flowId: flow.id! });
    changes.push({ action: "delete", resource: `flow ${flow.alias}` });
  }
  return changes;
}
