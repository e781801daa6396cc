// Reading a CSV export as it arrives, pure enough to be unit-tested: the rows and bytes received
// so far, the file's name from the answer's Content-Disposition.

export type ExportProgress = { rows: number; bytes: number };

const NEWLINE = 10;

/**
 * Reads the body chunk by chunk (the page stays responsive: each chunk is a task of its own),
 * telling `onProgress` the data rows (lines after the header) and bytes received, then returns
 * the file as a Blob.
 */
export async function readExport(response: Response, onProgress: (progress: ExportProgress) => void): Promise<{ blob: Blob; rows: number }> {
  const type = response.headers.get("content-type") ?? "text/csv";
  if (!response.body) {
    const blob = await response.blob();
    const rows = countLines(new Uint8Array(await blob.arrayBuffer()));
    return { blob, rows: Math.max(0, rows - 1) };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let lines = 0;
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.byteLength;
    lines += countLines(value);
    onProgress({ rows: Math.max(0, lines - 1), bytes });
  }
  return { blob: new Blob(chunks as BlobPart[], { type }), rows: Math.max(0, lines - 1) };
}

function countLines(bytes: Uint8Array): number {
  let lines = 0;
  for (const byte of bytes) if (byte === NEWLINE) lines++;
  return lines;
}

/** The file name of `attachment; filename="efp-journal-2026-05-01.csv"`, else the fallback. */
export function fileNameOf(contentDisposition: string | null, fallback: string): string {
  const found = /filename="([^"/\\]+)"/.exec(contentDisposition ?? "");
  return found ? found[1] : fallback;
}
