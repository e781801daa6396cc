import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startService, stopAllServices } from "./process.js";

test("every service still running is stopped by stopAllServices, the last started first, even one nobody kept", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "efp-process-"));
  const stopped: string[] = [];
  const first = startService("premier", "sleep", ["30"], { logFile: path.join(dir, "premier.log") });
  const second = startService("second", "sleep", ["30"], { logFile: path.join(dir, "second.log") });
  const done = startService("fini", "true", [], { logFile: path.join(dir, "fini.log") });
  for (const service of [first, second]) service.child.once("exit", () => stopped.push(service.name));
  await new Promise((resolve) => done.child.once("exit", resolve));
  await stopAllServices();
  expect(stopped).toEqual(["second", "premier"]);
  expect(first.child.signalCode).toBe("SIGTERM");
  // Nothing left to stop: a second call does nothing.
  await stopAllServices();
  fs.rmSync(dir, { recursive: true, force: true });
});
