import type KcAdminClient from "@keycloak/keycloak-admin-client";
import type { Application } from "../config/model.js";
import { differingFields, type Change } from "./changes.js";

/**
 * An EFP application is a confidential OIDC client (authorization code + PKCE S256 only)
 * marked with `efp.*` attributes that the extension and the pages read.
 */
export function clientRepresentation(application: Application): Record<string, unknown> {
  return {
    clientId: application.clientId,
    name: application.name,
    description: application.description ?? "",
    rootUrl: application.url,
    baseUrl: application.url,
    enabled: true,
    protocol: "openid-connect",
    publicClient: false,
    clientAuthenticatorType: "client-secret",
    secret: application.secret,
    standardFlowEnabled: true,
    implicitFlowEnabled: false,
    directAccessGrantsEnabled: false,
    serviceAccountsEnabled: false,
    redirectUris: application.redirectUris,
    webOrigins: ["+"],
    attributes: {
      "pkce.code.challenge.method": "S256",
      "post.logout.redirect.uris": (application.postLogoutRedirectUris ?? []).join("##"),
      "efp.application": "true",
      "efp.display-name": application.name,
      "efp.url": application.url,
      "efp.description": application.description ?? "",
      "efp.ra-codes-enabled": String(application.raCodesEnabled ?? false),
      "efp.listed-publicly": String(application.listedPublicly ?? false),
    },
  };
}

export async function applyApplication(kc: KcAdminClient, realm: string, application: Application): Promise<Change[]> {
  const changes: Change[] = [];
  const desired = clientRepresentation(application);
  const resource = `application ${application.clientId}`;
  let [current] = await kc.clients.find({ realm, clientId: application.clientId });
  if (!current) {
    await kc.clients.create({ realm, ...desired });
    [current] = await kc.clients.find({ realm, clientId: application.clientId });
    changes.push({ action: "create", resource });
  } else {
    // The admin API never returns the secret in the representation: compare it separately.
    const { secret, ...comparable } = desired;
    const fields = differingFields(comparable, current as Record<string, unknown>);
    const { value: currentSecret } = await kc.clients.getClientSecret({ realm, id: current.id! });
    if (currentSecret !== secret) fields.push("secret");
    if (fields.length > 0) {
      await kc.clients.update({ realm, id: current.id! }, { ...current, ...desired });
      changes.push({ action: "update", resource, fields });
    }
  }

  const existingRoles = await kc.clients.listRoles({ realm, id: current.id! });
  for (const role of application.roles ?? []) {
    const existing = existingRoles.find((candidate) => candidate.name === role.name);
    const description = role.description ?? "";
    if (!existing) {
      await kc.clients.createRole({ realm, id: current.id!, name: role.name, description });
      changes.push({ action: "create", resource: `${resource} role ${role.name}` });
    } else if ((existing.description ?? "") !== description) {
      await kc.clients.updateRole({ realm, id: current.id!, roleName: role.name }, { ...existing, description });
      changes.push({ action: "update", resource: `${resource} role ${role.name}`, fields: ["description"] });
    }
  }
  return changes;
}
