import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const IGNORED = new Set(["node_modules", "target", "dist", "dist_keycloak", ".cache", ".git"]);

/** Lists the files under the given paths, sorted, skipping build outputs. */
export function listFiles(roots: string[]): string[] {
  const files: string[] = [];
  const walk = (entry: string) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isFile()) {
      files.push(entry);
      return;
    }
    for (const child of fs.readdirSync(entry)) {
      if (!IGNORED.has(child)) walk(path.join(entry, child));
    }
  };
  roots.forEach(walk);
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
