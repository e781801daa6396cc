import type KcAdminClient from "@keycloak/keycloak-admin-client";
import type IdentityProviderMapperRepresentation from "@keycloak/keycloak-admin-client/lib/defs/identityProviderMapperRepresentation.js";
import type { IdentityProvider } from "../config/model.js";
import { differingFields, type Change } from "./changes.js";

/**
 * The claim types a ministry ADFS sends (its claim rules must issue these, README "Agents
 * (ADFS)"), and the stand-in realms of dev and tests send them too (adfs-stand-ins.ts).
 */
export const ADFS_CLAIMS = {
  upn: "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
  windowsAccountName: "http://schemas.microsoft.com/ws/2008/06/identity/claims/windowsaccountname",
  email: "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
  givenName: "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname",
  surname: "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname",
} as const;

export const PERSISTENT_NAME_ID = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";

/** What the ADFS's federation metadata tells (Keycloak's own descriptor import reads it). */
type Metadata = Record<string, string>;

/**
 * A SAML 2.0 broker to a ministry ADFS: endpoints and signing certificate from its metadata,
 * signed assertions required and checked, signed requests (login and logout), persistent NameID (the agent's immutable id), the
 * typed login passed as the request's subject, and what our extension reads (prefix, structure).
 */
export function identityProviderRepresentation(provider: IdentityProvider, metadata: Metadata): Record<string, unknown> {
  return {
    alias: provider.alias,
    displayName: provider.displayName,
    providerId: "saml",
    enabled: provider.enabled,
    trustEmail: true,
    storeToken: false,
    addReadTokenRoleOnCreate: false,
    firstBrokerLoginFlowAlias: provider.firstBrokerLoginFlow,
    config: {
      entityId: provider.entityId,
      ...(metadata.idpEntityId && { idpEntityId: metadata.idpEntityId }),
      ...(metadata.singleSignOnServiceUrl && { singleSignOnServiceUrl: metadata.singleSignOnServiceUrl }),
      ...(metadata.singleLogoutServiceUrl && { singleLogoutServiceUrl: metadata.singleLogoutServiceUrl }),
      ...(metadata.signingCertificate && { signingCertificate: metadata.signingCertificate }),
      metadataDescriptorUrl: provider.metadataUrl,
      nameIDPolicyFormat: PERSISTENT_NAME_ID,
      principalType: "SUBJECT",
      postBindingResponse: "true",
      postBindingAuthnRequest: "true",
      postBindingLogout: "true",
      wantAssertionsSigned: "true",
      validateSignature: "true",
      // Our authentication and logout requests are signed with the realm's RS256 key (an ADFS
      // refuses an unsigned logout request); the ADFS reads the certificate from our SP
      // metadata, <KEYCLOAK_PUBLIC_URL>/realms/efp/broker/<alias>/endpoint/descriptor.
      wantAuthnRequestsSigned: "true",
      signatureAlgorithm: "RSA_SHA256",
      loginHint: "true",
      allowedClockSkew: "30",
      syncMode: "FORCE",
      "efp.domain-prefix": provider.domainPrefix,
      "efp.structure": provider.structure,
      ...(provider.structureClaim && { "efp.structure-claim": provider.structureClaim }),
      "efp.structure-values": JSON.stringify(provider.structureValues ?? {}),
      "efp.reachability-check": String(provider.reachabilityCheck),
    },
  };
}

/** Names, email from the ADFS claims, and our agent mapper (kind, immutable id, structure): updated at each login. */
export function identityProviderMappers(provider: IdentityProvider): IdentityProviderMapperRepresentation[] {
  const importer = (name: string, claim: string, userAttribute: string): IdentityProviderMapperRepresentation => ({
    name,
    identityProviderAlias: provider.alias,
    identityProviderMapper: "saml-user-attribute-idp-mapper",
    config: { syncMode: "FORCE", "attribute.name": claim, "attribute.name.format": "ATTRIBUTE_FORMAT_URI", "user.attribute": userAttribute },
  });
  return [
    importer("efp-first-name", ADFS_CLAIMS.givenName, "firstName"),
    importer("efp-last-name", ADFS_CLAIMS.surname, "lastName"),
    importer("efp-email", ADFS_CLAIMS.email, "email"),
    { name: "efp-agent", identityProviderAlias: provider.alias, identityProviderMapper: "efp-agent-identity", config: { syncMode: "FORCE" } },
  ];
}

export async function applyIdentityProvider(kc: KcAdminClient, realm: string, provider: IdentityProvider, dryRun: boolean): Promise<Change[]> {
  const resource = `identity provider ${provider.alias}`;
  const current = await kc.identityProviders.findOne({ realm, alias: provider.alias }).catch(() => undefined);
  let metadata: Metadata;
  try {
    metadata = await kc.identityProviders.importFromUrl({ realm, fromUrl: provider.metadataUrl, providerId: "saml" });
  } catch (error) {
    // A plan before the stand-in realm exists, or an ADFS this Keycloak cannot reach yet.
    if (dryRun) return [{ action: current ? "update" : "create", resource, fields: ["metadata"] }];
    throw new Error(`${resource} : métadonnées illisibles à ${provider.metadataUrl} (${(error as Error).message})`);
  }
  const desired = identityProviderRepresentation(provider, metadata);
  const changes: Change[] = [];
  if (!current) {
    if (!dryRun) await kc.identityProviders.create({ realm, ...desired } as never);
    changes.push({ action: "create", resource });
  } else {
    const fields = differingFields(desired, current as Record<string, unknown>);
    if (fields.length > 0) {
      if (!dryRun)
        await kc.identityProviders.update({ realm, alias: provider.alias }, {
          ...current,
          ...desired,
          config: { ...current.config, ...(desired.config as object) },
        } as never);
      changes.push({ action: "update", resource, fields });
    }
  }
  const existing = current || !dryRun ? await kc.identityProviders.findMappers({ realm, alias: provider.alias }) : [];
  for (const mapper of identityProviderMappers(provider)) {
    const found = existing.find((candidate) => candidate.name === mapper.name);
    const mapperResource = `${resource} mapper ${mapper.name}`;
    if (!found) {
      if (!dryRun) await kc.identityProviders.createMapper({ realm, alias: provider.alias, identityProviderMapper: mapper });
      changes.push({ action: "create", resource: mapperResource });
    } else {
      const fields = differingFields(mapper as Record<string, unknown>, found as Record<string, unknown>);
      if (fields.length === 0) continue;
      if (!dryRun) await kc.identityProviders.updateMapper({ realm, alias: provider.alias, id: found.id! }, { ...found, ...mapper });
      changes.push({ action: "update", resource: mapperResource, fields });
    }
  }
  return changes;
}

/**
 * A provider is linked to no organization: Keycloak links one to a single organization, while
 * polaris agents belong to many DREETS, and a linked provider's agents could become "managed"
 * members, whom Keycloak deletes when they leave. The agent mapper (efp-agent-identity) keeps
 * each agent a plain member of exactly their structure instead. Undoes the link earlier
 * versions made.
 */
export async function unlinkIdentityProvider(kc: KcAdminClient, realm: string, provider: IdentityProvider, dryRun: boolean): Promise<Change[]> {
  const current = await kc.identityProviders.findOne({ realm, alias: provider.alias }).catch(() => undefined);
  const organizationId = (current as { organizationId?: string } | undefined)?.organizationId;
  if (!organizationId) return [];
  if (!dryRun) await kc.organizations.unLinkIdp({ realm, orgId: organizationId, alias: provider.alias } as never);
  return [{ action: "delete", resource: `organization link of identity provider ${provider.alias}` }];
}
