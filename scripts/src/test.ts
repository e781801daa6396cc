// The jest part of `npm test`: the H2 suites, then the PostgreSQL ones, one invocation each
// (see test-runs.ts), both always run; fails if either failed. Ctrl-C stops after the current one.
import { spawn } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "./paths.js";
import { planJestRuns } from "./test-runs.js";

const jest = path.join(REPO_ROOT, "node_modules", "jest", "bin", "jest.js");
const runs = planJestRuns(process.argv.slice(2));

let interrupted = false;
// The terminal sends Ctrl-C to jest too: let it tear its stack down, then stop here.
process.on("SIGINT", () => (interrupted = true));
process.on("SIGTERM", () => (interrupted = true));

const results: { label: string; code: number; seconds: number }[] = [];
for (const run of runs) {
  if (interrupted) break;
  if (runs.length > 1) console.log(`\n• jest, ${run.label} : jest ${run.args.join(" ")}`);
  const startedAt = Date.now();
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ["--experimental-vm-modules", "--no-warnings=ExperimentalWarning", jest, ...run.args], {
      cwd: REPO_ROOT,
      stdio: "inherit",
    });
    child.once("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  results.push({ label: run.label, code, seconds: (Date.now() - startedAt) / 1000 });
}

if (runs.length > 1) {
  console.log(`\n• ${results.map(({ label, code, seconds }) => `jest ${label} : ${code === 0 ? "réussi" : "ÉCHEC"} en ${seconds.toFixed(0)} s`).join(" · ")}`);
}
process.exit(interrupted ? 130 : (results.find(({ code }) => code !== 0)?.code ?? 0));
