import type KcAdminClient from "@keycloak/keycloak-admin-client";
import { ACCOUNT_CONSOLE } from "./account-console.js";
import { differingFields, type Change } from "./changes.js";

/**
 * The extension's two APIs each accept only tokens issued for them (their name in `aud`,
 * keycloak-extension caller/AudienceCheck). A client gets that audience by holding the client
 * scope of the same name, which realm-config gives to these clients only: Mon compte
 * (account-console) and people's CLI sessions for efp-access; the automation clients, and Mon
 * compte's and CLI sessions that ask for it, for efp-admin. Applications never hold them.
 */
export const API_AUDIENCES = ["efp-access", "efp-admin"] as const;
export type ApiAudience = (typeof API_AUDIENCES)[number];

/** The public client of `efp login` (device authorization grant): the CLI acting in a person's name. */
export const CLI_PERSON_CLIENT = "efp-cli-person";

/**
 * What the person allows when a client asks for the scope (Keycloak always asks it for `efp
 * login`): message keys the login theme words, in French and English (keycloak-theme i18n.ts).
 */
export const CONSENT_TEXT: Record<ApiAudience, string> = {
  "efp-access": "${efpConsentScopeAccess}",
  "efp-admin": "${efpConsentScopeAdmin}",
};

export function audienceScopeRepresentation(audience: ApiAudience): Record<string, unknown> {
  return {
    name: audience,
    description:
      audience === "efp-access"
        ? "Jetons destinés à l'API de gestion des accès (Mon compte, efp login)"
        : "Jetons destinés à l'API d'administration (efp-cli, efp login)",
    protocol: "openid-connect",
    // gui.order: on the consent page, what the client may do in the person's name comes first.
    attributes: {
      "include.in.token.scope": "true",
      "display.on.consent.screen": "true",
      "consent.screen.text": CONSENT_TEXT[audience],
      "gui.order": audience === "efp-access" ? "1" : "2",
    },
  };
}

export function audienceMapper(audience: ApiAudience) {
  return {
    name: `${audience}-audience`,
    protocol: "openid-connect",
    protocolMapper: "oidc-audience-mapper",
    config: {
      "included.custom.audience": audience,
      "access.token.claim": "true",
      "id.token.claim": "false",
      "introspection.token.claim": "true",
      "lightweight.claim": "false",
    },
  };
}

/** A public client that only does the device authorization grant: no redirect, no password. */
export function cliPersonClientRepresentation(): Record<string, unknown> {
  return {
    clientId: CLI_PERSON_CLIENT,
    name: "CLI efp (en votre nom)",
    description: "efp login : la CLI agit au nom de la personne connectée (autorisation par appareil)",
    enabled: true,
    protocol: "openid-connect",
    publicClient: true,
    standardFlowEnabled: false,
    implicitFlowEnabled: false,
    directAccessGrantsEnabled: false,
    serviceAccountsEnabled: false,
    fullScopeAllowed: false,
    consentRequired: false,
    attributes: { "oauth2.device.authorization.grant.enabled": "true", "oauth2.device.polling.interval": "5", "efp.cli-person": "true" },
  };
}

async function applyScope(kc: KcAdminClient, realm: string, audience: ApiAudience, dryRun: boolean): Promise<{ id?: string; changes: Change[] }> {
  const resource = `client scope ${audience}`;
  const desired = audienceScopeRepresentation(audience);
  let scope = await kc.clientScopes.findOneByName({ realm, name: audience });
  const changes: Change[] = [];
  if (!scope) {
    changes.push({ action: "create", resource });
    if (dryRun) return { changes: [...changes, { action: "create", resource: `${resource} mapper ${audienceMapper(audience).name}` }] };
    await kc.clientScopes.create({ realm, ...desired });
    scope = await kc.clientScopes.findOneByName({ realm, name: audience });
  } else {
    const fields = differingFields(desired, scope as Record<string, unknown>);
    if (fields.length > 0) {
      if (!dryRun) await kc.clientScopes.update({ realm, id: scope.id! }, { ...scope, ...desired });
      changes.push({ action: "update", resource, fields });
    }
  }
  const mapper = audienceMapper(audience);
  const current = (await kc.clientScopes.listProtocolMappers({ realm, id: scope!.id! })).find((candidate) => candidate.name === mapper.name);
  if (!current) {
    if (!dryRun) await kc.clientScopes.addProtocolMapper({ realm, id: scope!.id! }, mapper);
    changes.push({ action: "create", resource: `${resource} mapper ${mapper.name}` });
  } else if (differingFields(mapper, current as Record<string, unknown>).length > 0) {
    if (!dryRun) await kc.clientScopes.updateProtocolMapper({ realm, id: scope!.id!, mapperId: current.id! }, { ...current, ...mapper });
    changes.push({ action: "update", resource: `${resource} mapper ${mapper.name}` });
  }
  // Never a realm default: a client created later by hand must not get an API's audience.
  const realmDefaults = [
    ...(await kc.clientScopes.listDefaultClientScopes({ realm } as never)),
    ...(await kc.clientScopes.listDefaultOptionalClientScopes({ realm } as never)),
  ];
  if (realmDefaults.some((candidate) => candidate.name === audience)) {
    if (!dryRun) {
      await kc.clientScopes.delDefaultClientScope({ realm, id: scope!.id! }).catch(() => undefined);
      await kc.clientScopes.delDefaultOptionalClientScope({ realm, id: scope!.id! }).catch(() => undefined);
    }
    changes.push({ action: "delete", resource: `realm default client scope ${audience}` });
  }
  return { id: scope?.id, changes };
}

