import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./paths.js";

const IGNORED = new Set(["node_modules", "target", "dist", "dist_keycloak", "public", ".cache", ".git"]);

/**
 * Lists the source files under the given paths, sorted. Git decides what is a source (tracked
 * or not ignored), because builds write generated files into source folders (keycloakify's
 * dev resources, react-dsfr's assets) that must not count as changes. Outside a git checkout,
 * a walk that skips the usual build outputs.
 */
export function listFiles(roots: string[]): string[] {
  const existing = roots.filter((root) => fs.existsSync(root));
  if (existing.length === 0) return [];
  const git = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--full-name", "--", ...existing], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  if (git.status === 0) {
    const top = spawnSync("git", ["rev-parse", "--show-toplevel"], { cwd: REPO_ROOT, encoding: "utf8" }).stdout.trim();
    return git.stdout
      .split("\0")
      .filter(Boolean)
      .map((file) => path.join(top, file))
      .filter((file) => fs.existsSync(file))
      .sort();
  }
  return walk(existing);
}

function walk(roots: string[]): string[] {
  const files: string[] = [];
  const visit = (entry: string) => {
    const stat = fs.statSync(entry);
    if (stat.isFile()) {
      files.push(entry);
      return;
    }
    for (const child of fs.readdirSync(entry)) {
      if (!IGNORED.has(child)) visit(path.join(entry, child));
    }
  };
  roots.forEach(visit);
  return files.sort();
}

/** A digest of file names and contents plus extra strings (options, versions). */
export function fingerprint(files: string[], extra: string[] = []): string {
  const hash = crypto.createHash("sha256");
  for (const file of files) {
    hash.update(file).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  for (const value of extra) hash.update(value).update("\0");
  return hash.digest("hex");
}

/** Reads the fingerprint stored beside an output; undefined when there is none. */
export function readStamp(stampFile: string): string | undefined {
  try {
    return fs.readFileSync(stampFile, "utf8").trim();
  } catch {
    return undefined;
  }
}

export function writeStamp(stampFile: string, value: string) {
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, value + "\n");
}
