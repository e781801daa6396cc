import type { Config } from "jest";

// TypeScript runs as ES modules (the admin client is ESM only): ts-jest in ESM mode, under
// node --experimental-vm-modules (see scripts/bootstrap.mjs).
const typescript: Config = {
  extensionsToTreatAsEsm: [".ts"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: { "^.+\\.ts$": ["ts-jest", { useESM: true, tsconfig: "<rootDir>/tsconfig.json", diagnostics: { warnOnly: false } }] },
};

/**
 * test/persistence holds the suites that prove something about what Keycloak or the extension
 * stores (JPA entities, the Liquibase changelog, queries): they run on H2 with the others and
 * again on PostgreSQL. test/postgres holds the suites about PostgreSQL itself. A suite is put in
 * a folder, never in a list.
 */

const config: Config = {
  projects: [
    {
      ...typescript,
      displayName: "unit",
      // Pure logic, tests beside the code: no server needed.
      testMatch: [
        "<rootDir>/contract/src/**/*.test.ts",
        "<rootDir>/scripts/src/**/*.test.ts",
        "<rootDir>/bench/src/**/*.test.ts",
        "<rootDir>/provisioning/src/**/*.test.ts",
        "<rootDir>/keycloak-theme/src/**/*.test.ts",
        "<rootDir>/test/unit/**/*.test.ts",
      ],
    },
    {
      ...typescript,
      displayName: "integration",
      // Against a real Keycloak on H2 (dev-file), MailDev and Chromium started once by the global setup.
      testMatch: ["<rootDir>/test/integration/**/*.test.ts", "<rootDir>/test/persistence/**/*.test.ts", "<rootDir>/test/e2e/**/*.test.ts"],
      globals: { __EFP_TEST_DATABASE__: "dev-file" },
      globalSetup: "<rootDir>/test/setup/global-setup.ts",
      globalTeardown: "<rootDir>/test/setup/global-teardown.ts",
    },
    {
      ...typescript,
      displayName: "postgres",
      // The same kind of stack with Keycloak built --db=postgres on a fresh PostgreSQL cluster.
      // `npm test` runs this project in a second jest invocation, after the H2 one, so that the
      // two Keycloaks never run at once (scripts/src/test.ts).
      testMatch: ["<rootDir>/test/persistence/**/*.test.ts", "<rootDir>/test/postgres/**/*.test.ts"],
      globals: { __EFP_TEST_DATABASE__: "postgres" },
      globalSetup: "<rootDir>/test/setup/global-setup-postgres.ts",
      globalTeardown: "<rootDir>/test/setup/global-teardown.ts",
    },
  ],
  // Browser steps against a real server; a hung step still fails, with its name.
  testTimeout: 60_000,
  // One Keycloak on two cores: suites run one after the other.
  maxWorkers: 1,
};

export default config;
