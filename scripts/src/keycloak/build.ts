import fs from "node:fs";
import path from "node:path";
import { KEYCLOAK_VERSION } from "../config.js";
import { fingerprint, readStamp, writeStamp } from "../fingerprint.js";
import { run } from "../process.js";
import type { Jdk } from "./jdk.js";

/** The database a Keycloak instance is built for: embedded H2 file, or a PostgreSQL server. */
export type Database = "dev-file" | "postgres";

/**
 * Build-time options of our embedded Keycloak (runtime options, such as the database URL, are
 * given at start). The locale selector is ours (`locale/` in the extension): the page's language
 * never follows an account before the person proved who they are.
 */
export function buildOptions(database: Database): string[] {
  return [`--db=${database}`, "--health-enabled=true", "--metrics-enabled=true", "--spi-locale-selector--provider=efp"];
}

export const DEV_BUILD_OPTIONS = buildOptions("dev-file");

/**
 * Installs the provider jars and runs `kc.sh build` only when a jar or a build option changed
 * since the last build of this instance: a warm start skips the ~30 s Quarkus augmentation.
 * Returns true when it rebuilt.
 */
export async function ensureBuilt(home: string, jars: string[], buildOptions: string[], jdk: Jdk, log: (line: string) => void): Promise<boolean> {
  const stampFile = path.join(home, ".efp-build.sha256");
  const wanted = fingerprint(jars, [KEYCLOAK_VERSION, ...buildOptions]);
  if (readStamp(stampFile) === wanted) return false;

  const providers = path.join(home, "providers");
  for (const name of fs.readdirSync(providers)) {
    if (name.endsWith(".jar")) fs.rmSync(path.join(providers, name));
  }
  for (const jar of jars) fs.copyFileSync(jar, path.join(providers, path.basename(jar)));

  log(`Construction de Keycloak (kc.sh build ${buildOptions.join(" ")})…`);
  const started = Date.now();
  await run(path.join(home, "bin", "kc.sh"), ["build", ...buildOptions], { quiet: true, env: { ...process.env, JAVA_HOME: jdk.home } });
  log(`Keycloak construit en ${((Date.now() - started) / 1000).toFixed(1)} s`);
  writeStamp(stampFile, wanted);
  return true;
}
