import fs from "node:fs";
import path from "node:path";
import { KEYCLOAK_VERSION } from "../config.js";
import { CACHE_DIR } from "../paths.js";
import { run } from "../process.js";

const ARTIFACT = `org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip`;
const DOWNLOAD_DIR = path.join(CACHE_DIR, "downloads");
export const DISTRIBUTION_ZIP = path.join(DOWNLOAD_DIR, `keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip`);

/**
 * Gets the official distribution from Maven Central. Maven checks the artifact's checksum
 * (--strict-checksums fails the download on a mismatch) and keeps it in ~/.m2, so a second
 * clone on the same machine does not download it again.
 */
export async function ensureDistribution(log: (line: string) => void): Promise<string> {
  if (fs.existsSync(DISTRIBUTION_ZIP)) return DISTRIBUTION_ZIP;
  log(`Téléchargement de Keycloak ${KEYCLOAK_VERSION} depuis Maven Central…`);
  const partial = `${DOWNLOAD_DIR}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  await run("mvn", ["-B", "-q", "--strict-checksums", "dependency:copy", `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${partial}`], {
    quiet: true,
    cwd: CACHE_DIR,
  });
  fs.mkdirSync(DOWNLOAD_DIR, { recursive: true });
  // Renamed only once complete, so an interrupted download is never taken for a good one.
  fs.renameSync(path.join(partial, path.basename(DISTRIBUTION_ZIP)), DISTRIBUTION_ZIP);
  fs.rmSync(partial, { recursive: true, force: true });
  return DISTRIBUTION_ZIP;
}

/**
 * Unpacks the distribution into .cache/keycloak/<instance>/ once. Each instance (the dev
 * stack, the test harness) has its own copy because `kc.sh build` and the data folder live
 * inside the distribution.
 */
export async function ensureInstance(instance: string, log: (line: string) => void): Promise<string> {
  const zip = await ensureDistribution(log);
  const parent = path.join(CACHE_DIR, "keycloak", instance);
  const home = path.join(parent, `keycloak-${KEYCLOAK_VERSION}`);
  if (fs.existsSync(path.join(home, "bin", "kc.sh"))) return home;
  log(`Décompression de Keycloak dans ${path.relative(process.cwd(), home) || home}…`);
  const partial = `${parent}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  await run("unzip", ["-q", zip, "-d", partial], { quiet: true });
  fs.rmSync(parent, { recursive: true, force: true });
  fs.renameSync(partial, parent);
  return home;
}
