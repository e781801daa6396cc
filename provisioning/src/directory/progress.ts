// The import's progress: what `onProgress` receives, and a progress bar for a terminal.

export interface ImportProgress {
  /**
   * "units": reading StockUniteLegale for the names; "establishments": reading and sending
   * StockEtablissement; "accounts": the old portal's export (`efp migrate import`).
   */
  phase: "units" | "establishments" | "accounts";
  /** Records read in this phase. */
  rows: number;
  /** Rows the server has stored (establishments phase), accounts it has handled (accounts phase). */
  sent: number;
  /** Records left out (invalid SIRET), rows rejected (accounts phase). */
  skipped: number;
  /** Bytes of the file read so far, and its size (compressed size for a .gz). */
  bytesRead: number;
  totalBytes: number;
  elapsedMs: number;
  /** Records read per second in this phase. */
  rowsPerSecond: number;
  /** True on the last report of a phase. */
  done: boolean;
}

const PHASE_LABELS = { units: "Unités légales  ", establishments: "Établissements  ", accounts: "Ancien portail  " } as const;

function grouped(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** One line of the bar: label, bar, percent of bytes, rows, rows/s. */
export function formatProgress(progress: ImportProgress, width = 24): string {
  const fraction = progress.totalBytes > 0 ? Math.min(1, progress.bytesRead / progress.totalBytes) : progress.done ? 1 : 0;
  const filled = Math.round(fraction * width);
  const bar = "█".repeat(filled) + "░".repeat(width - filled);
  const percent = `${Math.floor(fraction * 100)} %`.padStart(5);
  const sent =
    progress.phase === "establishments"
      ? `, ${grouped(progress.sent)} enregistrées`
      : progress.phase === "accounts"
        ? `, ${grouped(progress.sent)} comptes traités`
        : "";
  const skipped = progress.skipped > 0 ? `, ${grouped(progress.skipped)} ${progress.phase === "accounts" ? "rejetées" : "ignorées"}` : "";
  return `${PHASE_LABELS[progress.phase]}${bar} ${percent}  ${grouped(progress.rows)} lignes${sent}${skipped}  ${grouped(progress.rowsPerSecond)} lignes/s`;
}

/**
 * A progress bar on a stream (stderr by default): redrawn in place on a terminal, a line every
 * few seconds otherwise (logs, CI), always a final line per phase.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): (progress: ImportProgress) => void {
  let lastDraw = 0;
  const interactive = Boolean(stream.isTTY);
  const interval = interactive ? 200 : 5_000;
  return (progress) => {
    const now = Date.now();
    if (!progress.done && now - lastDraw < interval) return;
    lastDraw = now;
    const line = formatProgress(progress);
    if (interactive) stream.write(`\r\x1b[2K${line}${progress.done ? "\n" : ""}`);
    else stream.write(`${line}\n`);
    if (progress.done) lastDraw = 0;
  };
}
