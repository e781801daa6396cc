// Agents' login throughput: an agent types hydre\<login> in our login form (no password, no
// CAPTCHA of ours), goes to the ministry's ADFS (the stand-in realm that plays it on this
// server), signs in there, and comes back through the signed SAML POST to the realm's broker
// endpoint, then to the client with a code. Measured against the same logins through Keycloak's
// stock "identity provider redirector": a client whose browser flow is a flow holding only that
// authenticator, defaultProvider = the same provider, so that the authorization request goes
// straight to the same ADFS, with the same login hint (login_hint, passed on to the ADFS as our
// route passes it). Same server, same realm, same provider, same agents, alternating rounds: the
// ratio of logins per second (target ≥ 0.9, as the professionals' logins).
//
// What is compared is the way to the provider and back, our form and routing against none: the
// ADFS's sign-in page, the SAML round trip, the provider's mappers and the required actions run on
// both sides alike. Both sides end on the same thing, an authorization code for a bench client.
// The bench clients are not EFP applications, so the access gate (a required action that stops
// an account without a habilitation in force at an EFP application) lets both through after
// checking so, as for the professionals' `logins` part: an agent without a habilitation would
// otherwise stop at the gate on both sides, with no code to compare.
//
// The first login of an agent creates their account (the provider's first-broker-login flow):
// each agent logs in once before any measure, so that every measured login, on both sides, is a
// repeat login of a linked account.
import crypto from "node:crypto";
import { connect } from "@efp/provisioning";
import { authorizationCode, realmOfUrl } from "./http-login.js";
import { compareLogins } from "./logins.js";
import type { BenchContext, BenchOutcome, BenchPart } from "./part.js";

/** The provider measured: the DGEFP's ADFS, played in dev and tests by the realm adfs-hydre. */
export const AGENT_PROVIDER = "hydre";

/** What an agent types in our form: their domain prefix, a backslash, their Windows login. */
export function agentIdentifier(prefix: string, login: string): string {
  return `${prefix}\\${login}`;
}

/** The stock flow of the comparison: Keycloak's identity provider redirector alone, sent to `provider`. */
export function redirectorFlow(alias: string, provider: string) {
  return {
    flow: {
      alias,
      description: `Banc : redirection directe vers ${provider} (identity-provider-redirector de Keycloak)`,
      providerId: "basic-flow",
      topLevel: true,
      builtIn: false,
    },
    authenticator: "identity-provider-redirector",
    config: { alias: `${alias}-config`, config: { defaultProvider: provider } },
  };
}

