import type KcAdminClient from "@keycloak/keycloak-admin-client";
import type { Application } from "../config/model.js";
import { DEFAULT_IDENTITY_CLAIMS, type IdentityClaims } from "../config/tokens.js";
import { differingFields, type Change } from "./changes.js";
import { driftFields } from "./drift.js";

/**
 * Who made an application (ApplicationClients in the extension): `efp apply` stamps its own
 * `realm-config`; EFP ADMIN stamps `efp-admin` on those it creates, which `plan` reports as
 * created outside realm-config and `--prune` never deletes.
 */
export const SOURCE_ATTRIBUTE = "efp.source";
export const SOURCE_REALM_CONFIG = "realm-config";
export const SOURCE_EFP_ADMIN = "efp-admin";
export const LOGO_ATTRIBUTE = "efp.logo-url";

/** Client roles every application carries for its administrators (never given by a habilitation). */
export const RESERVED_ROLES = [
  { name: "efp-application-admin", description: "Administrateur applicatif (EFP ADMIN)" },
  { name: "efp-support", description: "Assistant aux utilisateurs (EFP ADMIN, lecture seule)" },
];

/** The protocol mapper that puts the user's habilitations for this application in its tokens. */
export const HABILITATIONS_MAPPER = {
  name: "efp-habilitations",
  protocol: "openid-connect",
  protocolMapper: "efp-habilitations-mapper",
  config: { "access.token.claim": "true", "id.token.claim": "true", "userinfo.token.claim": "true", "introspection.token.claim": "true" },
};

/**
 * The protocol mapper that tells the application who the person is: their kind ("agent" or
 * "professional") and an agent's ministerial structure code, under realm.yaml's
 * `tokens.claims` names (README, "For application teams").
 */
export function identityMapper(claims: IdentityClaims) {
  return {
    name: "efp-identity",
    protocol: "openid-connect",
    protocolMapper: "efp-identity-mapper",
    config: {
      "efp.claim.user-kind": claims.userKind,
      "efp.claim.structure": claims.structure,
      "access.token.claim": "true",
      "id.token.claim": "true",
      "userinfo.token.claim": "true",
      "introspection.token.claim": "true",
    },
  };
}

/**
 * The application's own name in its access tokens' `aud`: a resource server that checks the
 * audience (as it should) accepts the token, and our APIs see whose token it is.
 */
export function audienceMapper(clientId: string) {
  return {
    name: "efp-audience",
    protocol: "openid-connect",
    protocolMapper: "oidc-audience-mapper",
    config: {
      "included.client.audience": clientId,
      "access.token.claim": "true",
      "id.token.claim": "false",
      "introspection.token.claim": "true",
      "lightweight.claim": "false",
    },
  };
}

