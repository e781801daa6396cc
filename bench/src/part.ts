// What a part of `npm run bench` is. Each part is measured at its full size by `npm run bench`,
// and run once at a tiny size by `npm test` (test/integration/bench.test.ts) against the test
// stack, so that a part broken by a change of the product fails the tests instead of rotting
// until the next time someone measures. No figure is asserted there: only that every operation
// succeeded and that the part reported its figures.

export interface BenchContext {
  keycloakUrl: string;
  realm: string;
  /** The SOFFI demo application of the stack (the browser part starts from it). */
  demoAppUrl?: string;
  /** Keycloak's management port (health, Prometheus metrics), for the parts that watch its memory. */
  managementUrl?: string;
  /** Keycloak's bootstrap admin (master realm). */
  admin: { username: string; password: string };
  /** A password the realm's policy accepts, for the accounts a part creates. */
  password: string;
  /** The answer of the test CAPTCHA provider (`fixed`) that the bench and test stacks install. */
  captchaAnswer: string;
  /** Unique to this run: what a part creates is named with it, so that runs on one stack never collide. */
  runId: string;
  /**
   * Remove what the part created (accounts, clients, companies) when it ends: on the tests'
   * stack, which other suites share. The bench's own stack is thrown away whole.
   */
  cleanUp: boolean;
  /** A folder the part may write files to (generated data). */
  workDir: string;
  /** Progress, as the part goes. */
  log(line: string): void;
  /** The part's results, for people. */
  print(line: string): void;
}

export interface BenchOutcome {
  /** Operations measured (timed ones, warm-up excluded). */
  operations: number;
  /** Operations that failed. A measurement with failures is not a measurement. */
  errors: number;
  /** Every figure the part reports, by name (finite numbers: rates, milliseconds, ratios). */
  figures: Record<string, number>;
}

/** A size: a count, or a list of them (e.g. the habilitations of each person measured). */
export type SizeValue = number | number[];

/** One size of a part: its value for `npm run bench` (overridable by `env`) and for the tiny run. */
export interface SizeSpec<Value extends SizeValue = SizeValue> {
  /** The variable that overrides the full size ("1,100,1000" for a list). */
  env?: string;
  full: Value;
  tiny: Value;
}

export interface BenchPart<Sizes extends Record<string, SizeValue> = Record<string, SizeValue>> {
  /** Its name in BENCH_ONLY. */
  name: string;
  sizes: { [Name in keyof Sizes]: SizeSpec<Sizes[Name]> };
  run(context: BenchContext, sizes: Sizes): Promise<BenchOutcome>;
}

/** The sizes of a run: tiny ones for the tests, else the full ones or what the environment says. */
export function resolveSizes<Sizes extends Record<string, SizeValue>>(
  specs: { [Name in keyof Sizes]: SizeSpec<Sizes[Name]> },
  mode: "full" | "tiny",
  env: Record<string, string | undefined> = process.env,
): Sizes {
  const sizes: Record<string, SizeValue> = {};
  for (const [name, spec] of Object.entries(specs) as [string, SizeSpec][]) {
    const raw = mode === "full" && spec.env ? env[spec.env]?.trim() : undefined;
    if (!raw) {
      sizes[name] = spec[mode];
      continue;
    }
    const values = raw.split(",").map((each) => Number(each.trim()));
    if (values.some((value) => !Number.isFinite(value) || value < 0) || (!Array.isArray(spec.full) && values.length !== 1)) {
      throw new Error(
        `${spec.env} : ${Array.isArray(spec.full) ? "liste de nombres positifs attendue (1,100,1000)" : "nombre positif attendu"}, reçu « ${raw} »`,
      );
    }
    sizes[name] = Array.isArray(spec.full) ? values : values[0];
  }
  return sizes as Sizes;
}

/** The parts BENCH_ONLY names (all when unset), in the order given; an unknown name is an error. */
export function selectParts<P extends { name: string }>(parts: P[], only: string | undefined): P[] {
  if (!only?.trim()) return parts;
  const names = only
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !parts.some((part) => part.name === name));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY : partie inconnue ${unknown.join(", ")} (parties : ${parts.map((part) => part.name).join(", ")})`);
  return parts.filter((part) => names.includes(part.name));
}

/** What is wrong with an outcome, for the tiny runs: nothing measured, failures, a missing or non-finite figure. */
export function outcomeProblems(outcome: BenchOutcome): string[] {
  const problems: string[] = [];
  if (!(outcome.operations > 0)) problems.push(`aucune opération mesurée (${outcome.operations})`);
  if (outcome.errors !== 0) problems.push(`${outcome.errors} opération(s) en erreur`);
  const figures = Object.entries(outcome.figures);
  if (figures.length === 0) problems.push("aucun chiffre rapporté");
  for (const [name, value] of figures) if (!Number.isFinite(value) || value < 0) problems.push(`chiffre « ${name} » invalide : ${value}`);
  return problems;
}
