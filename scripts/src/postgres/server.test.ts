import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isReachableBy } from "./server.js";

// The cluster of a root run lives where the postgres account can enter: every folder on the
// way needs the x bit for that account (owner, group or others, whichever applies).
describe("isReachableBy", () => {
  let base: string;
  beforeEach(() => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), "efp-reach-"));
    fs.chmodSync(base, 0o755);
  });
  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));
  const stranger = { uid: 54321, gid: 54321 };

  it("lets another account through folders open to others", () => {
    fs.mkdirSync(path.join(base, "a", "b"), { recursive: true, mode: 0o755 });
    expect(isReachableBy(path.join(base, "a", "b"), stranger)).toBe(true);
  });

  it("stops at a private folder on the way", () => {
    fs.mkdirSync(path.join(base, "private", "cache"), { recursive: true });
    fs.chmodSync(path.join(base, "private"), 0o700);
    expect(isReachableBy(path.join(base, "private", "cache"), stranger)).toBe(false);
  });

  it("uses the owner's bits for the owner", () => {
    const me = { uid: process.getuid!(), gid: process.getgid!() };
    fs.mkdirSync(path.join(base, "mine"));
    fs.chmodSync(path.join(base, "mine"), 0o700);
    expect(isReachableBy(path.join(base, "mine"), me)).toBe(true);
  });
});
