// Callers of the extension's admin API for the tests: the realm's efp-cli automation client
// (an administrator, from the test overlay), and people with given roles, who get their tokens
// as `efp login` does (person-token.ts).
import { ApiError } from "@efp/contract";
import { EfpApi } from "@efp/provisioning";
import { adminClient } from "./admin.js";
import { testContext } from "./context.js";

export const EFP_CLI_SECRET = "efp-cli-test-secret";
export { PERSON_PASSWORD, personToken, applicationToken } from "./person-token.js";
import { PERSON_PASSWORD } from "./person-token.js";

export function administratorApi(): EfpApi {
  const context = testContext();
  return new EfpApi({ baseUrl: context.keycloakUrl, realm: context.realm, clientId: "efp-cli", clientSecret: EFP_CLI_SECRET });
}

/** The HTTP status a call of the API ends with (200 for any success), for authorization matrices. */
export async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    throw error;
  }
}

/** The status and code of a refused call (the call must be refused). */
export async function refusalOf(call: Promise<unknown>): Promise<[number, string]> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiError) return [error.status, error.code];
    throw error;
  }
  throw new Error("appel accepté, refus attendu");
}

export function apiAs(token: string | undefined, service: "efp-admin" | "efp-access" = "efp-admin"): EfpApi {
  const context = testContext();
  return new EfpApi({ baseUrl: context.keycloakUrl, realm: context.realm, accessToken: token ?? "", service });
}

/** Creates a person with the given realm roles and client roles ({ clientId: [roles] }). */
/**
 * A public EFP application of the realm, `clientId`, with the roles lecteur and redacteur and
 * the staff roles efp-application-admin and efp-support; `attributes` add to or replace its
 * client attributes (efp.ra-codes-enabled…).
 */
export async function createApplication(clientId: string, attributes: Record<string, string> = {}) {
  const context = testContext();
  const kc = await adminClient();
  await kc.clients.create({
    realm: context.realm,
    clientId,
    publicClient: true,
    redirectUris: ["http://127.0.0.1:9/*"],
    attributes: { "efp.application": "true", "efp.display-name": clientId.toUpperCase(), ...attributes },
  });
  const [client] = await kc.clients.find({ realm: context.realm, clientId });
  for (const name of ["lecteur", "redacteur", "efp-application-admin", "efp-support"])
    await kc.clients.createRole({ realm: context.realm, id: client.id!, name });
}

export async function createPerson(label: string, realmRoles: string[] = [], clientRoles: Record<string, string[]> = {}) {
  const context = testContext();
  const kc = await adminClient();
  const email = `${label}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@exemple.fr`;
  const { id } = await kc.users.create({
    realm: context.realm,
    username: email,
    email,
    firstName: label,
    lastName: "Test",
    enabled: true,
    emailVerified: true,
    credentials: [{ type: "password", value: PERSON_PASSWORD, temporary: false }],
  });
  for (const name of realmRoles) {
    const role = await kc.roles.findOneByName({ realm: context.realm, name });
    await kc.users.addRealmRoleMappings({ realm: context.realm, id, roles: [{ id: role!.id!, name }] });
  }
  for (const [clientId, names] of Object.entries(clientRoles)) {
    const [client] = await kc.clients.find({ realm: context.realm, clientId });
    for (const name of names) {
      const role = await kc.clients.findRole({ realm: context.realm, id: client.id!, roleName: name });
      await kc.users.addClientRoleMappings({ realm: context.realm, id, clientUniqueId: client.id!, roles: [{ id: role!.id!, name }] });
    }
  }
  return { id, email };
}

/** Decodes a JWT's payload (the signature is Keycloak's business; the claims are ours). */
export function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"));
}

/** A valid SIRET that no test used before: random SIREN + NIC, Luhn key computed. */
export function freshSiret(): string {
  for (;;) {
    const body = String(Math.floor(Math.random() * 1e13)).padStart(13, "0");
    if (body.startsWith("356000000")) continue;
    for (let key = 0; key < 10; key++) {
      const candidate = `${body}${key}`;
      let sum = 0;
      for (let i = 0; i < 14; i++) {
        let digit = Number(candidate[13 - i]);
        if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        sum += digit;
      }
      if (sum % 10 === 0) return candidate;
    }
  }
}

/**
 * An access manager owes the charter before any token (the login stops at required actions): records the acceptance of realm-config's current version, as the page would.
 */
export async function acceptCharter(userId: string) {
  const context = testContext();
  const kc = await adminClient();
  const realm = await kc.realms.findOne({ realm: context.realm });
  const version = realm?.attributes?.["efp.charter.version"] as string | undefined;
  const user = await kc.users.findOne({ realm: context.realm, id: userId });
  await kc.users.update(
    { realm: context.realm, id: userId },
    {
      ...user,
      attributes: { ...user!.attributes, ...(version && { "efp.charter.accepted-version": [version] }) },
      requiredActions: (user!.requiredActions ?? []).filter((action) => action !== "efp-access-manager-charter"),
    },
  );
}
