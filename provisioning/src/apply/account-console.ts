import type KcAdminClient from "@keycloak/keycloak-admin-client";
import { differingFields, type Change } from "./changes.js";

/** The client Keycloak creates in every realm for its account console; Mon compte signs in with it. */
export const ACCOUNT_CONSOLE = "account-console";

/**
 * Mon compte shows agents their profile read only: it reads the user's kind (efp.user-kind,
 * set for agents, see users/create-user.ts) from its ID token. An attribute an admin sets, not
 * one the person can edit (unmanaged attributes are admin-only in this realm).
 */
export const USER_KIND_MAPPER = {
  name: "efp-user-kind",
  protocol: "openid-connect",
  protocolMapper: "oidc-usermodel-attribute-mapper",
  config: {
    "user.attribute": "efp.user-kind",
    "claim.name": "efp_user_kind",
    "jsonType.label": "String",
    "id.token.claim": "true",
    "access.token.claim": "false",
    "userinfo.token.claim": "true",
    "introspection.token.claim": "false",
    multivalued: "false",
  },
};

/** Keeps the account-console client's mapper in line (the client itself is Keycloak's). */
export async function applyAccountConsole(kc: KcAdminClient, realm: string, dryRun: boolean): Promise<Change[]> {
  const [client] = await kc.clients.find({ realm, clientId: ACCOUNT_CONSOLE });
  // A realm being created in a dry run has no client yet: it will have Keycloak's once created.
  if (!client) return dryRun ? [{ action: "create", resource: `${ACCOUNT_CONSOLE} mapper ${USER_KIND_MAPPER.name}` }] : [];
  const resource = `${ACCOUNT_CONSOLE} mapper ${USER_KIND_MAPPER.name}`;
  const mapper = (await kc.clients.listProtocolMappers({ realm, id: client.id! })).find((candidate) => candidate.name === USER_KIND_MAPPER.name);
  if (!mapper) {
    if (!dryRun) await kc.clients.addProtocolMapper({ realm, id: client.id! }, USER_KIND_MAPPER);
    return [{ action: "create", resource }];
  }
  if (differingFields(USER_KIND_MAPPER, mapper as Record<string, unknown>).length > 0) {
    if (!dryRun) await kc.clients.updateProtocolMapper({ realm, id: client.id!, mapperId: mapper.id! }, { ...mapper, ...USER_KIND_MAPPER });
    return [{ action: "update", resource }];
  }
  return [];
}
