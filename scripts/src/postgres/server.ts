import { execFile, execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CACHE_DIR, REPO_ROOT } from "../paths.js";
import { readTail, startService, type Service } from "../process.js";
import { findPostgres, type PostgresBinaries } from "./binaries.js";

/** What a client needs to reach Keycloak's database (tests read Keycloak's tables with it). */
export interface PostgresConnection {
  host: string;
  port: number;
  database: string;
  username: string;
  password: string;
  /** psql of the same installation. */
  psql: string;
}

export interface RunningPostgres extends PostgresConnection {
  jdbcUrl: string;
  major: number;
  dataDirectory: string;
  service: Service;
}

export interface PostgresOptions {
  /** Name of the cluster under .cache/postgres/ (one per stack instance). */
  instance: string;
  port: number;
  /**
   * Deletes the cluster first (tests: a new empty database every run, and no fsync, since the
   * data is thrown away). Without it the cluster and its data are kept between runs.
   */
  fresh: boolean;
  logFile: string;
  log: (line: string) => void;
  /** Receives the server as soon as it is spawned, so a caller can stop it even if it never gets ready. */
  onSpawn?: (service: Service) => void;
}

/** The account the server runs under: ours, or `postgres` when we are root (initdb and postgres refuse root). */
interface Account {
  name: string;
  uid: number;
  gid: number;
}

/** Written once the cluster is initialised and Keycloak's database exists; root-only readable. */
interface Credentials {
  major: number;
  superuserPassword: string;
  database: string;
  username: string;
  password: string;
}

const HOST = "127.0.0.1";
const SUPERUSER = "postgres";
const KEYCLOAK_DATABASE = "keycloak";
const KEYCLOAK_USER = "keycloak";

function serverAccount(): Account | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    return { name: "postgres", uid: id("-u"), gid: id("-g") };
  } catch {
    throw new Error(
      "En root, PostgreSQL doit tourner sous un autre compte, et le compte système postgres (créé par le paquet Debian postgresql) est introuvable : installez ce paquet, ou lancez les tests sans être root",
    );
  }
}

/** True when every folder from / down to `directory` lets the account through (x permission). */
export function isReachableBy(directory: string, account: { uid: number; gid: number }): boolean {
  let current = path.resolve(directory);
  for (;;) {
    const stat = fs.statSync(current);
    const bit = stat.uid === account.uid ? 0o100 : stat.gid === account.gid ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * .cache/postgres/<instance>, or, when the server's account cannot reach the checkout (a clone
 * under /root, say), a folder of the system's temporary directory named after the checkout.
 */
function clusterDirectory(instance: string, account: Account | undefined, log: (line: string) => void): string {
  const parent = path.join(CACHE_DIR, "postgres");
  fs.mkdirSync(parent, { recursive: true });
  if (!account || isReachableBy(parent, account)) return path.join(parent, instance);
  const checkout = crypto.createHash("sha256").update(REPO_ROOT).digest("hex").slice(0, 12);
  const fallback = path.join(os.tmpdir(), `efp-postgres-${checkout}`);
  fs.mkdirSync(fallback, { recursive: true, mode: 0o755 });
  fs.chmodSync(fallback, 0o755);
  log(`Le compte ${account.name} ne peut pas entrer dans ${parent} : grappe PostgreSQL dans ${fallback}`);
  return path.join(fallback, instance);
}

/** The environment without PG* variables: a PGHOST or PGDATABASE of the developer's must not redirect us. */
function cleanEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("PG")));
  return { ...env, ...extra };
}

/** Refuses to touch a data folder that a server left running by an earlier, killed run still uses. */
function assertNoRunningServer(dataDirectory: string) {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(dataDirectory, "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return;
  }
  let command = "";
  try {
    command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return;
  }
  if (command.includes("postgres")) {
    throw new Error(
      `Un serveur PostgreSQL (pid ${pid}) utilise encore ${dataDirectory}, sans doute laissé par une exécution interrompue : arrêtez-le (kill -INT ${pid}) puis relancez`,
    );
  }
}

function readCredentials(file: string, major: number): Credentials | undefined {
  try {
    const credentials = JSON.parse(fs.readFileSync(file, "utf8")) as Credentials;
    return credentials.major === major ? credentials : undefined;
  } catch {
    return undefined;
  }
}

const secret = () => crypto.randomBytes(24).toString("hex");

function chown(target: string, account: Account | undefined) {
  if (account) fs.chownSync(target, account.uid, account.gid);
}

