// The PostgreSQL project's stack: the same as the H2 one, Keycloak built with --db=postgres on a
// fresh cluster. A file of its own because jest runs each global setup file once per invocation,
// whatever the number of projects naming it.
import { createRequire } from "node:module";

// Loaded through jest's transform hook, where an ESM import of a sibling .ts file does not
// resolve but a require does (the hook compiles it).
const { startTestStack } = createRequire(import.meta.url)("./global-setup.ts") as typeof import("./global-setup.js");

export default async function globalSetup(_: unknown, project: { rootDir: string }) {
  await startTestStack(project.rootDir, "postgres");
}
