import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fingerprint, listFiles } from "./fingerprint.js";
import { REPO_ROOT } from "./paths.js";

test("lists the sources git knows, not what builds generate", () => {
  const files = listFiles([path.join(REPO_ROOT, "keycloak-theme")]);
  expect(files).toContain(path.join(REPO_ROOT, "keycloak-theme", "package.json"));
  expect(files.some((file) => /\/(node_modules|dist|dist_keycloak|keycloakify-dev-resources)\//.test(file))).toBe(false);
});

test("the digest changes with a file's content and with the extra strings", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "efp-fp-"));
  const file = path.join(dir, "a.txt");
  fs.writeFileSync(file, "one");
  const first = fingerprint([file], ["--db=dev-file"]);
  expect(fingerprint([file], ["--db=dev-file"])).toBe(first);
  expect(fingerprint([file], ["--db=postgres"])).not.toBe(first);
  fs.writeFileSync(file, "two");
  expect(fingerprint([file], ["--db=dev-file"])).not.toBe(first);
  fs.rmSync(dir, { recursive: true });
});
