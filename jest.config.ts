import type { Config } from "jest";

// TypeScript runs as ES modules (the admin client is ESM only): ts-jest in ESM mode, under
// node --experimental-vm-modules (see scripts/bootstrap.mjs).
const typescript: Config = {
  extensionsToTreatAsEsm: [".ts"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: { "^.+\\.ts$": ["ts-jest", { useESM: true, tsconfig: "<rootDir>/tsconfig.json", diagnostics: { warnOnly: false } }] },
};

const config: Config = {
  projects: [
    {
      ...typescript,
      displayName: "unit",
      // Pure logic, tests beside the code: no server needed.
      testMatch: ["<rootDir>/scripts/src/**/*.test.ts", "<rootDir>/provisioning/src/**/*.test.ts", "<rootDir>/test/unit/**/*.test.ts"],
    },
    {
      ...typescript,
      displayName: "integration",
      // Against a real Keycloak, MailDev and Chromium started once by the global setup.
      testMatch: ["<rootDir>/test/integration/**/*.test.ts", "<rootDir>/test/e2e/**/*.test.ts"],
      globalSetup: "<rootDir>/test/setup/global-setup.ts",
      globalTeardown: "<rootDir>/test/setup/global-teardown.ts",
    },
  ],
  // Browser steps against a real server; a hung step still fails, with its name.
  testTimeout: 60_000,
  // One Keycloak on two cores: suites run one after the other.
  maxWorkers: 1,
};

export default config;
