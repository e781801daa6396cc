import type KcAdminClient from "@keycloak/keycloak-admin-client";
import { EfpApi } from "../api/client.js";
import type { RealmConfig } from "../config/model.js";
import { applyAccountConsole } from "./account-console.js";
import { applyAdfsStandIn } from "./adfs-stand-ins.js";
import { applyAdminClient } from "./admin-clients.js";
import { applyApiAudiences, grantAudience } from "./api-audiences.js";
import { applyApplication } from "./applications.js";
import type { Change } from "./changes.js";
import { applyNoDirectGrants } from "./direct-grants.js";
import { applyCompanyScope, attachCompanyScope } from "./company-scope.js";
import { applyAuthentication } from "./flows.js";
import { applyHabilitation } from "./habilitations.js";
import { applyIdentityProvider, unlinkIdentityProvider } from "./identity-providers.js";
import { applyCompany, applyMinistry } from "./organizations.js";
import { prune } from "./prune.js";
import { applyRealm, applyRealmRoles } from "./realm.js";
import { applyUser } from "./users.js";

export interface ApplyOptions {
  /** Compute the changes without writing anything (`efp plan`). */
  dryRun?: boolean;
  /** Also delete what the configuration no longer declares (never by default). */
  prune?: boolean;
}

/** What a plan on a realm that does not exist yet shows: everything is created. */
function everythingCreated(config: RealmConfig): Change[] {
  const create = (resource: string): Change => ({ action: "create", resource });
  return [
    create(`realm ${config.realm.realm}`),
    ...(config.realm.roles ?? []).map((role) => create(`realm role ${role.name}`)),
    ...(config.authentication?.flows ?? []).map((flow) => create(`flow ${flow.alias}`)),
    ...config.applications.map((application) => create(`application ${application.clientId}`)),
    ...(config.realm.adminClients ?? []).map((client) => create(`admin client ${client.clientId}`)),
    ...config.adfsStandIns.map((standIn) => create(`ADFS stand-in realm ${standIn.realm}`)),
    ...config.identityProviders.map((provider) => create(`identity provider ${provider.alias}`)),
    ...config.users.map((user) => create(`user ${user.email.toLowerCase()}`)),
    ...config.ministries.map((ministry) => create(`structure ${ministry.code}`)),
    ...config.companies.map((company) => create(`company ${company.siret}`)),
    ...config.habilitations.map((h) => create(`habilitation ${h.user} ${h.application} ${h.company}`)),
  ];
}

/**
 * Brings Keycloak in line with the configuration; returns what it changed (empty: nothing).
 * Keycloak objects go through the admin REST API with the master admin; companies, structures
 * and habilitations through the extension's API with the first admin client's credentials.
 */
export async function applyRealmConfig(kc: KcAdminClient, config: RealmConfig, options: ApplyOptions = {}): Promise<Change[]> {
  const dryRun = options.dryRun ?? false;
  const realm = config.realm.realm;
  const changes = await applyRealm(kc, config.realm, dryRun);
  if (dryRun && changes.some((change) => change.action === "create" && change.resource === `realm ${realm}`)) return everythingCreated(config);

  changes.push(...(await applyRealmRoles(kc, config.realm, dryRun)));
  if (config.realm.accountTheme) changes.push(...(await applyAccountConsole(kc, realm, dryRun)));
  if (config.authentication) changes.push(...(await applyAuthentication(kc, realm, config.authentication, dryRun)));
  if (config.applications.length > 0) changes.push(...(await applyCompanyScope(kc, realm, dryRun)));
  for (const application of config.applications) {
    changes.push(...(await applyApplication(kc, realm, application, dryRun, config.realm.tokens?.claims)));
    changes.push(...(await attachCompanyScope(kc, realm, application.clientId, dryRun)));
  }
  changes.push(...(await applyApiAudiences(kc, realm, dryRun)));
  for (const client of config.realm.adminClients ?? []) {
    changes.push(...(await applyAdminClient(kc, realm, client, dryRun)));
    changes.push(...(await grantAudience(kc, realm, client.clientId, "efp-admin", "default", dryRun)));
  }
  changes.push(...(await applyNoDirectGrants(kc, realm, dryRun)));
  // The realms playing the ADFS first (dev and tests): the providers read their metadata.
  for (const standIn of config.adfsStandIns) {
    const provider = config.identityProviders.find((candidate) => candidate.alias === standIn.provider)!;
    changes.push(...(await applyAdfsStandIn(kc, realm, standIn, provider, dryRun)));
  }
  for (const provider of config.identityProviders) changes.push(...(await applyIdentityProvider(kc, realm, provider, dryRun)));
  for (const user of config.users) changes.push(...(await applyUser(kc, realm, user, dryRun)));

  const automation = config.realm.adminClients?.[0];
  const needsApi = config.ministries.length + config.companies.length + config.habilitations.length > 0;
  if (needsApi) {
    if (!automation) throw new Error("realm.yaml : adminClients est requis pour déclarer structures, établissements et habilitations");
    const adminClientCreated = changes.some((change) => change.action === "create" && change.resource === `admin client ${automation.clientId}`);
    if (dryRun && adminClientCreated) {
      changes.push(...everythingCreated(config).filter((change) => /^(structure|company|habilitation) /.test(change.resource)));
    } else {
      const api = new EfpApi({ baseUrl: kc.baseUrl, realm, clientId: automation.clientId, clientSecret: automation.secret });
      for (const ministry of config.ministries) changes.push(...(await applyMinistry(api, ministry, dryRun)));
      for (const company of config.companies) changes.push(...(await applyCompany(api, company, dryRun)));
      for (const habilitation of config.habilitations) changes.push(...(await applyHabilitation(api, habilitation, dryRun)));
    }
  }
  for (const provider of config.identityProviders) changes.push(...(await unlinkIdentityProvider(kc, realm, provider, dryRun)));
  if (options.prune) changes.push(...(await prune(kc, config, dryRun)));
  return changes;
}

export type { Change };
