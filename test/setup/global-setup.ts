// Jest loads this file outside its module system, where our TypeScript ES modules do not
// resolve: it only spawns stack-process.ts (under tsx) and waits for it to say it is ready.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

declare global {
  var __EFP_TEST_STACK__: ChildProcess | undefined;
}

const READY_LINE = "EFP_TEST_STACK_READY";

export default async function globalSetup(_: unknown, project: { rootDir: string }) {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(project.rootDir, "test", "setup", "stack-process.ts")], {
    cwd: project.rootDir,
    stdio: ["ignore", "pipe", "inherit"],
  });
  globalThis.__EFP_TEST_STACK__ = child;
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
    child.once("exit", (code) => reject(new Error(`la pile de test n'a pas démarré (code ${code})`)));
  });
}
