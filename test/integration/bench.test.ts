// Every part of `npm run bench`, run once at a tiny size against the test stack: a bench that
// a change of the product broke fails here, not the next time someone measures. No figure is
// asserted (timings are measured by `npm run bench`, never in jest): only that every operation
// succeeded and that the part reported its figures. A new part added to BENCH_PARTS is run here
// without anything to add.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { outcomeProblems, resolveSizes, type BenchContext } from "../../bench/src/part.js";
import { BENCH_PARTS } from "../../bench/src/parts.js";
import { testContext } from "../support/context.js";
import { FIXED_CAPTCHA_ANSWER } from "../support/login-page.js";

const context = testContext();
let workDir = "";
beforeAll(() => (workDir = fs.mkdtempSync(path.join(os.tmpdir(), "efp-bench-"))));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

test.each(BENCH_PARTS.map((part) => [part.name, part] as const))(
  "bench part %s, tiny: every operation succeeded and the figures are there",
  async (name, part) => {
    const lines: string[] = [];
    const benchContext: BenchContext = {
      keycloakUrl: context.keycloakUrl,
      demoAppUrl: context.demoAppUrl,
      managementUrl: context.managementUrl,
      realm: context.realm,
      admin: { username: context.adminUsername, password: context.adminPassword },
      password: context.user.password,
      captchaAnswer: FIXED_CAPTCHA_ANSWER,
      runId: `t${crypto.randomBytes(3).toString("hex")}`,
      // Other suites share this stack: each part removes what it created.
      cleanUp: true,
      workDir,
      log: (line) => void lines.push(`• ${line}`),
      print: (line) => void lines.push(line),
    };
    const started = Date.now();
    const outcome = await part.run(benchContext, resolveSizes(part.sizes, "tiny"));
    // The report in the failure message: what the part printed says what went wrong.
    expect({ part: name, problems: outcomeProblems(outcome), report: outcomeProblems(outcome).length ? lines : "ok" }).toEqual({
      part: name,
      problems: [],
      report: "ok",
    });
    console.log(`${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n${lines.join("\n")}\n${JSON.stringify(outcome.figures)}`);
  },
  120_000,
);