async function initCluster(binaries: PostgresBinaries, directory: string, dataDirectory: string, account: Account | undefined, superuserPassword: string) {
  fs.rmSync(directory, { recursive: true, force: true });
  fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
  chown(directory, account);
  const passwordFile = path.join(directory, "superuser-password");
  fs.writeFileSync(passwordFile, superuserPassword + "\n", { mode: 0o600 });
  chown(passwordFile, account);
  try {
    // Password (SCRAM) on 127.0.0.1, and no Unix socket at all (the server starts with -k ''):
    // other accounts of the machine reach nothing without the generated password.
    await execute(
      path.join(binaries.bin, "initdb"),
      [
        "-D",
        dataDirectory,
        "-U",
        SUPERUSER,
        `--pwfile=${passwordFile}`,
        "--auth-host=scram-sha-256",
        "--auth-local=reject",
        "-E",
        "UTF8",
        "--no-locale",
        "--no-sync",
      ],
      {
        cwd: directory,
        env: cleanEnvironment(),
        ...(account && { uid: account.uid, gid: account.gid }),
      },
    );
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

function execute(
  command: string,
  args: string[],
  options: { cwd?: string; env: NodeJS.ProcessEnv; uid?: number; gid?: number; timeout?: number },
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { ...options, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(command)} ${args.join(" ")} a échoué : ${(stderr || stdout || error.message).trim()}`));
      else resolve(stdout);
    });
  });
}

/**
 * Runs one SQL statement with psql and returns the rows, each as its column values (text;
 * NULL becomes ""). Values must not contain the unit (0x1F) or record (0x1E) separators.
 */
export async function query(
  connection: PostgresConnection,
  sql: string,
  as: { username: string; password: string; database?: string } = connection,
): Promise<string[][]> {
  const output = await execute(
    connection.psql,
    [
      "-X",
      "-q",
      "-A",
      "-t",
      "-F",
      "\x1f",
      "-R",
      "\x1e",
      "-v",
      "ON_ERROR_STOP=1",
      "-h",
      connection.host,
      "-p",
      String(connection.port),
      "-U",
      as.username,
      "-d",
      as.database ?? connection.database,
      "-c",
      sql,
    ],
    { env: cleanEnvironment({ PGPASSWORD: as.password, PGCONNECT_TIMEOUT: "5" }), timeout: 60_000 },
  );
  const text = output.replace(/\n$/, "");
  return text === "" ? [] : text.split("\x1e").map((row) => row.split("\x1f"));
}

async function waitUntilReady(binaries: PostgresBinaries, port: number, service: Service, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (service.child.exitCode !== null || service.child.signalCode !== null) {
      throw new Error(
        `PostgreSQL s'est arrêté (code ${service.child.exitCode ?? service.child.signalCode}) avant d'être prêt :\n${readTail(service.logFile, 30)}`,
      );
    }
    // pg_isready answers 0 once connections are accepted, without needing a password.
    const ready = await execute(path.join(binaries.bin, "pg_isready"), ["-q", "-h", HOST, "-p", String(port), "-t", "2"], { env: cleanEnvironment() }).then(
      () => true,
      () => false,
    );
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`PostgreSQL ne répond pas sur ${HOST}:${port} après ${timeoutMs / 1000} s :\n${readTail(service.logFile, 30)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * A PostgreSQL server of the machine's installation on its own cluster, listening on
 * 127.0.0.1:<port> only, with a `keycloak` database owned by a `keycloak` role. Stopped by the
 * returned service (fast shutdown).
 */
export async function startPostgres(options: PostgresOptions): Promise<RunningPostgres> {
  const { log } = options;
  const binaries = findPostgres();
  const account = serverAccount();
  const directory = clusterDirectory(options.instance, account, log);
  const dataDirectory = path.join(directory, "data");
  const credentialsFile = path.join(directory, "credentials.json");
  assertNoRunningServer(dataDirectory);

  const initialised = fs.existsSync(path.join(dataDirectory, "PG_VERSION"));
  let credentials = options.fresh || !initialised ? undefined : readCredentials(credentialsFile, binaries.major);
  const created = !credentials;
  if (!credentials) {
    const shown = dataDirectory.startsWith(REPO_ROOT + path.sep) ? path.relative(REPO_ROOT, dataDirectory) : dataDirectory;
    log(`PostgreSQL ${binaries.major} : nouvelle grappe dans ${shown}${account ? ` (compte ${account.name})` : ""}…`);
    credentials = { major: binaries.major, superuserPassword: secret(), database: KEYCLOAK_DATABASE, username: KEYCLOAK_USER, password: secret() };
    await initCluster(binaries, directory, dataDirectory, account, credentials.superuserPassword);
  }

  const args = ["-D", dataDirectory, "-h", HOST, "-p", String(options.port), "-k", ""];
  // A throw-away cluster needs no durability: without fsync the first start of Keycloak
  // (hundreds of Liquibase changesets, each committed) is faster. SQL behaves the same.
  if (options.fresh) args.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  const service = startService("PostgreSQL", path.join(binaries.bin, "postgres"), args, {
    cwd: directory,
    env: cleanEnvironment(),
    logFile: options.logFile,
    stopSignal: "SIGINT",
    ...(account && { uid: account.uid, gid: account.gid }),
  });
  options.onSpawn?.(service);
  await waitUntilReady(binaries, options.port, service, 60_000);

  const connection: PostgresConnection = {
    host: HOST,
    port: options.port,
    database: credentials.database,
    username: credentials.username,
    password: credentials.password,
    psql: path.join(binaries.bin, "psql"),
  };
  if (created) {
    const superuser = { username: SUPERUSER, password: credentials.superuserPassword, database: "postgres" };
    await query(connection, `CREATE ROLE ${credentials.username} LOGIN PASSWORD '${credentials.password}'`, superuser);
    await query(connection, `CREATE DATABASE ${credentials.database} OWNER ${credentials.username} ENCODING 'UTF8'`, superuser);
    // Only now: a cluster whose set-up was interrupted has no credentials and is made again.
    fs.writeFileSync(credentialsFile, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  }
  return { ...connection, jdbcUrl: `jdbc:postgresql://${HOST}:${options.port}/${credentials.database}`, major: binaries.major, dataDirectory, service };
}
