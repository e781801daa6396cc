// Tokens of an application at scale on the bench's own stack: one
// person per size holding habilitations on SOFFI for 1, 100, 1,000 companies; refresh-token
// grants of SOFFI (our mapper) against a stock confidential client of the same kind (same
// flow, PKCE, scope, no mapper), same person, alternating, one at a time: p50/p95 and their
// ratio, and the sizes of the access, ID and refresh tokens. Targets: ratio ≤ 1.05 at 100,
// every token ≤ 8 KB at 1,000.
import { connect, type EfpApi } from "@efp/provisioning";
import { benchSiret, latencies, type Latencies } from "./access.js";
import { administratorApi } from "./directory.js";
import { codeFlowTokens, refreshTokens, type TokenClient, type Tokens } from "./token-flow.js";
import type { BenchPart } from "./part.js";

export const REFRESH_RATIO_TARGET = 1.05;
export const TOKEN_BYTES_TARGET = 8 * 1024;

export interface TokensBenchOptions {
  keycloakUrl: string;
  realm: string;
  admin: { username: string; password: string };
  /** Password the bench's people sign in with. */
  password: string;
  captchaAnswer: string;
  /** Habilitations of each person measured (default 1, 100, 1,000). */
  sizes?: number[];
  /** Timed refreshes per client and size (default 300), after a tenth of that of warm-up. */
  refreshes?: number;
  log?: (line: string) => void;
}

export interface TokenSizes {
  access: number;
  id: number;
  refresh: number;
}

export interface TokensBenchSize {
  habilitations: number;
  ours: Latencies;
  stock: Latencies;
  ratioP50: number;
  ratioP95: number;
  oursBytes: TokenSizes;
  stockBytes: TokenSizes;
  /** The access token carries the overage marker instead of the list. */
  overage: boolean;
}

const sizesOf = (tokens: Tokens): TokenSizes => ({
  access: tokens.access_token.length,
  id: tokens.id_token?.length ?? 0,
  refresh: tokens.refresh_token.length,
});
const payload = (token: string) => JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8")) as Record<string, unknown>;

async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let nextIndex = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (nextIndex < items.length) await work(items[nextIndex++]);
    }),
  );
}

/** Companies BANC JETONS 0…count-1, created once (a second run finds them). */
async function ensureCompanies(api: EfpApi, count: number) {
  await inParallel(
    Array.from({ length: count }, (_, index) => index),
    4,
    async (index) => {
      await api
        .request("POST", "companies", {
          siret: benchSiret(700_000 + index),
          name: `BANC JETONS ${String(index).padStart(4, "0")}`,
          address: `${index + 1} RUE DU BANC 75001 PARIS`,
        })
        .catch((error: Error) => {
          if (!/409|existe/.test(error.message)) throw error;
        });
    },
  );
}

export async function benchTokens(options: TokensBenchOptions): Promise<TokensBenchSize[]> {
  const log = options.log ?? (() => {});
  const { realm, keycloakUrl } = options;
  const sizes = options.sizes ?? [1, 100, 1000];
  const refreshes = options.refreshes ?? 300;
  const kc = await connect({ baseUrl: keycloakUrl, ...options.admin });
  const api = await administratorApi({ keycloakUrl, realm, admin: options.admin });

  // SOFFI as realm-config made it, and a stock client of the same kind without our mapper.
  const [soffi] = await kc.clients.find({ realm, clientId: "soffi" });
  if (!soffi) throw new Error("client soffi introuvable");
  const { value: soffiSecret } = await kc.clients.getClientSecret({ realm, id: soffi.id! });
  const redirectUri = soffi.redirectUris![0];
  const stockId = "bench-stock-tokens";
  const [existing] = await kc.clients.find({ realm, clientId: stockId });
  if (existing) await kc.clients.del({ realm, id: existing.id! });
  await kc.clients.create({
    realm,
    clientId: stockId,
    publicClient: false,
    secret: "bench-stock-secret",
    standardFlowEnabled: true,
    directAccessGrantsEnabled: false,
    fullScopeAllowed: false,
    redirectUris: [redirectUri],
    attributes: { "pkce.code.challenge.method": "S256" },
  });
  const clients: Record<"ours" | "stock", TokenClient> = {
    ours: { keycloakUrl, realm, clientId: "soffi", clientSecret: soffiSecret, redirectUri },
    stock: { keycloakUrl, realm, clientId: stockId, clientSecret: "bench-stock-secret", redirectUri },
  };

  const started = performance.now();
  await ensureCompanies(api, Math.max(...sizes));
  log(`Jetons : ${Math.max(...sizes)} établissements prêts en ${((performance.now() - started) / 1000).toFixed(0)} s`);

  // Third parties, as the accountants and training networks holding hundreds of companies are:
  // a member joins each company's organization, and Keycloak's membership checks grow with the
  // count (100 grants as a member took 64 s, each slower than the last), which is not what is
  // measured here.
  const expiresAt = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString();
  const results: TokensBenchSize[] = [];
  for (const size of sizes) {
    const username = `banc-jetons-${size}@exemple.fr`;
    const [found] = await kc.users.find({ realm, username, exact: true });
    if (found) await kc.users.del({ realm, id: found.id! });
    await kc.users.create({
      realm,
      username,
      email: username,
      firstName: "Banc",
      lastName: `Jetons ${size}`,
      enabled: true,
      emailVerified: true,
      credentials: [{ type: "password", value: options.password, temporary: false }],
    });
    const grantsStarted = performance.now();
    await inParallel(
      Array.from({ length: size }, (_, index) => index),
      4,
      async (index) => {
        await api.request("POST", "habilitations", {
          user: username,
          application: "soffi",
          company: benchSiret(700_000 + index),
          roles: [index % 10 === 0 ? "gestionnaire" : "consultation"],
          kind: "third-party",
          expiresAt,
        });
      },
    );
    log(`Jetons : ${size} habilitation(s) accordée(s) en ${((performance.now() - grantsStarted) / 1000).toFixed(1)} s`);

    const login = { username, password: options.password, captchaAnswer: options.captchaAnswer };
    let ours = await codeFlowTokens(clients.ours, login);
    // Brute-force detection frowns on two sign-ins of one account within a second.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    let stock = await codeFlowTokens(clients.stock, login);
    const timed = { ours: [] as number[], stock: [] as number[] };
    const warmUp = Math.max(1, Math.round(refreshes / 10));
    for (let index = 0; index < warmUp + refreshes; index++) {
      // Alternating, and alternating which goes first, so that neither always follows the other.
      for (const side of index % 2 === 0 ? (["ours", "stock"] as const) : (["stock", "ours"] as const)) {
        const before = performance.now();
        const next = await refreshTokens(clients[side], (side === "ours" ? ours : stock).refresh_token);
        const ms = performance.now() - before;
        if (side === "ours") ours = next;
        else stock = next;
        if (index >= warmUp) timed[side].push(ms);
      }
    }
    const oursLatencies = latencies(timed.ours);
    const stockLatencies = latencies(timed.stock);
    results.push({
      habilitations: size,
      ours: oursLatencies,
      stock: stockLatencies,
      ratioP50: oursLatencies.p50 / stockLatencies.p50,
      ratioP95: oursLatencies.p95 / stockLatencies.p95,
      oursBytes: sizesOf(ours),
      stockBytes: sizesOf(stock),
      overage: payload(ours.access_token)._claim_names !== undefined,
    });
  }
  return results;
}

