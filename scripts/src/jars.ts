import fs from "node:fs";
import path from "node:path";
import { fingerprint, listFiles, readStamp, writeStamp } from "./fingerprint.js";
import { EXTENSION_DIR, EXTENSION_JAR, REPO_ROOT, THEME_DIR, THEME_JAR } from "./paths.js";
import { run } from "./process.js";

interface JarRecipe {
  name: string;
  jar: string;
  sources: string[];
  build: (withTests: boolean) => Promise<unknown>;
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

export const EXTENSION: JarRecipe = {
  name: "extension Keycloak",
  jar: EXTENSION_JAR,
  sources: [path.join(EXTENSION_DIR, "pom.xml"), path.join(EXTENSION_DIR, "src")],
  // Compiled for Java 17 with the default JDK, whatever runs Keycloak. With tests, Maven is not
  // quiet so that the JUnit summary ("Tests run: …") shows in the output of npm test.
  build: async (withTests) => {
    const pom = path.join(EXTENSION_DIR, "pom.xml");
    // Keycloak jars that Central serves without their parent POM come from the distribution
    // zip, in a Maven run of their own (see the keycloak-lib execution in the POM).
    await run("mvn", ["-B", "-q", "--no-transfer-progress", "-f", pom, "dependency:unpack@keycloak-lib"], { cwd: REPO_ROOT, quiet: true });
    await run("mvn", ["-B", "--no-transfer-progress", "-Dstyle.color=never", "-f", pom, ...(withTests ? ["verify"] : ["-q", "package", "-DskipTests"])], {
      cwd: REPO_ROOT,
      quiet: !withTests,
    });
  },
};

export const THEME: JarRecipe = {
  name: "thème DSFR",
  jar: THEME_JAR,
  // The wire contract, which Mon compte bundles, and the lock file too: a new version of
  // keycloakify or react-dsfr changes the jar.
  sources: [THEME_DIR, path.join(REPO_ROOT, "contract", "src"), path.join(REPO_ROOT, "package-lock.json")],
  build: () => run(npm, ["run", "build", "-w", "keycloak-theme"], { cwd: REPO_ROOT, quiet: true }),
};

/**
 * Builds a jar unless its sources are unchanged since its last build (a stamp beside the jar).
 * `force` rebuilds anyway, for `npm test`, which must run the extension's JUnit tests.
 */
export async function ensureJar(recipe: JarRecipe, log: (line: string) => void, options: { withTests?: boolean; force?: boolean } = {}): Promise<string> {
  const stamp = `${recipe.jar}.sha256`;
  const wanted = fingerprint(listFiles(recipe.sources));
  if (!options.force && fs.existsSync(recipe.jar) && readStamp(stamp) === wanted) return recipe.jar;
  log(`Construction : ${recipe.name}…`);
  const started = Date.now();
  await recipe.build(options.withTests ?? false);
  if (!fs.existsSync(recipe.jar)) throw new Error(`${recipe.name} : la construction n'a pas produit ${recipe.jar}`);
  writeStamp(stamp, wanted);
  log(`${recipe.name} : jar construit en ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return recipe.jar;
}

export async function ensureJars(log: (line: string) => void, options: { withTests?: boolean } = {}): Promise<string[]> {
  // Sequential: both builds use Maven and the two cores; in parallel they only fight.
  const extension = await ensureJar(EXTENSION, log, { withTests: options.withTests, force: options.withTests });
  const theme = await ensureJar(THEME, log);
  return [extension, theme];
}
