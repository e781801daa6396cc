import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isSiretValid } from "@efp/provisioning";
import { queryMix } from "./directory.js";
import { random, writeSyntheticStock } from "./synthetic-sirene.js";

const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

describe("writeSyntheticStock", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "efp-synthetic-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes valid, distinct SIRETs whose SIREN is in the units file", async () => {
    const stock = await writeSyntheticStock(path.join(dir, "a"), 3000, 7);
    expect(stock.establishments).toBe(3000);
    const rows = fs
      .readFileSync(stock.establishmentsFile, "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(","));
    const sirets = rows.map((row) => row[2]);
    expect(sirets.every(isSiretValid)).toBe(true);
    expect(new Set(sirets).size).toBe(sirets.length);
    const sirens = new Set(
      fs
        .readFileSync(stock.unitsFile, "utf8")
        .trim()
        .split("\n")
        .slice(1)
        .map((line) => line.split(",")[0]),
    );
    expect(sirets.every((siret) => sirens.has(siret.slice(0, 9)))).toBe(true);
    expect(rows.some((row) => row[8] === "F")).toBe(true);
    expect(stock.sample.sirets.length).toBeGreaterThan(5);
  });

  it("samples every 251st row of a large stock, and still a few rows of a tiny one (the tests' run)", async () => {
    expect((await writeSyntheticStock(path.join(dir, "e"), 251 * 20, 7)).sample.sirets).toHaveLength(20);
    const tiny = await writeSyntheticStock(path.join(dir, "f"), 300, 7);
    expect(tiny.sample.sirets).toHaveLength(20);
    expect(queryMix(tiny.sample, 10, 1)).toHaveLength(10);
  });

  it("is deterministic for a seed", async () => {
    const first = await writeSyntheticStock(path.join(dir, "b"), 1000, 11);
    const second = await writeSyntheticStock(path.join(dir, "c"), 1000, 11);
    expect(sha(first.establishmentsFile)).toBe(sha(second.establishmentsFile));
    expect(sha(first.unitsFile)).toBe(sha(second.unitsFile));
    expect(random(3)()).toBe(random(3)());
  });

  it("draws a query mix the server accepts", async () => {
    const stock = await writeSyntheticStock(path.join(dir, "d"), 5000, 13);
    const queries = queryMix(stock.sample, 500, 1);
    expect(new Set(queries.map((query) => query.kind)).size).toBe(7);
    for (const { q } of queries) {
      const compact = q.replace(/\s/g, "");
      expect(compact.length).toBeGreaterThanOrEqual(2);
      if (/^\d+$/.test(compact)) expect(compact.length).toBeLessThanOrEqual(14);
      else
        expect(
          q
            .trim()
            .split(/\s+/)
            .some((word) => !["a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les"].includes(word)),
        ).toBe(true);
    }
  });
});
