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
}

/** Runs `operation` with `concurrency` workers for `seconds`; collects latencies and errors. */
export async function runFor(seconds: number, concurrency: number, operation: () => Promise<void>): Promise<RunResult> {
  const latenciesMs: number[] = [];
  let errors = 0;
  let firstError: unknown;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  const worker = async () => {
    while (performance.now() < deadline) {
      const start = performance.now();
      try {
        await operation();
        latenciesMs.push(performance.now() - start);
      } catch (error) {
        errors++;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (errors > 0 && latenciesMs.length === 0) throw firstError;
  return { operations: latenciesMs.length, seconds: (performance.now() - started) / 1000, latenciesMs, errors };
}
