import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const POSTGRES_DEBIAN_PACKAGE = "postgresql";
/** Where Debian's postgresql-<major> packages put their programs. */
export const DEBIAN_POSTGRES_ROOT = "/usr/lib/postgresql";
/** What the harness runs; psql and pg_isready come with postgresql-client, a dependency of postgresql. */
const PROGRAMS = ["initdb", "postgres", "pg_isready", "psql"] as const;

export interface PostgresBinaries {
  bin: string;
  major: number;
}

/** The newest major among Debian's version folders ("15", "17"); other names are ignored. */
export function choosePostgresMajor(folders: string[]): number | undefined {
  const majors = folders.filter((name) => /^\d+$/.test(name)).map(Number);
  return majors.length > 0 ? Math.max(...majors) : undefined;
}

/** Reads the major version from `postgres --version` ("postgres (PostgreSQL) 15.18 (Debian …)"). */
export function parsePostgresVersion(text: string): number | undefined {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(text);
  return match ? Number(match[1]) : undefined;
}

function postgresVersion(bin: string): string {
  try {
    return execFileSync(path.join(bin, "postgres"), ["--version"], { encoding: "utf8" });
  } catch {
    return "";
  }
}

export function missingPrograms(bin: string): string[] {
  return PROGRAMS.filter((program) => !fs.existsSync(path.join(bin, program)));
}

/**
 * The PostgreSQL the tests run Keycloak on: PG_BIN when set (a folder holding initdb, postgres,
 * pg_isready and psql), else the newest /usr/lib/postgresql/<major>/bin.
 */
export function findPostgres(env: NodeJS.ProcessEnv = process.env, root = DEBIAN_POSTGRES_ROOT, readVersion = postgresVersion): PostgresBinaries {
  const install = `installez le paquet Debian ${POSTGRES_DEBIAN_PACKAGE} (sudo apt-get install ${POSTGRES_DEBIAN_PACKAGE}) ou indiquez le dossier de ses programmes avec PG_BIN=…`;
  if (env.PG_BIN) {
    const missing = missingPrograms(env.PG_BIN);
    if (missing.length > 0) throw new Error(`PG_BIN=${env.PG_BIN} ne contient pas ${missing.join(", ")} : ${install}`);
    const major = parsePostgresVersion(readVersion(env.PG_BIN));
    if (major === undefined) throw new Error(`PG_BIN=${env.PG_BIN} : version de PostgreSQL illisible (postgres --version)`);
    return { bin: env.PG_BIN, major };
  }
  const folders = fs.existsSync(root) ? fs.readdirSync(root).filter((name) => missingPrograms(path.join(root, name, "bin")).length === 0) : [];
  const major = choosePostgresMajor(folders);
  if (major === undefined) {
    throw new Error(`PostgreSQL est introuvable (aucun ${root}/<version>/bin avec ${PROGRAMS.join(", ")}) : ${install}`);
  }
  return { bin: path.join(root, String(major), "bin"), major };
}
