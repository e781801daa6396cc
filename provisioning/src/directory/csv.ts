// A streaming CSV reader (RFC 4180: comma separated, double quotes, "" inside quotes, CRLF or
// LF, line breaks inside quoted fields). The INSEE stock files are several gigabytes: they are
// read chunk by chunk and never held whole.

/** Incremental parser: push text as it arrives, take the complete records out. */
export class CsvParser {
  private field = "";
  private record: string[] = [];
  private quoted = false;
  /** Just left a quoted section: a quote now is an escaped quote, a comma ends the field. */
  private afterQuote = false;
  private fieldStarted = false;
  private pendingCr = false;
  /** The line the record being read starts on (from 1), and the line breaks inside its quotes so far. */
  private line = 1;
  private quotedBreaks = 0;
  /** The line each record of the last push() or end() starts on, in the same order. */
  lines: number[] = [];

  /** The records completed by this chunk, in order. */
  push(chunk: string): string[][] {
    const records: string[][] = [];
    this.lines = [];
    let start = 0;
    const length = chunk.length;
    for (let i = 0; i < length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.quoted) {
        if (c === 10) this.quotedBreaks++;
        else if (c === 34 /* " */) {
          this.field += chunk.slice(start, i);
          this.quoted = false;
          this.afterQuote = true;
          start = i + 1;
        }
        continue;
      }
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === 10) {
          start = i + 1;
          continue;
        }
      }
      if (c === 34) {
        this.field += chunk.slice(start, i);
        if (this.afterQuote) this.field += '"'; // "" inside a quoted field
        this.quoted = true;
        this.afterQuote = false;
        this.fieldStarted = true;
        start = i + 1;
      } else if (c === 44 /* , */) {
        this.record.push(this.field + chunk.slice(start, i));
        this.field = "";
        this.afterQuote = false;
        this.fieldStarted = true;
        start = i + 1;
      } else if (c === 10 || c === 13) {
        const value = this.field + chunk.slice(start, i);
        if (this.fieldStarted || value !== "" || this.record.length > 0) {
          this.record.push(value);
          records.push(this.record);
          this.lines.push(this.line);
        }
        this.line += 1 + this.quotedBreaks;
        this.quotedBreaks = 0;
        this.record = [];
        this.field = "";
        this.afterQuote = false;
        this.fieldStarted = false;
        this.pendingCr = c === 13;
        start = i + 1;
      } else {
        this.afterQuote = false;
      }
    }
    this.field += chunk.slice(start);
    if (start < length) this.fieldStarted = true;
    return records;
  }

  /** The last record when the input does not end with a line break. */
  end(): string[][] {
    this.lines = [];
    if (this.quoted) throw new Error("CSV : guillemet ouvrant sans guillemet fermant en fin de fichier");
    if (!this.fieldStarted && this.field === "" && this.record.length === 0) return [];
    this.lines.push(this.line);
    this.record.push(this.field);
    const last = this.record;
    this.record = [];
    this.field = "";
    this.fieldStarted = false;
    return [last];
  }
}

/** The CSV records of a text stream, by chunk (an array of records per chunk). */
export async function* csvRecords(text: AsyncIterable<string>): AsyncGenerator<string[][]> {
  const parser = new CsvParser();
  for await (const chunk of text) {
    const records = parser.push(chunk);
    if (records.length > 0) yield records;
  }
  const last = parser.end();
  if (last.length > 0) yield last;
}

/** Positions of the named columns in a header; a missing required column is an error naming the file. */
export function columnIndex<const T extends string>(
  header: string[],
  required: readonly T[],
  optional: readonly string[] = [],
  file = "CSV",
): Record<T, number> & Record<string, number> {
  const positions: Record<string, number> = {};
  header.forEach((name, index) => {
    positions[name.replace(/^\uFEFF/, "").trim()] = index;
  });
  const missing = required.filter((name) => positions[name] === undefined);
  if (missing.length > 0) throw new Error(`${file} : colonne(s) absente(s) de l'en-tête : ${missing.join(", ")}`);
  for (const name of optional) if (positions[name] === undefined) positions[name] = -1;
  return positions as Record<T, number> & Record<string, number>;
}
