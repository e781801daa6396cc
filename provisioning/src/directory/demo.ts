// The demo sample (realm-config/directory/): a SIRENE-shaped extract with the seed's
// establishments, imported by `npm start` so the access request screen has companies to find.
import path from "node:path";
import type { EfpApi } from "../api/client.js";
import { importSirene, type ImportReport } from "./import.js";

export const DEMO_ESTABLISHMENTS_FILE = "StockEtablissement_utf8.csv";
export const DEMO_UNITS_FILE = "StockUniteLegale_utf8.csv";

/** Imports realm-config/directory/ (or `dir`): a few dozen rows, idempotent. */
export async function importDemoDirectory(api: EfpApi, dir: string): Promise<ImportReport> {
  return importSirene(api, { establishmentsFile: path.join(dir, DEMO_ESTABLISHMENTS_FILE), unitsFile: path.join(dir, DEMO_UNITS_FILE) });
}
