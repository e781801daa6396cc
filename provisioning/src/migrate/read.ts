// Reads the old portal's export, CSV or JSON Lines, as a stream of rows with their line numbers:
// a file of 100,000 accounts is never held whole.
import fs from "node:fs";
import { ConfigError } from "../config/errors.js";
import { CsvParser } from "../directory/csv.js";
import { FIELDS, REQUIRED_FIELDS, sourceRow, type SourceRow, type UnreadableRow } from "./rows.js";

export type MigrationFormat = "csv" | "jsonl";

/** The format a file's name says: .csv, or .jsonl / .ndjson; anything else must be told (--format). */
export function formatOf(file: string): MigrationFormat | undefined {
  if (/\.csv$/i.test(file)) return "csv";
  if (/\.(jsonl|ndjson)$/i.test(file)) return "jsonl";
  return undefined;
}

/** A file problem that stops the import (missing column, unreadable file): exit code 3, like bad input. */
export class MigrationFileError extends ConfigError {}

/** The header's columns by position; a missing or unknown column names itself. */
export function csvHeader(header: string[], file: string): string[] {
  const names = header.map((name, index) => (index === 0 ? name.replace(/^\uFEFF/, "") : name).trim());
  const missing = REQUIRED_FIELDS.filter((name) => !names.includes(name));
  const unknown = names.filter((name) => !FIELDS.includes(name));
  if (missing.length > 0 || unknown.length > 0)
    throw new MigrationFileError(
      `${file} : en-tête invalide${missing.length ? `, colonne(s) absente(s) : ${missing.join(", ")}` : ""}${unknown.length ? `, colonne(s) inconnue(s) : ${unknown.join(", ")}` : ""} (colonnes : ${FIELDS.join(", ")}).`,
    );
  return names;
}

function open(file: string, onBytes: (bytes: number) => void): AsyncIterable<string> {
  if (!fs.existsSync(file)) throw new MigrationFileError(`Fichier introuvable : ${file}`);
  const stream = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  // Decoded chunks are text: count their bytes, not their characters, against the file's size.
  stream.on("data", (chunk) => onBytes(typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length));
  stream.setEncoding("utf8");
  return stream as AsyncIterable<string>;
}

/** The rows of a CSV export, each with the line it starts on. */
export async function* csvRows(file: string, onBytes: (bytes: number) => void = () => {}): AsyncGenerator<SourceRow | UnreadableRow> {
  const parser = new CsvParser();
  let columns: string[] | undefined;
  const rows = function* (records: string[][], lines: number[]) {
    for (let i = 0; i < records.length; i++) {
      const record = records[i];
      if (!columns) {
        columns = csvHeader(record, file);
        continue;
      }
      const line = lines[i];
      const fields: Record<string, string> = {};
      columns.forEach((name, index) => (fields[name] = record[index] ?? ""));
      const row = sourceRow(fields, line);
      if (record.length !== columns.length && !("rejection" in row)) {
        const message = `Ligne ${line} : ${record.length} champs au lieu de ${columns.length} (une virgule de trop ou un guillemet manquant ?).`;
        yield { line, email: row.email, rejection: { line, code: "invalid_csv", message } };
      } else yield row;
    }
  };
  for await (const chunk of open(file, onBytes)) {
    const records = parser.push(chunk);
    yield* rows(records, parser.lines);
  }
  let last: string[][];
  try {
    last = parser.end();
  } catch (error) {
    throw new MigrationFileError(`${file} : ${(error as Error).message}`);
  }
  yield* rows(last, parser.lines);
  if (!columns) throw new MigrationFileError(`${file} : fichier vide (en-tête absent).`);
}

/** The rows of a JSON Lines export: one JSON object per line, blank lines ignored. */
export async function* jsonlRows(file: string, onBytes: (bytes: number) => void = () => {}): AsyncGenerator<SourceRow | UnreadableRow> {
  let rest = "";
  let line = 0;
  const parse = (text: string): SourceRow | UnreadableRow | undefined => {
    line++;
    if (line === 1) text = text.replace(/^\uFEFF/, "");
    if (text.trim() === "") return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { line, email: "", rejection: { line, code: "invalid_json", message: `Ligne ${line} : JSON illisible (${(error as Error).message}).` } };
    }
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return { line, email: "", rejection: { line, code: "invalid_json", message: `Ligne ${line} : un objet JSON est attendu.` } };
    return sourceRow(value as Record<string, unknown>, line);
  };
  for await (const chunk of open(file, onBytes)) {
    const parts = (rest + chunk).split("\n");
    rest = parts.pop() ?? "";
    for (const part of parts) {
      const row = parse(part.replace(/\r$/, ""));
      if (row) yield row;
    }
  }
  const row = parse(rest.replace(/\r$/, ""));
  if (row) yield row;
}

export function readRows(file: string, format: MigrationFormat, onBytes?: (bytes: number) => void) {
  return format === "csv" ? csvRows(file, onBytes) : jsonlRows(file, onBytes);
}