export const agentLoginsPart: BenchPart<{ rounds: number; roundSeconds: number; concurrency: number; warmupSeconds: number }> = {
  name: "agent-logins",
  sizes: {
    rounds: { env: "BENCH_ROUNDS", full: 3, tiny: 1 },
    roundSeconds: { env: "BENCH_ROUND_SECONDS", full: 15, tiny: 1 },
    concurrency: { env: "BENCH_CONCURRENCY", full: 4, tiny: 2 },
    warmupSeconds: { full: 5, tiny: 0 },
  },
  async run(context: BenchContext, sizes): Promise<BenchOutcome> {
    const { keycloakUrl, realm } = context;
    const kc = await connect({ baseUrl: keycloakUrl, ...context.admin });
    const provider = await kc.identityProviders.findOne({ realm, alias: AGENT_PROVIDER });
    const prefix = provider?.config?.["efp.domain-prefix"] as string | undefined;
    const ssoUrl = provider?.config?.singleSignOnServiceUrl as string | undefined;
    if (!provider || !prefix || !ssoUrl)
      throw new Error(`le fournisseur d'identité ${AGENT_PROVIDER} (préfixe, adresse SSO) est introuvable dans le royaume ${realm}`);
    // The ADFS stand-in: the realm of this server the provider's SSO address points to.
    const adfsRealm = realmOfUrl(ssoUrl);
    if (!ssoUrl.startsWith(keycloakUrl) || !adfsRealm)
      throw new Error(`le fournisseur ${AGENT_PROVIDER} n'est pas joué par un royaume de ce serveur (${ssoUrl})`);

    // One agent per worker: one account logging in from four places at once is not what is measured.
    const agents = Array.from({ length: sizes.concurrency }, (_, index) => ({
      login: `banc-${context.runId}-agent-${index}`,
      email: `banc-${context.runId}-agent-${index}@${prefix}.exemple.fr`,
    }));
    const adfsUserIds: string[] = [];
    const created: { clients: string[]; flow?: string } = { clients: [] };
    const redirectUri = "http://127.0.0.1:9/bench";
    const clients = { ours: `banc-${context.runId}-efp-agent`, stock: `banc-${context.runId}-stock-redirector` };
    try {
      for (const agent of agents) {
        const { id } = await kc.users.create({
          realm: adfsRealm,
          username: agent.login,
          email: agent.email,
          firstName: "Banc",
          lastName: `Agent ${agent.login}`,
          enabled: true,
          emailVerified: true,
          attributes: {
            objectGUID: [crypto.randomUUID()],
            upn: [agent.email],
            windowsaccountname: [`${prefix.toUpperCase()}\\${agent.login}`],
          },
          credentials: [{ type: "password", value: context.password, temporary: false }],
        });
        adfsUserIds.push(id);
      }
      const stock = redirectorFlow(`banc-${context.runId}-redirector`, AGENT_PROVIDER);
      await kc.authenticationManagement.createFlow({ realm, ...stock.flow });
      const flowId = (await kc.authenticationManagement.getFlows({ realm })).find((flow) => flow.alias === stock.flow.alias)?.id;
      if (!flowId) throw new Error(`le flux ${stock.flow.alias} n'a pas été créé`);
      created.flow = flowId;
      await kc.authenticationManagement.addExecutionToFlow({ realm, flow: stock.flow.alias, provider: stock.authenticator });
      const [execution] = await kc.authenticationManagement.getExecutions({ realm, flow: stock.flow.alias });
      await kc.authenticationManagement.updateExecution({ realm, flow: stock.flow.alias }, { ...execution, requirement: "REQUIRED" });
      await kc.authenticationManagement.createConfig({ realm, id: execution.id!, ...stock.config });
      // Same kind of client for both; only the stock one overrides the realm's browser flow.
      for (const [clientId, overrides] of [
        [clients.ours, undefined],
        [clients.stock, { browser: flowId }],
      ] as const) {
        const { id } = await kc.clients.create({
          realm,
          clientId,
          publicClient: true,
          standardFlowEnabled: true,
          directAccessGrantsEnabled: false,
          redirectUris: [redirectUri],
          ...(overrides && { authenticationFlowBindingOverrides: overrides }),
        });
        created.clients.push(id);
      }

      const ours = (worker: number) =>
        authorizationCode({
          keycloakUrl,
          realm,
          clientId: clients.ours,
          redirectUri,
          state: crypto.randomBytes(9).toString("base64url"),
          // What the agent types, alone: our form's password and CAPTCHA answer left empty, as a browser sends them.
          username: agentIdentifier(prefix, agents[worker].login),
          password: "",
          captchaAnswer: "",
          atIdentityProvider: { username: agents[worker].login, password: context.password },
        }).then(() => undefined);
      const redirector = (worker: number) =>
        authorizationCode({
          keycloakUrl,
          realm,
          clientId: clients.stock,
          redirectUri,
          state: crypto.randomBytes(9).toString("base64url"),
          loginHint: agents[worker].login,
          username: agents[worker].login,
          password: "",
          captchaAnswer: "",
          atIdentityProvider: { username: agents[worker].login, password: context.password },
        }).then(() => undefined);

      context.log(
        `Connexions d'agents (${prefix}\\…, royaume ${adfsRealm}) : ${sizes.rounds} manches de ${sizes.roundSeconds} s par chemin, ${sizes.concurrency} en parallèle, en alternance (après ${sizes.warmupSeconds} s de chauffe chacun)`,
      );
      // First logins: the accounts are created here, not during a measure.
      for (let worker = 0; worker < agents.length; worker++) await ours(worker);
      for (const agent of agents) {
        const [account] = await kc.users.find({ realm, email: agent.email, exact: true });
        if (account?.attributes?.["efp.user-kind"]?.[0] !== "agent") throw new Error(`la première connexion de ${agent.login} n'a pas créé de compte d'agent`);
      }
      return await compareLogins(context, sizes, {
        stock: { name: "redirecteur de Keycloak (stock)", login: redirector },
        ours: { name: `formulaire efp-browser (${prefix}\\…)`, login: ours },
        unit: "connexions agents",
      });
    } finally {
      if (context.cleanUp) {
        // A new admin session: the first one's token may have expired during the rounds.
        const admin = await connect({ baseUrl: keycloakUrl, ...context.admin });
        for (const id of created.clients) await admin.clients.del({ realm, id });
        if (created.flow) await admin.authenticationManagement.deleteFlow({ realm, flowId: created.flow });
        // The accounts their first login created in the realm, then the agents at the ADFS.
        for (const agent of agents) {
          const accounts = await admin.users.find({ realm, email: agent.email, exact: true });
          for (const account of accounts) await admin.users.del({ realm, id: account.id! });
        }
        for (const id of adfsUserIds) await admin.users.del({ realm: adfsRealm, id });
      }
    }
  },
};
