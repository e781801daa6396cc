// Agents added to a stand-in ADFS's directory (realms adfs-hydre / adfs-polaris of the test
// Keycloak) for one test, as the ministry's administrators would add one: the demo agents of
// realm-config are shared between test files, so a test that changes an agent makes its own.
import { randomUUID } from "node:crypto";
import { adminClient } from "./admin.js";

export type StandIn = { realm: string; provider: string; domain: string; upnSuffix: string };
export const HYDRE: StandIn = { realm: "adfs-hydre", provider: "hydre", domain: "HYDRE", upnSuffix: "hydre.exemple.fr" };
export const POLARIS: StandIn = { realm: "adfs-polaris", provider: "polaris", domain: "POLARIS", upnSuffix: "polaris.exemple.fr" };

export const STAND_IN_AGENT_PASSWORD = "Agent-Ministere-2026!";

export interface StandInAgent {
  login: string;
  email: string;
  objectGUID: string;
  password: string;
}

/**
 * A new agent `login` in the stand-in's directory, with the attributes its claim rules send
 * (objectGUID, UPN, DOMAIN\login, the structure for polaris). `email` defaults to the UPN.
 */
export async function newStandInAgent(
  standIn: StandIn,
  login: string,
  options: { email?: string; lastName?: string; objectGUID?: string; structure?: string } = {},
): Promise<StandInAgent> {
  const kc = await adminClient();
  const agent = {
    login,
    email: options.email ?? `${login}@${standIn.upnSuffix}`,
    objectGUID: options.objectGUID ?? randomUUID(),
    password: STAND_IN_AGENT_PASSWORD,
  };
  await kc.users.create({
    realm: standIn.realm,
    username: login,
    email: agent.email,
    firstName: "Agent",
    lastName: options.lastName ?? login,
    enabled: true,
    emailVerified: true,
    attributes: {
      objectGUID: [agent.objectGUID],
      upn: [`${login}@${standIn.upnSuffix}`],
      windowsaccountname: [`${standIn.domain}\\${login}`],
      ...(options.structure && { structure: [options.structure] }),
    },
    credentials: [{ type: "password", value: agent.password, temporary: false }],
  });
  return agent;
}
