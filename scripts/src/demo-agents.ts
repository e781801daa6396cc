import type { RealmConfig } from "@efp/provisioning";

/**
 * The banner's lines for the demo agents of the ADFS stand-ins: what an agent types on the login
 * page (prefix\login, as the provider's domainPrefix says), then the password at that ADFS.
 */
export function demoAgentLines(config: Pick<RealmConfig, "adfsStandIns" | "identityProviders">): string[] {
  return config.adfsStandIns.flatMap((standIn) => {
    const prefix = config.identityProviders.find((provider) => provider.alias === standIn.provider)?.domainPrefix ?? standIn.provider;
    return standIn.agents.map(
      (agent) => `    ${`${prefix}\\${agent.login}`.padEnd(34)} ${agent.password}   (${agent.firstName} ${agent.lastName}, ${standIn.realm})`,
    );
  });
}
