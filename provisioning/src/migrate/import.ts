// `efp migrate import`: streams the old portal's export to efp-admin's migration/batch, a few
// hundred accounts per request, each request one transaction on the server. Idempotent: a second
// run finds every account unchanged, so a run that was interrupted is resumed by running it again.
import fs from "node:fs";
import { ApiError, migrationEndpoints, type MigrationBatchAccount, type MigrationBatchResult } from "@efp/contract";
import type { EfpApi } from "../api/client.js";
import type { ImportProgress } from "../directory/progress.js";
import { AccountGrouper } from "./accounts.js";
import { formatOf, MigrationFileError, readRows, type MigrationFormat } from "./read.js";

export interface MigrationOptions {
  file: string;
  /** From the file's name when not given (.csv, .jsonl). */
  format?: MigrationFormat;
  /** Plan only: the server checks everything against the database and writes nothing. */
  dryRun?: boolean;
  /** Overwrite accounts changed in EFP Connect since the previous import, take over accounts it never wrote. */
  force?: boolean;
  /**
   * Accounts per request (the server takes at most 500). Small on purpose: Hibernate checks every
   * entity of the request's transaction at each of the many flushes of an account's writes, so an
   * account costs more the more accounts its batch holds (measured: 25 → 31 accounts/s, 200 → 6).
   */
  batchSize?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Stop after this many batches, as an interruption would (the next run resumes). */
  stopAfterBatches?: number;
  onProgress?: (progress: ImportProgress) => void;
}

export interface MigrationReport extends MigrationBatchResult {
  /** Stopped before the end of the file (--stop-after-batches): run it again to finish. */
  interrupted: boolean;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

export const MAX_BATCH = 500;
export const DEFAULT_BATCH = 25;
/** Rows per request at most, whatever the number of accounts. */
const MAX_ROWS = 2_000;

/** Imports the file; a batch the server refuses whole (not a row: the request) stops the run with its error. */
export async function importMigration(api: EfpApi, options: MigrationOptions): Promise<MigrationReport> {
  const format = options.format ?? formatOf(options.file);
  if (!format) throw new MigrationFileError(`${options.file} : format inconnu, indiquez --format csv ou --format jsonl.`);
  const batchSize = Math.min(MAX_BATCH, Math.max(1, options.batchSize ?? DEFAULT_BATCH));
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const onProgress = options.onProgress ?? (() => {});
  const endpoints = migrationEndpoints(api.request);
  const started = Date.now();
  const totalBytes = fs.existsSync(options.file) ? fs.statSync(options.file).size : 0;
  const report: MigrationReport = {
    dryRun: Boolean(options.dryRun),
    interrupted: false,
    rows: 0,
    accounts: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    rejected: 0,
    companies: [],
    results: [],
    rejections: [],
    seconds: 0,
    rowsPerSecond: 0,
  };
  const companies = new Set<string>();
  let bytesRead = 0;
  let accountsDone = 0;
  const progress = (done: boolean) => {
    const elapsedMs = Date.now() - started;
    onProgress({
      phase: "accounts",
      rows: report.rows,
      sent: accountsDone,
      skipped: report.rejections.length,
      bytesRead,
      totalBytes,
      elapsedMs,
      rowsPerSecond: report.rows / Math.max(0.001, elapsedMs / 1000),
      done,
    });
  };

  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  const stopAfter = options.stopAfterBatches;
  const send = async (accounts: MigrationBatchAccount[]) => {
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (failure) throw failure;
    const body = { dryRun: report.dryRun, force: Boolean(options.force), accounts };
    const request = endpoints
      .batch(body)
      // Two batches creating the same company at once: one loses at commit. Its accounts are
      // all or nothing, so sending it again is safe.
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status < 500 && error.status !== 409) throw error;
        return endpoints.batch(body);
      })
      .then((outcome) => {
        report.created += outcome.created;
        report.updated += outcome.updated;
        report.unchanged += outcome.unchanged;
        report.skipped += outcome.skipped;
        report.rejected += outcome.rejected;
        report.rejections.push(...outcome.rejections);
        for (const result of outcome.results) if (result.outcome !== "unchanged") report.results.push(result);
        outcome.companies.forEach((siret) => companies.add(siret));
        accountsDone += outcome.accounts;
        progress(false);
      })
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => inFlight.delete(request));
    inFlight.add(request);
  };

  const grouper = new AccountGrouper();
  let batch: MigrationBatchAccount[] = [];
  let batchRows = 0;
  let sentBatches = 0;
  const take = async (grouped: ReturnType<AccountGrouper["push"]>) => {
    for (const group of grouped) {
      report.accounts++;
      if ("rejections" in group) {
        report.rejected++;
        report.rejections.push(...group.rejections);
        const [first] = group.rejections;
        report.results.push({ line: first.line, email: "", outcome: "rejected", code: first.code, message: first.message, changes: [] });
        accountsDone++;
        continue;
      }
      if (batch.length > 0 && (batch.length >= batchSize || batchRows + group.rows > MAX_ROWS)) {
        await send(batch);
        sentBatches++;
        batch = [];
        batchRows = 0;
      }
      batch.push(group.account);
      batchRows += group.rows;
    }
  };
  for await (const row of readRows(options.file, format, (bytes) => (bytesRead += bytes))) {
    report.rows++;
    await take(grouper.push(row));
    if (stopAfter !== undefined && sentBatches >= stopAfter) break;
  }
  if (stopAfter !== undefined && sentBatches >= stopAfter) {
    report.interrupted = true;
  } else {
    await take(grouper.end());
    if (batch.length > 0) await send(batch);
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  progress(true);
  report.rejections.sort((a, b) => a.line - b.line);
  report.results.sort((a, b) => a.line - b.line);
  report.companies = [...companies].sort();
  report.seconds = (Date.now() - started) / 1000;
  report.rowsPerSecond = report.rows / Math.max(0.001, report.seconds);
  return report;
}
