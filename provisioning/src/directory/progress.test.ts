import { formatProgress, type ImportProgress } from "./progress.js";
import { formatCount, formatEntry } from "./search.js";

const base: ImportProgress = {
  phase: "establishments",
  rows: 123456,
  sent: 120000,
  skipped: 0,
  bytesRead: 50,
  totalBytes: 200,
  elapsedMs: 10_000,
  rowsPerSecond: 12345.6,
  done: false,
};

describe("formatProgress", () => {
  it("shows the bar, the percent of bytes, rows and rows per second", () => {
    expect(formatProgress(base, 8)).toBe("Établissements  ██░░░░░░  25 %  123 456 lignes, 120 000 enregistrées  12 346 lignes/s");
  });
  it("shows skipped rows and the names phase", () => {
    expect(formatProgress({ ...base, phase: "units", skipped: 3, bytesRead: 200 }, 4)).toBe(
      "Unités légales  ████ 100 %  123 456 lignes, 3 ignorées  12 346 lignes/s",
    );
  });
  it("shows the accounts handled and the rows rejected of a migration", () => {
    expect(formatProgress({ ...base, phase: "accounts", sent: 40_000, skipped: 2, bytesRead: 100 }, 4)).toBe(
      "Ancien portail  ██░░  50 %  123 456 lignes, 40 000 comptes traités, 2 rejetées  12 346 lignes/s",
    );
  });
});

describe("search output", () => {
  const bosch = {
    siret: "57206768400017",
    siren: "572067684",
    name: "ROBERT BOSCH FRANCE",
    tradeName: null,
    address: "32 AVENUE MICHELET",
    postalCode: "93400",
    city: "SAINT-OUEN-SUR-SEINE",
    active: true,
  };
  it("prints an establishment like the seed's list", () => {
    expect(formatEntry(bosch)).toBe("ROBERT BOSCH FRANCE  SIRET : 57206768400017  32 AVENUE MICHELET 93400 SAINT-OUEN-SUR-SEINE");
    expect(formatEntry({ ...bosch, tradeName: "BOSCH", active: false })).toBe(
      "ROBERT BOSCH FRANCE (BOSCH)  SIRET : 57206768400017  32 AVENUE MICHELET 93400 SAINT-OUEN-SUR-SEINE  [fermé]",
    );
  });
  it("counts like the seed's screen", () => {
    expect(formatCount({ items: Array(64).fill(bosch), total: 64, totalCapped: false, source: "local" })).toBe("64 résultats affichés sur 64");
    expect(formatCount({ items: [bosch], total: 1, totalCapped: false, source: "local" })).toBe("1 résultat affiché sur 1");
    expect(formatCount({ items: Array(20).fill(bosch), total: 1000, totalCapped: true, source: "local" })).toBe("20 résultats affichés sur plus de 1 000");
  });
});