/**
 * An EFP application is a confidential OIDC client (authorization code + PKCE S256 only)
 * marked with `efp.*` attributes that the extension and the pages read. Its scope is limited to
 * its own roles (fullScopeAllowed off): a token for one application says nothing of the others.
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
    fullScopeAllowed: false,
    redirectUris: application.redirectUris,
    webOrigins: ["+"],
    attributes: {
      "pkce.code.challenge.method": "S256",
      "post.logout.redirect.uris": (application.postLogoutRedirectUris ?? []).join("##"),
      "efp.application": "true",
      [SOURCE_ATTRIBUTE]: SOURCE_REALM_CONFIG,
      ...(application.logoUrl && { [LOGO_ATTRIBUTE]: application.logoUrl }),
      "efp.display-name": application.name,
      "efp.url": application.url,
      "efp.description": application.description ?? "",
      "efp.ra-codes-enabled": String(application.raCodesEnabled ?? false),
      "efp.listed-publicly": String(application.listedPublicly ?? false),
    },
  };
}

export async function applyApplication(
  kc: KcAdminClient,
  realm: string,
  application: Application,
  dryRun = false,
  claims: IdentityClaims = DEFAULT_IDENTITY_CLAIMS,
): Promise<Change[]> {
  const changes: Change[] = [];
  const desired = clientRepresentation(application);
  const resource = `application ${application.clientId}`;
  let [current] = await kc.clients.find({ realm, clientId: application.clientId });
  if (!current) {
    changes.push({ action: "create", resource });
    if (dryRun) return changes;
    await kc.clients.create({ realm, ...desired });
    [current] = await kc.clients.find({ realm, clientId: application.clientId });
  } else {
    // The admin API never returns the secret in the representation: compare it separately.
    const { secret, ...comparable } = desired;
    const fields = driftFields(comparable, current as Record<string, unknown>);
    const { value: currentSecret } = await kc.clients.getClientSecret({ realm, id: current.id! });
    if (currentSecret !== secret) fields.push("secret");
    if (fields.length > 0) {
      if (!dryRun) await kc.clients.update({ realm, id: current.id! }, { ...current, ...desired });
      changes.push({ action: "update", resource, fields });
    }
  }

  const existingRoles = await kc.clients.listRoles({ realm, id: current.id! });
  for (const role of [...application.roles, ...RESERVED_ROLES]) {
    const existing = existingRoles.find((candidate) => candidate.name === role.name);
    const description = role.description ?? "";
    const attributes = roleAttributes(role);
    if (!existing) {
      if (!dryRun) await kc.clients.createRole({ realm, id: current.id!, name: role.name, description, attributes });
      changes.push({ action: "create", resource: `${resource} role ${role.name}` });
      continue;
    }
    // The list leaves out attributes: the role itself has them.
    const full = (await kc.clients.findRole({ realm, id: current.id!, roleName: role.name })) ?? existing;
    const fields: string[] = [];
    if ((full.description ?? "") !== description) fields.push("description");
    if (!sameAttributes(full.attributes, attributes)) fields.push("descriptionEn");
    if (fields.length > 0) {
      if (!dryRun)
        await kc.clients.updateRole(
          { realm, id: current.id!, roleName: role.name },
          { ...full, description, attributes: { ...withoutEnglishLabel(full.attributes), ...attributes } },
        );
      changes.push({ action: "update", resource: `${resource} role ${role.name}`, fields });
    }
  }

  const mappers = await kc.clients.listProtocolMappers({ realm, id: current.id! });
  for (const desiredMapper of [HABILITATIONS_MAPPER, audienceMapper(application.clientId), identityMapper(claims)]) {
    const mapper = mappers.find((candidate) => candidate.name === desiredMapper.name);
    if (!mapper) {
      if (!dryRun) await kc.clients.addProtocolMapper({ realm, id: current.id! }, desiredMapper);
      changes.push({ action: "create", resource: `${resource} mapper ${desiredMapper.name}` });
    } else if (differingFields(desiredMapper, mapper as Record<string, unknown>).length > 0) {
      if (!dryRun) await kc.clients.updateProtocolMapper({ realm, id: current.id!, mapperId: mapper.id! }, { ...mapper, ...desiredMapper });
      changes.push({ action: "update", resource: `${resource} mapper ${desiredMapper.name}` });
    }
  }
  return changes;
}

/** Role attribute holding a role's English label (the extension reads it; its description is the French one). */
export const ENGLISH_LABEL_ATTRIBUTE = "efp.description.en";

/** What a declared role stores besides its description: its English label, if any. */
export function roleAttributes(role: { name: string; descriptionEn?: string }): Record<string, string[]> {
  const english = role.descriptionEn?.trim();
  return english ? { [ENGLISH_LABEL_ATTRIBUTE]: [english] } : {};
}

function withoutEnglishLabel(attributes: Record<string, string[]> | undefined): Record<string, string[]> {
  const { [ENGLISH_LABEL_ATTRIBUTE]: _english, ...rest } = attributes ?? {};
  return rest;
}

/** Whether the English label stored is the one wanted (other attributes, set by hand, are left alone). */
export function sameAttributes(stored: Record<string, string[]> | undefined, wanted: Record<string, string[]>): boolean {
  const have = stored?.[ENGLISH_LABEL_ATTRIBUTE] ?? [];
  const want = wanted[ENGLISH_LABEL_ATTRIBUTE] ?? [];
  return have.length === want.length && have.every((value, index) => value === want[index]);
}

/** Roles of an application that the configuration no longer declares (reserved ones stay). */
export async function pruneApplicationRoles(kc: KcAdminClient, realm: string, application: Application, dryRun: boolean): Promise<Change[]> {
  const [current] = await kc.clients.find({ realm, clientId: application.clientId });
  if (!current) return [];
  const keep = new Set([...application.roles, ...RESERVED_ROLES].map((role) => role.name));
  const changes: Change[] = [];
  for (const role of await kc.clients.listRoles({ realm, id: current.id! })) {
    if (keep.has(role.name!)) continue;
    if (!dryRun) await kc.clients.delRole({ realm, id: current.id!, roleName: role.name! });
    changes.push({ action: "delete", resource: `application ${application.clientId} role ${role.name}` });
  }
  return changes;
}