/** Gives a client an API's scope, by default or on request only; reports the change. */
export async function grantAudience(
  kc: KcAdminClient,
  realm: string,
  clientId: string,
  audience: ApiAudience,
  kind: "default" | "optional",
  dryRun: boolean,
): Promise<Change[]> {
  const [client] = await kc.clients.find({ realm, clientId });
  const resource = `${clientId} ${kind} client scope ${audience}`;
  if (!client) return dryRun ? [{ action: "create", resource }] : [];
  const held =
    kind === "default"
      ? await kc.clients.listDefaultClientScopes({ realm, id: client.id! })
      : await kc.clients.listOptionalClientScopes({ realm, id: client.id! });
  if (held.some((scope) => scope.name === audience)) return [];
  if (!dryRun) {
    const scope = await kc.clientScopes.findOneByName({ realm, name: audience });
    if (!scope) throw new Error(`portée ${audience} introuvable`);
    if (kind === "default") await kc.clients.addDefaultClientScope({ realm, id: client.id!, clientScopeId: scope.id! });
    else await kc.clients.addOptionalClientScope({ realm, id: client.id!, clientScopeId: scope.id! });
  }
  return [{ action: "create", resource }];
}

async function applyCliPersonClient(kc: KcAdminClient, realm: string, dryRun: boolean): Promise<Change[]> {
  const resource = `client ${CLI_PERSON_CLIENT}`;
  const desired = cliPersonClientRepresentation();
  const [current] = await kc.clients.find({ realm, clientId: CLI_PERSON_CLIENT });
  if (!current) {
    if (!dryRun) await kc.clients.create({ realm, ...desired });
    return [{ action: "create", resource }];
  }
  const fields = differingFields(desired, current as Record<string, unknown>);
  if (fields.length === 0) return [];
  if (!dryRun) await kc.clients.update({ realm, id: current.id! }, { ...current, ...desired });
  return [{ action: "update", resource, fields }];
}

/**
 * The two API scopes, Mon compte's and the people's CLI client's share of them. The automation
 * clients get efp-admin in admin-clients.ts.
 */
export async function applyApiAudiences(kc: KcAdminClient, realm: string, dryRun: boolean): Promise<Change[]> {
  const changes: Change[] = [];
  for (const audience of API_AUDIENCES) changes.push(...(await applyScope(kc, realm, audience, dryRun)).changes);
  changes.push(...(await applyCliPersonClient(kc, realm, dryRun)));
  changes.push(...(await grantAudience(kc, realm, ACCOUNT_CONSOLE, "efp-access", "default", dryRun)));
  // EFP ADMIN's screens live in Mon compte: its token asks for efp-admin only when the person
  // opens them (keycloak-theme account/session.ts); efp-admin decides from the database.
  changes.push(...(await grantAudience(kc, realm, ACCOUNT_CONSOLE, "efp-admin", "optional", dryRun)));
  changes.push(...(await grantAudience(kc, realm, CLI_PERSON_CLIENT, "efp-access", "default", dryRun)));
  changes.push(...(await grantAudience(kc, realm, CLI_PERSON_CLIENT, "efp-admin", "optional", dryRun)));
  return changes;
}
