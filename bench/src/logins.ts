// Login throughput of our browser flow (efp-browser: identifier, password and CAPTCHA on one
// page) against Keycloak's stock browser flow (identifier, then password, since the realm has
// organizations), on the same server, same realm, same users, in alternating rounds: the ratio
// of logins per second (target ≥ 0.9). Each login follows the pages its flow shows.
import { connect } from "@efp/provisioning";
import { httpLogin, type LoginTarget } from "./http-login.js";
import type { BenchContext, BenchOutcome, BenchPart } from "./part.js";
import { percentile, type RunResult, runFor } from "./stats.js";

export const LOGIN_TARGET_RATIO = 0.9;

/** Logins per second, latencies and errors of a flow over its rounds. */
export function summarize(results: RunResult[]) {
  const operations = results.reduce((sum, result) => sum + result.operations, 0);
  const seconds = results.reduce((sum, result) => sum + result.seconds, 0);
  const latencies = results.flatMap((result) => result.latenciesMs);
  const errors = results.reduce((sum, result) => sum + result.errors, 0);
  const errorKinds = new Map<string, number>();
  for (const result of results) for (const [kind, count] of result.errorKinds) errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + count);
  return { operations, errors, errorKinds, perSecond: seconds > 0 ? operations / seconds : 0, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

type LoginSizes = { rounds: number; roundSeconds: number; concurrency: number; warmupSeconds: number };
type Way = { name: string; login: (worker: number) => Promise<void> };

/**
 * Two ways of logging in measured as the login parts do: a warm-up of each, then alternating
 * rounds, printed side by side with the ratio of logins per second (target ≥ 0.9). Both must have
 * logged in: a ratio over a way that never succeeds means nothing. `unit` names the figures.
 */
export async function compareLogins(context: BenchContext, sizes: LoginSizes, ways: { stock: Way; ours: Way; unit: string }): Promise<BenchOutcome> {
  if (sizes.warmupSeconds > 0) {
    await runFor(sizes.warmupSeconds, sizes.concurrency, ways.stock.login);
    await runFor(sizes.warmupSeconds, sizes.concurrency, ways.ours.login);
  }
  const results = { ours: [] as RunResult[], stock: [] as RunResult[] };
  for (let round = 0; round < sizes.rounds; round++) {
    results.stock.push(await runFor(sizes.roundSeconds, sizes.concurrency, ways.stock.login));
    results.ours.push(await runFor(sizes.roundSeconds, sizes.concurrency, ways.ours.login));
  }
  const stock = summarize(results.stock);
  const ours = summarize(results.ours);
  for (const [name, flow] of [
    [ways.stock.name, stock],
    [ways.ours.name, ours],
  ] as const) {
    context.print(
      `  ${name.padEnd(34)} ${flow.perSecond.toFixed(1).padStart(7)} connexions/s   p50 ${flow.p50.toFixed(0)} ms   p95 ${flow.p95.toFixed(0)} ms   (${flow.operations} connexions, ${flow.errors} erreurs)`,
    );
    for (const [kind, count] of flow.errorKinds) context.print(`      ${count} × ${kind}`);
  }
  const ratio = ours.perSecond / stock.perSecond;
  context.print(`  ratio efp / stock : ${ratio.toFixed(2)} (objectif ≥ ${LOGIN_TARGET_RATIO.toFixed(2)})`);
  return {
    operations: Math.min(stock.operations, ours.operations),
    errors: stock.errors + ours.errors,
    figures: {
      [`stock ${ways.unit}/s`]: stock.perSecond,
      [`efp ${ways.unit}/s`]: ours.perSecond,
      "ratio efp/stock": ratio,
      "stock p95 ms": stock.p95,
      "efp p95 ms": ours.p95,
    },
  };
}

export const loginsPart: BenchPart<{ rounds: number; roundSeconds: number; concurrency: number; warmupSeconds: number }> = {
  name: "logins",
  sizes: {
    rounds: { env: "BENCH_ROUNDS", full: 3, tiny: 1 },
    roundSeconds: { env: "BENCH_ROUND_SECONDS", full: 15, tiny: 1 },
    concurrency: { env: "BENCH_CONCURRENCY", full: 4, tiny: 2 },
    warmupSeconds: { full: 5, tiny: 0 },
  },
  async run(context: BenchContext, sizes): Promise<BenchOutcome> {
    const { keycloakUrl, realm } = context;
    const kc = await connect({ baseUrl: keycloakUrl, ...context.admin });
    // One account per worker: brute-force detection keys on the account, and one account
    // logging in from four places at once is not what is being measured.
    const users = Array.from({ length: sizes.concurrency }, (_, index) => `banc-${context.runId}-connexion-${index}@exemple.fr`);
    const userIds: string[] = [];
    for (const username of users) {
      const { id } = await kc.users.create({
        realm,
        username,
        email: username,
        firstName: "Banc",
        lastName: `Connexion ${username}`,
        enabled: true,
        emailVerified: true,
        credentials: [{ type: "password", value: context.password, temporary: false }],
      });
      userIds.push(id);
    }
    const flows = await kc.authenticationManagement.getFlows({ realm });
    const stockBrowser = flows.find((flow) => flow.alias === "browser");
    if (!stockBrowser) throw new Error("le flux browser de Keycloak est introuvable");
    const redirectUri = "http://127.0.0.1:9/bench";
    const clients = { ours: `banc-${context.runId}-efp-browser`, stock: `banc-${context.runId}-stock-browser` };
    // Same kind of client for both; only the stock one overrides the realm's browser flow.
    const created = [
      await kc.clients.create({
        realm,
        clientId: clients.ours,
        publicClient: true,
        standardFlowEnabled: true,
        directAccessGrantsEnabled: false,
        redirectUris: [redirectUri],
      }),
      await kc.clients.create({
        realm,
        clientId: clients.stock,
        publicClient: true,
        standardFlowEnabled: true,
        directAccessGrantsEnabled: false,
        redirectUris: [redirectUri],
        authenticationFlowBindingOverrides: { browser: stockBrowser.id! },
      }),
    ];
    try {
      const target = (clientId: string, worker: number): LoginTarget => ({
        keycloakUrl,
        realm,
        clientId,
        redirectUri,
        username: users[worker],
        password: context.password,
        captchaAnswer: context.captchaAnswer,
      });
      const login = (clientId: string) => (worker: number) => httpLogin(target(clientId, worker));
      context.log(
        `Connexions : ${sizes.rounds} manches de ${sizes.roundSeconds} s par flux, ${sizes.concurrency} en parallèle, en alternance (après ${sizes.warmupSeconds} s de chauffe chacun)`,
      );
      return await compareLogins(context, sizes, {
        stock: { name: "flux browser de Keycloak (stock)", login: login(clients.stock) },
        ours: { name: "flux efp-browser (CAPTCHA)", login: login(clients.ours) },
        unit: "connexions",
      });
    } finally {
      if (context.cleanUp) {
        // A new admin session: the first one's token may have expired during the rounds.
        const admin = await connect({ baseUrl: keycloakUrl, ...context.admin });
        for (const { id } of created) await admin.clients.del({ realm, id });
        for (const id of userIds) await admin.users.del({ realm, id });
      }
    }
  },
};
