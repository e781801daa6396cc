import { planJestRuns } from "./test-runs.js";

test("by default, H2 first, then PostgreSQL in its own invocation", () => {
  expect(planJestRuns([])).toEqual([
    { label: "H2 (dev-file)", args: ["--selectProjects", "unit", "integration"] },
    { label: "PostgreSQL", args: ["--selectProjects", "postgres"] },
  ]);
});

test("a filter goes to both sides, before the projects, and an empty side passes", () => {
  const [h2, postgres] = planJestRuns(["test/e2e/captcha.test.ts", "-t", "replay"]);
  expect(h2.args).toEqual(["test/e2e/captcha.test.ts", "-t", "replay", "--passWithNoTests", "--selectProjects", "unit", "integration"]);
  expect(postgres.args).toEqual(["test/e2e/captcha.test.ts", "-t", "replay", "--passWithNoTests", "--selectProjects", "postgres"]);
});

test("projects chosen by the user: one invocation, their arguments untouched", () => {
  expect(planJestRuns(["--selectProjects", "postgres"])).toEqual([{ label: "jest", args: ["--selectProjects", "postgres"] }]);
  expect(planJestRuns(["--selectProjects=unit"])).toHaveLength(1);
  expect(planJestRuns(["--ignoreProjects", "postgres"])).toHaveLength(1);
});

test("listing and help run once", () => {
  expect(planJestRuns(["--listTests"])).toHaveLength(1);
  expect(planJestRuns(["--help"])).toHaveLength(1);
});
