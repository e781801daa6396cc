// Jest loads this file outside its module system, where our TypeScript ES modules do not
// resolve: it only spawns stack-process.ts (under tsx) and waits for it to say it is ready.
//
// Jest runs a global setup file once per invocation however many projects name it, so each
// stack has its own small file: this one (H2) and global-setup-postgres.ts.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

declare global {
  /** The stacks this jest process started, by database, for the global teardown. */
  var __EFP_TEST_STACKS__: Map<string, ChildProcess> | undefined;
}

const READY_LINE = "EFP_TEST_STACK_READY";

export async function startTestStack(rootDir: string, database: "dev-file" | "postgres") {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(rootDir, "test", "setup", "stack-process.ts"), `--database=${database}`], {
    cwd: rootDir,
    stdio: ["ignore", "pipe", "inherit"],
  });
  globalThis.__EFP_TEST_STACKS__ ??= new Map();
  globalThis.__EFP_TEST_STACKS__.set(database, child);
  process.stdout.write("\n");
  await new Promise<void>((resolve, reject) => {
    let buffer = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === READY_LINE) resolve();
        else process.stdout.write(`${line}\n`);
      }
    });
    child.once("exit", (code) => reject(new Error(`la pile de test (${database}) n'a pas démarré (code ${code})`)));
  });
}

export default async function globalSetup(_: unknown, project: { rootDir: string }) {
  await startTestStack(project.rootDir, "dev-file");
}
