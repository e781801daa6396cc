import type KcAdminClient from "@keycloak/keycloak-admin-client";
import type { IdentityProvider } from "../config/model.js";
import { differingFields, type Change } from "./changes.js";

/** A SAML 2.0 broker to a ministry ADFS (signed assertions, persistent or UPN name id). */
export function identityProviderRepresentation(provider: IdentityProvider): Record<string, unknown> {
  return {
    alias: provider.alias,
    displayName: provider.displayName,
    providerId: "saml",
    enabled: provider.enabled,
    trustEmail: true,
    storeToken: false,
    addReadTokenRoleOnCreate: false,
    firstBrokerLoginFlowAlias: "first broker login",
    config: {
      entityId: provider.entityId,
      idpEntityId: provider.idpEntityId,
      singleSignOnServiceUrl: provider.singleSignOnServiceUrl,
      singleLogoutServiceUrl: provider.singleLogoutServiceUrl ?? "",
      nameIDPolicyFormat: "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
      principalType: "SUBJECT",
      postBindingResponse: "true",
      postBindingAuthnRequest: "true",
      wantAssertionsSigned: "true",
      validateSignature: provider.signingCertificate ? "true" : "false",
      ...(provider.signingCertificate && { signingCertificate: provider.signingCertificate }),
      syncMode: "FORCE",
      "efp.domain-prefix": provider.domainPrefix,
      "efp.structure": provider.structure,
    },
  };
}

export async function applyIdentityProvider(kc: KcAdminClient, realm: string, provider: IdentityProvider, dryRun: boolean): Promise<Change[]> {
  const resource = `identity provider ${provider.alias}`;
  const desired = identityProviderRepresentation(provider);
  const current = await kc.identityProviders.findOne({ realm, alias: provider.alias }).catch(() => undefined);
  if (!current) {
    if (!dryRun) await kc.identityProviders.create({ realm, ...desired } as never);
    return [{ action: "create", resource }];
  }
  const fields = differingFields(desired, current as Record<string, unknown>);
  if (fields.length === 0) return [];
  if (!dryRun)
    await kc.identityProviders.update({ realm, alias: provider.alias }, {
      ...current,
      ...desired,
      config: { ...current.config, ...(desired.config as object) },
    } as never);
  return [{ action: "update", resource, fields }];
}

/** Agents brokered by the provider become managed members of its ministerial structure. */
export async function linkIdentityProvider(kc: KcAdminClient, realm: string, provider: IdentityProvider, dryRun: boolean): Promise<Change[]> {
  // Organization search matches names, which carry the code: "… (DGEFP)".
  const [organization] = (await kc.organizations.find({ realm, search: provider.structure, max: 100 })).filter(
    (candidate) => candidate.alias === provider.structure,
  );
  if (!organization) return dryRun ? [{ action: "create", resource: `structure ${provider.structure} identity provider ${provider.alias}` }] : [];
  const linked = await kc.organizations.listIdentityProviders({ realm, orgId: organization.id! } as never);
  if ((linked as { alias?: string }[]).some((candidate) => candidate.alias === provider.alias)) return [];
  if (!dryRun) await kc.organizations.linkIdp({ realm, orgId: organization.id!, alias: provider.alias } as never);
  return [{ action: "create", resource: `structure ${provider.structure} identity provider ${provider.alias}` }];
}
