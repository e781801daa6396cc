// The people who use EFP ADMIN, for the benches of its screens: an Administrateur (realm role
// efp-administrator) and an Administrateur applicatif of one application (its client role
// efp-application-admin), each signed in as the screen signs them in (Mon compte's
// account-console client, code flow with PKCE through the login page, scope efp-admin), their
// token renewed from their SSO session before it expires.
import type { connect } from "@efp/provisioning";
import { figures, latencies } from "./access.js";
import { codeFlowToken, CookieJar } from "./http-login.js";
import type { BenchContext } from "./part.js";

type KeycloakAdminClient = Awaited<ReturnType<typeof connect>>;

export interface StaffMember {
  username: string;
  id: string;
  jar: CookieJar;
  token: string;
  tokenAt: number;
}

/** Creates a person with a password and these roles (realm roles, and client roles by clientId). */
export async function createStaff(
  context: BenchContext,
  kc: KeycloakAdminClient,
  username: string,
  roles: { realm?: string[]; clients?: Record<string, string[]> },
): Promise<StaffMember> {
  const { realm } = context;
  const { id } = await kc.users.create({
    realm,
    username,
    email: username,
    firstName: "Banc",
    lastName: "ADMINISTRATION",
    enabled: true,
    emailVerified: true,
    credentials: [{ type: "password", value: context.password, temporary: false }],
  });
  for (const name of roles.realm ?? []) {
    const role = await kc.roles.findOneByName({ realm, name });
    await kc.users.addRealmRoleMappings({ realm, id, roles: [{ id: role!.id!, name }] });
  }
  for (const [clientId, names] of Object.entries(roles.clients ?? {})) {
    const [client] = await kc.clients.find({ realm, clientId });
    for (const name of names) {
      const role = await kc.clients.findRole({ realm, id: client.id!, roleName: name });
      await kc.users.addClientRoleMappings({ realm, id, clientUniqueId: client.id!, roles: [{ id: role!.id!, name }] });
    }
  }
  const member: StaffMember = { username, id, jar: new CookieJar(), token: "", tokenAt: 0 };
  await staffToken(context, member);
  return member;
}

/** The person's efp-admin token, a new one from their SSO session when it is 50 s old. */
export async function staffToken(context: BenchContext, member: StaffMember): Promise<string> {
  if (member.token && Date.now() - member.tokenAt < 50_000) return member.token;
  const tokens = await codeFlowToken({
    keycloakUrl: context.keycloakUrl,
    realm: context.realm,
    clientId: "account-console",
    redirectUri: `${context.keycloakUrl}/realms/${context.realm}/account/`,
    scope: "openid efp-admin",
    username: member.username,
    password: context.password,
    captchaAnswer: context.captchaAnswer,
    jar: member.jar,
  });
  member.token = tokens.access_token;
  member.tokenAt = Date.now();
  return member.token;
}

/** Stock Keycloak's side: the bootstrap admin's token (master realm, admin-cli), renewed at 50 s. */
export function stockAdminToken(context: BenchContext, kc: KeycloakAdminClient): () => Promise<string> {
  let token = "";
  let at = 0;
  return async () => {
    if (token && Date.now() - at < 50_000) return token;
    await kc.auth({ username: context.admin.username, password: context.admin.password, grantType: "password", clientId: "admin-cli" });
    token = kc.accessToken!;
    at = Date.now();
    return token;
  };
}

/** One GET with a bearer token, timed to the end of its body, read as JSON; an error status throws. */
export async function timedJson(url: string, token: string): Promise<{ ms: number; body: unknown }> {
  const start = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const text = await response.text();
  const ms = performance.now() - start;
  if (!response.ok) throw new Error(`${response.status} ${url.replace(/^.*\/realms\//, "")} ${text.slice(0, 200)}`);
  return { ms, body: JSON.parse(text) };
}

/**
 * Prints ours (by caller and in all) against stock, their ratio and the target; returns the
 * operations timed and the figures, named after `figure` ("recherche", "historique").
 */
export function compareWithStock(
  context: BenchContext,
  labels: { ours: string; stock: string; figure: string },
  byCaller: Record<string, number[]>,
  stock: number[],
  targetP95Ms: number,
): { operations: number; figures: Record<string, number> } {
  const ours = latencies(Object.values(byCaller).flat());
  const theirs = latencies(stock);
  for (const [who, values] of Object.entries(byCaller)) context.print(`    ${`${labels.ours}, ${who}`.padEnd(44)} ${figures(latencies(values))}`);
  context.print(`    ${`${labels.ours}, tout`.padEnd(44)} ${figures(ours)}`);
  context.print(`    ${labels.stock.padEnd(44)} ${figures(theirs)}`);
  context.print(
    `    rapport efp / stock : p50 ${(ours.p50 / theirs.p50).toFixed(2)}, p95 ${(ours.p95 / theirs.p95).toFixed(2)} (objectif p95 ≤ ${targetP95Ms} ms : ${ours.p95 <= targetP95Ms ? "atteint" : "NON ATTEINT"})`,
  );
  const named: Record<string, number> = { [`${labels.figure} efp p50 ms`]: ours.p50, [`${labels.figure} efp p95 ms`]: ours.p95 };
  for (const [who, values] of Object.entries(byCaller)) named[`${labels.figure} efp ${who} p95 ms`] = latencies(values).p95;
  named[`${labels.figure} stock p50 ms`] = theirs.p50;
  named[`${labels.figure} stock p95 ms`] = theirs.p95;
  named[`${labels.figure} rapport p95`] = ours.p95 / theirs.p95;
  return { operations: ours.count + theirs.count, figures: named };
}
