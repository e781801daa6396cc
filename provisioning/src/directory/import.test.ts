import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { ApiError } from "@efp/contract";
import type { EfpApi } from "../api/client.js";
import { importDemoDirectory } from "./demo.js";
import { importSirene } from "./import.js";
import type { ImportProgress } from "./progress.js";
import type { EstablishmentRow } from "./sirene.js";
import { isSiretValid } from "../company/siret.js";

const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "realm-config", "directory");

/** Records the batches the import posts; answers like the server's upsert. */
function recordingApi(fail?: (batch: EstablishmentRow[]) => ApiError | undefined) {
  const batches: EstablishmentRow[][] = [];
  let statistics = 0;
  const api = {
    async request(method: string, route: string, body: EstablishmentRow[]) {
      expect(method).toBe("POST");
      if (route === "directory/statistics") {
        statistics++;
        return { words: 42 };
      }
      expect(route).toBe("directory/establishments");
      const error = fail?.(body);
      if (error) throw error;
      batches.push(body);
      return { received: body.length, created: body.length, updated: 0, unchanged: 0 };
    },
  } as unknown as EfpApi;
  return { api, batches, statistics: () => statistics };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "efp-sirene-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("importSirene on the demo sample", () => {
  it("joins names by SIREN, marks closed establishments and posts every valid row", async () => {
    const { api, batches, statistics } = recordingApi();
    const progress: ImportProgress[] = [];
    const report = await importSirene(api, {
      establishmentsFile: path.join(DEMO_DIR, "StockEtablissement_utf8.csv"),
      unitsFile: path.join(DEMO_DIR, "StockUniteLegale_utf8.csv"),
      batchSize: 10,
      onProgress: (p) => progress.push(p),
    });
    const rows = batches.flat();
    expect(batches.every((batch) => batch.length <= 10)).toBe(true);
    expect(report.establishments).toBe(rows.length);
    expect(report.created).toBe(rows.length);
    expect(report.skipped).toBe(0);
    expect(statistics()).toBe(1);
    expect(report.words).toBe(42);
    expect(rows.every((row) => isSiretValid(row.siret))).toBe(true);
    const bySiret = new Map(rows.map((row) => [row.siret, row]));
    expect(bySiret.get("57206768400108")).toEqual({
      siret: "57206768400108",
      name: "ROBERT BOSCH FRANCE",
      address: "268 RUE DE LA PRADE",
      postalCode: "12850",
      city: "ONET-LE-CHATEAU",
      active: true,
    });
    expect(bySiret.get("57206768400165")).toMatchObject({ address: "41 BOULEVARD MARCEL SEMBAT", postalCode: "69200", city: "VENISSIEUX" });
    expect(bySiret.get("34981259400050")).toEqual({ siret: "34981259400050", name: "PLUME", postalCode: "75010", city: "PARIS", active: true });
    expect(rows.filter((row) => row.siret.startsWith("356000000")).length).toBe(3);
    expect(rows.some((row) => !row.active)).toBe(true);
    expect(rows.some((row) => row.name === "MARIE DURAND" && row.tradeName === "ATELIER DURAND")).toBe(true);
    expect(rows.some((row) => row.name === "DUPONT, DURAND ET ASSOCIES")).toBe(true);
    const last = progress.filter((p) => p.phase === "establishments").at(-1)!;
    expect(last).toMatchObject({ done: true, rows: rows.length, sent: rows.length });
    expect(last.bytesRead).toBe(last.totalBytes);
    expect(progress.some((p) => p.phase === "units" && p.done)).toBe(true);
  });

  it("importDemoDirectory reads realm-config/directory", async () => {
    const { api, batches } = recordingApi();
    const report = await importDemoDirectory(api, DEMO_DIR);
    expect(report.establishments).toBeGreaterThanOrEqual(50);
    expect(batches.flat().map((row) => row.siret)).toEqual(expect.arrayContaining(["57206768400017", "57206768400108", "57206768400165", "34981259400050"]));
  });
});

describe("importSirene", () => {
  it("reads gzip files and skips invalid SIRETs", async () => {
    const units = path.join(dir, "units.csv.gz");
    const establishments = path.join(dir, "establishments.csv.gz");
    fs.writeFileSync(units, gzipSync("siren,denominationUniteLegale\n572067684,ROBERT BOSCH FRANCE\n"));
    fs.writeFileSync(establishments, gzipSync("siret,etatAdministratifEtablissement\n57206768400017,A\n57206768400018,A\n57206768400165,F\n"));
    const { api, batches } = recordingApi();
    const report = await importSirene(api, { establishmentsFile: establishments, unitsFile: units });
    expect(report).toMatchObject({ units: 1, establishments: 3, created: 2, skipped: 1 });
    expect(batches).toEqual([
      [
        { siret: "57206768400017", name: "ROBERT BOSCH FRANCE", active: true },
        { siret: "57206768400165", name: "ROBERT BOSCH FRANCE", active: false },
      ],
    ]);
  });

  it("stops on the server's refusal and passes its message on", async () => {
    const { api } = recordingApi(() => new ApiError(400, "invalid_row", "Ligne 1 (SIRET 57206768400017) : la raison sociale dépasse 255 caractères."));
    await expect(
      importSirene(api, {
        establishmentsFile: path.join(DEMO_DIR, "StockEtablissement_utf8.csv"),
        unitsFile: path.join(DEMO_DIR, "StockUniteLegale_utf8.csv"),
      }),
    ).rejects.toThrow("Ligne 1 (SIRET 57206768400017)");
  });

  it("names a missing file and a missing column", async () => {
    const { api } = recordingApi();
    await expect(
      importSirene(api, { establishmentsFile: path.join(dir, "absent.csv"), unitsFile: path.join(DEMO_DIR, "StockUniteLegale_utf8.csv") }),
    ).rejects.toThrow("Fichier introuvable");
    const bad = path.join(dir, "bad.csv");
    fs.writeFileSync(bad, "siren,nic\n572067684,00017\n");
    await expect(importSirene(api, { establishmentsFile: bad, unitsFile: path.join(DEMO_DIR, "StockUniteLegale_utf8.csv") })).rejects.toThrow(
      /bad\.csv : colonne\(s\) absente\(s\).*siret/,
    );
  });
});
