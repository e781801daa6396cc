import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isSiretValid } from "@efp/provisioning";
import { SEARCH_KINDS, searchMix, writeSearchFile } from "./admin-search.js";

describe("admin-search bench data", () => {
  test("the migration file: two habilitations per person on two companies, half of the people on SOFFI", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "efp-search-"));
    try {
      const file = path.join(dir, "people.csv");
      const { rows, sirets, companyNames } = writeSearchFile(file, 100, "rech-x", 7);
      const lines = fs.readFileSync(file, "utf8").trim().split("\n").slice(1);
      expect(rows).toBe(200);
      expect(lines).toHaveLength(200);
      expect(sirets).toHaveLength(7);
      expect(sirets.every(isSiretValid)).toBe(true);
      expect(new Set(companyNames).size).toBe(7);
      const pairs = new Set(lines.map((line) => line.split(",")).map((cells) => `${cells[0]} ${cells[6]} ${cells[4]}`));
      expect(pairs.size).toBe(200);
      const onSoffi = new Set(lines.filter((line) => line.includes(",soffi,")).map((line) => line.split(",")[0]));
      expect(onSoffi.size).toBe(50);
      // A single company would give a person the same pair twice: there are always two.
      expect(writeSearchFile(file, 4, "rech-y", 1).sirets).toHaveLength(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the mix: every kind in turn, the same text on both sides, Keycloak's infix search", () => {
    const sirets = ["90000000000001", "90000000000002"];
    const mix = searchMix(SEARCH_KINDS.length * 3, 17, { users: 1000, sirets });
    expect(mix.map((query) => query.kind)).toEqual([...SEARCH_KINDS, ...SEARCH_KINDS, ...SEARCH_KINDS]);
    for (const query of mix) {
      expect(query.ours.max).toBe("20");
      expect(query.stock.first).toBe(query.ours.first);
      if (query.ours.q) expect(query.stock.search).toBe(`*${query.ours.q}*`);
      else expect(query.stock.search).toBeUndefined();
    }
    expect(mix.filter((query) => query.kind === "SIRET").every((query) => sirets.includes(query.ours.q))).toBe(true);
    expect(mix.filter((query) => query.kind === "application + nom").every((query) => query.ours.application === "soffi")).toBe(true);
    expect(mix.find((query) => query.kind === "migrés")?.stock.q).toBe("efp.migrated:true");
    expect(searchMix(20, 17, { users: 1000, sirets })).toEqual(searchMix(20, 17, { users: 1000, sirets }));
  });
});
