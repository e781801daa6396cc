import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

/** Runs a command to completion; rejects with the tail of its output when it fails. */
export function run(command: string, args: string[], options: SpawnOptions & { quiet?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!options.quiet) process.stdout.write(chunk);
    };
    child.stdout!.on("data", collect);
    child.stderr!.on("data", collect);
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(" ")} a échoué (code ${code}) :\n${tail(output, 40)}`));
    });
  });
}

export function tail(text: string, lines: number): string {
  return text.split("\n").slice(-lines).join("\n");
}

export interface Service {
  name: string;
  child: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
}

/**
 * Starts a long-running process in its own process group, output to a log file, so that
 * stopping it also stops what it spawned (kc.sh execs java, but npm-style wrappers may not).
 */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    logFile: string;
    /** Runs the process under another account (PostgreSQL refuses to run as root). */
    uid?: number;
    gid?: number;
    /** What asks the process to stop; PostgreSQL's fast shutdown is SIGINT (its SIGTERM waits for clients). */
    stopSignal?: NodeJS.Signals;
  },
): Service {
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.openSync(options.logFile, "w");
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ["ignore", log, log],
    ...(options.uid !== undefined && { uid: options.uid }),
    ...(options.gid !== undefined && { gid: options.gid }),
  });
  fs.closeSync(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const service: Service = {
    name,
    child,
    logFile: options.logFile,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child, options.stopSignal ?? "SIGTERM");
      const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 20_000).unref());
      if ((await Promise.race([exited, timeout])) === "timeout") {
        signalGroup(child, "SIGKILL");
        await exited;
      }
    },
  };
  running.push(service);
  void exited.then(() => running.splice(running.indexOf(service), 1));
  return service;
}

/** The services this process started and that still run, in the order they started. */
const running: Service[] = [];

/**
 * Stops every service this process started that still runs, the last started first (Keycloak
 * before its database). Each runs in its own process group, so a signal to this process alone
 * never reaches them: a program stopped while its stack is still starting calls this, or leaves
 * a Keycloak behind.
 */
export async function stopAllServices(): Promise<void> {
  for (const service of [...running].reverse()) await service.stop();
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
}

/** Asks the OS for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** True when something already listens on the port (a previous stack, another program). */
export function isPortInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Polls a URL until it answers 2xx. Fails fast, with the service's log, if the service dies.
 */
export async function waitForHttp(url: string, options: { timeoutMs: number; service?: Service }): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const service = options.service;
    if (service && service.child.exitCode !== null) {
      throw new Error(`${service.name} s'est arrêté (code ${service.child.exitCode}) avant d'être prêt :\n${readTail(service.logFile, 40)}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      const logs = service ? `\n${readTail(service.logFile, 40)}` : "";
      throw new Error(`${url} ne répond pas après ${options.timeoutMs / 1000} s${logs}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export function readTail(file: string, lines: number): string {
  try {
    return tail(fs.readFileSync(file, "utf8"), lines);
  } catch {
    return "(pas de journal)";
  }
}