/** The bench's report lines for `npm run bench`. */
export function describeTokens(results: TokensBenchSize[]): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;
  const lines: string[] = ["  Jetons de SOFFI (notre mappeur) contre un client confidentiel stock, rafraîchissements alternés, un à la fois :"];
  for (const result of results) {
    lines.push(
      `    ${String(result.habilitations).padStart(5)} habilitation(s)  efp p50 ${result.ours.p50.toFixed(1)} / p95 ${result.ours.p95.toFixed(1)} ms   stock p50 ${result.stock.p50.toFixed(1)} / p95 ${result.stock.p95.toFixed(1)} ms   rapport p50 ${result.ratioP50.toFixed(2)}, p95 ${result.ratioP95.toFixed(2)} (${result.ours.count} chacun)`,
    );
    lines.push(
      `          tailles efp : accès ${kb(result.oursBytes.access)}, ID ${kb(result.oursBytes.id)}, rafraîchissement ${kb(result.oursBytes.refresh)}${result.overage ? " (marqueur de dépassement)" : ""}   stock : accès ${kb(result.stockBytes.access)}, ID ${kb(result.stockBytes.id)}, rafraîchissement ${kb(result.stockBytes.refresh)}`,
    );
  }
  const at100 = results.find((result) => result.habilitations === 100);
  const largest = results.reduce((a, b) => (b.habilitations > a.habilitations ? b : a), results[0]);
  if (at100)
    lines.push(
      `    rapport p50 à 100 : ${at100.ratioP50.toFixed(2)} (objectif ≤ ${REFRESH_RATIO_TARGET} : ${at100.ratioP50 <= REFRESH_RATIO_TARGET ? "atteint" : "NON ATTEINT"})`,
    );
  if (largest) {
    const biggest = Math.max(largest.oursBytes.access, largest.oursBytes.id, largest.oursBytes.refresh);
    lines.push(
      `    plus gros jeton à ${largest.habilitations} : ${kb(biggest)} (objectif ≤ 8 Ko : ${biggest <= TOKEN_BYTES_TARGET ? "atteint" : "NON ATTEINT"})`,
    );
  }
  return lines;
}

/** The part of `npm run bench` (BENCH_ONLY=tokens), run once tiny by `npm test`. */
export const tokensPart: BenchPart<{ habilitations: number[]; refreshes: number }> = {
  name: "tokens",
  sizes: {
    habilitations: { env: "BENCH_TOKENS_SIZES", full: [1, 100, 1000], tiny: [1, 3] },
    refreshes: { env: "BENCH_TOKENS_REFRESHES", full: 300, tiny: 2 },
  },
  async run(context, sizes) {
    const results = await benchTokens({
      keycloakUrl: context.keycloakUrl,
      realm: context.realm,
      admin: context.admin,
      password: context.password,
      captchaAnswer: context.captchaAnswer,
      sizes: sizes.habilitations,
      refreshes: sizes.refreshes,
      log: (line) => context.log(line),
    });
    for (const line of describeTokens(results)) context.print(line);
    const figures: Record<string, number> = {};
    for (const result of results) {
      const at = `${result.habilitations} habilitation(s)`;
      figures[`${at}, rapport p50`] = result.ratioP50;
      figures[`${at}, rapport p95`] = result.ratioP95;
      figures[`${at}, jeton d'accès, octets`] = result.oursBytes.access;
      figures[`${at}, jeton ID, octets`] = result.oursBytes.id;
    }
    // Every refresh that failed threw: the counted ones all succeeded.
    const operations = results.reduce((sum, result) => sum + result.ours.count + result.stock.count, 0);
    return { operations, errors: 0, figures };
  },
};
