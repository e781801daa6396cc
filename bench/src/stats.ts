/** Percentile of a sample (nearest rank), in the sample's unit. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface RunResult {
  operations: number;
  seconds: number;
  latenciesMs: number[];
  errors: number;
  /** How many times each error message occurred, to tell a slow server from a broken one. */
  errorKinds: Map<string, number>;
}

/** Runs `operation` with `concurrency` workers for `seconds`; collects latencies and errors. */
export async function runFor(seconds: number, concurrency: number, operation: (worker: number) => Promise<void>): Promise<RunResult> {
  const latenciesMs: number[] = [];
  let errors = 0;
  let firstError: unknown;
  const errorKinds = new Map<string, number>();
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  const worker = async (index: number) => {
    while (performance.now() < deadline) {
      const start = performance.now();
      try {
        await operation(index);
        latenciesMs.push(performance.now() - start);
      } catch (error) {
        errors++;
        firstError ??= error;
        const kind = String((error as Error).message ?? error)
          .replace(/[0-9a-f-]{16,}|session_code=[^&\s]+/g, "…")
          .slice(0, 160);
        errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, index) => worker(index)));
  if (errors > 0 && latenciesMs.length === 0) throw firstError;
  return { operations: latenciesMs.length, seconds: (performance.now() - started) / 1000, latenciesMs, errors, errorKinds };
}
