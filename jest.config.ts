import type { Config } from "jest";

// TypeScript runs as ES modules (the admin client is ESM only): ts-jest in ESM mode, under
// node --experimental-vm-modules (see scripts/bootstrap.mjs).
const typescript: Config = {
  extensionsToTreatAsEsm: [".ts"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: { "^.+\\.ts$": ["ts-jest", { useESM: true, tsconfig: "<rootDir>/tsconfig.json", diagnostics: { warnOnly: false } }] },
};

/**
 * The suites that must also pass with Keycloak on PostgreSQL (the `postgres` project). They run
 * on H2 in the `integration` project as well. Add here every suite that proves something about
 * what Keycloak or the extension stores: JPA entities, the Liquibase changelog, queries.
 */
export const POSTGRES_SUITES = [
  "test/integration/realm-config.test.ts",
  "test/integration/server-info.test.ts",
  // The extension's own tables (Liquibase changelog, JPA entities) on PostgreSQL too.
  "test/integration/habilitations.test.ts",
  // Invitations: their table, the unique pending key and the single-use conditional update.
  "test/integration/invitations.test.ts",
  // The company directory: its tables, the changelog's PostgreSQL backfill, the name search's queries.
  "test/integration/directory.test.ts",
  // Suites about PostgreSQL itself (Keycloak's tables really are there).
  "test/postgres/**/*.test.ts",
];

const config: Config = {
  projects: [
    {
      ...typescript,
      displayName: "unit",
      // Pure logic, tests beside the code: no server needed.
      testMatch: [
        "<rootDir>/scripts/src/**/*.test.ts",
        "<rootDir>/provisioning/src/**/*.test.ts",
        "<rootDir>/keycloak-theme/src/**/*.test.ts",
        "<rootDir>/test/unit/**/*.test.ts",
      ],
    },
    {
      ...typescript,
      displayName: "integration",
      // Against a real Keycloak on H2 (dev-file), MailDev and Chromium started once by the global setup.
      testMatch: ["<rootDir>/test/integration/**/*.test.ts", "<rootDir>/test/e2e/**/*.test.ts"],
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
      testMatch: POSTGRES_SUITES.map((suite) => `<rootDir>/${suite}`),
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
