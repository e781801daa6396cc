#!/usr/bin/env node
// Entry point of `npm start`, `npm test`, `npm run build` and `npm run bench`. Plain Node with
// no dependency, because on a fresh clone nothing is installed yet: it installs the npm
// dependencies when package-lock.json changed, then hands over to the TypeScript scripts.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function runOrExit(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function ensureDependencies() {
  const lock = path.join(root, "package-lock.json");
  const stamp = path.join(root, "node_modules", ".efp-lock.sha256");
  const wanted = crypto.createHash("sha256").update(fs.readFileSync(lock)).digest("hex");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8").trim() === wanted) return;
  console.log("• Installation des dépendances npm (npm ci)…");
  // Errors only: transitive packages print engine and install-script notices a newcomer cannot act on.
  runOrExit(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
  fs.writeFileSync(stamp, wanted + "\n");
}

const tsx = (script, args = [], env) => runOrExit(process.execPath, ["--import", "tsx", path.join("scripts", "src", script), ...args], env);
// The benches live in their own workspace (bench/).
const bench = (args) => runOrExit(process.execPath, ["--import", "tsx", path.join("bench", "src", "main.ts"), ...args]);

// Ctrl-C reaches the whole foreground group: let the child (start.ts) stop its services and
// exit first, instead of dying and giving the prompt back while they are still running.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => {});

const command = process.argv[2];
ensureDependencies();
switch (command) {
  case "start":
    tsx("start.ts");
    break;
  case "build":
    tsx("build.ts");
    break;
  case "test":
    // The format and lint checks (seconds), the JUnit tests of the extension, then the jest
    // suites (which start their own stack): on Keycloak with H2, then on Keycloak with
    // PostgreSQL (scripts/src/test.ts).
    tsx("lint.ts");
    tsx("build.ts", ["--with-tests"]);
    tsx("test.ts", process.argv.slice(3));
    break;
  case "format":
    tsx("lint.ts", ["--fix"]);
    break;
  case "bench":
    bench(process.argv.slice(3));
    break;
  default:
    console.error("Usage : node scripts/bootstrap.mjs start|build|test|bench|format");
    process.exit(2);
}
