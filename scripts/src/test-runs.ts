// How `npm test` splits jest into invocations. Jest runs every selected project's global setup
// before the first test, so one invocation with both stacks would keep two Keycloaks running
// side by side on two cores. By default the H2 projects run first, then PostgreSQL on its own.

export interface JestRun {
  label: string;
  args: string[];
}

/** The H2 side: pure logic and the suites against Keycloak on its dev-file database. */
export const H2_PROJECTS = ["unit", "integration"];
/** The suites that must pass on PostgreSQL too (test/persistence and test/postgres). */
export const POSTGRES_PROJECTS = ["postgres"];

// Arguments after which jest's own choice is the user's: projects named, or no tests run at all.
const USER_CHOOSES = /^--(selectProjects|ignoreProjects|listTests|showConfig|help|version|watch|watchAll|clearCache)(=|$)|^-h$/;

export function planJestRuns(userArgs: string[]): JestRun[] {
  if (userArgs.some((arg) => USER_CHOOSES.test(arg))) return [{ label: "jest", args: userArgs }];
  // A filter (a path, -t) may leave one side without any suite: that side then passes.
  const filtered = userArgs.length > 0 ? ["--passWithNoTests"] : [];
  // Projects last: --selectProjects takes every following word, a path pattern included.
  return [
    { label: "H2 (dev-file)", args: [...userArgs, ...filtered, "--selectProjects", ...H2_PROJECTS] },
    { label: "PostgreSQL", args: [...userArgs, ...filtered, "--selectProjects", ...POSTGRES_PROJECTS] },
  ];
}
