import fs from "node:fs";
import path from "node:path";

// Java versions Keycloak 26.7 supports, newest first: the issue asks for the newest one present.
export const SUPPORTED_JAVA_MAJORS = [25, 21, 17] as const;

export interface Jdk {
  home: string;
  major: number;
}

/** Reads the major version from a JDK's `release` file ("25.0.3", "17.0.15", "1.8.0_392"). */
export function parseReleaseFile(text: string): number | undefined {
  const match = /^JAVA_VERSION="([^"]+)"/m.exec(text);
  if (!match) return undefined;
  const parts = match[1].split(".");
  const major = Number(parts[0] === "1" ? parts[1] : parts[0]);
  return Number.isInteger(major) ? major : undefined;
}

/** Picks the newest supported JDK; ties go to the first found (a stable order). */
export function chooseJdk(candidates: Jdk[]): Jdk | undefined {
  for (const major of SUPPORTED_JAVA_MAJORS) {
    const found = candidates.find((jdk) => jdk.major === major);
    if (found) return found;
  }
  return undefined;
}

export function probeJdk(home: string): Jdk | undefined {
  try {
    const major = parseReleaseFile(fs.readFileSync(path.join(home, "release"), "utf8"));
    if (major === undefined || !fs.existsSync(path.join(home, "bin", "java"))) return undefined;
    return { home: fs.realpathSync(home), major };
  } catch {
    return undefined;
  }
}

/**
 * The JDK that runs Keycloak: KEYCLOAK_JAVA_HOME when set (ops override), else the newest
 * supported one among /usr/lib/jvm/* and JAVA_HOME.
 */
export function findKeycloakJdk(env: NodeJS.ProcessEnv = process.env, jvmDir = "/usr/lib/jvm"): Jdk {
  if (env.KEYCLOAK_JAVA_HOME) {
    const forced = probeJdk(env.KEYCLOAK_JAVA_HOME);
    if (!forced) throw new Error(`KEYCLOAK_JAVA_HOME=${env.KEYCLOAK_JAVA_HOME} n'est pas un JDK lisible`);
    return forced;
  }
  const homes = fs.existsSync(jvmDir)
    ? fs
        .readdirSync(jvmDir)
        .sort()
        .map((name) => path.join(jvmDir, name))
    : [];
  if (env.JAVA_HOME) homes.push(env.JAVA_HOME);
  const candidates = homes.map(probeJdk).filter((jdk): jdk is Jdk => jdk !== undefined);
  const chosen = chooseJdk(candidates);
  if (!chosen) {
    throw new Error(`Aucun JDK pris en charge par Keycloak (${SUPPORTED_JAVA_MAJORS.join(", ")}) trouvé dans ${jvmDir} ni JAVA_HOME`);
  }
  return chosen;
}
