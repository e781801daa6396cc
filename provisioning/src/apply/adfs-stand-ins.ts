import type KcAdminClient from "@keycloak/keycloak-admin-client";
import type ProtocolMapperRepresentation from "@keycloak/keycloak-admin-client/lib/defs/protocolMapperRepresentation.js";
import type { AdfsStandIn, IdentityProvider } from "../config/model.js";
import { differingFields, type Change } from "./changes.js";
import { ADFS_CLAIMS, PERSISTENT_NAME_ID } from "./identity-providers.js";

// A realm of this very Keycloak that answers the realm's SAML requests the way a ministry ADFS
// does: signed assertions, persistent NameID from objectGUID, the ADFS claim types. Dev and test
// overlays only: production points the providers at the real ADFS metadata.

const URI_REFERENCE = "URI Reference";

/**
 * The relying party trust: the realm's broker endpoint for that provider, whose requests (login
 * and logout) must be signed with the realm's key, as an ADFS requires of logout requests.
 */
export function standInClient(
  standIn: AdfsStandIn,
  provider: IdentityProvider,
  keycloakUrl: string,
  realm: string,
  realmCertificate?: string,
): Record<string, unknown> {
  const endpoint = `${keycloakUrl}/realms/${realm}/broker/${provider.alias}/endpoint`;
  return {
    clientId: provider.entityId,
    name: `EFP Connect (${realm})`,
    protocol: "saml",
    enabled: true,
    frontchannelLogout: true,
    redirectUris: [`${endpoint}*`],
    baseUrl: `${keycloakUrl}/realms/${realm}/account`,
    attributes: {
      "saml.assertion.signature": "true",
      "saml.server.signature": "true",
      "saml.signature.algorithm": "RSA_SHA256",
      // The realm's broker signs its requests (wantAuthnRequestsSigned): checked against its certificate.
      "saml.client.signature": realmCertificate ? "true" : "false",
      ...(realmCertificate && { "saml.signing.certificate": realmCertificate }),
      "saml.authnstatement": "true",
      saml_name_id_format: "persistent",
      saml_force_name_id_format: "false",
      saml_assertion_consumer_url_post: endpoint,
      saml_single_logout_service_url_post: endpoint,
    },
    protocolMappers: standInMappers(provider),
  };
}

function standInMappers(provider: IdentityProvider): ProtocolMapperRepresentation[] {
  const claim = (name: string, protocolMapper: string, userAttribute: string, attributeName: string): ProtocolMapperRepresentation => ({
    name,
    protocol: "saml",
    protocolMapper,
    config: { "user.attribute": userAttribute, "attribute.name": attributeName, "attribute.nameformat": URI_REFERENCE, "friendly.name": name },
  });
  return [
    {
      name: "nameid-objectguid",
      protocol: "saml",
      protocolMapper: "saml-user-attribute-nameid-mapper",
      config: { "mapper.nameid.format": PERSISTENT_NAME_ID, "user.attribute": "objectGUID" },
    },
    claim("upn", "saml-user-attribute-mapper", "upn", ADFS_CLAIMS.upn),
    claim("windowsaccountname", "saml-user-attribute-mapper", "windowsaccountname", ADFS_CLAIMS.windowsAccountName),
    claim("emailaddress", "saml-user-property-mapper", "email", ADFS_CLAIMS.email),
    claim("givenname", "saml-user-property-mapper", "firstName", ADFS_CLAIMS.givenName),
    claim("surname", "saml-user-property-mapper", "lastName", ADFS_CLAIMS.surname),
    ...(provider.structureClaim ? [claim("structure", "saml-user-attribute-mapper", "structure", provider.structureClaim)] : []),
  ];
}

/** The certificate of the realm's active RS256 key, which signs its SAML requests; none before the realm exists (a plan). */
async function signingCertificate(kc: KcAdminClient, realm: string): Promise<string | undefined> {
  const keys = await kc.realms.getKeys({ realm }).catch(() => undefined);
  const kid = keys?.active?.RS256;
  return keys?.keys?.find((key) => key.kid === kid)?.certificate;
}

export async function applyAdfsStandIn(kc: KcAdminClient, realm: string, standIn: AdfsStandIn, provider: IdentityProvider, dryRun: boolean): Promise<Change[]> {
  const changes: Change[] = [];
  const name = standIn.realm;
  const existing = await kc.realms.findOne({ realm: name }).catch(() => undefined);
  if (!existing) {
    changes.push({ action: "create", resource: `ADFS stand-in realm ${name}` });
    if (dryRun) return [...changes, ...standIn.agents.map((agent) => ({ action: "create" as const, resource: `ADFS stand-in ${name} agent ${agent.login}` }))];
    await kc.realms.create({ realm: name, enabled: true, displayName: `ADFS ${standIn.domain} (démonstration)`, loginWithEmailAllowed: false });
    // upn, windowsaccountname, objectGUID, structure: attributes the ADFS reads from its directory.
    const profile = await kc.users.getProfile({ realm: name });
    await kc.users.updateProfile({ realm: name, ...profile, unmanagedAttributePolicy: "ADMIN_EDIT" as never });
  }

  const desired = standInClient(standIn, provider, kc.baseUrl.replace(/\/$/, ""), realm, await signingCertificate(kc, realm));
  const [client] = existing ? await kc.clients.find({ realm: name, clientId: provider.entityId }) : [];
  if (!client) {
    if (!dryRun) await kc.clients.create({ realm: name, ...desired });
    changes.push({ action: "create", resource: `ADFS stand-in ${name} client ${provider.entityId}` });
  } else {
    const { protocolMappers: _mappers, ...settings } = desired;
    const fields = differingFields(settings, client as Record<string, unknown>);
    if (fields.length > 0) {
      if (!dryRun) await kc.clients.update({ realm: name, id: client.id! }, { ...client, ...settings });
      changes.push({ action: "update", resource: `ADFS stand-in ${name} client ${provider.entityId}`, fields });
    }
  }

  // Agents are created once: tests change their names and email at the ADFS, as a directory would.
  for (const agent of standIn.agents) {
    const [found] = existing ? await kc.users.find({ realm: name, username: agent.login, exact: true }) : [];
    if (found) continue;
    changes.push({ action: "create", resource: `ADFS stand-in ${name} agent ${agent.login}` });
    if (dryRun) continue;
    await kc.users.create({
      realm: name,
      username: agent.login,
      email: agent.email,
      firstName: agent.firstName,
      lastName: agent.lastName,
      enabled: true,
      emailVerified: true,
      attributes: {
        objectGUID: [agent.id],
        upn: [`${agent.login}@${standIn.upnSuffix}`],
        windowsaccountname: [`${standIn.domain}\\${agent.login}`],
        ...(agent.structure && { structure: [agent.structure] }),
      },
      credentials: [{ type: "password", value: agent.password, temporary: false }],
    });
  }
  return changes;
}
