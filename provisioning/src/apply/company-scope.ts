import type KcAdminClient from "@keycloak/keycloak-admin-client";
import { differingFields, type Change } from "./changes.js";

/**
 * The scope an application asks for when its tokens must name one company: the person picks it
 * at login (the extension's required action efp-company-choice). A scope rather than a custom
 * authorization parameter: every OIDC library sends scopes, Keycloak keeps the granted scope in
 * the refresh token (so a refresh keeps the choice), and the token's `scope` says it was asked.
 */
export const COMPANY_SCOPE = {
  name: "efp-company",
  description: "Un seul établissement dans le jeton, choisi par la personne à la connexion",
  protocol: "openid-connect",
  attributes: { "include.in.token.scope": "true", "display.on.consent.screen": "false" },
};

export async function applyCompanyScope(kc: KcAdminClient, realm: string, dryRun: boolean): Promise<Change[]> {
  const current = await kc.clientScopes.findOneByName({ realm, name: COMPANY_SCOPE.name });
  const resource = `client scope ${COMPANY_SCOPE.name}`;
  if (!current) {
    if (!dryRun) await kc.clientScopes.create({ realm, ...COMPANY_SCOPE });
    return [{ action: "create", resource }];
  }
  const fields = differingFields(COMPANY_SCOPE, current as Record<string, unknown>);
  if (fields.length === 0) return [];
  if (!dryRun) await kc.clientScopes.update({ realm, id: current.id! }, { ...current, ...COMPANY_SCOPE });
  return [{ action: "update", resource, fields }];
}

/** Offers the scope to an application, as an optional scope (asked for, never given unasked). */
export async function attachCompanyScope(kc: KcAdminClient, realm: string, clientId: string, dryRun: boolean): Promise<Change[]> {
  const [client] = await kc.clients.find({ realm, clientId });
  const scope = await kc.clientScopes.findOneByName({ realm, name: COMPANY_SCOPE.name });
  if (!client || !scope) return dryRun ? [{ action: "create", resource: `application ${clientId} optional scope ${COMPANY_SCOPE.name}` }] : [];
  const optional = await kc.clients.listOptionalClientScopes({ realm, id: client.id! });
  if (optional.some((candidate) => candidate.name === COMPANY_SCOPE.name)) return [];
  if (!dryRun) await kc.clients.addOptionalClientScope({ realm, id: client.id!, clientScopeId: scope.id! });
  return [{ action: "create", resource: `application ${clientId} optional scope ${COMPANY_SCOPE.name}` }];
}
