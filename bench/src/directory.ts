// The company directory at scale: 1,000,000 synthetic establishments (valid SIRETs, seeded)
// imported through the admin API by the real SIRENE import, then search latency over REST for
// a mix of what people type in "Raison sociale ou SIRET": whole names, a common word alone, a
// word being typed, a name with its last word unfinished, SIREN, SIRET and their beginnings.
// Target: p95 ≤ 50 ms.
import path from "node:path";
import { connect, EfpApi, importSirene, progressBar, searchDirectory } from "@efp/provisioning";
import { CACHE_DIR } from "../../scripts/src/paths.js";
import type { BenchOutcome, BenchPart } from "./part.js";
import { percentile } from "./stats.js";
import { random, writeSyntheticStock, type SyntheticSample } from "./synthetic-sirene.js";

export const SEARCH_TARGET_P95_MS = 50;

export interface DirectoryBenchOptions {
  keycloakUrl: string;
  realm: string;
  admin: { username: string; password: string };
  /** Establishments to generate and import (BENCH_DIRECTORY_ROWS, default 1,000,000). */
  rows?: number;
  /** Timed searches, after a warm-up (BENCH_DIRECTORY_QUERIES, default 2,000). */
  queries?: number;
  /** Untimed searches first (default 300, at most `queries`). */
  warmup?: number;
  /** Where the synthetic stock files are written (default .cache/bench/directory). */
  dir?: string;
  seed?: number;
  /** The directory already holds this seed's rows (a kept bench database): only search (BENCH_DIRECTORY_SKIP_IMPORT=1). */
  skipImport?: boolean;
  log?: (line: string) => void;
  /** The results, for people (default: the console). */
  print?: (line: string) => void;
}

export interface DirectoryBenchResult {
  rows: number;
  importSeconds: number;
  importRowsPerSecond: number;
  queries: number;
  p50: number;
  p95: number;
  p99: number;
  byKind: Record<string, { count: number; p50: number; p95: number; p99: number; meanTotal: number }>;
}

/**
 * The realm's automation client `efp-cli` (realm-config: its service account is an
 * administrator), as `efp directory import` uses it: efp-admin accepts the administration
 * clients' tokens only. Its secret is read through the admin API, whatever the environment set.
 */
export async function administratorApi(options: Pick<DirectoryBenchOptions, "keycloakUrl" | "realm" | "admin">): Promise<EfpApi> {
  const { realm } = options;
  const kc = await connect({ baseUrl: options.keycloakUrl, ...options.admin });
  const clientId = "efp-cli";
  const [client] = await kc.clients.find({ realm, clientId });
  if (!client) throw new Error(`le client ${clientId} du royaume ${realm} est introuvable (realm-config appliquée ?)`);
  const { value: secret } = await kc.clients.getClientSecret({ realm, id: client.id! });
  return new EfpApi({ baseUrl: options.keycloakUrl, realm, clientId, clientSecret: secret! });
}

type Kind = "nom complet" | "mot seul" | "début de mot" | "nom, dernier mot tapé" | "SIREN" | "début de SIRET" | "SIRET";

/** The query mix, drawn from names and SIRETs that exist (weights in percent). */
export function queryMix(sample: SyntheticSample, count: number, seed: number): { kind: Kind; q: string }[] {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  // The extension's stop words (Names.STOP_WORDS): alone they are refused as too vague.
  const stop = new Set(["a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les"]);
  const words = (name: string) =>
    name
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 1 && !stop.has(word));
  const kinds: [Kind, number][] = [
    ["nom complet", 20],
    ["mot seul", 15],
    ["début de mot", 15],
    ["nom, dernier mot tapé", 20],
    ["SIREN", 10],
    ["début de SIRET", 10],
    ["SIRET", 10],
  ];
  const queries: { kind: Kind; q: string }[] = [];
  while (queries.length < count) {
    let roll = next() * 100;
    const [kind] = kinds.find(([, weight]) => (roll -= weight) < 0) ?? kinds[0];
    const name = pick(sample.names);
    const siret = pick(sample.sirets);
    const nameWords = words(name);
    if (nameWords.length === 0) continue;
    let q: string;
    switch (kind) {
      case "nom complet":
        q = `${name} `; // finished: every word whole
        break;
      case "mot seul":
        q = `${pick(nameWords)} `;
        break;
      case "début de mot": {
        const word = pick(nameWords);
        q = word.slice(0, Math.min(word.length, 3 + Math.floor(next() * 3)));
        break;
      }
      case "nom, dernier mot tapé": {
        const last = nameWords[nameWords.length - 1];
        q = [...nameWords.slice(0, -1), last.slice(0, Math.max(2, Math.ceil(last.length / 2)))].join(" ");
        break;
      }
      case "SIREN":
        q = siret.slice(0, 9);
        break;
      case "début de SIRET":
        q = siret.slice(0, 5 + Math.floor(next() * 4));
        break;
      case "SIRET":
        q = siret;
        break;
    }
    queries.push({ kind, q });
  }
  return queries;
}

function stats(latencies: number[]) {
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
}

