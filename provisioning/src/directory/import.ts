// `efp directory import`: streams the INSEE SIRENE stock files into the local directory, through
// the extension's admin API, in batches. Memory holds the SIREN → name table and the batches in
// flight, never a whole file.
import fs from "node:fs";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import type { DirectoryBatchOutcome } from "@efp/contract";
import type { EfpApi } from "../api/client.js";
import { csvRecords } from "./csv.js";
import { NamesBySiren } from "./names-by-siren.js";
import type { ImportProgress } from "./progress.js";
import { establishmentColumns, establishmentRow, unitColumns, unitName, type EstablishmentRow } from "./sirene.js";

export interface ImportOptions {
  /** StockEtablissement_utf8.csv (or .csv.gz). */
  establishmentsFile: string;
  /** StockUniteLegale_utf8.csv (or .csv.gz). */
  unitsFile: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Rows per request (the server takes at most 1000). */
  batchSize?: number;
  /** Requests in flight at once. */
  concurrency?: number;
}

export interface ImportReport {
  units: number;
  establishments: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Distinct words of the directory once recounted for the search (after the last batch). */
  words: number;
  seconds: number;
  rowsPerSecond: number;
}

export const MAX_BATCH = 1000;

/** The text of a CSV file, decompressed when it ends in .gz, counting the bytes read from disk. */
function openText(file: string, onBytes: (bytes: number) => void): AsyncIterable<string> {
  const raw = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  raw.on("data", (chunk) => onBytes(chunk.length));
  let bytes: Readable = raw;
  if (file.endsWith(".gz")) {
    const gunzip = createGunzip();
    raw.on("error", (error) => gunzip.destroy(error)); // pipe() alone would leave the reader waiting
    bytes = raw.pipe(gunzip);
  }
  bytes.setEncoding("utf8"); // decodes characters split across chunks correctly
  return bytes as AsyncIterable<string>;
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    throw new Error(`Fichier introuvable : ${file}`);
  }
}

/** Reads the units file into a SIREN → name table. */
async function readNames(file: string, report: (progress: Omit<ImportProgress, "sent">) => void): Promise<NamesBySiren> {
  const names = new NamesBySiren();
  const totalBytes = fileSize(file);
  const started = Date.now();
  let bytesRead = 0;
  let rows = 0;
  let columns: ReturnType<typeof unitColumns> | undefined;
  const progress = (done: boolean) => {
    const elapsedMs = Date.now() - started;
    report({ phase: "units", rows, skipped: 0, bytesRead, totalBytes, elapsedMs, rowsPerSecond: rows / Math.max(0.001, elapsedMs / 1000), done });
  };
  for await (const records of csvRecords(openText(file, (bytes) => (bytesRead += bytes)))) {
    for (const record of records) {
      if (!columns) {
        columns = unitColumns(record, file);
        continue;
      }
      rows++;
      const siren = record[columns.siren]?.trim();
      const name = unitName(record, columns);
      if (siren && name) names.set(siren, name);
    }
    progress(false);
  }
  if (!columns) throw new Error(`${file} : fichier vide (en-tête absent)`);
  progress(true);
  return names;
}

/**
 * Imports the SIRENE stock into the local directory: names from `unitsFile`, establishments
 * from `establishmentsFile` (closed ones kept, marked closed), then the word statistics the
 * search plans with are recounted. Idempotent: a second run reports every row unchanged. Stops
 * at the first batch the server refuses (its message names the row).
 */
export async function importSirene(api: EfpApi, options: ImportOptions): Promise<ImportReport> {
  const batchSize = Math.min(MAX_BATCH, Math.max(1, options.batchSize ?? MAX_BATCH));
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const onProgress = options.onProgress ?? (() => {});
  const started = Date.now();
  const names = await readNames(options.unitsFile, (progress) => onProgress({ ...progress, sent: 0 }));

  const totalBytes = fileSize(options.establishmentsFile);
  const phaseStarted = Date.now();
  const totals = { establishments: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, sent: 0 };
  let bytesRead = 0;
  const progress = (done: boolean) => {
    const elapsedMs = Date.now() - phaseStarted;
    onProgress({
      phase: "establishments",
      rows: totals.establishments,
      sent: totals.sent,
      skipped: totals.skipped,
      bytesRead,
      totalBytes,
      elapsedMs,
      rowsPerSecond: totals.establishments / Math.max(0.001, elapsedMs / 1000),
      done,
    });
  };

  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  const send = async (batch: EstablishmentRow[]) => {
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (failure) throw failure;
    const request = api
      .request<DirectoryBatchOutcome>("POST", "directory/establishments", batch)
      .then((outcome) => {
        totals.created += outcome.created;
        totals.updated += outcome.updated;
        totals.unchanged += outcome.unchanged;
        totals.sent += outcome.received;
      })
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => inFlight.delete(request));
    inFlight.add(request);
  };

  let columns: ReturnType<typeof establishmentColumns> | undefined;
  let batch: EstablishmentRow[] = [];
  const nameOf = (siren: string) => names.get(siren);
  for await (const records of csvRecords(openText(options.establishmentsFile, (bytes) => (bytesRead += bytes)))) {
    for (const record of records) {
      if (!columns) {
        columns = establishmentColumns(record, options.establishmentsFile);
        continue;
      }
      totals.establishments++;
      const row = establishmentRow(record, columns, nameOf);
      if (typeof row === "string") {
        totals.skipped++;
        continue;
      }
      batch.push(row);
      if (batch.length >= batchSize) {
        await send(batch);
        batch = [];
      }
    }
    progress(false);
  }
  if (!columns) throw new Error(`${options.establishmentsFile} : fichier vide (en-tête absent)`);
  if (batch.length > 0) await send(batch);
  await Promise.all(inFlight);
  if (failure) throw failure;
  // The search walks its rarest word: let it know the new counts.
  const { words } = await api.request<{ words: number }>("POST", "directory/statistics");
  progress(true);
  const seconds = (Date.now() - started) / 1000;
  return {
    units: names.size,
    establishments: totals.establishments,
    created: totals.created,
    updated: totals.updated,
    unchanged: totals.unchanged,
    skipped: totals.skipped,
    words,
    seconds,
    rowsPerSecond: totals.establishments / Math.max(0.001, (Date.now() - phaseStarted) / 1000),
  };
}