export async function benchDirectory(options: DirectoryBenchOptions): Promise<DirectoryBenchResult> {
  const log = options.log ?? ((line: string) => console.log(`• ${line}`));
  const print = options.print ?? ((line: string) => console.log(line));
  const rows = options.rows ?? Number(process.env.BENCH_DIRECTORY_ROWS ?? 1_000_000);
  const queryCount = options.queries ?? Number(process.env.BENCH_DIRECTORY_QUERIES ?? 2_000);
  const seed = options.seed ?? 20260415;
  const api = await administratorApi(options);

  log(`Annuaire : génération de ${rows.toLocaleString("fr-FR")} établissements synthétiques (graine ${seed})…`);
  const stock = await writeSyntheticStock(options.dir ?? path.join(CACHE_DIR, "bench", "directory"), rows, seed);
  const skipImport = options.skipImport ?? process.env.BENCH_DIRECTORY_SKIP_IMPORT === "1";
  log(
    `Annuaire : import par l'API (${stock.units.toLocaleString("fr-FR")} unités légales, ${stock.establishments.toLocaleString("fr-FR")} établissements)${skipImport ? " : sauté, données déjà en base" : "…"}`,
  );
  const report = skipImport
    ? { establishments: stock.establishments, seconds: 0, rowsPerSecond: NaN }
    : await importSirene(api, {
        establishmentsFile: stock.establishmentsFile,
        unitsFile: stock.unitsFile,
        ...(rows >= 100_000 && { onProgress: progressBar() }),
      });

  const queries = queryMix(stock.sample, queryCount, seed + 1);
  const warmup = Math.min(options.warmup ?? 300, queries.length);
  log(`Annuaire : ${queries.length} recherches chronométrées une à une, après ${warmup} de chauffe`);
  for (const { q } of queryMix(stock.sample, warmup, seed + 2)) await searchDirectory(api, q);
  const latencies: number[] = [];
  const timed: { kind: Kind; q: string; ms: number; total: number; capped: boolean }[] = [];
  const perKind = new Map<string, { latencies: number[]; totals: number[] }>();
  for (const { kind, q } of queries) {
    const start = performance.now();
    const result = await searchDirectory(api, q);
    const elapsed = performance.now() - start;
    latencies.push(elapsed);
    timed.push({ kind, q, ms: elapsed, total: result.total, capped: result.totalCapped });
    const entry = perKind.get(kind) ?? { latencies: [], totals: [] };
    entry.latencies.push(elapsed);
    entry.totals.push(result.total);
    perKind.set(kind, entry);
  }
  const overall = stats(latencies);
  const byKind: DirectoryBenchResult["byKind"] = {};
  for (const [kind, entry] of perKind) {
    byKind[kind] = { count: entry.latencies.length, ...stats(entry.latencies), meanTotal: entry.totals.reduce((a, b) => a + b, 0) / entry.totals.length };
  }
  print(
    `  import annuaire (SIRENE synthétique, API)   ${report.rowsPerSecond.toFixed(0).padStart(7)} lignes/s   (${report.establishments} établissements en ${report.seconds.toFixed(0)} s)`,
  );
  for (const [kind, s] of Object.entries(byKind)) {
    print(
      `    ${kind.padEnd(24)} ${String(s.count).padStart(5)} req.   p50 ${s.p50.toFixed(1)} ms   p95 ${s.p95.toFixed(1)} ms   p99 ${s.p99.toFixed(1)} ms   (${s.meanTotal.toFixed(0)} résultats en moyenne)`,
    );
  }
  // The tail, to see which queries make it: a query that is slow every time, or noise.
  const slowest = [...timed].sort((a, b) => b.ms - a.ms).slice(0, 5);
  print(
    `    les plus lentes : ${slowest.map((t) => `« ${t.q.trim()} » (${t.kind}) ${t.ms.toFixed(0)} ms, ${t.capped ? "plus de " : ""}${t.total} résultats`).join(" ; ")}`,
  );
  const verdict = overall.p95 <= SEARCH_TARGET_P95_MS ? "atteint" : "NON ATTEINT";
  print(
    `  recherche annuaire (${rows.toLocaleString("fr-FR")} établ.)      p50 ${overall.p50.toFixed(1)} ms   p95 ${overall.p95.toFixed(1)} ms   p99 ${overall.p99.toFixed(1)} ms   (objectif p95 ≤ ${SEARCH_TARGET_P95_MS} ms : ${verdict})`,
  );
  return {
    rows: report.establishments,
    importSeconds: report.seconds,
    importRowsPerSecond: report.rowsPerSecond,
    queries: latencies.length,
    ...overall,
    byKind,
  };
}

export const directoryPart: BenchPart<{ rows: number; queries: number; warmup: number }> = {
  name: "directory",
  sizes: {
    // 0 skips the part (the import of 1,000,000 rows takes minutes).
    rows: { env: "BENCH_DIRECTORY_ROWS", full: 1_000_000, tiny: 300 },
    queries: { env: "BENCH_DIRECTORY_QUERIES", full: 2_000, tiny: 20 },
    warmup: { full: 300, tiny: 5 },
  },
  async run(context, sizes): Promise<BenchOutcome> {
    if (sizes.rows === 0) {
      context.log("Annuaire : sauté (BENCH_DIRECTORY_ROWS=0)");
      return { operations: 0, errors: 0, figures: {} };
    }
    // The local directory is server-wide and has no delete: synthetic establishments stay on a
    // shared stack, under names and SIRENs no test uses (synthetic-sirene.ts), and are harmless.
    const result = await benchDirectory({
      keycloakUrl: context.keycloakUrl,
      realm: context.realm,
      admin: context.admin,
      log: context.log,
      print: context.print,
      rows: sizes.rows,
      queries: sizes.queries,
      warmup: sizes.warmup,
      dir: path.join(context.workDir, "directory"),
      skipImport: false,
    });
    return {
      // Every search and every import batch that failed threw.
      operations: result.queries,
      errors: 0,
      figures: {
        "import lignes/s": result.importRowsPerSecond,
        "recherche p50 ms": result.p50,
        "recherche p95 ms": result.p95,
        "recherche p99 ms": result.p99,
      },
    };
  },
};
